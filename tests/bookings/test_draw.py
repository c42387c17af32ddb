"""Dates by a draw: the order comes from the seed and the set of requests only (not from who asked
first), the same seed gives the same order again, priority by stay puts the soonest end first, each
request gets the earliest slot outside the half-days it cannot come, and those left over wait."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.bookings import draw, services
from app.bookings.models import Visit, VisitDraw, VisitSlot, VisitState
from app.extensions import db
from tests.bookings.helpers import a_service, a_slot, an_applicant

MONDAY_MORNING = dt.datetime(2030, 1, 14, 8, 0)  # 09:00 in Warsaw
MONDAY_AFTERNOON = dt.datetime(2030, 1, 14, 13, 0)  # 14:00


def _draw_service(**fields):
    return a_service(mode="allocate", horizon_days=3650, **fields)


def test_the_order_comes_from_the_seed_and_the_requests_only():
    entries = [draw.Entry(visit_id, None) for visit_id in range(1, 41)]
    first = draw.drawn_order("a1b2", entries, priority_by_stay=False)
    assert first == draw.drawn_order("a1b2", list(reversed(entries)), priority_by_stay=False)  # asked in any order
    assert sorted(first) == list(range(1, 41)) and first != list(range(1, 41))
    assert draw.drawn_order("c3d4", entries, priority_by_stay=False) != first


def test_priority_by_stay_puts_the_soonest_end_first_and_the_draw_orders_the_rest():
    ends = {1: dt.date(2030, 3, 1), 2: None, 3: dt.date(2030, 2, 1), 4: dt.date(2030, 3, 1), 5: None}
    order = draw.drawn_order("seed", [draw.Entry(i, day) for i, day in ends.items()], priority_by_stay=True)
    assert order[0] == 3 and set(order[1:3]) == {1, 4} and set(order[3:]) == {2, 5}


def test_the_draw_gives_the_earliest_slots_it_can_and_the_rest_wait(app):
    service = _draw_service()
    morning, afternoon = a_slot(service, MONDAY_MORNING, capacity=1), a_slot(service, MONDAY_AFTERNOON, capacity=1)
    people = [an_applicant() for _ in range(3)]
    mornings_off = draw.request(service, people[0], ["0-am"], None)
    others = [draw.request(service, person, [], None) for person in people[1:]]
    done = draw.run(service, seed="fixed-seed", now=dt.datetime(2030, 1, 1))
    requests = [mornings_off, *others]
    for visit in requests:
        db.session.refresh(visit)
    assert done.given == 2 and sorted(done.order) == sorted(v.id for v in requests)
    assert mornings_off.slot_id in (afternoon.id, None)  # never the morning it cannot come
    given = [v for v in requests if v.state == VisitState.CONFIRMED]
    assert sorted(v.slot_id for v in given) == sorted([morning.id, afternoon.id])
    [waiting] = [v for v in requests if v.state == VisitState.REQUESTED]
    assert waiting.slot_id is None and waiting.draw_id == done.id
    assert (db.session.get(VisitSlot, morning.id).taken, db.session.get(VisitSlot, afternoon.id).taken) == (1, 1)


def test_the_office_repeats_a_draw_from_what_it_kept(app):
    service = _draw_service()
    a_slot(service, MONDAY_MORNING, capacity=1)
    for _ in range(5):
        draw.request(service, an_applicant(), [], None)
    done = draw.run(service, now=dt.datetime(2030, 1, 1))
    kept = db.session.get(VisitDraw, done.id)
    entries = [
        draw.Entry(v.id, v.stay_ends_on) for v in db.session.scalars(select(Visit).where(Visit.draw_id == kept.id))
    ]
    assert draw.drawn_order(kept.seed, entries, kept.priority_by_stay) == kept.order
    [winner] = db.session.scalars(select(Visit).where(Visit.draw_id == kept.id, Visit.state == VisitState.CONFIRMED))
    assert winner.id == kept.order[0]  # the first drawn got the only place


def test_one_request_per_application_and_a_choose_service_takes_none(app):
    service = _draw_service()
    person = an_applicant()
    first = draw.request(service, person, ["9-am", "1-pm"], dt.date(2030, 2, 1))
    assert first.cannot == ["1-pm"]  # only half-days of the working week are kept
    with pytest.raises(services.AlreadyBooked):
        draw.request(service, person, [], None)
    with pytest.raises(draw.NotByDraw):
        draw.request(a_service(), an_applicant(), [], None)


def test_supervisors_see_each_draw_and_that_its_seed_gives_its_order_again(app):
    from tests.factories import login, make_user

    service = _draw_service()
    a_slot(service, MONDAY_MORNING, capacity=1)
    for _ in range(3):
        draw.request(service, an_applicant(), [], None)
    done = draw.run(service, seed="audit-seed", now=dt.datetime(2030, 1, 1))
    db.session.commit()
    assert done.repeats
    client = app.test_client()
    login(client, make_user("Supervisor").email)
    page = client.get(f"/visitdrawview/show/{done.id}").get_data(as_text=True)
    assert "audit-seed" in page and "The seed gives this order again" in page and ">yes<" in page.replace(" ", "")
    done.order = list(reversed(done.order))  # an order the seed did not give
    db.session.commit()
    assert not db.session.get(VisitDraw, done.id).repeats
