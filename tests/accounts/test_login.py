"""Sign-in, sessions held on the server, sign-out, password change, rate limits and the sign-in
check that follows too many failed attempts to one address."""

import base64
import datetime as dt
import hashlib
import hmac
import html
import json
import re
import time
import types
import urllib.parse

from altcha import create_challenge_v1, solve_challenge_v1
from flask import session

from app.accounts import sign_in_check
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


def test_the_session_cookie_is_written_when_it_changes_not_on_every_page(client):
    user = make_user("Applicant")
    signed_in = login(client, user.email)
    assert "przybysz_session=" in signed_in.headers.get("Set-Cookie", "")  # a new session at sign-in
    client.get("/account")  # the first form of the session stores its token
    page = client.get("/account")
    assert page.status_code == 200 and "Set-Cookie" not in page.headers
    language = client.get("/account?lang=uk")  # the session changes: the cookie is written again
    assert "przybysz_session=" in language.headers.get("Set-Cookie", "")


def test_a_session_ends_at_its_absolute_limit_however_active(app, client):
    user = make_user("Applicant")
    login(client, user.email)
    stored = db.session.query(LoginSession).filter_by(user_id=user.id).one()
    limit = dt.timedelta(seconds=app.config["PERMANENT_SESSION_LIFETIME"])
    stored.created_at = stored.created_at - limit - dt.timedelta(minutes=1)  # seen a moment ago, begun too long ago
    db.session.commit()
    assert client.get("/account").status_code == 302
    db.session.refresh(stored)
    assert stored.end_reason == "expired"


def _fail_from_elsewhere(app, email: str, times: int) -> list[int]:
    """Wrong passwords to ``email``, each from another client address; the answers' statuses."""
    return [
        submit(
            app.test_client(),
            "/login",
            {"email": email, "password": "wrong password here"},
            environ_base={"REMOTE_ADDR": f"10.0.0.{n + 1}"},
        ).status_code
        for n in range(times)
    ]


def _challenge(page: str) -> dict[str, str]:
    found = dict(re.findall(r'data-(algorithm|challenge|salt|max-number|signature)="([^"]*)"', page))
    assert len(found) == 5, "the page asks for no sign-in check"
    return {key: html.unescape(value) for key, value in found.items()}


def _solve(page: str) -> str:
    """What the browser's script puts in the hidden field: the challenge with its number, in base64."""
    challenge = _challenge(page)
    solution = solve_challenge_v1(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], int(challenge["max-number"])
    )
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def _failures(app, email: str) -> int:
    """The failed sign-ins counted for the address."""
    item, identifiers = sign_in_check._failures(email)
    return app.appbuilder.sm.limiter.storage.get(item.key_for(*identifiers))


CHECK_ASKED = "There have been several unsuccessful attempts to sign in with this e-mail address."


def test_past_the_account_limit_the_owner_signs_in_with_the_check_not_locked_out(app):
    user = make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    assert _fail_from_elsewhere(app, user.email, limit) == [200] * limit
    assert _failures(app, user.email) == limit

    owner = app.test_client()
    # the right password alone is refused, counted, and answered with a check to solve
    refused = login(owner, user.email)
    assert refused.status_code == 200
    page = refused.get_data(as_text=True)
    assert CHECK_ASKED in page and 'name="altcha"' in page
    assert "Checking that you are not an automated program" in page  # the status the script shows
    assert "turned off" in page  # what to do without JavaScript
    assert _failures(app, user.email) == limit + 1
    assert user.login_count in (None, 0)

    response = submit(owner, "/login", {"email": user.email, "password": PASSWORD, "altcha": _solve(page)})
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    assert owner.get("/account").status_code == 200


