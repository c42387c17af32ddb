"""Text no page can keep, JSON where a form is expected, and JSON out of bounds are refused at the
edge with a message; text kept before the refusal existed never breaks a page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.cases.models import Case
from app.extensions import db
from app.forms import desk, services
from app.forms.models import Draft, Submission
from app.offices.models import ServicePoint
from app.web import input_bounds
from app.web.encoding import PortalResponse
from tests.factories import csrf_token, make_user
from tests.forms.sample import sample
from tests.forms.submissions import paper_submission

SURROGATE = '"\\ud800"'  # JSON's escape of half of a surrogate pair, as a script can send it


@pytest.fixture
def draft(app, login_as, client):
    definition = services.add_version(yaml.safe_dump(sample()), "sample")
    services.publish(definition)
    user = login_as("Applicant")
    token = csrf_token(client, "/applications")
    assert client.post("/applications/start/TST", data={"csrf_token": token}).status_code == 302
    return db.session.query(Draft).filter_by(owner_id=user.id).one()


def live_check(client, draft, body: str, section: str = "personal"):
    token = csrf_token(client, "/applications")
    return client.post(
        f"/api/applications/{draft.id}/sections/{section}",
        data=body,
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )


def test_a_lone_surrogate_in_the_live_check_is_refused_and_nothing_is_stored(client, draft):
    response = live_check(client, draft, '{"surname": ' + SURROGATE + "}")
    assert response.status_code == 400
    assert "cannot be saved" in response.get_json()["message"]
    db.session.refresh(draft)
    assert draft.answers == {}
    # in a key too
    assert live_check(client, draft, "{" + SURROGATE + ': "x"}').status_code == 400


def test_deeply_nested_json_and_endless_numbers_are_refused_with_a_message(client, draft):
    deep = live_check(client, draft, '{"surname": ' + "[" * 5000 + "]" * 5000 + "}")
    assert deep.status_code == 400 and "nested more than" in deep.get_json()["message"]
    number = live_check(client, draft, '{"height": ' + "9" * 5000 + "}")
    assert number.status_code == 400 and "number longer than" in number.get_json()["message"]
    assert live_check(client, draft, '{"height": NaN}').status_code == 400
    assert live_check(client, draft, '{"height": ').status_code == 400


@pytest.fixture
def case(app):
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), "TRP"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def test_the_case_api_refuses_a_lone_surrogate_and_deep_nesting(app, client, case):
    system = make_user("CaseSystem")
    key = {"Authorization": "Bearer " + app.appbuilder.sm.create_api_key(system, "test")["key"]}
    url = f"/api/v1/cases/{case.signature}/status"
    body = '{"event_id": "ezd-1", "status": "formal-check", "public_note": ' + SURROGATE + "}"
    refused = client.post(url, data=body, content_type="application/json", headers=key)
    assert refused.status_code == 400 and refused.get_json()["error"] == "The text could not be read"
    deep = client.post(url, data="[" * 10000 + "]" * 10000, content_type="application/json", headers=key)
    assert deep.status_code == 400
    assert client.post(url, json={"event_id": "ezd-1", "status": "formal-check"}, headers=key).status_code == 200


@pytest.mark.parametrize("url", ["/login", "/register/applicant", "/password/forgot"])
def test_html_forms_read_form_data_only(client, url):
    token = csrf_token(client, url)
    body = {"email": 5, "password": [1, {"a": None}], "first_name": {"x": 1}, "csrf_token": token}
    response = client.post(url, json=body, headers={"X-CSRFToken": token})
    assert response.status_code == 400
    assert "takes its own form only" in response.get_data(as_text=True)


def test_the_profile_form_reads_form_data_only(client, login_as):
    login_as("Applicant")
    token = csrf_token(client, "/account")
    response = client.post("/account", json={"first_name": 5, "phone": []}, headers={"X-CSRFToken": token})
    assert response.status_code == 400
    assert "takes its own form only" in response.get_data(as_text=True)


def test_text_kept_before_the_refusal_never_breaks_the_draft(client, draft):
    draft.answers = {"personal": {"surname": "Kowal\ud800enko"}}
    db.session.commit()
    section = client.get(f"/applications/{draft.id}/personal")
    assert section.status_code == 200
    assert "Kowal\ufffdenko" in section.get_data(as_text=True)
    check = client.get(f"/applications/{draft.id}/check")
    assert check.status_code == 200
    assert "Remove the special characters from this answer." in check.get_data(as_text=True)
    assert client.get("/applications").status_code == 200


def test_a_response_with_a_lone_surrogate_is_still_sent():
    assert PortalResponse("a\ud800b").get_data() == "a\ufffdb".encode()
    assert PortalResponse("zażółć").get_data() == "zażółć".encode()


def test_text_that_cannot_be_kept_is_found_anywhere_in_a_value():
    assert input_bounds.unusable(["ok", {"key": ["x\ud800"]}])
    assert input_bounds.unusable({"\udfff": 1})
    assert input_bounds.unusable("nul\x00")
    assert not input_bounds.unusable(["Шевченко", {"emoji": "🙂"}, 5, None])


def test_nesting_is_counted_without_brackets_inside_strings():
    assert input_bounds.nesting('{"a": "[[[[[[", "b": [[1]]}') == 3
    assert input_bounds.nesting('"\\"[[["') == 0
    assert input_bounds.nesting('["a\\\\", ["{"]]') == 2  # an escaped backslash ends nothing
    assert input_bounds.nesting('"unclosed [[[') == 0
    with pytest.raises(input_bounds.BoundedJSONError):
        input_bounds.loads("[" * (input_bounds.MAX_DEPTH + 1) + "]" * (input_bounds.MAX_DEPTH + 1))
    assert input_bounds.loads(json.dumps({"a": [[1.5, -2]]})) == {"a": [[1.5, -2]]}


def test_text_kept_before_the_refusal_never_breaks_a_printout(app):
    from app.forms.printout import pdf, render

    assert pdf("<p>Kowal\ud800enko</p>", "a test").startswith(b"%PDF")
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), "TRP"))
    first = submission.definition.data["sections"][0]
    text = next(f for f in first["fields"] if f["type"] == "text")
    submission.answers = {first["key"]: {text["key"]: "Kowal\ud800enko"}}
    assert render(submission).startswith(b"%PDF")


# a million escaped quotes (2 MB, the most a request may carry) and no closing quote
UNCLOSED = r"""from app.web.input_bounds import nesting; print(nesting('\\"' * 10**6))"""


def test_an_unclosed_string_of_escaped_quotes_is_scanned_in_one_pass():
    # one pass reads it in well under a second; a pattern for strings starts again at every quote and
    # needs hours, so the generous limit below tells them apart on any machine
    done = subprocess.run(
        [sys.executable, "-c", UNCLOSED],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_a_json_body_over_the_bound_is_refused_before_it_is_read(app, client, case):
    system = make_user("CaseSystem")
    key = {"Authorization": "Bearer " + app.appbuilder.sm.create_api_key(system, "test")["key"]}
    url = f"/api/v1/cases/{case.signature}/status"
    over = json.dumps({"event_id": "ezd-1", "status": "formal-check", "public_note": "x" * input_bounds.MAX_JSON})
    assert client.post(url, data=over, content_type="application/json", headers=key).status_code == 413
    hostile = '"' + '\\"' * input_bounds.MAX_JSON
    assert client.post(url, data=hostile, content_type="application/json", headers=key).status_code == 413
    assert client.post(url, json={"event_id": "ezd-1", "status": "formal-check"}, headers=key).status_code == 200
