"""A phone number is confirmed by a 6-digit code before any SMS goes to it: the account keeps only
the code's hash, with its expiry and the wrong codes typed; five wrong codes need a new code; the
codes asked for are limited; each account confirms only its own number."""

from __future__ import annotations

import datetime as dt
import re

import time_machine

from app.accounts import phone
from app.accounts.models import PortalUser
from app.extensions import db
from tests.factories import csrf_token, login, make_user, submit

NUMBER = "+48600100200"
PAGE = "/account/phone/confirm"


def _signed_in(client, **fields) -> PortalUser:
    user = make_user("Applicant", phone=NUMBER, **fields)
    login(client, user.email)
    return user


def _type(client, code: str):
    return submit(client, PAGE, {"code": code})


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_the_profile_offers_to_confirm_the_number_and_the_page_asks_for_the_code(client):
    user = _signed_in(client)
    profile = client.get("/account").get_data(as_text=True)
    assert "Confirm this number" in profile and 'action="/account/phone/code"' in profile
    response = submit(client, "/account/phone/code", token_from="/account")
    assert response.status_code == 302 and response.headers["Location"].endswith(PAGE)
    db.session.refresh(user)
    page = client.get(PAGE).get_data(as_text=True)
    assert "We are sending a code by SMS to +48600100200" in page
    assert 'autocomplete="one-time-code"' in page and 'for="code"' in page and 'id="code-hint"' in page


def test_the_right_code_confirms_the_number_and_is_spent(client):
    user = _signed_in(client)
    code = phone.issue_code(user, NUMBER)
    assert code not in (user.phone_code_hash or "") and len(code) == 6
    response = _type(client, f"{code[:3]} {code[3:]}")  # typed with a space, as the SMS may be read
    assert response.status_code == 302 and response.headers["Location"].endswith("/account")
    db.session.refresh(user)
    assert user.phone_confirmed_at is not None and user.phone_code_hash is None
    assert "Your phone number +48600100200 is confirmed." in client.get("/account").get_data(as_text=True)
    assert "Confirm this number" not in client.get("/account").get_data(as_text=True)


def test_a_wrong_code_is_refused_in_the_readers_language_and_not_written_back(client):
    user = _signed_in(client, preferred_language="pl")
    code = phone.issue_code(user, NUMBER)
    response = _type(client, _wrong(code))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'aria-invalid="true"' in page and 'id="code-error"' in page
    assert _wrong(code) not in page and code not in page  # nothing secret is written back
    assert re.search(r'<input[^>]*name="code"[^>]*value=""', page)
    assert "Kod jest nieprawidłowy" in page
    db.session.refresh(user)
    assert user.phone_confirmed_at is None and user.phone_code_attempts == 1


def test_an_empty_or_malformed_code_has_its_own_message_and_costs_no_attempt(client):
    user = _signed_in(client)
    phone.issue_code(user, NUMBER)
    assert "Enter the code from the SMS." in _type(client, "").get_data(as_text=True)
    for typed in ("12a456", "1234567", "١٢٣٤٥٦", "¹23456"):
        assert "The code is 6 digits, such as 123456." in _type(client, typed).get_data(as_text=True)
    db.session.refresh(user)
    assert user.phone_code_attempts == 0


def test_an_expired_code_does_not_confirm(client):
    user = _signed_in(client)
    code = phone.issue_code(user, NUMBER)
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=phone.CODE_MINUTES, seconds=1)):
        page = _type(client, code).get_data(as_text=True)
    assert "The code has expired. Ask for a new code below." in page
    db.session.refresh(user)
    assert user.phone_confirmed_at is None


