"""Every seeded form, filled in as a user types it (tests/forms/filled/<CODE>.yaml): each part
saved and checked through the live-check endpoint, the whole application checked in all four
languages, submitted (the temporary residence and work form with its employer's annex, filled in
by an employer's account), and printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from app.extensions import db
from app.forms import services
from app.forms.models import Annex, Submission
from app.forms.printout import NOT_APPLICABLE, printed_sections
from tests.factories import PASSWORD, csrf_token, login, make_user, submit
from tests.fixtures import run_queued_jobs

FILLED = Path(__file__).resolve().parents[3] / "tests" / "forms" / "filled"
CODES = ["TRP", "TRW", "BLU", "PRM", "LTR", "CHG", "CRD", "TRV", "VIS", "INV", "WRK", "KPL"]
LANGUAGES = ("pl", "en", "ru", "uk")
ROLE = {"foreigner": "Applicant", "inviting-person": "Applicant", "employer": "Employer"}


def filled(code: str) -> dict:
    return yaml.safe_load((FILLED / f"{code}.yaml").read_text(encoding="utf-8"))


def signed_in(app, role: str):
    user = make_user(role)
    client = app.test_client()
    assert login(client, user.email, PASSWORD).status_code == 302
    return user, client


def fill(client, draft_id: int, code: str) -> dict:
    """Every part through the live-check endpoint, as the browser sends it; returns the file."""
    data = filled(code)
    token = csrf_token(client, "/applications")
    for key, answers in data["answers"].items():
        response = client.post(
            f"/api/applications/{draft_id}/sections/{key}", json=answers, headers={"X-CSRFToken": token}
        )
        assert response.status_code == 200, (code, key, response.get_data(as_text=True))
        assert response.get_json()["errors"] == {}, (code, key, response.get_json()["errors"])
    return data


def started(client, code: str) -> int:
    response = submit(client, f"/applications/start/{code}", {}, token_from="/applications")
    assert response.status_code == 302, code
    return int(response.headers["Location"].split("/")[-2])


def checked_in_every_language(client, draft_id: int, code: str) -> None:
    for language in LANGUAGES:
        page = client.get(f"/applications/{draft_id}/check?lang={language}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and f'<html lang="{language}"' in html, (code, language)
        assert 'class="error-summary"' not in html and "summary-row--error" not in html, (code, language)


def submitted(app, client, draft_id: int, code: str, data: dict) -> Submission:
    response = submit(client, f"/applications/{draft_id}/check", {"acknowledged": data["acknowledge"]})
    assert response.status_code == 302, (code, response.get_data(as_text=True)[-2000:])
    run_queued_jobs(app)
    submission_id = int(response.headers["Location"].rsplit("/", 1)[-1])
    return db.session.get(Submission, submission_id)


def printed_text(client, submission: Submission) -> str:
    response = client.get(f"/applications/submitted/{submission.id}/printout")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)


@pytest.mark.parametrize("code", CODES)
def test_every_form_is_filled_checked_submitted_and_printed(app, code):
    definition = services.current(code)
    user, client = signed_in(app, ROLE[definition.data["filed_by"]])
    draft_id = started(client, code)
    data = fill(client, draft_id, code)
    checked_in_every_language(client, draft_id, code)
    for annex_code in definition.data.get("annexes", []):
        invited = submit(client, f"/applications/{draft_id}/annexes/{annex_code}", {"email": ""})
        assert invited.status_code == 302
        annex = db.session.query(Annex).filter_by(application_draft_id=draft_id).one()
        _, employer = signed_in(app, "Employer")
        taken = submit(employer, "/annexes", {"code": annex.invite_code})
        assert taken.status_code == 302, annex_code
        annex_draft = int(taken.headers["Location"].split("/")[-2])
        annex_data = fill(employer, annex_draft, annex_code)
        checked_in_every_language(employer, annex_draft, annex_code)
        annex_submission = submitted(app, employer, annex_draft, annex_code, annex_data)
        assert annex_submission.reference in printed_text(employer, annex_submission)
    submission = submitted(app, client, draft_id, code, data)
    assert submission.owner_id == user.id and submission.definition.code == code
    text = " ".join(printed_text(client, submission).split())
    assert submission.reference in text
    sections = printed_sections(submission.definition.data, submission.answers)
    values = [f.value for section in sections for f in section.fields if isinstance(f.value, str)]
    # the text read back from the PDF has plain spaces where the printout keeps a number together
    short = [" ".join(value.split()) for value in values if value != NOT_APPLICABLE and len(value) < 25]
    assert short and all(value in text for value in short), (code, [v for v in short if v not in text])
    for language in LANGUAGES:
        page = client.get(f"/applications/submitted/{submission.id}?lang={language}")
        assert page.status_code == 200 and submission.reference in page.get_data(as_text=True)
