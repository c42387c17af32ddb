"""Counting the office's messages their readers have not opened: the navigation's count (an
applicant's own cases; an employer's with the threads of their annexes), a thread's count on a
case's page, and the cases with replies the office has not read (the work queue)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case as when
from sqlalchemy import func, select

from app.accounts.models import AccountType
from app.cases.models import Case
from app.extensions import db
from app.forms.models import Annex
from app.messages.models import Message
from app.messages.services import in_thread


def unread_in_annexes(user: Any):
    """The count of the office's messages in the threads of the employer's annexes they have not
    opened, as a statement."""
    return (
        select(func.count(Message.id))
        .join(Annex, Annex.id == Message.annex_id)
        .where(Annex.employer_id == user.id, Message.from_office.is_(True), Message.read_at.is_(None))
    )


def unread_in_own_cases(user: Any):
    """The count of the office's messages in the user's cases they have not opened, as a statement."""
    return (
        select(func.count(Message.id))
        .join(Case, Case.id == Message.case_id)
        .where(
            Case.applicant_id == user.id,
            Message.annex_id.is_(None),
            Message.from_office.is_(True),
            Message.read_at.is_(None),
        )
    )


def unread_for_applicant(user: Any) -> int:
    """How many of the office's messages in the user's cases they have not opened."""
    return db.session.scalar(unread_in_own_cases(user)) or 0


def unread_for_employer(user: Any) -> int:
    """How many of the office's messages the employer has not opened, in their own cases and in
    the threads of their annexes: one statement."""
    both = select(unread_in_own_cases(user).scalar_subquery() + unread_in_annexes(user).scalar_subquery())
    return db.session.scalar(both) or 0


def unread_column(user: Any):
    """The navigation's unread count as a SQL expression for ``user``, the ``PortalUser`` entity of
    the query that opens the login session (``accounts.with_session``): an employer's with their
    annexes' threads, an applicant's own cases', none for staff."""
    own = unread_in_own_cases(user).scalar_subquery()
    return when(
        (user.account_type == AccountType.EMPLOYER, own + unread_in_annexes(user).scalar_subquery()),
        (user.account_type == AccountType.APPLICANT, own),
        else_=None,
    )


def unread_in(case: Case, annex: Annex | None = None) -> int:
    """How many of the office's messages in this thread of the case its reader has not opened."""
    query = select(func.count(Message.id)).where(
        Message.case_id == case.id, in_thread(annex), Message.from_office.is_(True), Message.read_at.is_(None)
    )
    return db.session.scalar(query) or 0


def cases_with_unread_replies():
    """The ids of cases with a reply the office has not read (for the work queue)."""
    return select(Message.case_id).where(Message.from_office.is_(False), Message.read_at.is_(None))
