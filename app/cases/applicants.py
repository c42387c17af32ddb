"""Cases as their applicants and employers see them: only their own, only public statuses, the
procedure's steps as the history tells them, and the time left to the legal deadline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, joinedload

from app.accounts.models import PortalUser
from app.cases import steps
from app.cases.models import Case, CaseEvent
from app.catalogue import public
from app.catalogue.models import CaseStatus
from app.clock import office_today
from app.extensions import db


def cases_of(user: Any) -> list[Case]:
    query = select(Case).where(Case.applicant_id == user.id).order_by(Case.public_changed_at.desc())
    return list(db.session.scalars(query))


def case_of(user: Any, case_id: int) -> Case | None:
    """The user's own case, or None (another applicant's case is as good as missing)."""
    return db.session.scalar(select(Case).where(Case.id == case_id, Case.applicant_id == user.id))


EMPLOYEES_PAGE = 50


@dataclass(frozen=True)
class EmployeesPage:
    cases: list[Case]
    total: int  # matching the name, on every page
    page: int
    pages: int


def employees_cases(employer: Any, name: str = "", page: int = 1) -> EmployeesPage:
    """Cases of the foreigners whose annex this employer filed (status only is shown), the latest
    change first, a page at a time; ``name`` keeps those whose employee's name contains it."""
    words = name.lower().split()[:4]

    def matching(query):
        query = query.where(Case.employer_id == employer.id)
        if words:  # through the employer's own cases to their applicants, never over all accounts
            person = aliased(PortalUser)
            full = func.lower(person.first_name + " " + person.last_name)
            query = query.join(person, person.id == Case.applicant_id)
            query = query.where(*(full.contains(word, autoescape=True) for word in words))
        return query

    total = db.session.scalar(matching(select(func.count(Case.id))))
    pages = max(1, -(-total // EMPLOYEES_PAGE))
    page = min(max(page, 1), pages)
    query = (
        matching(select(Case))
        .options(joinedload(Case.applicant))
        .order_by(Case.public_changed_at.desc(), Case.id.desc())
        .limit(EMPLOYEES_PAGE)
        .offset((page - 1) * EMPLOYEES_PAGE)
    )
    return EmployeesPage(list(db.session.scalars(query)), total, page, pages)


def public_history(case: Case) -> list[CaseEvent]:
    """The lines of the history the applicant may see: public statuses, with their notes."""
    query = (
        select(CaseEvent)
        .join(CaseStatus, CaseStatus.id == CaseEvent.status_id)
        .where(CaseEvent.case_id == case.id, CaseEvent.kind.in_(("opened", "status")), CaseStatus.visible.is_(True))
        .order_by(CaseEvent.id.desc())
    )
    return list(db.session.scalars(query))


@dataclass(frozen=True)
class Progress:
    status: Any  # the published snapshot of the public status (the row itself before it is published)
    steps: list[steps.StepState]  # as the case's history tells them (app/cases/steps.py)
    days_left: int | None


def progress(case: Case, with_steps: bool = True) -> Progress:
    """Where the case stands for its applicant: the public status, the steps (when asked for)
    and the days left to the legal deadline."""
    page = public.case_page(case.case_type.code)
    status = None
    if page is not None:
        known = [s for view in page.steps for s in view.statuses] + page.unstepped
        status = next((s for s in known if s["id"] == case.public_status_id), None)
    days_left = None
    if case.deadline is not None and case.closed_at is None:
        days_left = (case.deadline - office_today()).days
    return Progress(status or case.public_status, steps.for_applicant(case) if with_steps else [], days_left)


def birth_date(submission_answers: dict, definition: dict) -> str | None:
    """The applicant's date of birth as the application gives it (ISO), if it asks for one."""
    for section in definition["sections"]:
        for spec in section["fields"]:
            if spec["key"] == "birth_date" and spec["type"] == "date":
                value = submission_answers.get(section["key"], {}).get("birth_date")
                if value:
                    return value
    return None


def public_check(signature: str, born: str) -> Case | None:
    """The case with this signature whose application gives this date of birth; None for a wrong
    pair and for an unknown case alike."""
    from app.forms.models import Submission

    case = db.session.scalar(select(Case).where(Case.signature == signature.strip()[:60]))
    if case is None:
        return None
    submission = db.session.get(Submission, case.submission_id)
    return case if birth_date(submission.answers, submission.definition.data) == born else None
