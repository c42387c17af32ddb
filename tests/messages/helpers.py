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
