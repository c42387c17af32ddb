"""Correcting a submitted application before the office accepts it: the same PIO number, a new
printout, the earlier version kept so the desk can say what differs from an old printout."""

import pytest

from app.extensions import db
from app.forms.models import Draft, Intake, Submission, SubmissionVersion
from app.forms.printout import qr_payload
from app.offices.models import ServicePoint
from plugins.eforms.tests.helpers import PERSONAL, submitted
from tests.factories import PASSWORD, csrf_token, login, make_user, submit
from tests.fixtures import run_queued_jobs


@pytest.fixture
def application(app, client, login_as, sample_form):
    return submitted(app, client, login_as)


def correct(client, application, surname="Szewczenko-Kowal"):
    """Open a correction, change the surname, submit again; returns the response of submitting."""
    opened = submit(client, f"/applications/submitted/{application.id}/correct", {}, token_from="/applications")
    assert opened.status_code == 302 and opened.headers["Location"].endswith("/check")
    draft = db.session.query(Draft).filter_by(corrects_id=application.id).one()
    check = client.get(opened.headers["Location"]).get_data(as_text=True)
    assert f"You are correcting application {application.reference}" in check
    assert "Szewczenko" in check  # the answers as submitted
    personal = {**PERSONAL, "personal-surname": surname, "action": "next"}
    assert submit(client, f"/applications/{draft.id}/personal", personal).status_code == 302
    return submit(client, f"/applications/{draft.id}/check", {})


def test_a_correction_keeps_the_number_and_the_earlier_version(app, client, application):
    reference, old_hash = application.reference, application.content_hash
    old_payload = qr_payload(application)
    response = correct(client, application)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/submitted/{application.id}")
    run_queued_jobs(app)
    db.session.refresh(application)
    assert application.reference == reference and application.content_hash != old_hash
    assert application.answers["personal"]["surname"] == "Szewczenko-Kowal"
    assert db.session.query(Submission).count() == 1 and db.session.query(Draft).count() == 0
    (version,) = db.session.query(SubmissionVersion).all()
    assert version.content_hash == old_hash and version.answers["personal"]["surname"] == "Szewczenko"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your corrections are saved. Print the application again" in page and "Corrected" in page

    desk = app.test_client()
    login(desk, make_user("Clerk").email, PASSWORD)
    old = desk.get("/desk/", query_string={"code": old_payload}).get_data(as_text=True)
    assert "This paper is a printout of an earlier version" in old
    assert "What differs from the paper" in old
    assert "<td>SZEWCZENKO</td><td><strong>SZEWCZENKO-KOWAL</strong></td>" in old
    current = desk.get("/desk/", query_string={"code": qr_payload(application)}).get_data(as_text=True)
    assert "The code on the paper matches the application as submitted" in current


def test_nothing_changed_changes_nothing(app, client, application):
    old_hash = application.content_hash
    response = correct(client, application, surname="Szewczenko")
    assert response.status_code == 302
    db.session.refresh(application)
    assert application.content_hash == old_hash and application.corrected_at is None
    assert db.session.query(SubmissionVersion).count() == 0


def test_an_accepted_application_cannot_be_corrected(app, client, application):
    opened = submit(client, f"/applications/submitted/{application.id}/correct", {}, token_from="/applications")
    draft_id = int(opened.headers["Location"].split("/")[-2])
    clerk = make_user("Clerk")
    point = db.session.query(ServicePoint).first()
    db.session.add(Intake(submission_id=application.id, clerk_id=clerk.id, clerk_name="A B", service_point_id=point.id))
    db.session.commit()
    late = submit(client, f"/applications/{draft_id}/check", {}, follow_redirects=True).get_data(as_text=True)
    assert "can no longer be corrected" in late
    assert db.session.query(Draft).count() == 0
    page = client.get(f"/applications/submitted/{application.id}").get_data(as_text=True)
    assert "Correct the application" not in page
    refused = submit(client, f"/applications/submitted/{application.id}/correct", {}, token_from="/applications")
    assert refused.status_code == 302 and db.session.query(Draft).count() == 0


def test_only_the_owner_corrects(app, client, application):
    other = app.test_client()
    login(other, make_user("Applicant").email, PASSWORD)
    token = csrf_token(other, "/applications")
    assert (
        other.post(f"/applications/submitted/{application.id}/correct", data={"csrf_token": token}).status_code == 404
    )
    assert db.session.query(Draft).count() == 0
