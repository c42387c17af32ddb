"""The supervisors' overview: open cases by status and by kind, overdue cases, and the median
time from filing to closing per kind of case."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import Date, func, select

from app.cases.models import Case
from app.catalogue.models import CaseStatus, CaseType
from app.clock import OFFICE_TIMEZONE, office_date, office_today, utcnow
from app.extensions import db

OVERDUE_SHOWN = 50
MEDIAN_WINDOW_DAYS = 365


@dataclass(frozen=True)
class Row:
    label: str
    count: int


@dataclass(frozen=True)
class Median:
    label: str
    days: float
    closed: int


def by_status() -> list[Row]:
    query = (
        select(CaseStatus.name_pl, func.count(Case.id))
        .join(Case, Case.status_id == CaseStatus.id)
        .where(Case.closed_at.is_(None))
        .group_by(CaseStatus.id, CaseStatus.name_pl)
        .order_by(func.count(Case.id).desc())
    )
    return [Row(name, count) for name, count in db.session.execute(query)]


def by_type() -> list[Row]:
    query = (
        select(CaseType.code, func.count(Case.id))
        .join(Case, Case.case_type_id == CaseType.id)
        .where(Case.closed_at.is_(None))
        .group_by(CaseType.id, CaseType.code)
        .order_by(func.count(Case.id).desc())
    )
    return [Row(code, count) for code, count in db.session.execute(query)]


def overdue() -> tuple[int, list[Case]]:
    today = office_today()
    where = (Case.closed_at.is_(None), Case.deadline < today)
    total = db.session.scalar(select(func.count(Case.id)).where(*where))
    shown = db.session.scalars(select(Case).where(*where).order_by(Case.deadline).limit(OVERDUE_SHOWN))
    return total, list(shown)


def median_days() -> list[Median]:
    """Per kind of case, the median of calendar days from filing to closing, over the cases closed
    in the last MEDIAN_WINDOW_DAYS (the current pace, not the register's whole history).
    PostgreSQL computes it (percentile_cont, over the closed_at index); SQLite has no such
    aggregate, so there the spans are read and the median taken here."""
    since = utcnow() - dt.timedelta(days=MEDIAN_WINDOW_DAYS)
    where = (Case.closed_at.isnot(None), Case.closed_at >= since)
    if db.engine.dialect.name == "postgresql":
        # the day it closed in the office's calendar (closed_at is a UTC time), as on SQLite below
        closed_on = func.cast(func.timezone(OFFICE_TIMEZONE, func.timezone("UTC", Case.closed_at)), Date)
        span = closed_on - Case.filed_on
        query = (
            select(CaseType.code, func.percentile_cont(0.5).within_group(span), func.count(Case.id))
            .join(CaseType, CaseType.id == Case.case_type_id)
            .where(*where)
            .group_by(CaseType.code)
            .order_by(CaseType.code)
        )
        return [Median(code, round(float(days), 1), count) for code, days, count in db.session.execute(query)]
    query = select(CaseType.code, Case.filed_on, Case.closed_at).join(CaseType, CaseType.id == Case.case_type_id)
    spans: dict[str, list[int]] = {}
    for code, filed_on, closed_at in db.session.execute(query.where(*where)):
        spans.setdefault(code, []).append((office_date(closed_at) - filed_on).days)
    return [Median(code, round(float(statistics.median(d)), 1), len(d)) for code, d in sorted(spans.items())]
