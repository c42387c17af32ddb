"""The rules of case work: a case opens when an application reaches the office; its status moves
along the kind of case's ordered list (back, or out of a closed case, only for a supervisor;
closing needs a result); the legal deadline follows the kind of case's rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload, lazyload

from app import signals
from app.accounts import reach
from app.accounts.roles import CASE_STAFF, CASE_WORKERS, SUPERVISORS, Role
from app.cases.models import RESULTS, Case, CaseAccess, CaseEvent, CaseRequest, SignatureCounter
from app.catalogue.models import CaseStatus, CaseStep, CaseType, CaseTypeStatus, StatusCode
from app.clock import office_date, office_today, utcnow
from app.content.lemmas import fold
from app.counters import next_number
from app.extensions import db
from app.forms.models import Annex, Submission
from app.forms.names import names_on


class Refused(ValueError):
    """Why a change breaks the rules, in words for the clerk; nothing was changed."""


def is_supervisor(user: Any) -> bool:
    return any(role.name in SUPERVISORS for role in getattr(user, "roles", []))


def ordered_statuses(case_type_id: int) -> list[CaseTypeStatus]:
    """The kind's statuses in order, each with its step; the kind itself (with its descriptions in
    four languages) is not joined to every line again: it is read once, when asked for."""
    query = (
        select(CaseTypeStatus)
        .where(CaseTypeStatus.case_type_id == case_type_id)
        .options(lazyload(CaseTypeStatus.case_type), joinedload(CaseTypeStatus.step).lazyload(CaseStep.case_type))
    )
    return list(db.session.scalars(query.order_by(CaseTypeStatus.position, CaseTypeStatus.id)))


def case_of(submission: Submission) -> Case | None:
    return db.session.scalar(select(Case).where(Case.submission_id == submission.id))


def open_case(submission: Submission, by: Any = None, service_point_id: int | None = None) -> Case | None:
    """Within the caller's transaction: the case of an application that reached the office (an
    annex goes with its application and opens none; a case opens once)."""
    code = submission.definition.data["case_type"]
    if "-" in submission.definition.code or case_of(submission) is not None:
        return None
    case_type = db.session.scalar(select(CaseType).where(CaseType.code == code))
    if case_type is None:
        raise RuntimeError(f"no kind of case {code} for {submission.reference}")
    lines = ordered_statuses(case_type.id)
    first = next((line.status for line in lines if line.status.code == StatusCode.FILED), None)
    first = first or (lines[0].status if lines else None)
    if first is None:
        first = db.session.scalar(select(CaseStatus).where(CaseStatus.code == StatusCode.FILED))
    now = utcnow()
    annex = db.session.scalar(select(Annex).where(Annex.application_submission_id == submission.id))
    names = names_on(submission.definition.data, submission.answers or {})
    case = Case(
        signature=_signature(office_date(now).year),
        case_type_id=case_type.id,
        submission_id=submission.id,
        applicant_id=submission.owner_id,
        applicant_name=names[0][:300] if names else "",
        name_key=fold(" | ".join(names))[:1000],
        employer_id=annex.employer_id if annex is not None else None,
        service_point_id=service_point_id,
        status_id=first.id,
        public_status_id=first.id,
        status_changed_at=now,
        public_changed_at=now,
        filed_on=office_date(now),
    )
    case.case_type = case_type
    case.deadline = deadline(case)
    db.session.add(case)
    case.events.append(_event(case, "opened", first, by, now))
    db.session.flush()
    signals.case_opened.send(
        signals.CaseOpened(
            case_id=case.id,
            signature=case.signature,
            submission_id=submission.id,
            applicant_id=case.applicant_id,
            employer_id=case.employer_id,
            case_type=case_type.code,
            status=first.code,
        )
    )
    return case


def _signature(year: int) -> str:
    pattern = current_app.config["CASE_SIGNATURE_PATTERN"]
    return pattern.format(number=next_number(SignatureCounter, year), year=year)


def _event(case: Case, kind: str, status: CaseStatus, by: Any, at: dt.datetime, internal="", public="") -> CaseEvent:
    name = f"{by.first_name} {by.last_name}" if by is not None else ""
    return CaseEvent(
        kind=kind,
        status_id=status.id,
        status=status,
        at=at,
        by_id=getattr(by, "id", None),
        by_name=name,
        internal_note=internal,
        public_note=public,
    )


def deadline(case: Case) -> dt.date | None:
    """The legal deadline: the kind of case's days from its starting point (the latest of the
    personal appearance and a complete application, or the filing), plus the days the case was
    suspended (they do not count)."""
    days = case.case_type.decision_days
    if not days:
        return None
    if case.case_type.deadline_start == "appearance-and-completeness":
        if case.appearance_on is None or case.complete_on is None:
            return None
        start = max(case.appearance_on, case.complete_on)
    else:
        start = case.complete_on or case.filed_on
    return start + dt.timedelta(days=days + case.suspended_days)


def change_status(
    case: Case,
    status_id: int,
    by: Any,
    internal_note: str = "",
    public_note: str = "",
    result: str | None = None,
    told_otherwise: bool = False,
) -> None:
    """Move the case to another status of its kind's list (raises Refused, changing nothing);
    ``told_otherwise``: the applicant hears of it by another event (a request's own notices), so
    the status's "notify" does not tell them twice."""
    lines = {line.status_id: line for line in ordered_statuses(case.case_type_id)}
    target = lines.get(status_id)
    if target is None:
        raise Refused(_l("This status is not one of this kind of case."))
    if status_id == case.status_id:
        raise Refused(_l("The case already has this status."))
    current = lines.get(case.status_id)
    backwards = current is not None and target.position < current.position
    if case.closed_at is not None and not is_supervisor(by):
        raise Refused(_l("The case is closed: only a supervisor can reopen it."))
    if backwards and not is_supervisor(by):
        raise Refused(_l("Only a supervisor can move a case back to an earlier status."))
    if target.status.final and result not in RESULTS:
        raise Refused(_l("Choose the result before closing the case."))
    now = utcnow()
    old_status = current.status.code if current is not None else ""
    case.status_id, case.status, case.status_changed_at = target.status_id, target.status, now
    if target.status.visible:
        case.public_status_id, case.public_status, case.public_changed_at = target.status_id, target.status, now
    if target.status.final:
        case.result, case.closed_at, case.decision_on = result, now, office_date(now)
    elif case.closed_at is not None:  # reopened
        case.result, case.closed_at, case.decision_on = None, None, None
    case.events.append(_event(case, "status", target.status, by, now, internal_note.strip(), public_note.strip()))
    db.session.flush()
    signals.case_status_changed.send(
        signals.CaseStatusChanged(
            case_id=case.id,
            signature=case.signature,
            applicant_id=case.applicant_id,
            employer_id=case.employer_id,
            old_status=old_status,
            new_status=target.status.code,
            public=target.status.visible,
            notify=bool(target.status.visible and target.status.notify) and not told_otherwise,
            closed=case.closed_at is not None,
            by_id=getattr(by, "id", None),
        )
    )


def assign(case: Case, clerk: Any, by: Any) -> None:
    """Give the case to a clerk: anyone takes an unassigned case for themselves; giving a case to
    someone else, or taking one another clerk has, needs a supervisor."""
    if clerk is None or not any(role.name in CASE_WORKERS for role in clerk.roles):
        raise Refused(_l("Choose a clerk."))
    if case.clerk_id == clerk.id:
        raise Refused(_l("The case is already assigned to this clerk."))
    if not is_supervisor(by) and (clerk.id != by.id or case.clerk_id is not None):
        raise Refused(_l("Only a supervisor can give a case to someone else or take it from another clerk."))
    case.clerk_id = clerk.id
    name = f"{clerk.first_name} {clerk.last_name}"
    case.events.append(_event(case, "assigned", case.status, by, utcnow(), internal=name))
    db.session.flush()


def set_dates(case: Case, appearance_on: dt.date | None, complete_on: dt.date | None, by: Any) -> None:
    """Record the personal appearance and the day the application became complete; the deadline
    follows."""
    today = office_today()
    for day in (appearance_on, complete_on):
        if day is not None and (day > today or day < case.filed_on):
            raise Refused(_l("A date must be between the filing of the application and today."))
    case.appearance_on, case.complete_on = appearance_on, complete_on
    case.deadline = deadline(case)
    note = f"{appearance_on or '—'} / {complete_on or '—'}"
    case.events.append(_event(case, "dates", case.status, by, utcnow(), internal=note))
    db.session.flush()


def log_access(case: Case, user: Any, action: str) -> None:
    """Record that a member of staff (or the office's case-management system) opened the case or
    downloaded its documents; committed with the reading, before anything is shown."""
    roles = [role.name for role in user.roles if role.name in (*CASE_STAFF, Role.CASE_SYSTEM)]
    db.session.add(
        CaseAccess(
            case_id=case.id,
            user_id=user.id,
            user_name=f"{user.first_name} {user.last_name}",
            role=",".join(roles) or "staff",
            action=action,
        )
    )
    db.session.flush()


def access_log(case: Case) -> list[CaseAccess]:
    query = select(CaseAccess).where(CaseAccess.case_id == case.id).order_by(CaseAccess.id.desc())
    return list(db.session.scalars(query))


REQUEST_DAYS = 7  # KPA art. 64 § 2: "not shorter than seven days"


def request_documents(
    case: Case,
    by: Any,
    requirement_ids: list[int],
    free_text: str,
    days: int,
    email: bool = False,
    sms: bool = False,
) -> CaseRequest:
    """A request to complete the application or pay the fee: what is missing (requirements of
    the kind of case and the clerk's words), by when; the case moves to the request's status.
    ``email`` and ``sms``: the applicant is also told so, within what their profile allows."""
    if case.closed_at is not None:
        raise Refused(_l("The case is closed."))
    refused = reach.refusal(reach.of_applicant(case.applicant), email, sms)
    if refused is not None:
        raise Refused(refused)
    chosen = [r for r in case.case_type.requirements if r.id in set(requirement_ids)]
    free_text = (free_text or "").strip()[:4000]
    if not chosen and not free_text:
        raise Refused(_l("Say what is missing: tick a requirement or describe it."))
    if not REQUEST_DAYS <= days <= 60:
        raise Refused(_l("The time to answer is 7 to 60 days."))
    only_fees = chosen and all(r.kind == "fee" for r in chosen) and not free_text
    code = StatusCode.FEE_REQUEST if only_fees else StatusCode.DEFICIENCY_REQUEST
    lines = {line.status.code: line for line in ordered_statuses(case.case_type_id)}
    target = lines.get(code) or lines.get(StatusCode.DEFICIENCY_REQUEST)
    if target is None:
        raise Refused(_l("This kind of case has no status for a request."))
    now = utcnow()
    request = CaseRequest(
        items=[{lang: getattr(r, f"title_{lang}") for lang in ("pl", "en", "ru", "uk")} for r in chosen],
        free_text=free_text,
        days=days,
        due_on=office_date(now) + dt.timedelta(days=days),
        by_name=f"{by.first_name} {by.last_name}",
        created_at=now,
    )
    if case.status_id != target.status_id:
        change_status(case, target.status_id, by, public_note=free_text, told_otherwise=True)
    case.requests.append(request)
    line = _event(case, "request", case.status, by, now)
    line.request = request  # the history shows what was asked for and by when
    case.events.append(line)
    db.session.flush()
    signals.case_request_made.send(_request_change(case, request, by, email, sms))
    return request


def _request_change(
    case: Case, request: CaseRequest, by: Any, email: bool = False, sms: bool = False
) -> signals.CaseRequestChange:
    by_id = getattr(by, "id", None)
    return signals.CaseRequestChange(case.id, request.id, case.applicant_id, request.due_on, by_id, email, sms)


def request_answered(case: Case, by: Any) -> None:
    request = case.open_request
    if request is None:
        raise Refused(_l("No request is waiting for an answer."))
    request.answered_at = utcnow()
    case.events.append(_event(case, "answered", case.status, by, request.answered_at))
    db.session.flush()
    signals.case_request_answered.send(_request_change(case, request, by))


def suspend(case: Case, by: Any, reason: str) -> None:
    """Suspend the proceedings (the days until they resume do not count towards the deadline)."""
    reason = (reason or "").strip()[:500]
    if case.closed_at is not None or case.suspended_on is not None:
        raise Refused(_l("Only a running case can be suspended."))
    if not reason:
        raise Refused(_l("Give the reason for the suspension."))
    case.suspended_on, case.suspension_reason = office_today(), reason
    case.events.append(_event(case, "suspended", case.status, by, utcnow(), internal=reason))
    db.session.flush()


def resume(case: Case, by: Any) -> None:
    if case.suspended_on is None:
        raise Refused(_l("The case is not suspended."))
    case.suspended_days += (office_today() - case.suspended_on).days
    case.suspended_on, case.suspension_reason = None, None
    case.deadline = deadline(case)
    case.events.append(_event(case, "resumed", case.status, by, utcnow()))
    db.session.flush()


def assign_many(case_ids: list[int], clerk: Any, by: Any) -> int:
    """A supervisor's bulk assignment; returns how many cases changed hands."""
    if not is_supervisor(by):
        raise Refused(_l("Only a supervisor can give a case to someone else or take it from another clerk."))
    if not case_ids:
        raise Refused(_l("Tick the cases to assign."))
    done = 0
    for case in db.session.scalars(select(Case).where(Case.id.in_(case_ids))):
        if case.clerk_id != getattr(clerk, "id", None):
            assign(case, clerk, by)
            done += 1
    return done
