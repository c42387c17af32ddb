"""A case whose applicant has an account, and clients signed in as its clerk or its applicant."""

from __future__ import annotations

from app.cases.models import Case
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, csrf_token, login, make_user
from tests.forms.submissions import paper_submission


def open_case(code: str = "TRP", language: str = "uk", **applicant_fields) -> Case:
    applicant = make_user(
        "Applicant", first_name="Olena", last_name="Kovalenko", preferred_language=language, **applicant_fields
    )
    submission = db.session.get(Submission, paper_submission(applicant, code))
    point = db.session.query(ServicePoint).first()
    desk.accept(submission, make_user("Clerk"), point.id, True)
    db.session.commit()
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def signed_in(app, user):
    client = app.test_client()
    assert login(client, user.email, PASSWORD).status_code == 302
    return client


def post(client, url: str, token_from: str, **data):
    data["csrf_token"] = csrf_token(client, token_from)
    return client.post(url, data=data, follow_redirects=True)


def employer_of(case: Case, company: str = "Odra Budownictwo sp. z o.o.", **fields):
    """An employer's account that filed the annex to the case's application; (employer, annex)."""
    from app.forms.models import Annex

    employer = make_user("Employer", company_name=company, **fields)
    annex = Annex(
        code="TRW-ANNEX",
        invite_code=f"EMPL{employer.id:08d}"[:12],
        applicant_id=case.applicant_id,
        application_submission_id=case.submission_id,
        employer_id=employer.id,
        submission_id=paper_submission(employer, "KPL"),
    )
    db.session.add(annex)
    case.employer_id = employer.id
    db.session.commit()
    return employer, annex
