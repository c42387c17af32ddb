"""Malformed and oversized input to every form: a specific answer, never a server error."""

from __future__ import annotations

import pytest

from app.extensions import db
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user

HUGE = "Ж" * 10_000
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
