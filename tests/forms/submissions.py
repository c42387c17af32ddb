"""A submitted application made directly, for pages that follow a submission."""

from __future__ import annotations

import itertools

from app.extensions import db
from app.forms import services
from app.forms.models import Submission

_numbers = itertools.count(900001)


def electronic_submission(user, code: str = "KPL") -> int:
    """An application of ``user`` whose form is filed electronically, not yet filed; its id."""
    return _submission(user, code, "electronic")


def paper_submission(user, code: str = "KPL") -> int:
    """An application of ``user`` submitted to be brought on paper (the desk accepts it); its id."""
    return _submission(user, code, "paper")


def _submission(user, code: str, mode: str) -> int:
    submission = Submission(
        reference=f"PIO/2026/{next(_numbers)}",
        verification_code="A1B2C3D4",
        owner_id=user.id,
        definition_id=services.current(code).id,
        answers={},
        content_hash="0" * 64,
        acknowledged=[],
        submission_mode=mode,
    )
    db.session.add(submission)
    db.session.commit()
    return submission.id


def with_scan(submission: Submission) -> Submission:
    """The submission with one scan recorded (no file behind it: filing only counts the scans)."""
    from app.forms.models import Attachment

    submission.attachments.append(
        Attachment(
            stored_name=f"{submission.id:032d}.pdf",
            original_name="a.pdf",
            description="a",
            media_type="application/pdf",
            size=1,
            sha256="0" * 64,
        )
    )
    db.session.flush()
    return submission


def opened_case(user) -> int:
    """A temporary residence case accepted at the desk: ``user``'s own when they are an
    applicant, another applicant's otherwise (a clerk's page); its id."""
    from app.accounts.models import AccountType
    from app.cases.models import Case
    from app.forms import desk
    from app.offices.models import ServicePoint
    from tests.factories import make_user

    owner = user if user.account_type == AccountType.APPLICANT else make_user("Applicant")
    submission = db.session.get(Submission, paper_submission(owner, "TRP"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    db.session.commit()  # the caller is the edge: a browser's server reads it from another connection
    return db.session.query(Case).filter_by(submission_id=submission.id).one().id


def filled_queue(clerk) -> int:
    """A case in each tab of ``clerk``'s work queue (theirs, unassigned, due within 3 days,
    overdue, waiting for the applicant); the id of their kind of case, a filter of the queue."""
    import datetime as dt

    from app.cases import tracking
    from app.cases.models import Case
    from app.catalogue.models import CaseStatus
    from app.clock import office_today

    mine, due, overdue, waiting = (db.session.get(Case, opened_case(clerk)) for _ in range(4))
    tracking.assign(mine, clerk, clerk)
    today = office_today()
    due.deadline, overdue.deadline = today + dt.timedelta(days=2), today - dt.timedelta(days=5)
    request = db.session.query(CaseStatus).filter_by(code="deficiency-request").one()
    tracking.change_status(waiting, request.id, clerk, public_note="Send a clear copy of the passport.")
    db.session.commit()
    return mine.case_type_id


def employers_case(employer) -> tuple[int, int]:
    """Another applicant's case whose annex ``employer`` filed, with a read and an unread message of
    the office in the annex's thread; (case id, annex id)."""
    from app.cases.models import Case
    from app.forms.models import Annex
    from app.messages import services
    from tests.factories import make_user

    case = db.session.get(Case, opened_case(make_user("Applicant")))
    annex = Annex(
        code="TRW-ANNEX",
        invite_code=f"PAGE{case.id:08d}"[:12],
        applicant_id=case.applicant_id,
        application_submission_id=case.submission_id,
        employer_id=employer.id,
        submission_id=paper_submission(employer),
    )
    db.session.add(annex)
    db.session.flush()
    clerk = make_user("Clerk")
    read = services.post(case, clerk, services.draft(case, "message", "", "Dzień dobry.", False, False, annex), annex)
    read.read_at = read.created_at  # the clerk's page shows a read receipt and an unread message
    ready = services.draft(case, "message", "", "Prosimy o kopię umowy o pracę.", False, False, annex)
    services.post(case, clerk, ready, annex)
    db.session.commit()
    return case.id, annex.id


def closed_case(user, days_ago: int) -> int:
    """``user``'s case closed with a decision ``days_ago`` days ago; its id."""
    import datetime as dt

    from app.cases import tracking
    from app.cases.models import Case
    from app.catalogue.models import CaseStatus
    from app.clock import utcnow
    from tests.factories import make_user

    case = db.session.get(Case, opened_case(user))
    closing = db.session.query(CaseStatus).filter_by(code="closed").one()
    tracking.change_status(case, closing.id, make_user("Clerk"), result="granted")
    case.closed_at = utcnow() - dt.timedelta(days=days_ago)
    db.session.commit()
    return case.id


def page_values(path: str, user) -> dict:
    """What a registered page's path needs filled in for ``user``: an application to file, a case,
    a work queue with a case in each tab."""
    values = {}
    if "{submission}" in path:
        values["submission"] = electronic_submission(user)
    if "{case}" in path:
        values["case"] = opened_case(user)
    if "{closed_case}" in path:
        values["closed_case"] = closed_case(user, days_ago=1)
    if "{long_closed_case}" in path:
        values["long_closed_case"] = closed_case(user, days_ago=90)
    if "{annex}" in path:
        values["annex"] = employers_case(user)[1]
    if "{case_with_employer}" in path:
        from tests.factories import make_user

        values["case_with_employer"] = employers_case(make_user("Employer"))[0]
    if "{queue}" in path:
        values["queue"] = filled_queue(user)
    if any(f"{{{name}}}" in path for name in VISIT_VALUES):
        from tests.bookings.helpers import booking_page_values

        values.update(booking_page_values(user))
    return values


VISIT_VALUES = (
    "change_token",
    "draw_service",
    "paper_submission",
    "wroclaw",
    "filing_service",
    "first_free_day",
    "held_visit",
    "visit",
    "counter",
    "ticket",
    "paper_reference",
)
