"""After repeated no-shows a visit is confirmed again on the day before, by 18:00 (office time), or
its place goes back: who must, when it can be done, the job that gives the place back, and a visit
booked on the day before that needs nothing more."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import signals
from app.bookings import reconfirmation, services
from app.bookings.models import Visit, VisitSlot, VisitState
from app.extensions import db
from app.jobs.models import Job
from tests.bookings.helpers import a_service, a_slot
from tests.factories import make_user
from tests.forms.submissions import paper_submission

VISIT = dt.datetime(2026, 12, 9, 11, 0)  # Wednesday 12:00 in Warsaw
BOOKED = dt.datetime(2026, 12, 1, 9, 0)
DAY_BEFORE_START = dt.datetime(2026, 12, 7, 23, 0)  # Tuesday 00:00 in Warsaw
DEADLINE = dt.datetime(2026, 12, 8, 17, 0)  # Tuesday 18:00 in Warsaw


def _person_who_missed(times: int):
    person = make_user("Applicant", preferred_language="en")
    service = a_service(horizon_days=3650)
    for _ in range(times):
        about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "en")
        visit = services.new_visit(service, about, state=VisitState.NO_SHOW, created_at=BOOKED - dt.timedelta(days=30))
        db.session.flush()
        assert visit.state == VisitState.NO_SHOW
    return person


def _book(person, starts_at=VISIT, now=BOOKED) -> Visit:
    service = a_service(horizon_days=3650)
    slot = a_slot(service, starts_at)
    about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "en")
    return services.confirm(services.hold(service, slot.id, about, now=now), now=now)


def _give_up_jobs(visit) -> list[Job]:
    jobs = db.session.scalars(select(Job).where(Job.function == "app.bookings.reconfirmation:give_up"))
    return [job for job in jobs if job.args[0] == visit.id]


def test_two_missed_visits_in_a_year_ask_for_the_next_to_be_confirmed_again(app):
    once = _book(_person_who_missed(1))
    assert once.must_reconfirm is False and _give_up_jobs(once) == []
    twice = _book(_person_who_missed(2))
    assert twice.must_reconfirm is True and twice.reconfirmed_at is None
    [job] = _give_up_jobs(twice)
    assert job.run_at == DEADLINE and job.args == [twice.id, VISIT.isoformat()]
    app.config["VISIT_NO_SHOWS_TO_RECONFIRM"] = 0  # an office that never asks
    assert _book(_person_who_missed(3)).must_reconfirm is False


def test_confirmed_again_only_on_the_day_before_until_the_hour(app):
    visit = _book(_person_who_missed(2))
    with pytest.raises(reconfirmation.NotYet):
        reconfirmation.reconfirm(visit, DAY_BEFORE_START - dt.timedelta(minutes=1))
    with pytest.raises(reconfirmation.TooLate):
        reconfirmation.reconfirm(visit, DEADLINE + dt.timedelta(minutes=1))
    reconfirmation.reconfirm(visit, DEADLINE)
    assert visit.reconfirmed_at == DEADLINE and not reconfirmation.pending(visit)
    reconfirmation.give_up(visit.id, VISIT.isoformat())
    assert db.session.get(Visit, visit.id).state == VisitState.CONFIRMED  # confirmed: the job does nothing


def test_a_visit_not_confirmed_again_gives_its_place_back_and_is_told_as_cancelled(app):
    visit = _book(_person_who_missed(2))
    told = []

    def receiver(app, payload):
        told.append(payload.visit_id)

    signals.visit_cancelled.signal.connect(receiver, weak=False)
    try:
        reconfirmation.give_up(visit.id, "2026-12-10T11:00:00")  # the job of a time it was moved from
        assert db.session.get(Visit, visit.id).state == VisitState.CONFIRMED
        reconfirmation.give_up(visit.id, VISIT.isoformat())
    finally:
        signals.visit_cancelled.signal.disconnect(receiver)
    db.session.refresh(visit)
    assert visit.state == VisitState.CANCELLED and told == [visit.id]
    assert db.session.get(VisitSlot, visit.slot_id).taken == 0


def test_a_visit_booked_on_the_day_before_needs_no_second_confirmation(app):
    visit = _book(_person_who_missed(2), now=DAY_BEFORE_START + dt.timedelta(hours=10))
    assert visit.must_reconfirm is True and visit.reconfirmed_at is not None
    assert not reconfirmation.pending(visit) and _give_up_jobs(visit) == []
