"""The built-in queue: a booking code checks in within 15 minutes of the slot's start (earlier: wait;
later: a walk-in ticket where the service takes walk-ins); numbers per service and day; the order of
calling (sent over, booked, walk-ins); three calls and then a no-show; finishing and transferring;
what a board shows and the wait it publishes."""

from __future__ import annotations

import datetime as dt

import pytest

from app import signals
from app.bookings import services
from app.bookings.models import Visit, VisitState
from app.bookings.queue import Arrived, NotAtCounter, NoWalkIns, queue_system
from app.bookings.queue.models import Ticket
from app.extensions import db
from app.offices.models import ServicePoint
from tests.bookings.queue_helpers import NOON, a_booked_visit, a_counter, a_queue
from tests.factories import make_user

MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def clerk(app) -> int:
    return make_user("Clerk").id


def test_a_booking_code_checks_in_within_fifteen_minutes_of_its_time(app):
    service, _ = a_queue(walk_ins=False)
    visit = a_booked_visit(service)
    queue = queue_system()
    typed = f" {visit.code[:4].lower()}-{visit.code[4:]} "  # as a person types it
    assert queue.arrive(service.service_point_id, typed, "uk", NOON - 16 * MINUTE).outcome == Arrived.EARLY
    arrival = queue.arrive(service.service_point_id, typed, "uk", NOON - 15 * MINUTE)
    assert arrival.outcome == Arrived.CHECKED_IN
    ticket = arrival.ticket
    assert (ticket.label, ticket.kind, ticket.state, ticket.language) == (
        f"{service.letter}001",
        "booked",
        "waiting",
        "uk",
    )
    assert ticket.due_at == NOON
    assert db.session.get(Visit, visit.id).state == VisitState.CHECKED_IN
    again = queue.arrive(service.service_point_id, visit.code, "pl", NOON)
    assert again.outcome == Arrived.REPRINT and again.ticket.id == ticket.id  # the same ticket, printed again
    second = a_booked_visit(service, NOON + 20 * MINUTE)
    assert queue.arrive(service.service_point_id, second.code, "pl", NOON + 35 * MINUTE).ticket.label.endswith("002")


def test_too_late_gives_a_walk_in_ticket_only_where_the_service_takes_walk_ins(app):
    strict, _ = a_queue(walk_ins=False)
    late = a_booked_visit(strict)
    queue = queue_system()
    arrival = queue.arrive(strict.service_point_id, late.code, "en", NOON + 16 * MINUTE)
    assert (arrival.outcome, arrival.ticket, arrival.starts_at) == (Arrived.LATE, None, NOON)
    assert db.session.get(Visit, late.id).state == VisitState.CONFIRMED
    open_service, _ = a_queue(walk_ins=True)
    later = a_booked_visit(open_service)
    arrival = queue.arrive(open_service.service_point_id, later.code, "en", NOON + 16 * MINUTE)
    assert arrival.outcome == Arrived.WALK_IN and arrival.ticket.kind == "walk-in" and arrival.ticket.due_at is None


def test_a_code_for_another_day_another_point_or_no_visit_gets_no_ticket(app):
    service, _ = a_queue()
    visit = a_booked_visit(service)
    queue = queue_system()
    point = service.service_point_id
    assert queue.arrive(point, visit.code, "pl", NOON - dt.timedelta(days=1)).outcome == Arrived.OTHER_DAY
    other = db.session.query(ServicePoint).filter(ServicePoint.id != point).first()
    elsewhere = queue.arrive(other.id, visit.code, "pl", NOON)
    assert (elsewhere.outcome, elsewhere.point_id) == (Arrived.OTHER_POINT, point)
    assert queue.arrive(point, "ZZZZZZZZ", "pl", NOON).outcome == Arrived.NOT_BOOKED
    assert queue.arrive(point, "", "pl", NOON).outcome == Arrived.NOT_BOOKED
    services.cancel(visit, now=NOON - dt.timedelta(days=2))
    assert queue.arrive(point, visit.code, "pl", NOON).outcome == Arrived.NOT_BOOKED
    assert db.session.query(Ticket).filter_by(service_id=service.id).count() == 0


