"""The clerks' work queue: tabs (mine, unassigned, due within 3 days, overdue, waiting for the
applicant, with unread replies) and filters, each one indexed query; and the search by name, signature or PIO number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import joinedload

from app.cases.models import Case
from app.catalogue.models import REQUEST_STATUSES, CaseStatus
from app.clock import office_today
from app.content.lemmas import fold
from app.extensions import db
from app.forms.desk import read_scan
from app.forms.models import Submission
from app.web.numbers import whole_number

TABS = ("mine", "unassigned", "due", "overdue", "waiting", "replies")
PAGE = 50
MAX_SEARCH = 100  # characters of a search
COUNT_CAP = 1000
ORDER = (Case.deadline.asc().nulls_last(), Case.id)  # soonest deadline first, cases without one last


@dataclass(frozen=True)
class Filters:
    case_type_id: int | None = None
    status_id: int | None = None
    service_point_id: int | None = None
    filed_from: dt.date | None = None
    filed_to: dt.date | None = None

    @classmethod
    def read(cls, args) -> Filters:
        """From the query string; a value that is not a number or a date is left out."""

        def number(name):
            return whole_number(args.get(name, ""))

        def day(name):
            try:
                return dt.date.fromisoformat(args.get(name, ""))
            except ValueError:
                return None

        return cls(number("type"), number("status"), number("point"), day("from"), day("to"))


def _tab(query, tab: str, user: Any):
    today = office_today()
    query = query.where(Case.closed_at.is_(None))
    if tab == "mine":
        return query.where(Case.clerk_id == user.id)
    if tab == "unassigned":
        return query.where(Case.clerk_id.is_(None))
    if tab == "due":
        return query.where(Case.deadline >= today, Case.deadline <= today + dt.timedelta(days=3))
    if tab == "overdue":
        return query.where(Case.deadline < today)
    if tab == "replies":
        replied = _unread_replies()
        return query.where(Case.id.in_(replied) if replied is not None else false())
    return query.where(Case.status_id.in_(waiting_statuses()))


def offer_unread_replies(app: Flask, cases_with_unread: Callable[[], Any]) -> None:
    """The messages area gives the ids of the cases with a reply the office has not read (a
    select), for the queue's tab and marker, without the queue naming it."""
    app.extensions["cases.unread_replies"] = cases_with_unread


def _unread_replies():
    found = current_app.extensions.get("cases.unread_replies")
    return found() if found is not None else None


def with_unread_replies(shown: list[Case]) -> set[int]:
    """Which of the cases on a page have a reply the office has not read."""
    replied = _unread_replies()
    if replied is None or not shown:
        return set()
    ids = [case.id for case in shown]
    return set(db.session.scalars(select(Case.id).where(Case.id.in_(ids), Case.id.in_(replied))))


def waiting_statuses() -> list[int]:
    """The ids of the statuses in which the office waits for the applicant (as values, so that
    each is read from the status index in deadline order)."""
    return list(
        db.session.scalars(select(CaseStatus.id).where(CaseStatus.code.in_(REQUEST_STATUSES)).order_by(CaseStatus.id))
    )


def _filtered(query, filters: Filters):
    if filters.case_type_id:
        query = query.where(Case.case_type_id == filters.case_type_id)
    if filters.status_id:
        query = query.where(Case.status_id == filters.status_id)
    if filters.service_point_id:
        query = query.where(Case.service_point_id == filters.service_point_id)
    if filters.filed_from:
        query = query.where(Case.filed_on >= filters.filed_from)
    if filters.filed_to:
        query = query.where(Case.filed_on <= filters.filed_to)
    return query


def cases(tab: str, user: Any, filters: Filters, page: int = 1) -> list[Case]:
    """One page of a tab, soonest deadline first (cases without one last), with the names the
    list shows loaded in the same query."""
    query = _filtered(_tab(select(Case), tab, user), filters)
    # the kinds and statuses come joined, as the model has them: without their long texts (deferred)
    # a join costs less than a second query each
    query = query.options(joinedload(Case.clerk))
    return list(db.session.scalars(query.order_by(*ORDER).limit(PAGE).offset((page - 1) * PAGE)))


SEARCH_WORDS = 6


def search(text: str, filters: Filters, page: int = 1) -> list[Case]:
    """One page of the cases, open or closed, that the text finds: by the names on the application
    (every word typed, letter case and Polish diacritics aside), by the case signature or by the
    PIO number (in part, when the text has a digit); open cases first, soonest deadline first."""
    text = " ".join(text.split())[:MAX_SEARCH]
    words = fold(text).split()[:SEARCH_WORDS]
    if not words:
        return []
    found = [and_(*(Case.name_key.contains(word, autoescape=True) for word in words))]
    if any(ch.isdigit() for ch in text):  # names have no digits: a signature or a PIO number
        found.append(func.lower(Case.signature).contains(text.lower(), autoescape=True))
        scan = read_scan(text)
        references = (
            Submission.reference == scan.reference
            if scan
            else func.upper(Submission.reference).contains(text.upper(), autoescape=True)
        )
        found.append(Case.submission_id.in_(select(Submission.id).where(references)))
    query = _filtered(select(Case).where(or_(*found)), filters)
    query = query.options(joinedload(Case.clerk))
    order = (Case.closed_at.is_not(None), *ORDER)
    return list(db.session.scalars(query.order_by(*order).limit(PAGE).offset((page - 1) * PAGE)))


def counts(user: Any, filters: Filters) -> dict[str, int]:
    """How many cases each tab holds, counted up to COUNT_CAP + 1: a tab beyond the cap shows
    "1000+" (the dashboard has the exact totals). Counting stops there, so a tab costs the same
    whatever the size of the backlog."""

    def capped(query):
        # in the tabs' own order, so that the planner walks an open-cases index and stops at the cap;
        # unordered, a sequential scan looks cheaper and reads the closed register first
        rows = _filtered(query, filters).order_by(*ORDER).limit(COUNT_CAP + 1).subquery()
        return select(func.count()).select_from(rows).scalar_subquery()

    tabs = [tab for tab in TABS if tab != "waiting"]
    # one status at a time: each is a stretch of the status index already in deadline order
    open_cases = select(Case.id).where(Case.closed_at.is_(None))
    waiting = [capped(open_cases.where(Case.status_id == status)) for status in waiting_statuses()]
    # every count in one statement: one round trip, each count still its own capped walk
    row = db.session.execute(select(*(capped(_tab(select(Case.id), tab, user)) for tab in tabs), *waiting)).one()
    found = dict(zip(tabs, row[: len(tabs)], strict=True))
    found["waiting"] = min(sum(row[len(tabs) :]), COUNT_CAP + 1)
    return found
