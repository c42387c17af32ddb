"""What a person can book a visit about: their submitted applications (by PIO number) and their
cases (by signature), an application and the case opened from it counting as one; and which
services serve each (what a visit must be about, and the forms and kinds of cases listed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from app.accounts.models import AccountType, PortalUser
from app.bookings.models import Needs, VisitService
from app.cases.models import Case
from app.clock import utcnow
from app.extensions import db
from app.forms.models import Annex, Submission

CLOSED_CASE_DAYS = 90  # a case closed this long ago may still need a visit (collecting the card)


@dataclass(frozen=True)
class Subject:
    submission_id: int | None
    case_id: int | None
    reference: str | None  # the application's PIO number
    signature: str | None  # the case's
    form_code: str | None
    case_type_code: str | None
    person_id: int | None = None  # whose visit it is: the applicant
    person_name: str | None = None  # shown to an employer booking for an employee

    @property
    def key(self) -> str:
        """How a page names it: ``s<id>`` for an application (with its case, if any), ``c<id>`` for a case alone."""
        return f"s{self.submission_id}" if self.submission_id is not None else f"c{self.case_id}"

    @property
    def label(self) -> str:
        return " · ".join(part for part in (self.reference, self.signature) if part)


def subjects_of(person: Any) -> list[Subject]:
    """The person's applications and cases a visit can be about, newest first; for an employer, their
    employees' applications whose annex the employer filed."""
    if person.account_type == AccountType.EMPLOYER:
        return _employees_subjects(person)
    recent = utcnow() - dt.timedelta(days=CLOSED_CASE_DAYS)
    cases = list(
        db.session.scalars(
            select(Case).where(Case.applicant_id == person.id, or_(Case.closed_at.is_(None), Case.closed_at >= recent))
        )
    )
    by_submission = {case.submission_id: case for case in cases if case.submission_id is not None}
    found = []
    submissions = db.session.scalars(
        select(Submission).where(Submission.owner_id == person.id).order_by(Submission.submitted_at.desc())
    )
    for submission in submissions:
        found.append(_of_application(submission, by_submission.pop(submission.id, None), person.id))
    for case in by_submission.values():
        found.append(Subject(None, case.id, None, case.signature, None, case.case_type.code, person.id))
    found.extend(
        Subject(None, case.id, None, case.signature, None, case.case_type.code, person.id)
        for case in cases
        if case.submission_id is None
    )
    return found


def _employees_subjects(employer: Any) -> list[Subject]:
    recent = utcnow() - dt.timedelta(days=CLOSED_CASE_DAYS)
    query = (
        select(Submission, Case)
        .join(Annex, Annex.application_submission_id == Submission.id)
        .outerjoin(Case, Case.submission_id == Submission.id)
        .where(
            Annex.employer_id == employer.id,
            Annex.submission_id.is_not(None),
            Submission.owner_id.is_not(None),
            or_(Case.id.is_(None), Case.closed_at.is_(None), Case.closed_at >= recent),
        )
        .order_by(Submission.submitted_at.desc())
    )
    found = []
    for submission, case in db.session.execute(query).unique():
        owner = db.session.get(PortalUser, submission.owner_id)
        name = f"{owner.first_name} {owner.last_name}".strip() if owner else None
        found.append(_of_application(submission, case, submission.owner_id, name))
    return found


def _of_application(submission: Submission, case: Case | None, person_id: int, name: str | None = None) -> Subject:
    """An application, with the case opened from it if there is one."""
    return Subject(
        submission.id,
        case.id if case else None,
        submission.reference,
        case.signature if case else None,
        submission.definition.code,
        case.case_type.code if case else None,
        person_id,
        name,
    )


def subject_of(person: Any, key: str) -> Subject | None:
    """The person's own subject named by ``key``; None for anyone else's."""
    return next((subject for subject in subjects_of(person) if subject.key == key), None)


def serves(service: VisitService, subject: Subject) -> bool:
    if service.needs == Needs.APPLICATION and subject.submission_id is None:
        return False
    if service.needs == Needs.CASE and subject.case_id is None:
        return False
    if service.form_codes and subject.form_code not in service.form_codes:
        return False
    return not (service.case_type_codes and subject.case_type_code not in service.case_type_codes)


def services_for(subject: Subject, service_point_id: int | None = None) -> list[VisitService]:
    query = select(VisitService).where(VisitService.active.is_(True))
    if service_point_id is not None:
        query = query.where(VisitService.service_point_id == service_point_id)
    services = db.session.scalars(query.order_by(VisitService.service_point_id, VisitService.position))
    return [service for service in services if serves(service, subject)]


def subject_by_number(typed: str) -> Subject | None:
    """For a clerk booking for a caller: the application with that PIO number (and its case) or the
    case with that signature, as the caller reads it out; the visit is its applicant's."""
    number = " ".join(typed.split()).upper()
    if not number:
        return None
    submission = db.session.scalar(select(Submission).where(Submission.reference == number))
    if submission is not None:
        case = db.session.scalar(select(Case).where(Case.submission_id == submission.id))
        owner = submission.owner_id or (case.applicant_id if case else None)
        return _of_application(submission, case, owner, _name_of(owner)) if owner else None
    case = db.session.scalar(select(Case).where(Case.signature == number))
    if case is None or case.applicant_id is None:
        return None
    if case.submission_id is not None:
        submission = db.session.get(Submission, case.submission_id)
        return _of_application(submission, case, case.applicant_id, _name_of(case.applicant_id))
    return Subject(
        None, case.id, None, case.signature, None, case.case_type.code, case.applicant_id, _name_of(case.applicant_id)
    )


def _name_of(person_id: int | None) -> str | None:
    person = db.session.get(PortalUser, person_id) if person_id else None
    return f"{person.first_name} {person.last_name}".strip() if person else None