def test_walk_ins_only_for_services_that_take_them(app):
    strict, _ = a_queue(walk_ins=False)
    queue = queue_system()
    with pytest.raises(NoWalkIns):
        queue.walk_in(strict.service_point_id, strict.id, "pl", NOON)
    open_service, _ = a_queue(walk_ins=True)
    other = db.session.query(ServicePoint).filter(ServicePoint.id != open_service.service_point_id).first()
    with pytest.raises(NoWalkIns):
        queue.walk_in(other.id, open_service.id, "pl", NOON)
    ticket = queue.walk_in(open_service.service_point_id, open_service.id, "ru", NOON)
    assert (ticket.kind, ticket.label, ticket.visit_id) == ("walk-in", f"{open_service.letter}001", None)


def test_booked_visitors_on_time_are_called_before_walk_ins_and_each_ticket_once(app, clerk):
    service, counter = a_queue()
    second_counter = a_counter(service)
    queue = queue_system()
    point = service.service_point_id
    walk_in = queue.walk_in(point, service.id, "pl", NOON - 30 * MINUTE)
    booked = queue.arrive(point, a_booked_visit(service).code, "uk", NOON - 5 * MINUTE).ticket
    assert [t.id for t in queue.waiting(counter.id, NOON)] == [booked.id, walk_in.id]
    called = queue.call_next(counter.id, clerk, NOON)
    assert (called.id, called.state, called.counter_number, called.calls) == (booked.id, "called", counter.number, 1)
    with pytest.raises(NotAtCounter):  # one visitor at a counter at a time
        queue.call_next(counter.id, clerk, NOON)
    assert queue.call_next(second_counter.id, clerk, NOON).id == walk_in.id
    third = a_counter(service)
    assert queue.call_next(third.id, clerk, NOON) is None  # no one is left waiting


def test_three_calls_then_a_no_show_and_the_visit_is_missed(app, clerk):
    service, counter = a_queue()
    visit = a_booked_visit(service)
    queue = queue_system()
    ticket = queue.arrive(service.service_point_id, visit.code, "pl", NOON).ticket
    queue.call_next(counter.id, clerk, NOON)
    with pytest.raises(NotAtCounter):  # called once: call again before giving up
        queue.no_show(ticket.id, counter.id, NOON)
    assert queue.recall(ticket.id, counter.id, NOON + MINUTE).calls == 2
    assert queue.recall(ticket.id, counter.id, NOON + 2 * MINUTE).calls == 3
    with pytest.raises(NotAtCounter):
        queue.recall(ticket.id, counter.id, NOON + 3 * MINUTE)
    assert queue.no_show(ticket.id, counter.id, NOON + 4 * MINUTE).state == "no-show"
    assert db.session.get(Visit, visit.id).state == VisitState.NO_SHOW
    assert queue.at_counter(counter.id, NOON) is None


def test_a_visit_started_and_finished_is_served_and_only_its_counter_acts_on_it(app, clerk):
    service, counter = a_queue()
    other = a_counter(service)
    visit = a_booked_visit(service)
    queue = queue_system()
    ticket = queue.arrive(service.service_point_id, visit.code, "pl", NOON).ticket
    queue.call_next(counter.id, clerk, NOON)
    for step in (queue.start, queue.finish, queue.recall):
        with pytest.raises(NotAtCounter):
            step(ticket.id, other.id, NOON)
    with pytest.raises(NotAtCounter):  # not started yet
        queue.finish(ticket.id, counter.id, NOON)
    assert queue.start(ticket.id, counter.id, NOON + MINUTE).state == "serving"
    assert queue.finish(ticket.id, counter.id, NOON + 11 * MINUTE).state == "done"
    assert db.session.get(Visit, visit.id).state == VisitState.SERVED


