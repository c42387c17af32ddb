"""Cases open when an application reaches the office; statuses follow the kind of case's list;
going back or reopening needs a supervisor; closing needs a result; the legal deadline follows
the kind of case's rule."""

import datetime as dt

import pytest
from flask_babel import force_locale

from app.cases import tracking
from app.cases.models import Case, CaseEvent
from app.catalogue.models import CaseStatus
from app.clock import office_today
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import make_user
from tests.forms.submissions import electronic_submission, with_scan


@pytest.fixture(autouse=True)
def english(app):
    """The rules' messages read in English (outside a request the office's language applies)."""
    with force_locale("en"):
        yield


def status(code: str) -> CaseStatus:
    return db.session.query(CaseStatus).filter_by(code=code).one()


@pytest.fixture
def paper_case(app):
    """A temporary residence application whose paper version a clerk accepted at the desk."""
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
    submission.submission_mode = "paper"
    clerk = make_user("Clerk", first_name="Anna", last_name="Nowak")
    point = db.session.query(ServicePoint).first()
    desk.accept(submission, clerk, point.id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def test_accepting_the_paper_version_opens_the_case(app, paper_case):
    year = office_today().year
    assert paper_case.signature == f"SOC-II.6151.1.{year}"
    assert paper_case.status.code == "filed" and paper_case.public_status.code == "filed"
    assert paper_case.case_type.code == "TRP" and paper_case.service_point_id is not None
    (opened,) = paper_case.events
    assert opened.kind == "opened" and opened.by_name == "Anna Nowak"
    assert paper_case.deadline is None  # TRP counts from the appearance and a complete application


def test_filing_electronically_opens_the_case_and_numbers_count_up(app, paper_case):
    from app.forms import attachments

    applicant = make_user("Applicant")
    submission = with_scan(db.session.get(Submission, electronic_submission(applicant, "KPL")))
    attachments.file(submission)
    case = db.session.query(Case).filter_by(submission_id=submission.id).one()
    assert case.signature == f"SOC-II.6151.2.{office_today().year}" and case.case_type.code == "KPL"
    assert tracking.open_case(submission) is None  # once


def test_the_signature_follows_the_configured_pattern(app):
    app.config["CASE_SIGNATURE_PATTERN"] = "WSC-{year}/{number}"
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, electronic_submission(applicant, "CRD"))
    case = tracking.open_case(submission)
    db.session.commit()
    assert case.signature == f"WSC-{office_today().year}/1"


def test_statuses_move_forward_and_only_a_supervisor_moves_them_back(app, paper_case):
    clerk, supervisor = make_user("Clerk"), make_user("Supervisor")
    tracking.change_status(paper_case, status("formal-check").id, clerk, "looked at it", "We are checking.")
    assert paper_case.status.code == "formal-check" and paper_case.public_status.code == "formal-check"
    with pytest.raises(tracking.Refused, match="Only a supervisor can move a case back"):
        tracking.change_status(paper_case, status("intake-record").id, clerk)
    assert paper_case.status.code == "formal-check"
    tracking.change_status(paper_case, status("intake-record").id, supervisor, "wrong click")
    assert paper_case.status.code == "intake-record"
    event = paper_case.events[-1]
    assert event.kind == "status" and event.internal_note == "wrong click" and event.by_id == supervisor.id


def test_an_internal_status_is_never_the_applicant_s(app, paper_case):
    clerk = make_user("Clerk")
    tracking.change_status(paper_case, status("formal-check").id, clerk)
    tracking.change_status(paper_case, status("supervisor-approval").id, clerk)
    assert paper_case.status.code == "supervisor-approval"
    assert paper_case.public_status.code == "formal-check"  # the last one they may see


def test_closing_needs_a_result_and_reopening_a_supervisor(app, paper_case):
    clerk, supervisor = make_user("Clerk"), make_user("Supervisor")
    closed = status("closed").id
    with pytest.raises(tracking.Refused, match="Choose the result"):
        tracking.change_status(paper_case, closed, clerk)
    assert paper_case.closed_at is None
    tracking.change_status(paper_case, closed, clerk, result="granted")
    assert paper_case.closed_at is not None and paper_case.result == "granted" and paper_case.decision_on
    with pytest.raises(tracking.Refused, match="only a supervisor can reopen"):
        tracking.change_status(paper_case, status("draft-decision").id, clerk)
    tracking.change_status(paper_case, status("draft-decision").id, supervisor, "appeal upheld")
    assert paper_case.closed_at is None and paper_case.result is None


def test_a_status_of_another_kind_of_case_or_the_same_one_is_refused(app, paper_case):
    clerk = make_user("Clerk")
    other = (
        db.session.query(CaseStatus)
        .filter(
            CaseStatus.code.notin_([line.status.code for line in tracking.ordered_statuses(paper_case.case_type_id)])
        )
        .first()
    )
    assert other is not None  # the catalogue has statuses TRP does not use (document-ready)
    with pytest.raises(tracking.Refused, match="not one of this kind"):
        tracking.change_status(paper_case, other.id, clerk)
    with pytest.raises(tracking.Refused, match="already has this status"):
        tracking.change_status(paper_case, paper_case.status_id, clerk)
    assert db.session.query(CaseEvent).filter_by(case_id=paper_case.id).count() == 1


def test_the_deadline_follows_the_rule_of_the_kind_of_case(app, paper_case):
    paper_case.appearance_on = dt.date(2026, 12, 1)
    paper_case.complete_on = dt.date(2026, 12, 10)
    assert tracking.deadline(paper_case) == dt.date(2026, 12, 10) + dt.timedelta(days=60)
    paper_case.suspended_days = 14  # suspensions do not count
    assert tracking.deadline(paper_case) == dt.date(2027, 2, 22)
