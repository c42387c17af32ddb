"""The procedure's steps of a case follow its recorded history, on the applicant's status page
and on the clerk's case page alike: a step is done only when the history says so, and a filing
step of another channel than the case's own is shown as not applicable, with the reason."""

import pytest
from flask_babel import force_locale

from app.cases import steps, tracking
from app.cases.models import Case
from app.catalogue.models import CaseStatus
from app.clock import office_today
from app.extensions import db
from app.forms import attachments, desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, login, make_user
from tests.forms.submissions import electronic_submission, with_scan


@pytest.fixture(autouse=True)
def english(app):
    with force_locale("en"):
        yield


def status(code: str) -> int:
    return db.session.query(CaseStatus).filter_by(code=code).one().id


def paper_case(applicant, code="TRP") -> Case:
    """Opened from the paper version accepted at the desk."""
    submission = db.session.get(Submission, electronic_submission(applicant, code))
    submission.submission_mode = "paper"
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def filed_case(applicant, code="TRP") -> Case:
    """Opened by filing the application electronically."""
    submission = with_scan(db.session.get(Submission, electronic_submission(applicant, code)))
    attachments.file(submission)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def states(case: Case, view=steps.for_staff) -> list[tuple[str, str, str]]:
    """(English title, state, reason) of each step."""
    found = []
    for item in view(case):
        title = item.step.title_en if hasattr(item.step, "title_en") else item.step["title_en"]
        found.append((title, item.state, str(item.reason)))
    return found


def test_a_case_from_a_paper_intake_was_not_filed_in_mos(app):
    case = paper_case(make_user("Applicant"))
    today = office_today()
    for view in (steps.for_staff, steps.for_applicant):
        (filing, state, reason), appearance, completeness, *later = states(case, view)
        assert filing == "Filing in MOS" and state == "not-applicable"
        assert reason.startswith("The application was accepted on paper at a service point on ")
        assert str(today.year) in reason
        assert appearance[:2] == ("Appearance and fingerprints", "next")
        assert all(state == "next" for _, state, _ in [completeness, *later])


def test_a_case_from_electronic_filing_has_its_filing_done_and_no_appearance_without_one(app):
    case = filed_case(make_user("Applicant"))
    clerk = make_user("Clerk")
    (filing, state, _), *_ = states(case)
    assert filing == "Filing in MOS" and state == "current"  # filed, nothing else yet
    tracking.change_status(case, status("formal-check"), clerk)
    for view in (steps.for_staff, steps.for_applicant):
        filing, appearance, completeness, *later = states(case, view)
        assert filing == ("Filing in MOS", "done", "")
        assert appearance == ("Appearance and fingerprints", "not-done", "No personal appearance has been recorded.")
        assert completeness[1] == "current" and all(state == "next" for _, state, _ in later)
    tracking.set_dates(case, office_today(), None, clerk)
    assert states(case)[1] == ("Appearance and fingerprints", "done", "")


def test_a_status_that_jumped_past_a_step_leaves_it_not_done(app):
    case = filed_case(make_user("Applicant"))
    clerk = make_user("Clerk")
    tracking.set_dates(case, office_today(), None, clerk)
    tracking.change_status(case, status("opinions"), clerk)  # past the completeness check
    filing, appearance, completeness, examination, *later = states(case)
    assert filing[1] == "done" and appearance[1] == "done"  # the appearance is recorded
    assert completeness[1:] == ("not-done", "The case moved on without this step.")
    assert examination[1] == "current" and [state for _, state, _ in later] == ["next", "next"]
    tracking.change_status(case, status("closed"), clerk, result="granted")
    *_, decision, end = states(case)
    assert decision[1:] == ("not-done", "The case ended without this step.") and end[1] == "done"


def test_a_paper_form_s_filing_step_is_done_after_a_paper_intake_and_does_not_apply_to_electronic_filing(app):
    applicant, clerk = make_user("Applicant"), make_user("Clerk")
    paper = paper_case(applicant, "VIS")
    tracking.change_status(paper, status("formal-check"), clerk)
    assert states(paper)[0][1] == "done"
    filed = filed_case(applicant, "VIS")
    tracking.change_status(filed, status("formal-check"), clerk)
    _, state, reason = states(filed)[0]
    assert state == "not-applicable" and reason.startswith("The application was filed electronically on ")


def test_both_pages_show_the_steps_as_the_history_tells_them(app):
    applicant = make_user("Applicant")
    case = paper_case(applicant)
    db.session.commit()
    own = app.test_client()
    login(own, applicant.email, PASSWORD)
    clerk = make_user("Clerk")
    staff = app.test_client()
    login(staff, clerk.email, PASSWORD)
    for page in (own.get(f"/my-cases/{case.id}?lang=en"), staff.get(f"/work/case/{case.id}?lang=en")):
        text = page.get_data(as_text=True)
        assert page.status_code == 200 and "not applicable to this case" in text
        assert "The application was accepted on paper at a service point on" in text
        assert ">done<" not in text