def test_past_the_account_limit_an_attempt_without_a_solved_check_is_refused_and_counted(app):
    user = make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    _fail_from_elsewhere(app, user.email, limit)
    attacker = app.test_client()
    page = login(attacker, user.email, "wrong password here").get_data(as_text=True)
    for solution in ("", "not base64 at all", base64.b64encode(b"[1]").decode(), base64.b64encode(b"12").decode()):
        response = submit(attacker, "/login", {"email": user.email, "password": PASSWORD, "altcha": solution})
        assert response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)
    # a wrong number, or a challenge the portal did not sign
    challenge = _challenge(page)
    wrong_number = json.loads(base64.b64decode(_solve(page)))
    wrong_number["number"] = (wrong_number["number"] + 1) % (int(challenge["max-number"]) + 1)
    forged = create_challenge_v1(hmac_key="not the portal's key", max_number=10, expires=_in(60))
    forged_solution = solve_challenge_v1(forged)
    for payload in (
        wrong_number,
        {**forged.to_dict(), "number": forged_solution.number},
    ):
        payload.pop("maxNumber", None)
        response = submit(
            attacker,
            "/login",
            {"email": user.email, "password": PASSWORD, "altcha": base64.b64encode(json.dumps(payload).encode())},
        )
        assert response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)
    assert _failures(app, user.email) == limit + 1 + 4 + 2
    assert attacker.get("/account").status_code == 302


def test_past_the_account_limit_a_solution_that_cannot_be_read_is_refused_and_counted(app):
    user = make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    _fail_from_elsewhere(app, user.email, limit)
    attacker = app.test_client()
    page = login(attacker, user.email, "wrong password here").get_data(as_text=True)
    genuine = json.loads(base64.b64decode(_solve(page)))
    for data in (
        b"[" * 1400,  # nested deeper than a parser's stack, under the solution's length bound
        b"\xff\xfe not UTF-8",
        b'{"number": ' + b"9" * 1000 + b"}",
        json.dumps({**genuine, "salt": "\ud800" + genuine["salt"]}).encode(),  # no text can carry it
        json.dumps({**genuine, "challenge": "\udfff"}).encode(),
    ):
        altcha = base64.b64encode(data).decode()
        assert len(altcha) <= sign_in_check.SOLUTION_MAX_LENGTH
        response = submit(attacker, "/login", {"email": user.email, "password": PASSWORD, "altcha": altcha})
        assert response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)
    assert _failures(app, user.email) == limit + 1 + 5
    assert attacker.get("/account").status_code == 302


def test_a_solved_check_is_used_once_and_a_wrong_password_with_it_still_fails(app):
    user = make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    _fail_from_elsewhere(app, user.email, limit)
    client = app.test_client()
    solution = _solve(login(client, user.email, "wrong password here").get_data(as_text=True))
    wrong = submit(client, "/login", {"email": user.email, "password": "wrong password here", "altcha": solution})
    page = wrong.get_data(as_text=True)
    assert "The e-mail address or the password is not right." in page and CHECK_ASKED not in page
    assert _challenge(page)  # a new check for the next attempt
    assert _failures(app, user.email) == limit + 2
    replay = submit(client, "/login", {"email": user.email, "password": PASSWORD, "altcha": solution})
    assert replay.status_code == 200 and CHECK_ASKED in replay.get_data(as_text=True)
    assert _failures(app, user.email) == limit + 3


def test_an_expired_check_is_refused(app, monkeypatch):
    user = make_user("Applicant", email="target@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    _fail_from_elsewhere(app, user.email, limit)
    client = app.test_client()
    page = login(client, user.email, "wrong password here").get_data(as_text=True)
    solution = _solve(page)
    expires = int(dict(urllib.parse.parse_qsl(_challenge(page)["salt"].split("?", 1)[1]))["expires"])
    assert expires - time.time() <= app.config["LOGIN_CHECK_MINUTES"] * 60
    monkeypatch.setattr("altcha.v1.time", types.SimpleNamespace(time=lambda: expires + 1))  # the check's clock
    response = submit(client, "/login", {"email": user.email, "password": PASSWORD, "altcha": solution})
    assert response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)


def test_the_check_is_signed_with_the_apps_secret_and_as_hard_as_configured(app):
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    _fail_from_elsewhere(app, "target@example.org", limit)
    app.config["LOGIN_CHECK_DIFFICULTY"] = 321
    page = login(app.test_client(), "target@example.org").get_data(as_text=True)
    challenge = _challenge(page)
    assert challenge["max-number"] == "321"
    key = hmac.new(app.config["SECRET_KEY"].encode(), b"sign-in-check", hashlib.sha256).hexdigest()
    expected = hmac.new(key.encode(), challenge["challenge"].encode(), hashlib.sha256).hexdigest()
    assert challenge["signature"] == expected
    script = re.search(r'<script src="(/accounts/static/[^"]+)"', page).group(1)
    served = app.test_client().get(script)
    assert served.status_code == 200 and b"crypto.subtle.digest" in served.data  # the portal's own solver