def test_five_wrong_codes_need_a_new_code(client):
    user = _signed_in(client)
    code = phone.issue_code(user, NUMBER)
    pages = [_type(client, _wrong(code)).get_data(as_text=True) for _ in range(phone.MAX_ATTEMPTS)]
    assert "4 more attempts are left" in pages[0] and "1 more attempt is left" in pages[3]
    assert "A wrong code was typed too many times. Ask for a new code below." in pages[4]
    page = _type(client, code).get_data(as_text=True)  # the right one no longer works either
    assert "A wrong code was typed too many times." in page
    db.session.refresh(user)
    assert user.phone_confirmed_at is None
    fresh = phone.issue_code(user, NUMBER)  # a new code, sent on request, works again
    assert _type(client, fresh).status_code == 302
    db.session.refresh(user)
    assert user.phone_confirmed_at is not None


def test_codes_asked_for_are_limited_per_account(app, client):
    _signed_in(client)
    token = csrf_token(client, PAGE)
    first = client.post("/account/phone/code", data={"csrf_token": token})
    again = client.post("/account/phone/code", data={"csrf_token": token})
    assert (first.status_code, again.status_code) == (302, 429)
    other = app.test_client()
    _signed_in(other)  # another account asks for its own code: not held back by the first one's
    assert submit(other, "/account/phone/code", token_from=PAGE).status_code == 302


def test_another_accounts_code_confirms_nothing_and_no_other_number_is_reachable(app, client):
    owner = make_user("Applicant", phone="+48600100201")
    owners_code = phone.issue_code(owner, owner.phone)
    intruder = _signed_in(client)
    phone.issue_code(intruder, NUMBER)
    page = _type(client, owners_code).get_data(as_text=True)
    assert "+48600100201" not in page and "+48600100201" not in client.get(PAGE).get_data(as_text=True)
    db.session.refresh(owner)
    db.session.refresh(intruder)
    assert owner.phone_confirmed_at is None and owner.phone_code_attempts == 0
    assert intruder.phone_confirmed_at is None
    # the pages take no account's id: there is no address of another's confirmation to try
    assert client.post(f"{PAGE}?user_id={owner.id}", data={"code": owners_code}).status_code == 400


def test_a_changed_number_voids_the_code_sent_to_the_old_one(client):
    from app.accounts import services

    user = _signed_in(client)
    code = phone.issue_code(user, NUMBER)
    change = services.ProfileChange(user.first_name, user.last_name, "en", phone="+48600100299")
    services.update_profile(user, change)
    assert phone.confirm(user, code) == phone.Outcome.NO_CODE
    assert phone.issue_code(user, NUMBER) is None  # an SMS still waiting for the old number gets no code
    assert user.phone_confirmed_at is None


def test_signed_out_readers_are_sent_to_sign_in(client):
    assert client.get(PAGE).status_code == 302
    assert client.post("/account/phone/code").status_code in (302, 400)


def test_with_the_notifications_plugin_off_confirmation_is_not_offered(app, fresh_app):
    bare = fresh_app(PLUGINS="none")
    client = bare.test_client()
    make_user("Applicant", email="no.sms@example.org", phone=NUMBER)
    login(client, "no.sms@example.org")
    assert "Confirm this number" not in client.get("/account").get_data(as_text=True)
    page = client.get(PAGE).get_data(as_text=True)
    assert "Confirming a phone number by SMS is not available at the moment" in page
    assert 'href="/account"' in page and 'name="code"' not in page
    assert submit(client, "/account/phone/code", token_from="/account").headers["Location"].endswith(PAGE)


def test_no_more_than_five_codes_an_hour(app, fresh_app):
    # counters kept in the process, whose windows follow the clock the test moves (Redis keeps time of its own)
    client = fresh_app(REDIS_URL="").test_client()
    _signed_in(client)
    start = dt.datetime.now(dt.UTC)
    answers = []
    for minute in (0, 2, 4, 6, 8, 10, 30, 50, 61):  # a minute apart at least, as the per-minute limit allows
        with time_machine.travel(start + dt.timedelta(minutes=minute, seconds=1), tick=False):
            answers.append(submit(client, "/account/phone/code", token_from=PAGE).status_code)
    assert answers == [302] * 5 + [429, 429, 429, 302]  # the sixth waits until the first is an hour old
