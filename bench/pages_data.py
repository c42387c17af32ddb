"""What the demo accounts hold when `bench/pages.py` loads their pages: what a real account holds.

- The demo applicant: three cases (one waiting for a document, with the office's request and two of
  its messages, one unread; one under way; one closed with a decision) and a temporary residence
  application half filled in.
- The demo employer: annexes to the applications of five employees, whose cases are open.
- The demo clerk: 60 open cases of their own among the office's 400 open cases of every kind, some
  due within days and some overdue.

Everything is made through the portal's own services (an application submitted as on paper,
accepted at the desk, which opens its case; assigning, status changes, messages), with the
answers of the filled-in forms of the tests (``tests/forms/filled``). Run once per database: it
does nothing when the demo applicant already has a case.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import yaml
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
FILLED = ROOT / "tests" / "forms" / "filled"
OFFICE_CASES = 400
CLERKS_OWN = OFFICE_CASES * 3 // 20  # every 20 cases, 3 are the demo clerk's
EMPLOYEES = 5
KINDS = ["TRP", "TRW", "BLU", "PRM", "LTR", "CHG", "CRD", "TRV", "WRK", "KPL"]
NAMES = [("IRYNA", "KOVALENKO"), ("OLEKSANDR", "BONDARENKO"), ("ALIAKSANDR", "NAVUMCHYK"), ("RAVI", "SHARMA")]
NAMES += [("NGUYEN VAN", "AN"), ("MARIA JOSE", "GARCIA LOPEZ"), ("AIGERIM", "NURLANOVA"), ("TARAS", "SHEVCHUK")]


def fill() -> list[str]:
    """Within the caller's transaction (the caller commits)."""
    from app.accounts.models import PortalUser
    from app.cases.models import Case
    from app.extensions import db

    applicant, employer, clerk = (
        db.session.scalar(select(PortalUser).where(PortalUser.email == f"{role}@demo.przybysz.pl"))
        for role in ("applicant", "employer", "clerk")
    )
    if db.session.scalar(select(Case.id).where(Case.applicant_id == applicant.id).limit(1)) is not None:
        return ["bench data: kept"]
    _applicants_cases(applicant, clerk)
    _draft(applicant)
    _employees(employer, clerk)
    _office(clerk)
    return [
        f"bench data: 3 cases and a draft of {applicant.email}, {EMPLOYEES} annexes of {employer.email}, "
        f"{OFFICE_CASES} open cases of the office ({CLERKS_OWN} of {clerk.email})"
    ]


def settle(engine) -> None:
    """On PostgreSQL, VACUUM ANALYZE: the planner's statistics and the visibility map as autovacuum
    leaves them on a database in use, not as a bulk load leaves them."""
    from sqlalchemy import text

    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))


_numbers = itertools.count(1)


def _answers(code: str, given: str | None = None, surname: str | None = None) -> dict:
    answers = yaml.safe_load((FILLED / f"{code}.yaml").read_text(encoding="utf-8"))["answers"]
    if given and "personal" in answers:
        answers["personal"].update(given_names=given, surname=surname)
    return answers


def _submitted(owner, code: str, given: str | None = None, surname: str | None = None):
    """``owner``'s application of ``code``, submitted to be brought on paper."""
    from app.extensions import db
    from app.forms import drafts, services
    from app.forms.models import Submission
    from app.forms.validation import validate

    definition = services.current(code)
    typed = _answers(code, given, surname)
    values = validate(definition.data, typed, None, "pl").values
    number = next(_numbers)
    submission = Submission(
        reference=f"PIO/2026/{800000 + number}",
        verification_code=f"{number:08X}",
        owner_id=owner.id,
        definition_id=definition.id,
        answers=values,
        content_hash=drafts.content_hash({"code": code, "version": definition.version, "answers": values}),
        acknowledged=[],
        submission_mode="paper",
        typed_answers=typed,
    )
    db.session.add(submission)
    db.session.flush()
    return submission


def _accepted(submission, clerk):
    """The case opened by accepting ``submission`` at the desk of the first service point."""
    from app.cases.models import Case
    from app.extensions import db
    from app.forms import desk
    from app.offices.models import ServicePoint

    point = db.session.scalar(select(ServicePoint.id).order_by(ServicePoint.id).limit(1))
    desk.accept(submission, clerk, point, True)
    return db.session.scalar(select(Case).where(Case.submission_id == submission.id))


def _status(code: str) -> int:
    from app.catalogue.models import CaseStatus
    from app.extensions import db

    return db.session.scalar(select(CaseStatus.id).where(CaseStatus.code == code))


def _applicants_cases(applicant, clerk) -> None:
    from app.cases import tracking
    from app.messages import services as messages

    waiting = _accepted(_submitted(applicant, "TRP"), clerk)
    tracking.assign(waiting, clerk, clerk)
    tracking.change_status(waiting, _status("deficiency-request"), clerk, public_note="Prosimy o kopię paszportu.")
    first = None
    for text in ("Dzień dobry, sprawa jest w toku.", "Prosimy o czytelną kopię wszystkich stron paszportu."):
        posted = messages.post(waiting, clerk, messages.draft(waiting, "message", "", text, False, False))
        first = first or posted
    first.read_at = first.created_at  # one read, one unread
    under_way = _accepted(_submitted(applicant, "CRD"), clerk)
    tracking.assign(under_way, clerk, clerk)
    closed = _accepted(_submitted(applicant, "KPL"), clerk)
    tracking.change_status(closed, _status("closed"), clerk, result="granted")


def _draft(applicant) -> None:
    from app.forms import drafts

    draft = drafts.start(applicant, "TRP")
    for section, answers in list(_answers("TRP").items())[:3]:
        drafts.save(draft, section, answers)


def _account(email: str, given: str, surname: str):
    from flask import current_app

    from app.accounts.models import AccountType, PortalUser
    from app.clock import utcnow
    from app.extensions import db

    user = PortalUser(
        email=email,
        username=email,
        password="!",  # never signs in
        first_name=given.title(),
        last_name=surname.title(),
        account_type=AccountType.APPLICANT,
        preferred_language="en",
        active=True,
        email_confirmed_at=utcnow(),
        roles=[current_app.appbuilder.sm.find_role("Applicant")],
    )
    db.session.add(user)
    db.session.flush()
    return user


def _employees(employer, clerk) -> None:
    from app.extensions import db
    from app.forms.models import Annex

    for number in range(EMPLOYEES):
        given, surname = NAMES[number % len(NAMES)]
        worker = _account(f"employee{number}@bench.przybysz.pl", given, surname)
        application = _submitted(worker, "TRW", given, surname)
        db.session.add(
            Annex(
                code="TRW-ANNEX",
                invite_code=f"BENCH{number:07d}",
                applicant_id=worker.id,
                application_submission_id=application.id,
                employer_id=employer.id,
                submission_id=_submitted(employer, "TRW-ANNEX").id,
            )
        )
        db.session.flush()
        _accepted(application, clerk)


def _office(clerk) -> None:
    from app.cases import tracking
    from app.clock import office_today

    today = office_today()
    for number in range(OFFICE_CASES):
        given, surname = NAMES[number % len(NAMES)]
        applicant = _account(f"applicant{number}@bench.przybysz.pl", given, surname)
        case = _accepted(_submitted(applicant, KINDS[number % len(KINDS)], given, surname), clerk)
        if number % 20 < 3:
            tracking.assign(case, clerk, clerk)
        if number % 7 == 0 and case.deadline is not None:
            case.deadline = today + dt.timedelta(days=number % 5 - 2)  # due within days, or overdue
