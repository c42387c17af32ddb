"""Sign-in, sessions held on the server, sign-out, password change, rate limits."""

from flask import session

from app.accounts.models import LoginSession
from app.extensions import db
from tests.factories import PASSWORD, login, make_user, submit


def test_login_lands_applicants_in_their_account_and_staff_in_the_back_office(client):
    applicant = make_user("Applicant")
    assert login(client, applicant.email).headers["Location"] == "/account"
    client.cookie_jar.clear() if hasattr(client, "cookie_jar") else None
    other = client.application.test_client()
    clerk = make_user("Clerk")
    assert login(other, clerk.email).headers["Location"] == "/backoffice/"


def test_login_goes_back_to_a_local_next_page_only(client):
    user = make_user("Applicant")
    response = submit(client, "/login?next=/account/password", {"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/account/password"
    other = client.application.test_client()
    response = submit(
        other, "/login?next=https://evil.example/", {"email": user.email, "password": PASSWORD}, token_from="/login"
    )
    assert response.headers["Location"] == "/account"


def test_email_is_matched_without_regard_to_case_and_spaces(client):
    user = make_user("Applicant", email="olena@example.org")
    assert login(client, "  OLENA@Example.org ").status_code == 302
    assert user.login_count == 1


def test_wrong_password_unknown_email_and_inactive_account_get_the_same_answer(client):
    make_user("Applicant", email="known@example.org")
    make_user("Applicant", email="inactive@example.org", active=False)
    answers = []
    for email, password in [
        ("known@example.org", "wrong password here"),
        ("unknown@example.org", PASSWORD),
        ("inactive@example.org", PASSWORD),
    ]:
        response = login(client, email, password)
        assert response.status_code == 200
        page = response.get_data(as_text=True)
        answers.append(page.replace(email, "EMAIL").split('name="csrf_token"')[0])
    assert "The e-mail address or the password is not right." in answers[0]
    assert answers[0] == answers[1] == answers[2]


def test_unknown_email_costs_as_much_as_a_wrong_password(client, monkeypatch):
    """Both run one scrypt verification of the same strength (without the dummy check an unknown
    address would answer in a small fraction of the time). Counted, not timed: a loaded machine
    makes timings say nothing."""
    from app.accounts import passwords

    make_user("Applicant", email="known@example.org")
    verified: list[str] = []
    real_check = passwords.check_password_hash

    def counted(password_hash: str, password: str) -> bool:
        verified.append(password_hash.split("$", 1)[0])  # the method and its cost parameters
        return real_check(password_hash, password)

    monkeypatch.setattr(passwords, "check_password_hash", counted)
    login(client, "known@example.org", "wrong password here")
    known, verified[:] = list(verified), []
    login(client, "nobody@example.org", "wrong password here")
    assert len(known) == len(verified) == 1
    assert known == verified  # the same method and cost


def test_login_rotates_the_session_and_records_it(client):
    user = make_user("Applicant")
    with client:
        client.get("/login")
        session["marker"] = "before-login"
    login(client, user.email)
    with client:
        client.get("/account")
        assert "marker" not in session
        token = session["sid"]
    stored = db.session.query(LoginSession).filter_by(token=token).one()
    assert stored.user_id == user.id
    assert stored.ended_at is None


def test_logout_ends_the_session_on_the_server(client):
    user = make_user("Applicant")
    login(client, user.email)
    stolen_cookie = client.get_cookie("przybysz_session").value
    assert client.get("/logout").status_code == 200  # a confirmation page, the form posts
    response = submit(client, "/logout", {})
    assert response.status_code == 302
    assert client.get("/account").status_code == 302

    replay = client.application.test_client()
    replay.set_cookie("przybysz_session", stolen_cookie)
    response = replay.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_password_change_signs_out_every_other_session(app):
    user = make_user("Applicant")
    here, elsewhere = app.test_client(), app.test_client()
    login(here, user.email)
    login(elsewhere, user.email)
    new_password = "a completely different passphrase"
    response = submit(
        here,
        "/account/password",
        {"current_password": PASSWORD, "password": new_password, "password_confirm": new_password},
    )
    assert response.status_code == 302
    assert here.get("/account").status_code == 200
    assert elsewhere.get("/account").status_code == 302
    assert login(app.test_client(), user.email, PASSWORD).status_code == 200
    assert login(app.test_client(), user.email, new_password).status_code == 302


def test_password_change_checks_the_current_password_and_the_policy(client):
    user = make_user("Applicant")
    login(client, user.email)
    response = submit(
        client,
        "/account/password",
        {"current_password": "not my password", "password": "another passphrase", "password_confirm": "x"},
    )
    page = response.get_data(as_text=True)
    assert "The passwords are not the same." in page
    response = submit(
        client,
        "/account/password",
        {
            "current_password": "not my password at all",
            "password": "good new passphrase",
            "password_confirm": "good new passphrase",
        },
    )
    assert "Your current password is not right." in response.get_data(as_text=True)
    assert db.session.get(type(user), user.id).password == user.password


def test_an_idle_session_expires(app, client):
    user = make_user("Applicant")
    login(client, user.email)
    stored = db.session.query(LoginSession).filter_by(user_id=user.id).one()
    stored.last_seen_at = stored.last_seen_at.replace(year=stored.last_seen_at.year - 1)
    db.session.commit()
    assert client.get("/account").status_code == 302
    db.session.refresh(stored)
    assert stored.end_reason == "expired"


def test_login_is_limited_per_account_whatever_the_address(app):
    make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    statuses = []
    for n in range(limit + 1):
        # each attempt from a different address: the per-account limit still applies
        client = app.test_client()
        statuses.append(
            submit(
                client,
                "/login",
                {"email": "target@example.org", "password": "wrong password here"},
                environ_base={"REMOTE_ADDR": f"10.0.0.{n + 1}"},
            ).status_code
        )
    assert statuses[:limit] == [200] * limit
    assert statuses[limit] == 429


def test_login_is_limited_per_address(app):
    limit = int(app.config["RATELIMIT_LOGIN_IP"].split()[0])
    client = app.test_client()
    statuses = [
        submit(client, "/login", {"email": f"user{n}@example.org", "password": "wrong password here"}).status_code
        for n in range(limit + 1)
    ]
    assert statuses[-1] == 429
    assert 429 not in statuses[:limit]
    page = submit(client, "/login", {"email": "x@example.org", "password": "y"}).get_data(as_text=True)
    assert "Too many attempts" in page


def test_a_successful_login_does_not_use_up_the_account_limit(app):
    user = make_user("Applicant")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    for n in range(limit + 2):
        client = app.test_client()
        assert login(client, user.email).status_code == 302, f"login {n + 1} refused"
