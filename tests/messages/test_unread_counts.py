"""The navigation's count of unread messages: an applicant's own cases; an employer's own cases
and the threads of their annexes together (one statement)."""

from __future__ import annotations

from app.cases.models import Case
from app.extensions import db
from app.messages import services
from tests.factories import make_user
from tests.forms.submissions import employers_case, opened_case


def _office_writes(case: Case, text: str) -> None:
    services.post(case, make_user("Clerk"), services.draft(case, "message", "", text, False, False))
    db.session.flush()


def test_an_employer_counts_their_own_cases_and_their_annexes_threads(app):
    employer = make_user("Employer")
    employers_case(employer)  # one unread message of the office in the annex's thread
    assert services.unread_for_employer(employer) == 1
    own = db.session.get(Case, opened_case(make_user("Applicant")))
    own.applicant_id = employer.id  # an employer may also have a case of their own
    _office_writes(own, "Prosimy o zaświadczenie.")
    _office_writes(own, "Prosimy o drugi dokument.")
    assert services.unread_for_employer(employer) == 3
    assert services.unread_for_applicant(employer) == 2  # their own cases alone


def test_an_applicant_counts_only_their_own_cases(app):
    applicant = make_user("Applicant")
    case = db.session.get(Case, opened_case(applicant))
    assert services.unread_for_applicant(applicant) == 0
    _office_writes(case, "Prosimy o paszport.")
    assert services.unread_for_applicant(applicant) == 1
    assert services.unread_for_applicant(make_user("Applicant")) == 0
