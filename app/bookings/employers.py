"""Employers and their employees' visits: the visits about an application whose annex the employer
filed, or about a case the employer is named in; and the employer's private calendar address."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from sqlalchemy import delete, or_, select

from app.bookings.models import Visit, VisitFeed, VisitSlot, VisitState
from app.cases.models import Case
from app.clock import utcnow
from app.extensions import db
from app.forms.models import Annex

SHOWN = (VisitState.CONFIRMED, VisitState.CHECKED_IN, VisitState.REQUESTED, VisitState.SERVED, VisitState.NO_SHOW)
PAST_DAYS = 30  # how far back the schedule reaches


def _theirs(employer: Any):
    annexed = select(Annex.application_submission_id).where(
        Annex.employer_id == employer.id, Annex.submission_id.is_not(None)
    )
    named = select(Case.id).where(Case.employer_id == employer.id)
    return or_(Visit.submission_id.in_(annexed), Visit.case_id.in_(named))


def employees_visits(employer: Any, now: dt.datetime | None = None) -> list[Visit]:
    """The employees' visits from PAST_DAYS ago on (held ones and cancelled ones left out), soonest
    first; requests waiting for the draw last."""
    since = (now or utcnow()) - dt.timedelta(days=PAST_DAYS)
    query = (
        select(Visit)
        .outerjoin(VisitSlot, VisitSlot.id == Visit.slot_id)
        .where(_theirs(employer), Visit.state.in_(SHOWN), or_(VisitSlot.starts_at >= since, Visit.slot_id.is_(None)))
        .order_by(VisitSlot.starts_at.is_(None), VisitSlot.starts_at, Visit.id)
    )
    return list(db.session.scalars(query))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_feed(employer: Any) -> str:
    """A new secret calendar address for the employer (the old one stops working); the secret, shown
    once. Flushes."""
    token = secrets.token_urlsafe(32)
    db.session.execute(delete(VisitFeed).where(VisitFeed.employer_id == employer.id))
    db.session.add(VisitFeed(employer_id=employer.id, token_hash=_hash(token)))
    db.session.flush()
    return token


def has_feed(employer: Any) -> bool:
    return db.session.scalar(select(VisitFeed.id).where(VisitFeed.employer_id == employer.id)) is not None


def feed_owner(token: str) -> int | None:
    """The employer's id whose address carries this secret, or None."""
    if not token or len(token) > 100:
        return None
    return db.session.scalar(select(VisitFeed.employer_id).where(VisitFeed.token_hash == _hash(token)))
