"""The employers' threads: beside the applicant's own thread, each case has one thread per annex an
employer filed for its application, between the office and that employer only. Neither side reads
the other's: the applicant's thread is the case's messages without an annex, an employer's is the
messages of their annex."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from app.cases.models import Case
from app.extensions import db
from app.forms.models import Annex, Submission
from app.messages.models import Message


def of_case(case: Case) -> list[Annex]:
    """The annexes of the case's application that an employer filed (each has its thread)."""
    query = (
        select(Annex)
        .where(
            Annex.application_submission_id == case.submission_id,
            Annex.employer_id.is_not(None),
            Annex.submission_id.is_not(None),
        )
        .order_by(Annex.id)
    )
    return list(db.session.scalars(query))


def annex_of(case: Case, annex_id: int) -> Annex | None:
    """The case's annex with an employer's thread, or None (another case's is as good as missing)."""
    return next((annex for annex in of_case(case) if annex.id == annex_id), None)


def thread_of(employer: Any, annex_id: int) -> tuple[Case, Annex] | None:
    """The case and the annex whose thread this employer takes part in: the annex they filed, for an
    application that has a case; None for any other annex, case or account."""
    annex = db.session.get(Annex, annex_id)
    if annex is None or annex.employer_id != employer.id or annex.submission_id is None:
        return None
    if annex.application_submission_id is None:
        return None
    case = db.session.scalar(select(Case).where(Case.submission_id == annex.application_submission_id))
    return (case, annex) if case is not None else None


def threads_of(employer: Any, case_ids: list[int]) -> dict[int, list[tuple[int, dt.datetime]]]:
    """For the employer's cases listed: the case's id → the annexes they filed for its application
    (an annex withdrawn and filed again has a thread of its own), each as its id and when it was
    filed, oldest first."""
    if not case_ids:
        return {}
    query = (
        select(Case.id, Annex.id, Submission.submitted_at)
        .join(Annex, Annex.application_submission_id == Case.submission_id)
        .join(Submission, Submission.id == Annex.submission_id)
        .where(Case.id.in_(case_ids), Annex.employer_id == employer.id)
        .order_by(Case.id, Annex.id)
    )
    found: dict[int, list[tuple[int, dt.datetime]]] = {}
    for case_id, annex_id, filed_at in db.session.execute(query):
        found.setdefault(case_id, []).append((annex_id, filed_at))
    return found


def unread_by_annex(user: Any) -> dict[int, int]:
    """The annex's id → the office's messages in its thread the employer has not opened."""
    query = (
        select(Message.annex_id, func.count(Message.id))
        .join(Annex, Annex.id == Message.annex_id)
        .where(Annex.employer_id == user.id, Message.from_office.is_(True), Message.read_at.is_(None))
        .group_by(Message.annex_id)
    )
    return dict(db.session.execute(query).all())


def employer_name(annex: Annex) -> str:
    employer = annex.employer
    if employer is None:
        return ""
    person = f"{employer.first_name} {employer.last_name}".strip()
    return employer.company_name or person
