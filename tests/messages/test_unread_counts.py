"""The navigation's count of unread messages: an applicant's own cases; an employer's own cases
and the threads of their annexes together (one statement). A page reads it with the login session
(``accounts.with_session``), and the page that opens a message shows the count without it."""

from __future__ import annotations

from app.cases.models import Case
from app.extensions import db
from app.messages import services, unread
from tests.factories import make_user
from tests.forms.submissions import employers_case, opened_case
from tests.messages.helpers import signed_in
from tests.statements import statements


def _office_writes(case: Case, text: str) -> None:
    services.post(case, make_user("Clerk"), services.draft(case, "message", "", text, False, False))
    db.session.flush()


def test_an_employer_counts_their_own_cases_and_their_annexes_threads(app):
    employer = make_user("Employer")
    employers_case(employer)  # one unread message of the office in the annex's thread
    assert unread.unread_for_employer(employer) == 1
    own = db.session.get(Case, opened_case(make_user("Applicant")))
    own.applicant_id = employer.id  # an employer may also have a case of their own
    _office_writes(own, "Prosimy o zaświadczenie.")
    _office_writes(own, "Prosimy o drugi dokument.")
    assert unread.unread_for_employer(employer) == 3
    assert unread.unread_for_applicant(employer) == 2  # their own cases alone


def test_an_applicant_counts_only_their_own_cases(app):
    applicant = make_user("Applicant")
    case = db.session.get(Case, opened_case(applicant))
    assert unread.unread_for_applicant(applicant) == 0
    _office_writes(case, "Prosimy o paszport.")
    assert unread.unread_for_applicant(applicant) == 1
    assert unread.unread_for_applicant(make_user("Applicant")) == 0


def test_the_count_is_read_with_the_login_session(app):
    applicant = make_user("Applicant")
    case = db.session.get(Case, opened_case(applicant))
    _office_writes(case, "Prosimy o paszport.")
    _office_writes(case, "Prosimy o zdjęcie.")
    db.session.commit()
    client = signed_in(app, applicant)
    db.session.expunge_all()
    with statements() as seen:
        page = client.get("/visits").get_data(as_text=True)
    assert "2 unread messages" in page
    assert not [s for s in seen if "count(case_message.id)" in s and "ab_user" not in s]  # no query of its own


def test_the_page_that_opens_the_messages_shows_the_count_without_them(app):
    applicant = make_user("Applicant")
    case_id = opened_case(applicant)
    _office_writes(db.session.get(Case, case_id), "Prosimy o paszport.")
    db.session.commit()
    client = signed_in(app, applicant)
    assert "1 unread message" in client.get("/visits").get_data(as_text=True)
    thread = client.get(f"/my-cases/{case_id}/messages").get_data(as_text=True)
    assert "Prosimy o paszport." in thread and "unread message" not in thread


def test_an_employers_count_read_with_the_session_has_both(app):
    employer = make_user("Employer")
    employers_case(employer)
    own = db.session.get(Case, opened_case(make_user("Applicant")))
    own.applicant_id = employer.id
    _office_writes(own, "Prosimy o zaświadczenie.")
    db.session.commit()
    assert "2 unread messages" in signed_in(app, employer).get("/my-cases").get_data(as_text=True)
