"""At the desk a clerk scans the printout's code (or types the PIO number), compares the paper
with the electronic version and records the accepted paper version once."""

import pytest

from app.extensions import db
from app.forms.desk import read_scan
from app.forms.models import Intake
from app.forms.printout import qr_payload
from app.offices.models import ServicePoint
from plugins.eforms.tests.helpers import submitted
from tests.factories import csrf_token, login, make_user


@pytest.fixture
def application(app, client, login_as, sample_form):
    return submitted(app, client, login_as)


def clerk_client(app, role="Clerk"):
    desk = app.test_client()
    login(desk, make_user(role).email)
    return desk


def test_scans_and_typed_numbers_are_read():
    digest = "a" * 64
    assert read_scan(f"PRZYBYSZ|PIO/2026/000123|{digest}").printed_hash == digest
    typed = read_scan(" pio/2026/123 ")
    assert typed.reference == "PIO/2026/000123" and typed.printed_hash is None
    assert read_scan("hello") is None and read_scan("") is None


def test_a_scanned_printout_that_matches_is_accepted_once(app, application):
    desk = clerk_client(app)
    page = desk.get("/desk/", query_string={"code": qr_payload(application)}).get_data(as_text=True)
    assert "The code on the paper matches the application as submitted" in page
    assert "SZEWCZENKO" in page and "NIE DOTYCZY" in page  # laid out like the paper
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    token = csrf_token(desk, "/desk/")
    data = {"csrf_token": token, "service_point": str(point.id), "printed_hash": application.content_hash}
    assert desk.post(f"/desk/accept/{application.id}", data=data).status_code == 302
    intake = db.session.query(Intake).filter_by(submission_id=application.id).one()
    assert intake.service_point_id == point.id and intake.hash_matched and intake.clerk_name
    again = desk.post(f"/desk/accept/{application.id}", data=data, follow_redirects=True).get_data(as_text=True)
    assert "This paper version was accepted already" in again
    assert db.session.query(Intake).filter_by(submission_id=application.id).count() == 1


def test_a_changed_printout_is_flagged(app, application):
    desk = clerk_client(app, "Supervisor")
    forged = f"PRZYBYSZ|{application.reference}|{'0' * 64}"
    page = desk.get("/desk/", query_string={"code": forged}).get_data(as_text=True)
    assert "does NOT match the application as submitted" in page


@pytest.mark.parametrize(
    ("printed", "recorded"),
    [(None, None), ("0" * 64, False)],  # typed: nothing compared; a scanned code of another version: flagged
)
def test_the_intake_records_what_was_compared(app, application, printed, recorded):
    desk = clerk_client(app)
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    data = {"csrf_token": csrf_token(desk, "/desk/"), "service_point": str(point.id)}
    if printed:
        data["printed_hash"] = printed
    assert desk.post(f"/desk/accept/{application.id}", data=data).status_code == 302
    assert db.session.query(Intake).filter_by(submission_id=application.id).one().hash_matched is recorded


def test_a_typed_number_or_nonsense_gets_a_clear_answer(app, application):
    desk = clerk_client(app)
    typed = desk.get("/desk/", query_string={"code": application.reference}).get_data(as_text=True)
    assert "there is no code to compare" in typed
    assert "No application has the number PIO/1999/000001." in desk.get(
        "/desk/", query_string={"code": "PIO/1999/1"}
    ).get_data(as_text=True)
    assert "This is not a PIO number" in desk.get("/desk/", query_string={"code": "x" * 5000}).get_data(as_text=True)


def test_accepting_needs_a_service_point(app, application):
    desk = clerk_client(app)
    token = csrf_token(desk, "/desk/")
    response = desk.post(f"/desk/accept/{application.id}", data={"csrf_token": token, "service_point": "999999"})
    assert response.status_code == 302
    assert db.session.query(Intake).filter_by(submission_id=application.id).count() == 0
    assert desk.post("/desk/accept/999999", data={"csrf_token": token, "service_point": "1"}).status_code == 404


@pytest.mark.parametrize("role", ["Applicant", "Employer", "ContentEditor"])
def test_only_clerks_and_supervisors_use_the_desk(app, application, role):
    other = clerk_client(app, role)
    response = other.get("/desk/", query_string={"code": application.reference})
    assert response.status_code in (302, 403) and application.reference not in response.get_data(as_text=True)
