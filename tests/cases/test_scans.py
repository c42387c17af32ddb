"""Staff open the scans of an electronically filed application from its case page, and the
office's case-management system lists and downloads them through the API; each opening is
written to the case's access log as a download, which the applicant sees."""

import io

import pytest
from flask import current_app
from pypdf import PdfWriter

from app.cases.models import Case, CaseAccess
from app.extensions import db
from app.forms import attachments, desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, login, make_user
from tests.forms.submissions import electronic_submission


def pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def filed(applicant, *names: str) -> Case:
    submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
    for name in names:
        attachments.add(submission, name, pdf(), f"Scan {name}")
    attachments.file(submission)
    db.session.commit()
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def signed_in(app, role: str):
    user = make_user(role)
    client = app.test_client()
    assert login(client, user.email, PASSWORD).status_code == 302
    return user, client


@pytest.fixture
def applicant(app):
    return make_user("Applicant")


@pytest.fixture
def case(app, applicant):
    return filed(applicant, "paszport.pdf", "umowa najmu.pdf")


def downloads(case) -> list[CaseAccess]:
    return db.session.query(CaseAccess).filter_by(case_id=case.id, action="download").all()


def test_a_clerk_opens_the_scans_from_the_case_page_and_each_opening_is_logged(app, case, applicant):
    clerk, client = signed_in(app, "Clerk")
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    first, second = sorted(db.session.get(Submission, case.submission_id).attachments, key=lambda a: a.id)
    assert f"/work/case/{case.id}/scan/{first.id}" in page and "umowa najmu.pdf" in page
    assert downloads(case) == []
    got = client.get(f"/work/case/{case.id}/scan/{second.id}")
    assert got.status_code == 200 and got.mimetype == "application/pdf" and got.data.startswith(b"%PDF-")
    assert "attachment" in got.headers["Content-Disposition"]
    (logged,) = downloads(case)
    assert logged.user_id == clerk.id and logged.role == "Clerk"
    _, supervisor = signed_in(app, "Supervisor")
    assert supervisor.get(f"/work/case/{case.id}/scan/{first.id}").status_code == 200
    assert len(downloads(case)) == 2
    own = app.test_client()
    login(own, applicant.email, PASSWORD)
    assert "downloaded a document" in own.get(f"/my-cases/{case.id}?lang=en").get_data(as_text=True)


def test_a_scan_of_another_application_or_a_paper_case_is_not_found(app, case):
    other = filed(make_user("Applicant"), "inny.pdf")
    (theirs,) = db.session.get(Submission, other.submission_id).attachments
    _, client = signed_in(app, "Clerk")
    assert client.get(f"/work/case/{case.id}/scan/{theirs.id}").status_code == 404
    assert client.get(f"/work/case/999999/scan/{theirs.id}").status_code == 404
    paper = db.session.get(Submission, electronic_submission(make_user("Applicant"), "TRP"))
    paper.submission_mode = "paper"
    desk.accept(paper, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    db.session.commit()
    paper_case = db.session.query(Case).filter_by(submission_id=paper.id).one()
    page = client.get(f"/work/case/{paper_case.id}").get_data(as_text=True)
    assert "/scan/" not in page
    assert downloads(case) == []


def test_the_case_system_lists_and_downloads_the_scans_through_the_api(app, case, applicant):
    system = make_user("CaseSystem", first_name="System", last_name="EZD")
    key = {"Authorization": "Bearer " + current_app.appbuilder.sm.create_api_key(system, "test")["key"]}
    client = app.test_client()
    assert client.get(f"/api/v1/cases/{case.signature}/scans").status_code == 401
    listed = client.get(f"/api/v1/cases/{case.signature}/scans", headers=key)
    assert listed.status_code == 200
    first, second = listed.get_json()["result"]
    assert set(first) == {"id", "name", "description", "media_type", "size", "sha256", "uploaded_at"}
    assert first["name"] == "paszport.pdf" and second["description"] == "Scan umowa najmu.pdf"
    assert downloads(case) == []  # a list opens no file
    got = client.get(f"/api/v1/cases/{case.signature}/scans/{second['id']}", headers=key)
    assert got.status_code == 200 and got.mimetype == "application/pdf" and len(got.data) == second["size"]
    (logged,) = downloads(case)
    assert logged.user_id == system.id and logged.role == "CaseSystem"
    other = filed(make_user("Applicant"), "inny.pdf")
    (theirs,) = client.get(f"/api/v1/cases/{other.signature}/scans", headers=key).get_json()["result"]
    assert client.get(f"/api/v1/cases/{case.signature}/scans/{theirs['id']}", headers=key).status_code == 404
    assert client.get("/api/v1/cases/SOC-II.6151.999.1999/scans", headers=key).status_code == 404
    own = app.test_client()
    login(own, applicant.email, PASSWORD)
    page = own.get(f"/my-cases/{case.id}?lang=en").get_data(as_text=True)
    assert "the office&#39;s case-management system" in page or "the office's case-management system" in page
