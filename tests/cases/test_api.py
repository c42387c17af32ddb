"""The REST API for the office's case-management system: API key only, explicit fields, status
changes pushed idempotently by event id, the rules of case work kept."""

import pytest
from flask import current_app

from app.cases.models import Case, CaseEvent
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, login, make_user
from tests.forms.submissions import paper_submission

CASE_FIELDS = {
    "signature", "case_type", "status", "public_status", "submission", "filed_on", "appearance_on", "complete_on",
    "deadline", "suspended_on", "decision_on", "result", "closed_at", "status_changed_at",
}  # fmt: skip


@pytest.fixture
def case(app):
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, paper_submission(applicant, "TRP"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


@pytest.fixture
def key(app):
    system = make_user("CaseSystem", first_name="System", last_name="EZD")
    return {"Authorization": "Bearer " + current_app.appbuilder.sm.create_api_key(system, "test")["key"]}


def push(client, case, key, **body):
    return client.post(f"/api/v1/cases/{case.signature}/status", json=body, headers=key)


def test_cases_and_submissions_are_read_with_explicit_fields(client, case, key):
    listed = client.get("/api/v1/cases/", headers=key)
    assert listed.status_code == 200
    (item,) = listed.get_json()["result"]
    assert set(item) == CASE_FIELDS and item["signature"] == case.signature and item["status"] == "filed"
    one = client.get(f"/api/v1/cases/{case.signature}", headers=key).get_json()["result"]
    assert one == item
    reference = one["submission"]
    submission = client.get("/api/v1/cases/submission", query_string={"reference": reference}, headers=key)
    body = submission.get_json()["result"]
    assert body["reference"] == reference and body["form"] == "TRP" and "owner_id" not in body
    assert "password" not in listed.get_data(as_text=True)
    assert client.get("/api/v1/cases/SOC-II.6151.999.1999", headers=key).status_code == 404
    assert client.get("/api/v1/cases/?page=0", headers=key).status_code == 400
    assert client.get("/api/v1/cases/?changed_since=yesterday", headers=key).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "changed_since=0001-01-01T00:00:00%2B05:00",  # before the first moment UTC can hold
        "changed_since=9999-12-31T23:59:59-05:00",  # after the last
        "changed_since=" + "9" * 5000,
        "changed_since=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01-01",  # digits of another script
        "page=" + "9" * 5000,  # more digits than Python turns into a number
        "page=%C2%B2",  # a superscript two: a digit to str.isdigit, not to int
        "page=%D9%A3",  # an Arabic-Indic three
    ],
)
def test_a_date_or_a_page_out_of_range_is_refused_with_the_reason(client, case, key, query):
    response = client.get(f"/api/v1/cases/?{query}", headers=key)
    assert response.status_code == 400
    message = response.get_json()["message"]
    assert message in ("changed_since must be an ISO date and time", "page must be a whole number from 1")


def test_changed_since_reads_an_offset_and_a_date_alone(client, case, key):
    def listed(since):
        return client.get("/api/v1/cases/", query_string={"changed_since": since}, headers=key).get_json()["result"]

    for since in ("2000-01-01", "2000-01-01T00:00:00+05:00", "2000-01-01T00:00:00Z"):
        assert len(listed(since)) == 1
    assert listed("9999-12-31") == []


def test_a_pushed_change_is_applied_once(client, case, key):
    first = push(client, case, key, event_id="ezd-1", status="formal-check", public_note="Sprawdzamy dokumenty.")
    assert first.status_code == 200 and first.get_json()["result"]["status"] == "formal-check"
    again = push(client, case, key, event_id="ezd-1", status="formal-check", public_note="Sprawdzamy dokumenty.")
    assert again.status_code == 200
    assert db.session.query(CaseEvent).filter_by(case_id=case.id, kind="status").count() == 1
    event = db.session.query(CaseEvent).filter_by(case_id=case.id, kind="status").one()
    assert event.by_name == "System EZD" and event.public_note == "Sprawdzamy dokumenty."


def test_pushed_changes_keep_the_rules(client, case, key):
    push(client, case, key, event_id="ezd-1", status="formal-check")
    back = push(client, case, key, event_id="ezd-2", status="filed")
    assert back.status_code == 409 and "Only a supervisor" in back.get_json()["message"]
    closing = push(client, case, key, event_id="ezd-3", status="closed")
    assert closing.status_code == 409
    assert push(client, case, key, event_id="ezd-4", status="no-such-status").status_code == 400
    assert push(client, case, key, event_id="", status="closed").status_code == 400
    assert push(client, case, key, event_id="ezd-5", status="closed", result="maybe").status_code == 400
    assert client.post(f"/api/v1/cases/{case.signature}/status", data="nope", headers=key).status_code == 400
    db.session.refresh(case)
    assert case.status.code == "formal-check" and case.closed_at is None
    closed = push(client, case, key, event_id="ezd-6", status="closed", result="granted")
    assert closed.status_code == 200 and closed.get_json()["result"]["result"] == "granted"


def test_an_event_id_belongs_to_one_case(app, client, case, key):
    push(client, case, key, event_id="ezd-1", status="formal-check")
    applicant = make_user("Applicant")
    other_submission = db.session.get(Submission, paper_submission(applicant, "CRD"))
    desk.accept(other_submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    other = db.session.query(Case).filter_by(submission_id=other_submission.id).one()
    assert push(client, other, key, event_id="ezd-1", status="formal-check").status_code == 409


def test_only_the_api_key_opens_the_api(app, client, case, key):
    assert client.get("/api/v1/cases/").status_code == 401
    assert client.get("/api/v1/cases/", headers={"Authorization": "Bearer prz_wrong"}).status_code == 401
    clerk = app.test_client()
    login(clerk, make_user("Clerk").email, PASSWORD)  # a browser session is not enough
    assert clerk.get("/api/v1/cases/").status_code == 401
    assert clerk.post(f"/api/v1/cases/{case.signature}/status", json={}).status_code == 401
    staff_key = current_app.appbuilder.sm.create_api_key(make_user("Clerk"), "not allowed")["key"]
    assert client.get("/api/v1/cases/", headers={"Authorization": f"Bearer {staff_key}"}).status_code == 403


def test_the_openapi_document_describes_the_api(client, key):
    spec = client.get("/api/v1/_openapi", headers=key).get_json()
    assert "/api/v1/cases/{signature}/status" in spec["paths"] and "StatusPushSchema" in spec["components"]["schemas"]
    refs = {ref for ref in _refs(spec) if ref.startswith("#/components/schemas/")}
    assert refs and all(ref.rsplit("/", 1)[1] in spec["components"]["schemas"] for ref in refs)  # no dangling $ref


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)
