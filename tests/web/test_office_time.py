"""Times are stored in UTC and read in Warsaw time: on the applicant's pages, the clerk's, the back office, the
printout and the API (which speaks UTC with its offset, and reads an offset it is given)."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cases.models import Case, CaseAccess, CaseEvent
from app.clock import as_stored, office_time
from app.extensions import db
from app.forms.models import Draft, Intake, Submission
from tests.forms.submissions import opened_case

ROOT = Path(__file__).resolve().parents[2]
WINTER = dt.datetime(2026, 1, 15, 10, 5)  # 11:05 in Warsaw (CET)
SUMMER = dt.datetime(2026, 7, 1, 10, 5)  # 12:05 in Warsaw (CEST)


def test_the_office_clock_follows_winter_and_summer_time():
    assert office_time(WINTER).strftime("%H:%M") == "11:05"
    assert office_time(SUMMER).strftime("%H:%M") == "12:05"
    assert as_stored(dt.datetime(2026, 7, 1, 12, 5, tzinfo=office_time(SUMMER).tzinfo)) == SUMMER
    assert as_stored(SUMMER) == SUMMER


def test_no_template_formats_a_time_by_itself():
    """``strftime`` in a template prints the stored UTC value: every time goes through ``format_datetime``."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("app", "plugins")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".html", ".txt")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "strftime(" in line or "isoformat(" in line
    ]
    assert offenders == []


def _case_at(user, moment: dt.datetime) -> Case:
    case = db.session.get(Case, opened_case(user))
    for event in db.session.query(CaseEvent).filter_by(case_id=case.id):
        event.at = moment
    db.session.get(Submission, case.submission_id).submitted_at = moment
    db.session.commit()
    return case


@pytest.mark.parametrize(("moment", "shown"), [(WINTER, "11:05"), (SUMMER, "12:05")])
def test_the_applicant_reads_the_history_of_the_case_in_warsaw_time(client, login_as, moment, shown):
    applicant = login_as("Applicant")
    case = _case_at(applicant, moment)
    page = client.get(f"/my-cases/{case.id}?lang=en").get_data(as_text=True)
    assert shown in page
    assert "10:05" not in page


def test_staff_read_the_history_and_the_access_log_in_warsaw_time(client, login_as):
    clerk = login_as("Supervisor")
    case = _case_at(clerk, SUMMER)
    db.session.query(Intake).filter_by(submission_id=case.submission_id).one().accepted_at = SUMMER
    db.session.add(CaseAccess(case_id=case.id, user_id=clerk.id, user_name="A", role="Clerk", action="view", at=WINTER))
    db.session.commit()
    page = client.get(f"/work/case/{case.id}?lang=en").get_data(as_text=True)
    assert "2026-07-01 12:05" in page  # the history and the paper's acceptance
    assert "2026-01-15 11:05:00" in page  # the access log
    assert "10:05" not in page


def test_the_applicant_reads_when_a_draft_was_last_saved_in_warsaw_time(client, login_as):
    applicant = login_as("Applicant")
    assert client.post("/applications/start/TRP", data={"csrf_token": _token(client)}).status_code == 302
    draft = db.session.query(Draft).filter_by(owner_id=applicant.id).one()
    draft.updated_at = WINTER
    db.session.commit()
    page = client.get("/applications?lang=en").get_data(as_text=True)
    assert "11:05" in page
    assert "10:05" not in page


def test_the_printout_says_when_it_was_submitted_in_warsaw_time(client, login_as, outbox):
    applicant = login_as("Applicant")
    case = _case_at(applicant, SUMMER)
    submission = db.session.get(Submission, case.submission_id)
    assert client.get(f"/applications/submitted/{submission.id}/printout").status_code == 202
    outbox()  # the job renders it
    response = client.get(f"/applications/submitted/{submission.id}/printout")
    assert response.status_code == 200
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert "01.07.2026 12:05" in text
    assert "UTC" not in text


def test_back_office_lists_show_warsaw_time(client, login_as):
    from app.forms.models import FormDefinition

    login_as("Admin")
    definition = db.session.query(FormDefinition).order_by(FormDefinition.id).first()
    definition.published_at = WINTER
    db.session.commit()
    page = client.get(f"/formdefinitionview/show/{definition.id}?lang=en").get_data(as_text=True)
    assert "2026-01-15 11:05" in page
    assert "(UTC)" not in page


def test_the_api_reads_an_offset_it_is_given(app, client):
    """``changed_since`` with Warsaw's offset means the same instant as in UTC, not two hours later."""
    from flask import current_app

    from tests.factories import make_user

    case = _case_at(make_user("Applicant"), SUMMER)
    case.status_changed_at = SUMMER
    system = make_user("CaseSystem", first_name="System", last_name="EZD")
    headers = {"Authorization": "Bearer " + current_app.appbuilder.sm.create_api_key(system, "test")["key"]}
    db.session.commit()
    found = client.get("/api/v1/cases/?changed_since=2026-07-01T12:00:00%2B02:00", headers=headers).get_json()
    assert case.signature in [entry["signature"] for entry in found["result"]]
    missed = client.get("/api/v1/cases/?changed_since=2026-07-01T12:10:00%2B02:00", headers=headers).get_json()
    assert case.signature not in [entry["signature"] for entry in missed["result"]]


def _token(client) -> str:
    page = client.get("/applications?lang=en").get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
