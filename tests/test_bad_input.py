"""Malformed and oversized input to every form and JSON endpoint: a specific answer, never a server
error. The forms below are checked for their messages; the walk at the end takes every route that
takes input from the URL map, so a new one is covered as soon as it exists, and sends hostile files
to every form that takes files; the sign-in check is sent what is not a solution."""

from __future__ import annotations

import base64
import functools
import io
import json
import re
from urllib.parse import quote

import pytest
import yaml

from app.extensions import db
from app.forms import drafts, services
from app.forms.fields.limits import limit
from app.forms.models import Attachment, Draft
from app.offices.models import ServicePoint
from plugins.eforms.tests.test_hostile_scans import form_as_array, gigabyte, make_pdf, open_script, png_header
from tests import test_access_matrix as matrix
from tests.factories import PASSWORD, csrf_token, login, make_user
from tests.forms.sample import sample
from tests.forms.submissions import electronic_submission

HUGE = "Ж" * 10_000
PADDED = "Ж" + " " * 20_000  # short, and far over any limit with the spaces after it
STRANGE = "\u202e\u0301🙂' OR 1=1 --<script>alert(1)</script>\t\r\n"

# (form, role that may use it or None for anonymous, field names)
FORMS = [
    ("/login", None, ["email", "password"]),
    ("/password/forgot", None, ["email"]),
    (
        "/register/applicant",
        None,
        ["first_name", "last_name", "email", "phone", "preferred_language", "password", "password_confirm"],
    ),
    (
        "/register/employer",
        None,
        [
            "company_name",
            "nip",
            "regon",
            "first_name",
            "last_name",
            "email",
            "phone",
            "preferred_language",
            "password",
            "password_confirm",
        ],
    ),
    ("/account", "Applicant", ["first_name", "last_name", "phone", "preferred_language"]),
    (
        "/account",
        "Employer",
        ["company_name", "nip", "regon", "first_name", "last_name", "phone", "preferred_language"],
    ),
    ("/account/password", "Applicant", ["current_password", "password", "password_confirm"]),
    ("/logout", "Applicant", []),
    (
        "/servicepointview/add",
        "ContentEditor",
        ["code", "name_pl", "street", "postal_code", "city", "phone", "email", "position"],
    ),
    ("/openinghoursview/add", "ContentEditor", ["service_point", "weekday", "opens", "closes"]),
    ("/users/add", "Admin", ["first_name", "last_name", "email", "roles", "password", "conf_password"]),
]
IDS = [f"{url}-{role or 'anonymous'}" for url, role, _ in FORMS]


@pytest.fixture
def form_client(app):
    def _client(role):
        client = app.test_client()
        if role:
            login(client, make_user(role).email)
        return client

    return _client


def payloads(fields):
    yield "empty", {}
    yield "oversized", dict.fromkeys(fields, HUGE)
    yield "strange characters", dict.fromkeys(fields, STRANGE)
    yield "repeated fields", {f: ["a", "b"] for f in fields}
    yield "numbers where text goes", dict.fromkeys(fields, "-99999999999999999999999")
    yield "unknown fields", {"is_admin": "1", "roles": "1", "active": "y", "account_type": "staff"}


@pytest.mark.parametrize(("url", "role", "fields"), FORMS, ids=IDS)
def test_malformed_input_never_breaks_a_form(form_client, url, role, fields):
    client = form_client(role)
    token = csrf_token(client, url)
    for name, data in payloads(fields):
        response = client.post(url, data={**data, "csrf_token": token})
        assert response.status_code < 500, f"{name}: {response.status_code}"
        if response.status_code == 200 and name in ("empty", "oversized") and fields:
            page = response.get_data(as_text=True)
            assert "error-summary" in page or "alert-danger" in page or "help-block" in page, name


@pytest.mark.parametrize(("url", "role", "fields"), FORMS, ids=IDS)
def test_raw_bodies_that_are_not_forms_are_refused_cleanly(form_client, url, role, fields):
    client = form_client(role)
    assert (
        client.post(url, data=b"\xff\xfe\x00garbage", content_type="application/x-www-form-urlencoded").status_code
        < 500
    )
    assert client.post(url, json={"email": ["x"]}).status_code < 500
    assert client.post(url, data="x" * (3 * 1024 * 1024), content_type="text/plain").status_code == 413


