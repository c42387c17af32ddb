"""Steps shared by the e-forms plugin's tests: the sample application filled in and submitted."""

from app.extensions import db
from app.forms.models import Draft, Submission
from tests.factories import submit
from tests.fixtures import run_queued_jobs

PERSONAL = {
    "personal-surname": "Kowalenko",
    "personal-birth_date-day": "14",
    "personal-birth_date-month": "5",
    "personal-birth_date-year": "1944",
    "personal-sex": "M",
    "personal-pesel": "44051401458",
    "personal-has_pesel": "yes",
    "personal-citizenship": "UA",
}
STAY = {
    "stay-country": "PL",
    "stay-postal_code": "50-153",
    "stay-purposes": "study",
    "stay-family-count": "1",
    "stay-family-0-name": "Olena",
}


def start(client, code="TST"):
    response = submit(client, f"/applications/start/{code}", {}, token_from="/applications")
    assert response.status_code == 302, response.status_code
    return response.headers["Location"]


def submitted(app, client, login_as):
    user = login_as("Applicant")
    section_url = start(client)
    submit(client, section_url, {**PERSONAL, "personal-surname": "Шевченко", "action": "accept:personal.surname"})
    submit(client, section_url, {**PERSONAL, "personal-surname": "Szewczenko", "action": "next"})
    submit(client, section_url.replace("/personal", "/stay"), {**STAY, "stay-income": "4300,5", "action": "next"})
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    assert submit(client, f"/applications/{draft.id}/check", {}).status_code == 302
    run_queued_jobs(app)  # a worker's part when jobs go through Redis
    return db.session.query(Submission).filter_by(owner_id=user.id).one()