def _growing(app, base=100, every=2, most=500) -> int:
    """Difficulties small enough to solve here; the account limit."""
    app.config.update(LOGIN_CHECK_DIFFICULTY=base, LOGIN_CHECK_DOUBLE_EVERY=every, LOGIN_CHECK_MAX_DIFFICULTY=most)
    return int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])


def test_the_check_grows_harder_with_every_few_failures_up_to_the_maximum(app):
    limit = _growing(app)
    _fail_from_elsewhere(app, "target@example.org", limit)
    attacker = app.test_client()
    offered = []
    for _attempt in range(7):
        challenge = _challenge(login(attacker, "target@example.org", "wrong password here").get_data(as_text=True))
        assert f"difficulty={challenge['max-number']}&" in challenge["salt"]  # what it was made for, signed
        offered.append(int(challenge["max-number"]))
    # each page comes after one more failure: 1 and 2 further failures are the base, then it doubles every 2
    assert offered == [100, 200, 200, 400, 400, 500, 500]


def test_a_check_made_before_the_difficulty_rose_no_longer_counts(app):
    user = make_user("Applicant", email="target@example.org")
    limit = _growing(app)
    _fail_from_elsewhere(app, user.email, limit)
    owner = app.test_client()
    easy = login(owner, user.email, "wrong password here").get_data(as_text=True)
    assert _challenge(easy)["max-number"] == "100"
    solution = _solve(easy)
    _fail_from_elsewhere(app, user.email, 2)  # someone keeps guessing meanwhile
    late = submit(owner, "/login", {"email": user.email, "password": PASSWORD, "altcha": solution})
    page = late.get_data(as_text=True)
    assert late.status_code == 200 and CHECK_ASKED in page and owner.get("/account").status_code == 302
    assert _challenge(page)["max-number"] == "400"
    # the owner still signs in, with the check now asked for
    response = submit(owner, "/login", {"email": user.email, "password": PASSWORD, "altcha": _solve(page)})
    assert response.status_code == 302 and response.headers["Location"] == "/account"


def test_a_check_whose_difficulty_is_rewritten_is_refused(app):
    user = make_user("Applicant", email="target@example.org")
    limit = _growing(app)
    _fail_from_elsewhere(app, user.email, limit)
    attacker = app.test_client()
    easy = _challenge(login(attacker, user.email, "wrong password here").get_data(as_text=True))
    _fail_from_elsewhere(app, user.email, 2)
    hard = _challenge(login(attacker, user.email, "wrong password here").get_data(as_text=True))
    assert (easy["max-number"], hard["max-number"]) == ("100", "400")
    # the easy challenge's salt made to say 400 (or a hard one's to say 100), solved for the salt as rewritten:
    # the signature covers the salt, so neither passes
    for challenge, claimed in ((easy, "400"), (hard, "100")):
        salt = challenge["salt"].replace(f"difficulty={challenge['max-number']}&", f"difficulty={claimed}&")
        number = 7
        payload = {
            "algorithm": "SHA-256",
            "challenge": hashlib.sha256((salt + str(number)).encode()).hexdigest(),
            "number": number,
            "salt": salt,
            "signature": challenge["signature"],
            "maxNumber": int(claimed),
        }
        altcha = base64.b64encode(json.dumps(payload).encode()).decode()
        response = submit(attacker, "/login", {"email": user.email, "password": PASSWORD, "altcha": altcha})
        assert response.status_code == 200 and CHECK_ASKED in response.get_data(as_text=True)
    assert attacker.get("/account").status_code == 302


def test_past_the_account_limit_known_and_unknown_addresses_get_the_same_answer(app):
    make_user("Applicant", email="known@example.org")
    limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
    answers = []
    for email in ("known@example.org", "unknown@example.org"):
        _fail_from_elsewhere(app, email, limit)
        page = login(app.test_client(), email).get_data(as_text=True)
        page = re.sub(r'data-(challenge|salt|signature)="[^"]*"', "", page.replace(email, "EMAIL"))
        answers.append(page.split('name="csrf_token"')[0])
    assert CHECK_ASKED in answers[0]
    assert answers[0] == answers[1]


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


def _in(seconds: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(time.time() + seconds, dt.UTC)