def test_oversized_registration_input_gets_length_messages_and_is_kept(client):
    token = csrf_token(client, "/register/applicant")
    response = client.post(
        "/register/applicant",
        data={"csrf_token": token, "first_name": "A" * 65, "last_name": "Kovalenko", "email": "a@example.org"},
    )
    page = response.get_data(as_text=True)
    assert "Use at most 64 characters." in page
    assert 'value="Kovalenko"' in page


def test_the_user_form_in_the_back_office_applies_the_password_policy(form_client):
    client = form_client("Admin")
    token = csrf_token(client, "/users/add")
    response = client.post(
        "/users/add",
        data={
            "csrf_token": token,
            "first_name": "Anna",
            "last_name": "Nowak",
            "email": "anna.nowak@duw.example.org",
            "roles": "1",
            "password": "password1234",
            "conf_password": "password1234",
        },
    )
    assert response.status_code == 200
    assert "commonly used passwords" in response.get_data(as_text=True)


def test_opening_hours_reject_a_malformed_time(form_client):
    client = form_client("ContentEditor")
    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    token = csrf_token(client, "/openinghoursview/add")
    response = client.post(
        "/openinghoursview/add",
        data={"csrf_token": token, "service_point": str(point.id), "weekday": "5", "opens": "9am", "closes": "25:00"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Enter a time as HH:MM, like 09:00." in page


# Every route that takes input, walked from the URL map (a new route is covered without anyone
# listing it): signed in as a role that reaches it (the access matrix's REACH; the case API with
# its key), with a draft of its own where a route names one. Whatever it is sent, no 500; what the
# edge refuses (app/web/input_bounds.py) is a 400 with a message.
SURROGATE_JSON = '"\\ud800"'  # JSON's escape of half of a surrogate pair
SURROGATE_FORM = quote("\ud800".encode("utf-8", "surrogatepass"))  # the bytes a broken client would send
DEEP_JSON = "[" * 5000 + "]" * 5000
NAMES = re.compile(r'<(?:input|select|textarea)\b[^>]*?\bname="([^"]+)"')
FILE_INPUTS = re.compile(r'<input\b(?=[^>]*\btype="file")[^>]*?\bname="([^"]+)"')
SHOWN_PROBLEM = ("error-message", "alert-danger", "error-summary")  # a page that says what was wrong
LAST = ("logout", "delete", "remove", "withdraw")  # walked last: they end what the others use
ROLES = ("Applicant", "Employer", "Clerk", "Supervisor", "ContentEditor", "Admin")
REFUSALS = ("takes its own form only", "cannot be saved", "nested more than")  # the edge's messages
API_FIELDS = {  # what a JSON endpoint reads, where no page shows it
    "CaseApi.push_status": ["event_id", "status", "internal_note", "public_note", "result"],
    "eforms.save_and_check": ["surname", "pesel", "phone", "email"],  # the sample form's first part
}


def _role_for(endpoint: str) -> str | None:
    if endpoint in matrix.PUBLIC:
        return None
    if endpoint in matrix.API:
        return "CaseSystem"
    for role in ROLES:
        reach = matrix.REACH[role]
        if reach == matrix.EVERYTHING or endpoint in reach:
            return role
    return "Admin"  # closed to everyone: the edge still answers first


def routes_taking_input(app) -> list[tuple]:
    """(endpoint, rule, whether it also answers GET) of every rule that takes a POST."""
    found = [
        (rule.endpoint, rule, "GET" in rule.methods)
        for rule in app.url_map.iter_rules()
        if "POST" in rule.methods and not rule.endpoint.endswith("static")
    ]
    return sorted(found, key=lambda item: (any(word in item[0] for word in LAST), item[0]))


class Walk:
    """Clients per role, and the values a route's address needs."""

    def __init__(self, app):
        self.app = app
        self.clients: dict = {}
        self.users: dict = {}
        definition = services.add_version(yaml.safe_dump(sample()), "sample")
        services.publish(definition)

    def client(self, role):
        if role not in self.clients:
            client = self.app.test_client()
            headers = {}
            if role == "CaseSystem":
                system = make_user("CaseSystem")
                headers["Authorization"] = "Bearer " + self.app.appbuilder.sm.create_api_key(system, "walk")["key"]
            elif role:
                self.users[role] = make_user(role)
                login(client, self.users[role].email)
            self.clients[role] = (client, headers)
        return self.clients[role]

    def path(self, endpoint: str, rule, role) -> str:
        values = {arg: matrix.ARGUMENT_VALUES.get(arg, matrix.MISSING_ID) for arg in rule.arguments}
        if endpoint.startswith("eforms.") and role == "Applicant":
            values.update(code="TST", key="personal")
            if "draft_id" in rule.arguments:
                values["draft_id"] = drafts.start(self.users[role], "TST").id
            if "submission_id" in rule.arguments:
                values["submission_id"] = electronic_submission(self.users[role])
        if endpoint.endswith(".edit"):  # a record's own form, filled in
            view = next(v for v in self.app.appbuilder.baseviews if v.endpoint == endpoint.split(".")[0])
            first = view.datamodel.session.query(view.datamodel.obj).first()
            values["pk"] = first.id if first is not None else matrix.MISSING_ID
        return rule.build(values, append_unknown=False)[1]


def _expect(failures: list, endpoint: str, name: str, response, *allowed: int) -> None:
    if response.status_code >= 500 or (allowed and response.status_code not in allowed):
        failures.append((endpoint, name, response.status_code))
    elif allowed == (400,) and not any(words in response.get_data(as_text=True) for words in REFUSALS):
        failures.append((endpoint, name, "refused without saying why"))


def _json(client, path, body: str, headers: dict):
    return client.post(path, data=body, content_type="application/json", headers=headers)


def test_every_route_taking_input_survives_every_class_of_bad_input(app):
    walk = Walk(app)
    failures = []
    uploads = []
    for endpoint, rule, answers_get in routes_taking_input(app):
        role = _role_for(endpoint)
        client, headers = walk.client(role)
        path = walk.path(endpoint, rule, role)
        page = client.get(path).get_data(as_text=True) if answers_get else ""
        fields = sorted(set(NAMES.findall(page)) - {"csrf_token"}) or API_FIELDS.get(endpoint, ["value"])
        token = csrf_token(client)
        sent = {**headers, "X-CSRFToken": token}

        expect = functools.partial(_expect, failures, endpoint)
        surrogates = "{" + ", ".join(f'"{field}": {SURROGATE_JSON}' for field in fields) + "}"
        expect("lone surrogate in every field (JSON)", _json(client, path, surrogates, sent), 400)
        expect("nested thousands deep (JSON)", _json(client, path, DEEP_JSON, sent), 400)
        values = json.dumps({field: [1, {"a": None}, 2.5, True][i % 4] for i, field in enumerate(fields)})
        if rule.rule.startswith("/api/"):
            expect("values that are not strings (JSON)", _json(client, path, values, sent))
            oversized = json.dumps(dict.fromkeys(fields, "Ж" * 50_000), ensure_ascii=False)
            expect("oversized values (JSON)", _json(client, path, oversized, sent))
            padded = json.dumps(dict.fromkeys(fields, PADDED), ensure_ascii=False)
            expect("oversized values padded with spaces (JSON)", _json(client, path, padded, sent))
            continue
        expect("values that are not strings, to a form (JSON)", _json(client, path, values, sent), 400)
        broken = "&".join(f"{quote(field)}={SURROGATE_FORM}" for field in fields) + f"&csrf_token={token}"
        expect(
            "lone surrogate in every field (form)",
            client.post(path, data=broken, content_type="application/x-www-form-urlencoded", headers=headers),
        )
        oversized = {**dict.fromkeys(fields, HUGE), "csrf_token": token}
        response = client.post(path, data=oversized, headers=headers)
        expect("oversized values (form)", response)
        if response.status_code == 200 and fields != ["value"] and response.mimetype == "text/html":
            text = response.get_data(as_text=True)
            if "<form" in text and not any(mark in text for mark in ("error-summary", "alert-danger", "help-block")):
                failures.append((endpoint, "oversized values (form)", "shown again without a message"))
        padded = {**dict.fromkeys(fields, PADDED), "csrf_token": token}
        expect("oversized values padded with spaces (form)", client.post(path, data=padded, headers=headers))
        query = f"{path}?q={SURROGATE_FORM}&page={HUGE[:2000]}"
        expect("broken query string", client.get(query, headers=headers))
        if FILE_INPUTS.search(page):  # a form that takes files
            _send_hostile_files(client, path, page, fields, headers, failures, endpoint)
            uploads.append(endpoint)
    assert failures == []
    assert sorted(uploads) == ["FormDefinitionView.upload", "eforms.attachments_page"]  # none went unseen
    assert db.session.query(Attachment).count() == 0  # no hostile file was kept
    for draft in db.session.query(Draft):  # what the pages and the live check were sent, over any limit, padded too
        for answers in draft.answers.values():
            assert all(len(v) <= limit(f) for f in sample_fields() if isinstance(v := answers.get(f["key"]), str))


@functools.cache
def hostile_files() -> dict[str, bytes]:
    """Files no upload may take, each refused with the reason (plugins/eforms/tests/test_hostile_scans.py)."""
    return {
        "a PDF with JavaScript": make_pdf(open_script),
        "a PDF inflating to a gigabyte": make_pdf(gigabyte),
        "an image over the pixel limit": png_header(9_000, 9_000),
        "an image over twice the pixel limit": png_header(40_000, 40_000),
        "a malformed PDF (its form an array)": make_pdf(form_as_array),
    }


def _send_hostile_files(client, path, page, fields, headers, failures, endpoint) -> None:
    """Every hostile file in every file field of the page's form, its other fields filled in."""
    inputs = FILE_INPUTS.findall(page)
    for name, data in hostile_files().items():
        form = {field: "Passport, all pages" for field in fields if field not in inputs}
        form |= {field: (io.BytesIO(data), "scan.pdf") for field in inputs}
        form["csrf_token"] = csrf_token(client)
        response = client.post(path, data=form, content_type="multipart/form-data", headers=headers)
        text = response.get_data(as_text=True)
        if response.status_code != 400 or not any(mark in text for mark in SHOWN_PROBLEM):
            failures.append((endpoint, name, response.status_code))


def sample_fields() -> list[dict]:
    return [field for section in sample()["sections"] for field in section["fields"]]


CHECK_ASKED = "There have been several unsuccessful attempts to sign in with this e-mail address."
SOLUTIONS = {  # what a client may put in the sign-in check's field instead of a solution
    "garbage": "garbage \x01 not a solution %%% ==",
    "base64 of JSON nested deeper than a parser's stack": base64.b64encode(b"[" * 1400).decode(),
    "base64 of JSON objects nested deep": base64.b64encode(b'{"a":' * 280 + b"1" + b"}" * 280).decode(),
    "base64 of JSON with a lone surrogate": base64.b64encode(b'{"algorithm": "SHA-256", "salt": "\\ud800"}').decode(),
    "base64 of JSON too long to be one": base64.b64encode(b"[" * 100_000).decode(),
}


def test_the_sign_in_check_survives_every_class_of_bad_solution(app):
    """Past the failed attempts that make the check needed, whatever the check's field carries is a
    refused attempt with the check asked again, or the edge's refusal: never a 500."""
    user = make_user("Applicant", email="walked@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    for n in range(limit):
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = f"10.0.1.{n + 1}"
        assert login(other, user.email, "wrong password here").status_code == 200
    client = app.test_client()
    assert CHECK_ASKED in login(client, user.email, "wrong password here").get_data(as_text=True)
    failures = []
    for name, solution in SOLUTIONS.items():
        data = {"email": user.email, "password": PASSWORD, "altcha": solution}
        response = client.post("/login", data={**data, "csrf_token": csrf_token(client)})
        if response.status_code != 200 or CHECK_ASKED not in response.get_data(as_text=True):
            failures.append((name, response.status_code))
    token = csrf_token(client)
    body = f"email={quote(user.email)}&password={quote(PASSWORD)}&altcha={SURROGATE_FORM}&csrf_token={token}"
    response = client.post("/login", data=body, content_type="application/x-www-form-urlencoded")
    asked = response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)
    if not asked and response.status_code != 400:  # or the edge's refusal of what no text can carry
        failures.append(("a lone surrogate in the field", response.status_code))
    assert failures == []
    assert client.get("/account").status_code == 302  # still signed out
