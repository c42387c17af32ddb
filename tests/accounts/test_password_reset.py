"""Forgotten password: a one-hour, single-use link by e-mail; the same answer for any address."""

import re

from app.accounts.models import LoginSession
from app.extensions import db
from tests.factories import PASSWORD, login, make_user, submit

NEW = "a brand new passphrase for me"


def reset_link(message) -> str:
    return re.search(r"http://localhost(/password/reset/\S+)", message.get_content()).group(1)


def test_a_reset_link_sets_a_new_password_once_and_closes_every_session(app, client, outbox):
    user = make_user("Applicant", email="olena@example.org")
    elsewhere = app.test_client()
    login(elsewhere, user.email)
    response = submit(client, "/password/forgot", {"email": "Olena@Example.org"})
    assert response.headers["Location"].endswith("/password/forgot/sent")
    assert "olena@example.org" in client.get("/password/forgot/sent").get_data(as_text=True)
    [message] = outbox()
    assert message["To"] == "olena@example.org"
    link = reset_link(message)

    response = submit(client, link, {"password": NEW, "password_confirm": NEW})
    assert response.headers["Location"] == "/login"
    assert elsewhere.get("/account").status_code == 302
    assert db.session.query(LoginSession).filter_by(user_id=user.id, ended_at=None).count() == 0
    assert login(app.test_client(), user.email, PASSWORD).status_code == 200
    assert login(app.test_client(), user.email, NEW).status_code == 302

    assert client.get(link).status_code == 400  # used: the password it was made for is gone


def test_unknown_and_known_addresses_get_the_same_answer(client, outbox):
    make_user("Applicant", email="known@example.org")
    known = submit(client, "/password/forgot", {"email": "known@example.org"})
    unknown = submit(client, "/password/forgot", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"]
    assert [m["To"] for m in outbox()] == ["known@example.org"]


def test_an_unconfirmed_account_gets_its_confirmation_link_again(client, outbox):
    make_user("Applicant", email="late@example.org", active=False)
    submit(client, "/password/forgot", {"email": "late@example.org"})
    [message] = outbox()
    assert "/activate/" in message.get_content()


def test_the_new_password_follows_the_policy(client, outbox):
    make_user("Applicant", email="olena@example.org")
    submit(client, "/password/forgot", {"email": "olena@example.org"})
    link = reset_link(outbox()[0])
    page = submit(client, link, {"password": "password1234", "password_confirm": "password1234"})
    assert page.status_code == 200
    assert "commonly used passwords" in page.get_data(as_text=True)


def test_a_tampered_link_does_not_work(client):
    response = client.get("/password/reset/not-a-real-token")
    assert response.status_code == 400
    assert "Ask for a new link" in response.get_data(as_text=True)


def test_requests_are_limited_per_account(app):
    make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_RESET_ACCOUNT"].split()[0])
    statuses = [
        submit(
            app.test_client(),
            "/password/forgot",
            {"email": "target@example.org"},
            environ_base={"REMOTE_ADDR": f"10.0.1.{n + 1}"},
        ).status_code
        for n in range(limit + 1)
    ]
    assert statuses == [302] * limit + [429]
