"""Booking in a slot: a held place, confirmed; a hold that runs out gives its place back; one active
visit per application and service; cancelling and moving give places back; the lead time and the
cutoff hold; releasing is idempotent and follows closures without touching booked slots."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from app import signals
from app.bookings import release, services
from app.bookings.models import VisitClosure, VisitSlot, VisitState
from app.clock import utcnow
from app.extensions import db
from tests.bookings.helpers import a_service, a_slot, an_applicant

SOON = dt.timedelta(days=3)


def _slot(service, capacity=3, after=SOON):
    return a_slot(service, (utcnow() + after).replace(second=0, microsecond=0), capacity)


def test_a_held_place_is_confirmed_and_told(app):
    service = a_service()
    slot = _slot(service)
    told = []

    def receiver(app, payload):
        told.append(payload)

    signals.visit_confirmed.signal.connect(receiver, weak=False)
    try:
        visit = services.hold(service, slot.id, an_applicant())
        assert (visit.state, db.session.get(VisitSlot, slot.id).taken) == (VisitState.HELD, 1)
        assert len(visit.code) == services.CODE_LENGTH and set(visit.code) <= set(services.CODE_ALPHABET)
        services.confirm(visit)
    finally:
        signals.visit_confirmed.signal.disconnect(receiver)
    assert visit.state == VisitState.CONFIRMED and visit.confirmed_at is not None
    assert [(p.visit_id, p.language) for p in told] == [(visit.id, "uk")]


def test_a_hold_that_ran_out_cannot_be_confirmed_and_its_place_comes_back(app):
    service = a_service()
    slot = _slot(service, capacity=1)
    visit = services.hold(service, slot.id, an_applicant())
    with pytest.raises(services.PlaceTaken):
        services.hold(service, slot.id, an_applicant())
    later = utcnow() + dt.timedelta(minutes=services.HOLD_MINUTES, seconds=1)
    with pytest.raises(services.HoldExpired):
        services.confirm(visit, now=later)
    db.session.refresh(visit)
    assert visit.state == VisitState.EXPIRED and db.session.get(VisitSlot, slot.id).taken == 0
    other = services.hold(service, slot.id, an_applicant(), now=later)
    assert other.state == VisitState.HELD


def test_a_place_held_too_long_goes_to_the_next_person_who_asks(app):
    service = a_service()
    slot = _slot(service, capacity=1)
    services.hold(service, slot.id, an_applicant())
    later = utcnow() + dt.timedelta(minutes=services.HOLD_MINUTES, seconds=1)
    assert services.hold(service, slot.id, an_applicant(), now=later).state == VisitState.HELD
    assert db.session.get(VisitSlot, slot.id).taken == 1


def test_the_job_due_when_a_hold_runs_out_gives_its_place_back(app):
    service = a_service()
    slot = _slot(service)
    visit = services.hold(service, slot.id, an_applicant())
    with time_machine.travel(utcnow().replace(tzinfo=dt.UTC) + dt.timedelta(minutes=services.HOLD_MINUTES, seconds=2)):
        services.end_hold(visit.id)
    db.session.refresh(visit)
    assert visit.state == VisitState.EXPIRED and db.session.get(VisitSlot, slot.id).taken == 0


def test_one_active_visit_per_application_and_service(app):
    service = a_service()
    first, second = _slot(service), _slot(service, after=SOON + dt.timedelta(hours=1))
    person = an_applicant()
    visit = services.hold(service, first.id, person)
    with pytest.raises(services.AlreadyBooked) as refused:
        services.hold(service, second.id, person)
    assert refused.value.visit_id == visit.id
    assert db.session.get(VisitSlot, second.id).taken == 0  # nothing taken by the refused try
    services.cancel(visit)
    assert services.hold(service, second.id, person).state == VisitState.HELD
    other_service = a_service()
    assert services.hold(other_service, _slot(other_service).id, person).state == VisitState.HELD


def test_cancelling_gives_the_place_back_until_the_cutoff(app):
    service = a_service(cutoff_hours=24)
    slot = _slot(service)
    visit = services.confirm(services.hold(service, slot.id, an_applicant()))
    too_late = slot.starts_at - dt.timedelta(hours=23)
    with pytest.raises(services.PastCutoff):
        services.cancel(visit, now=too_late)
    assert services.cancel(visit, now=too_late, by_office=True)
    assert visit.state == VisitState.CANCELLED and db.session.get(VisitSlot, slot.id).taken == 0
    assert not services.cancel(visit)  # once only


def test_moving_keeps_the_visit_and_its_code_and_frees_the_old_place(app):
    service = a_service()
    old, new = _slot(service), _slot(service, capacity=1, after=SOON + dt.timedelta(days=1))
    visit = services.confirm(services.hold(service, old.id, an_applicant()))
    code = visit.code
    services.move(visit, new.id)
    assert (visit.slot_id, visit.code, visit.state) == (new.id, code, VisitState.CONFIRMED)
    assert (db.session.get(VisitSlot, old.id).taken, db.session.get(VisitSlot, new.id).taken) == (0, 1)
    other = services.confirm(services.hold(service, old.id, an_applicant()))
    with pytest.raises(services.PlaceTaken):  # the new slot is full: the visit stays where it is
        services.move(other, new.id)
    assert other.slot_id == old.id


def test_a_slot_sooner_than_the_lead_time_or_of_another_service_is_refused(app):
    service = a_service(lead_hours=48)
    with pytest.raises(services.OutsideWindow):
        services.hold(service, _slot(service, after=dt.timedelta(hours=47)).id, an_applicant())
    other = a_service()
    with pytest.raises(services.OutsideWindow):
        services.hold(service, _slot(other).id, an_applicant())
    assert services.free_slots(service) == []


def test_release_is_idempotent_and_follows_closures_without_touching_booked_slots(app):
    service = a_service(horizon_days=14, lead_hours=0)
    with time_machine.travel(dt.datetime(2027, 1, 8, 12, 0, tzinfo=dt.UTC)):  # a Friday
        added, _ = release.release(service)
        assert added == 11 * 3  # today and the next fourteen days hold eleven working days, three slots each
        assert release.release(service) == (0, 0)
        slots = list(db.session.scalars(select(VisitSlot).where(VisitSlot.service_id == service.id)))
        monday = [s for s in slots if s.starts_at.date() == dt.date(2027, 1, 11)]
        booked = services.hold(service, monday[0].id, an_applicant())
        db.session.add(VisitClosure(service_point_id=service.service_point_id, day=dt.date(2027, 1, 11)))
        db.session.flush()
        assert release.release(service) == (0, 2)  # the booked one stays, for the office to move
        left = db.session.scalars(select(VisitSlot.id).where(VisitSlot.service_id == service.id))
        assert booked.slot_id in set(left)
