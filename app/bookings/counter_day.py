"""A counter's day for the clerk at it: the visits booked for the services the counter handles, in
the order of their times, with what each is about and how far it got."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.bookings import calendar
from app.bookings.models import Counter, Visit, VisitService, VisitSlot, VisitState
from app.bookings.services import format_code
from app.cases.models import Case
from app.extensions import db
from app.forms.models import Submission

SHOWN = (VisitState.CONFIRMED, VisitState.CHECKED_IN, VisitState.SERVED, VisitState.NO_SHOW)


@dataclass(frozen=True)
class Booked:
    starts_at: dt.datetime
    code: str
    service: VisitService
    state: str
    reference: str | None  # the application's PIO number
    signature: str | None  # the case's
    case_id: int | None


def counter_day(counter: Counter, day: dt.date) -> list[Booked]:
    starts, ends = calendar.day_start(day), calendar.day_start(day + dt.timedelta(days=1))
    services = [service.id for service in counter.services]
    query = (
        select(Visit, VisitSlot.starts_at)
        .join(VisitSlot, VisitSlot.id == Visit.slot_id)
        .where(Visit.service_id.in_(services), Visit.state.in_(SHOWN))
        .where(VisitSlot.starts_at >= starts, VisitSlot.starts_at < ends)
        .options(selectinload(Visit.service))
        .order_by(VisitSlot.starts_at, Visit.id)
    )
    rows = db.session.execute(query).all()
    submissions = {v.submission_id for v, _ in rows if v.submission_id}
    cases = {v.case_id for v, _ in rows if v.case_id}
    references = dict(
        db.session.execute(select(Submission.id, Submission.reference).where(Submission.id.in_(submissions))).all()
    )
    signatures = dict(db.session.execute(select(Case.id, Case.signature).where(Case.id.in_(cases))).all())
    opened = dict(
        db.session.execute(select(Case.submission_id, Case.id).where(Case.submission_id.in_(submissions))).all()
    )
    return [
        Booked(
            starts_at,
            format_code(visit.code),
            visit.service,
            visit.state,
            references.get(visit.submission_id),
            signatures.get(visit.case_id),
            visit.case_id or opened.get(visit.submission_id),
        )
        for visit, starts_at in rows
    ]


def subject_links(visit: Visit | None) -> list[tuple[str, str]]:
    """Where the clerk opens what a ticket's visit is about: the application at the desk, its case."""
    if visit is None:
        return []
    links = []
    if visit.submission_id:
        submission = db.session.get(Submission, visit.submission_id)
        links.append((submission.reference, url_for("DeskView.index", code=submission.reference)))
    case = db.session.get(Case, visit.case_id) if visit.case_id else None
    if case is None and visit.submission_id:
        case = db.session.scalar(select(Case).where(Case.submission_id == visit.submission_id))
    if case is not None:
        links.append((case.signature, url_for("WorkView.case", case_id=case.id)))
    return links
