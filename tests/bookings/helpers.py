"""A service of its own for a test: one point's service with a plan the test sets, and people with
submitted applications to book for."""

from __future__ import annotations

import datetime as dt
import uuid

from app.bookings import services
from app.bookings.models import VisitPlan, VisitService, VisitSlot
from app.extensions import db
from app.offices.models import ServicePoint
from tests.factories import make_user
from tests.forms.submissions import paper_submission


def a_service(capacity: int = 3, **fields) -> VisitService:
    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    values = {
        "code": f"t-{uuid.uuid4().hex[:8]}",
        "letter": "Z",
        "duration_minutes": 20,
        "needs": "application",
        "lead_hours": 0,
        "name_pl": "Usługa testowa",
        **fields,
    }
    # the seeded services use letters A–E; a test's own service takes a free one
    taken = {s.letter for s in db.session.query(VisitService).filter_by(service_point_id=point.id)}
    values["letter"] = next(ch for ch in "ZYXWVUTSRQPONMLKJIHGF" if ch not in taken)
    service = VisitService(service_point_id=point.id, form_codes=[], case_type_codes=[], **values)
    service.plans = [VisitPlan(weekday=day, starts="09:00", ends="10:00", capacity=capacity) for day in range(5)]
    db.session.add(service)
    db.session.flush()
    return service


def a_slot(service: VisitService, starts_at: dt.datetime, capacity: int = 3) -> VisitSlot:
    slot = VisitSlot(
        service_id=service.id,
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=service.duration_minutes),
        capacity=capacity,
        taken=0,
    )
    db.session.add(slot)
    db.session.flush()
    return slot


def an_applicant(language: str = "uk") -> services.VisitFor:
    person = make_user("Applicant", preferred_language=language)
    return services.VisitFor(person.id, paper_submission(person, "TRP"), None, language)


_MADE: dict[str, dict] = {}


def booking_page_values(user) -> dict:
    """Once per user (a walk over many pages asks again for each): see ``_booking_page_values``."""
    from app.bookings.models import Visit

    made = _MADE.get(user.email)
    visit = db.session.get(Visit, made["visit"]) if made else None
    if visit is None or visit.person_id != user.id:  # none yet, or cleaned up since
        made = _MADE[user.email] = _booking_page_values(user)
    return made


def _booking_page_values(user) -> dict:
    """What the booking pages' paths need for ``user`` (tests/browser/pages.py): an application to
    book for, a filing service of Wrocław's with its slots released, its first free day, a held visit
    and a booked one, and a service by a draw. All new rows: the pages' tests commit for real, and
    only added rows are taken away after them (a seeded slot's places would stay taken)."""
    from app.bookings import release
    from app.clock import office_date

    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    service = a_service(capacity=4, lead_hours=24, name_en="Handing in a paper application (test)")
    release.release(service)
    free = services.free_slots(service)
    held = services.hold(service, free[0].id, services.VisitFor(user.id, paper_submission(user, "TRP"), None, "pl"))
    booked = services.hold(service, free[1].id, services.VisitFor(user.id, paper_submission(user, "TRP"), None, "pl"))
    services.confirm(booked)
    by_draw = a_service(mode="allocate", stay_priority=True, needs="either", name_en="Fingerprints (by a draw)")
    # the queue: a counter for the filing service, a visitor at it and one waiting with a walk-in ticket
    from app.bookings.queue import queue_system
    from app.clock import utcnow
    from app.forms.models import Submission

    walk_ins = a_service(walk_ins=True, name_en="Consultation (test)")
    from tests.bookings.queue_helpers import a_counter

    counter = a_counter(service, walk_ins)
    queue = queue_system()
    queue.walk_in(point.id, walk_ins.id, "uk", utcnow())
    queue.call_next(counter.id, user.id, utcnow())
    waiting = queue.walk_in(point.id, walk_ins.id, "pl", utcnow())
    submission_id = paper_submission(user, "TRP")
    db.session.commit()
    from app.bookings import links

    return {
        "change_token": links.change_token(booked),
        "draw_service": by_draw.id,
        "paper_submission": paper_submission(user, "TRP"),
        "wroclaw": point.id,
        "filing_service": service.id,
        "first_free_day": office_date(free[0].starts_at).isoformat(),
        "held_visit": held.id,
        "visit": booked.id,
        "counter": counter.id,
        "ticket": waiting.public_id,
        "paper_reference": db.session.get(Submission, submission_id).reference,
    }
