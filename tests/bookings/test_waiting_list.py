"""The waiting list of a service with times to choose: a place given back is offered (by a job after
the commit) to the first person on the list who can come at that half-day, held for them for some
hours and told; an offer not confirmed in time ends and the place goes to the next person; a service
by a draw keeps its freed places for the draw."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import signals
from app.bookings import draw, services, waiting_list
from app.bookings.models import Visit, VisitSlot, VisitState
from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job
from tests.bookings.helpers import a_service, a_slot, an_applicant

IN_A_WEEK = dt.timedelta(days=7)


def _a_weekday_next_week() -> dt.datetime:
    """A Wednesday 10:20 in Warsaw, 7 to 13 days ahead: a half-day a person can tick."""
    day = (utcnow() + IN_A_WEEK).date()
    day += dt.timedelta(days=(2 - day.weekday()) % 7)
    return dt.datetime.combine(day, dt.time(9, 20))


def _offers_asked(slot_id: int) -> int:
    jobs = db.session.scalars(select(Job).where(Job.function == "app.bookings.waiting_list:offer"))
    return sum(1 for job in jobs if job.args == [slot_id])


@pytest.fixture
def offered():
    told = []

    def receiver(app, payload):
        told.append(payload.visit_id)

    signals.visit_offered.signal.connect(receiver, weak=False)
    yield told
    signals.visit_offered.signal.disconnect(receiver)


def test_a_cancelled_place_is_offered_to_the_first_on_the_list_who_can_come_then(app, offered):
    service = a_service(capacity=1, horizon_days=3650)
    starts_at = _a_weekday_next_week()
    slot = a_slot(service, starts_at, capacity=1)
    booked = services.confirm(services.hold(service, slot.id, an_applicant()))
    cannot_then = waiting_list.join(service, an_applicant(), [draw.half_day(starts_at)])
    first = waiting_list.join(service, an_applicant(), [])
    second = waiting_list.join(service, an_applicant(), [])
    assert _offers_asked(slot.id) == 0
    services.cancel(booked)
    assert _offers_asked(slot.id) == 1  # asked in the transaction, run after the commit
    given = waiting_list.offer(slot.id)
    assert given.id == first.id and offered == [first.id]
    assert (given.state, given.slot_id) == (VisitState.HELD, slot.id)
    assert utcnow() + dt.timedelta(hours=11) < given.held_until <= utcnow() + dt.timedelta(hours=12)
    assert db.session.get(VisitSlot, slot.id).taken == 1
    assert db.session.get(Visit, cannot_then.id).state == VisitState.REQUESTED
    assert waiting_list.offer(slot.id) is None  # no place left to offer
    # not confirmed in time: the offer ends, and the place goes to the next person
    services.give_back_expired_holds(given.held_until + dt.timedelta(seconds=1))
    db.session.expire_all()  # as the scheduler's round leaves the rows
    assert db.session.get(Visit, first.id).state == VisitState.EXPIRED
    assert waiting_list.offer(slot.id).id == second.id
    services.confirm(db.session.get(Visit, second.id))
    assert db.session.get(Visit, second.id).state == VisitState.CONFIRMED


def test_no_offer_close_to_the_visit_and_none_for_a_service_by_a_draw(app, offered):
    service = a_service(capacity=1, horizon_days=3650)
    soon = a_slot(service, (utcnow() + dt.timedelta(minutes=80)).replace(second=0, microsecond=0), capacity=1)
    waiting_list.join(service, an_applicant(), [])
    assert waiting_list.offer(soon.id) is None and offered == []  # it would have to end within 30 minutes
    by_draw = a_service(mode="allocate", horizon_days=3650)
    with pytest.raises(waiting_list.NotByChoice):
        waiting_list.join(by_draw, an_applicant(), [])
    slot = a_slot(by_draw, (utcnow() + IN_A_WEEK).replace(second=0, microsecond=0))
    draw.request(by_draw, an_applicant(), [], None)
    assert waiting_list.offer(slot.id) is None


def test_one_place_on_the_list_per_application_and_service(app):
    service = a_service(horizon_days=3650)
    about = an_applicant()
    waiting_list.join(service, about, [])
    with pytest.raises(services.AlreadyBooked):
        waiting_list.join(service, about, [])
