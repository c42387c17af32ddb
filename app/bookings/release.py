"""Releasing slots: the slots each service's plans give, from today to its horizon, are written as
rows once, so that booking counts places in the database. A slot already released is kept as it is
(its places may be taken); a free slot that a closure or a changed plan no longer gives is
withdrawn. ``flask bookings release`` runs it (the scheduler's daily round, and after a change)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select

from app.bookings import calendar
from app.bookings.models import VisitClosure, VisitService, VisitSlot
from app.clock import office_today, utcnow
from app.extensions import db
from app.jobs import enqueue_at, job_path
from app.jobs.models import Job, JobState


def release(service: VisitService, today: dt.date | None = None) -> tuple[int, int]:
    """Write the service's slots up to its horizon and withdraw the free ones no longer planned;
    (released, withdrawn). Flushes; the caller commits."""
    first = today or office_today()
    last = first + dt.timedelta(days=service.horizon_days)
    closures = list(
        db.session.scalars(
            select(VisitClosure).where(
                VisitClosure.service_point_id == service.service_point_id,
                VisitClosure.day.between(first, last),
            )
        )
    )
    planned = {
        slot.starts_at(): slot
        for day in calendar.days(first, last)
        for slot in calendar.planned_slots(service, day, [c for c in closures if c.day == day])
    }
    start, end = calendar.day_start(first), calendar.day_start(last + dt.timedelta(days=1))
    existing = {
        slot.starts_at: slot
        for slot in db.session.scalars(
            select(VisitSlot).where(
                VisitSlot.service_id == service.id, VisitSlot.starts_at >= start, VisitSlot.starts_at < end
            )
        )
    }
    now = utcnow()
    rows = [
        {
            "service_id": service.id,
            "starts_at": starts_at,
            "ends_at": slot.ends_at(),
            "capacity": slot.capacity,
            "taken": 0,
            "released_at": now,
        }
        for starts_at, slot in planned.items()
        if starts_at not in existing
    ]
    if rows:
        db.session.execute(insert(VisitSlot), rows)
    added = len(rows)
    unplanned = [slot.id for starts_at, slot in existing.items() if starts_at not in planned and slot.taken == 0]
    if unplanned:
        db.session.execute(
            delete(VisitSlot)
            .where(VisitSlot.id.in_(unplanned), VisitSlot.taken == 0)
            .execution_options(synchronize_session=False)
        )
    db.session.flush()
    return added, len(unplanned)


def release_all(today: dt.date | None = None) -> dict[str, tuple[int, int]]:
    """Every active service's slots; service code (with its point) → (released, withdrawn)."""
    found = {}
    for service in db.session.scalars(select(VisitService).where(VisitService.active.is_(True))):
        found[f"{service.service_point.code}/{service.code}"] = release(service, today)
    return found


RELEASE_AT = "00:05"  # office time: each night the horizon moves a day on


def next_release() -> dt.datetime:
    """The next nightly release (tomorrow, office time), as stored (naive UTC)."""
    return calendar.office_time(office_today() + dt.timedelta(days=1), RELEASE_AT)


def nightly() -> None:
    """Job: close the queue's past days and mark the visits nobody came to as missed, release every
    service's slots, then draw the day's requests for the services that give dates by a draw
    (bookings/draw.py), then ask for the next night's run (one waits at a time)."""
    from app.bookings import draw, services
    from app.bookings.queue import queue_system

    queue_system().close_past_days(office_today())
    services.mark_missed()
    release_all()
    draw.run_all()
    schedule_nightly()


def schedule_nightly() -> bool:
    """Ask for the nightly release unless it is asked for already; True when asked now."""
    path = job_path(nightly)
    waiting = select(Job.id).where(Job.function == path, Job.state.in_((JobState.PENDING, JobState.QUEUED)))
    if db.session.scalar(waiting.limit(1)) is not None:
        return False
    enqueue_at(next_release(), nightly)
    return True


def release_service(service_id: int) -> None:
    """Job, after a change to a service, its plans or its closures."""
    service = db.session.get(VisitService, service_id)
    if service is not None:
        release(service)
