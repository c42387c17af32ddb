"""A point's queue for a test: a service of its own with a counter, and booked visits at set times."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.bookings import services
from app.bookings.models import Counter, Visit, VisitService
from app.extensions import db
from tests.bookings.helpers import a_service, a_slot, an_applicant

NOON = dt.datetime(2026, 12, 9, 11, 0)  # a Wednesday, 12:00 in Warsaw


def a_counter(*served: VisitService, number: int | None = None) -> Counter:
    point_id = served[0].service_point_id
    if number is None:  # the seeded counters have small numbers; a test's take the next free from 90
        taken = set(db.session.scalars(select(Counter.number).where(Counter.service_point_id == point_id)))
        number = next(n for n in range(90, 200) if n not in taken)
    counter = Counter(service_point_id=point_id, number=number, services=list(served))
    db.session.add(counter)
    db.session.flush()
    return counter


def a_booked_visit(service: VisitService, starts_at: dt.datetime = NOON, language: str = "uk") -> Visit:
    slot = a_slot(service, starts_at)
    visit = services.hold(service, slot.id, an_applicant(language), now=starts_at - dt.timedelta(days=2))
    return services.confirm(visit, now=starts_at - dt.timedelta(days=2))


def a_queue(walk_ins: bool = True) -> tuple[VisitService, Counter]:
    service = a_service(walk_ins=walk_ins, duration_minutes=20)
    return service, a_counter(service)
