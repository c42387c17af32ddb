"""After repeated no-shows, the person confirms on the day before that they will come: otherwise the
place goes back at VISIT_RECONFIRM_UNTIL (office time) that day, and the visit is cancelled by the
office (told like any cancellation). A visit booked on the day before needs no second confirmation.

How many missed visits ask for it: VISIT_NO_SHOWS_TO_RECONFIRM in the last NO_SHOWS_WINDOW_DAYS (0:
never). Services flush; the edge commits."""

from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import func, select

from app.bookings import calendar
from app.bookings.models import Visit, VisitState
from app.clock import office_date, utcnow
from app.extensions import db
from app.jobs import enqueue_at

NO_SHOWS_WINDOW_DAYS = 365


class NotYet(Exception):
    """The day before the visit has not come yet."""


class TooLate(Exception):
    """The time to confirm has passed (or the visit is no longer booked)."""


def required(person_id: int, now: dt.datetime) -> bool:
    most = current_app.config["VISIT_NO_SHOWS_TO_RECONFIRM"]
    if most <= 0:
        return False
    since = now - dt.timedelta(days=NO_SHOWS_WINDOW_DAYS)
    missed = select(func.count()).where(
        Visit.person_id == person_id, Visit.state == VisitState.NO_SHOW, Visit.created_at >= since
    )
    return (db.session.scalar(missed) or 0) >= most


def window(visit: Visit) -> tuple[dt.datetime, dt.datetime]:
    """From the start of the day before the visit until VISIT_RECONFIRM_UNTIL that day (UTC)."""
    day_before = office_date(visit.slot.starts_at) - dt.timedelta(days=1)
    return calendar.day_start(day_before), calendar.at(day_before, current_app.config["VISIT_RECONFIRM_UNTIL"])


def ask(visit: Visit, now: dt.datetime) -> None:
    """A visit was booked (or moved): whether it must be confirmed again, and the job that gives its
    place back if it is not."""
    if visit.slot is None:
        return
    visit.must_reconfirm = visit.must_reconfirm or required(visit.person_id, now)
    if not visit.must_reconfirm:
        return
    opens, closes = window(visit)
    visit.reconfirmed_at = now if now >= opens else None  # booked on the day before: that is the confirmation
    db.session.flush()
    if visit.reconfirmed_at is None:
        enqueue_at(closes, give_up, visit.id, visit.slot.starts_at.isoformat())


def pending(visit: Visit) -> bool:
    return visit.must_reconfirm and visit.reconfirmed_at is None and visit.state == VisitState.CONFIRMED


def reconfirm(visit: Visit, now: dt.datetime | None = None) -> None:
    """The person says they will come. Raises NotYet before the day before, TooLate after the hour."""
    now = now or utcnow()
    if not visit.must_reconfirm or visit.reconfirmed_at is not None:
        return
    if visit.state != VisitState.CONFIRMED or visit.slot is None:
        raise TooLate
    opens, closes = window(visit)
    if now < opens:
        raise NotYet
    if now > closes:
        raise TooLate
    visit.reconfirmed_at = now
    db.session.flush()


def give_up(visit_id: int, starts_at: str) -> None:
    """Job, at the hour on the day before: a visit still not confirmed again gives its place back
    (unless it was moved since: the move asked for a job of its own)."""
    from app.bookings import services

    visit = db.session.get(Visit, visit_id)
    if visit is None or not pending(visit) or visit.slot.starts_at.isoformat() != starts_at:
        return
    services.cancel(visit, by_office=True)
