"""From the paper version accepted at the desk to a closed case, in the browser: the clerk's desk,
work queue and case page, and what the applicant sees on their status page at each step."""

from __future__ import annotations

import pytest

from app.catalogue.models import CaseStatus
from app.extensions import db
from app.forms.models import Submission
from tests.browser.helpers import sign_in
from tests.factories import make_user
from tests.forms.submissions import electronic_submission

pytestmark = pytest.mark.browser


def test_from_the_desk_to_a_closed_case(browser, live, live_app, page):
    with live_app.app_context():
        applicant = make_user("Applicant", first_name="Olena", last_name="Kowalenko")
        submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
        submission.submission_mode = "paper"
        db.session.commit()
        reference, applicant_email = submission.reference, applicant.email
        clerk_email = make_user("Clerk", first_name="Anna", last_name="Nowak").email
        wanted = CaseStatus.code.in_(("formal-check", "closed"))
        ids = {s.code: str(s.id) for s in db.session.query(CaseStatus).filter(wanted)}

    sign_in(page, clerk_email)
    page.goto(f"/desk/?code={reference}")
    page.select_option("#service_point", index=1)
    with page.expect_navigation():
        page.get_by_role("button", name="Paper version accepted").click()
    assert "accepted" in page.locator(".alert-success, .alert").first.inner_text()

    page.goto("/work/?tab=unassigned")
    with page.expect_navigation():
        page.get_by_role("link", name="SOC-II.6151.").first.click()
    signature = page.locator("h1").inner_text()
    with page.expect_navigation():
        page.get_by_role("button", name="Assign to me").click()
    page.select_option("#status", ids["formal-check"])
    page.fill("#public_note", "We are checking your documents.")
    with page.expect_navigation():
        page.get_by_role("button", name="Change the status").click()
    assert "The status is changed." in page.content()

    applicant_page = browser.new_context(base_url=live.url, locale="en-GB").new_page()
    sign_in(applicant_page, applicant_email)
    applicant_page.goto("/my-cases")
    assert signature in applicant_page.content()
    with applicant_page.expect_navigation():
        applicant_page.get_by_role("link", name="Temporary residence").first.click()
    body = applicant_page.content()
    assert "We are checking your documents." in body and 'aria-current="step"' in body
    assert "a clerk" in body  # the access log, by role

    page.select_option("#status", ids["closed"])
    page.select_option("#result", "granted")
    with page.expect_navigation():
        page.get_by_role("button", name="Change the status").click()
    assert "The status is changed." in page.content()

    applicant_page.reload()
    assert "The case is closed." in applicant_page.content()