def test_a_transferred_ticket_waits_first_at_the_other_service_or_only_at_the_counter_it_was_sent_to(app, clerk):
    service, counter = a_queue()
    fingerprints, _ = a_queue()
    prints_counter = a_counter(fingerprints)
    prints_other = a_counter(fingerprints)
    queue = queue_system()
    point = service.service_point_id
    waiting_there = queue.walk_in(point, fingerprints.id, "pl", NOON - 60 * MINUTE)
    ticket = queue.walk_in(point, service.id, "pl", NOON - 10 * MINUTE)
    queue.call_next(counter.id, clerk, NOON)
    queue.start(ticket.id, counter.id, NOON)
    with pytest.raises(NotAtCounter):  # nowhere else
        queue.transfer(ticket.id, counter.id, NOON, None, None)
    with pytest.raises(NotAtCounter):  # that counter does not handle the service
        queue.transfer(ticket.id, counter.id, NOON, service.id, prints_counter.id)
    moved = queue.transfer(ticket.id, counter.id, NOON + 5 * MINUTE, fingerprints.id, prints_counter.id)
    assert (moved.state, moved.service_id, moved.label, moved.calls) == ("waiting", fingerprints.id, ticket.label, 0)
    assert [t.id for t in queue.waiting(prints_other.id, NOON)] == [waiting_there.id]  # sent to another counter
    assert [t.id for t in queue.waiting(prints_counter.id, NOON)] == [ticket.id, waiting_there.id]


def test_the_board_shows_calls_with_counters_and_publishes_an_estimated_wait(app, clerk):
    service, counter = a_queue()
    queue = queue_system()
    point = service.service_point_id
    changes = []

    def receiver(app, payload):
        changes.append(payload.state)

    signals.ticket_changed.signal.connect(receiver, weak=False)
    try:
        first = queue.walk_in(point, service.id, "uk", NOON - 30 * MINUTE)
        for minutes in (29, 28, 27):
            queue.walk_in(point, service.id, "pl", NOON - minutes * MINUTE)
        waits = {w.service_id: w for w in queue.waits(point, NOON)}
        # four waiting × the service's 20 minutes (nothing finished yet) ÷ one counter
        assert (waits[service.id].waiting, waits[service.id].minutes) == (4, 80)
        queue.call_next(counter.id, clerk, NOON)
        queue.start(first.id, counter.id, NOON)
        queue.finish(first.id, counter.id, NOON + 10 * MINUTE)
        waits = {w.service_id: w for w in queue.waits(point, NOON + 10 * MINUTE)}
        assert (waits[service.id].waiting, waits[service.id].minutes) == (3, 30)  # 10 minutes a visitor today
        called = queue.call_next(counter.id, clerk, NOON + 11 * MINUTE)
        board = queue.board(point, NOON + 11 * MINUTE)
        mine = [call for call in board.calls if call.ticket_id == called.id]
        assert [(c.label, c.counter_number, c.language) for c in mine] == [(called.label, counter.number, "pl")]
        assert first.id not in [call.ticket_id for call in board.calls]  # finished: off the board
    finally:
        signals.ticket_changed.signal.disconnect(receiver)
    assert changes == ["waiting"] * 4 + ["called", "serving", "done", "called"]


def test_the_nightly_round_closes_what_a_past_day_left_open(app, clerk):
    service, counter = a_queue()
    queue = queue_system()
    point = service.service_point_id
    served = a_booked_visit(service)
    never_called = a_booked_visit(service, NOON + 20 * MINUTE)
    at_counter = queue.arrive(point, served.code, "pl", NOON).ticket
    waiting = queue.arrive(point, never_called.code, "pl", NOON + 20 * MINUTE).ticket
    queue.call_next(counter.id, clerk, NOON)
    queue.start(at_counter.id, counter.id, NOON)
    assert queue.close_past_days(NOON.date()) == 0  # the day is not over
    assert queue.close_past_days(NOON.date() + dt.timedelta(days=1)) == 2
    assert (db.session.get(Ticket, at_counter.id).state, db.session.get(Ticket, waiting.id).state) == (
        "done",
        "no-show",
    )
    assert db.session.get(Visit, served.id).state == VisitState.SERVED
    # the visitor came but the day ended first: not a missed visit, and the application may book again
    assert db.session.get(Visit, never_called.id).state == VisitState.CANCELLED
