"""The account's own e-mails go through the outbox: a row per e-mail in the account's language,
naming no one, and no row ever holds the secret link: it is made when the e-mail is sent."""

from __future__ import annotations

import datetime as dt
import re

import time_machine

from app.accounts import services
from app.extensions import db
from plugins.notifications import outbox as notifications
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.factories import make_user, submit

NEW = "a brand new passphrase for me"


def _rows(email: str) -> list[Notification]:
    return db.session.query(Notification).filter_by(address=email).order_by(Notification.id).all()


def _link(message, path: str) -> str:
    return re.search(rf"http://localhost({path}\S+)", message.get_content()).group(1)


def test_a_registration_is_a_notification_in_the_chosen_language_with_its_link_made_when_sent(client, outbox):
    form = {
        "first_name": "Olena",
        "last_name": "Kovalenko",
        "email": "olena@example.org",
        "preferred_language": "ru",
        "password": NEW,
        "password_confirm": NEW,
    }
    assert submit(client, "/register/applicant", form).status_code == 302
    [row] = _rows("olena@example.org")
    assert (row.event, row.channel, row.language, row.values) == ("account-activation", "email", "ru", {})
    [message] = outbox()
    assert message["Message-ID"] == row.our_id
    assert "Здравствуйте" in message.get_content() and "Olena" not in message.get_content()
    token = _link(message, "/activate/").rsplit("/", 1)[1]
    db.session.refresh(row)
    assert row.state == State.DELIVERED and token not in str(row.values)
    assert client.get(_link(message, "/activate/")).status_code == 302


def test_a_reset_link_is_made_at_each_sending_and_a_requeued_row_sends_a_fresh_one(app, client, outbox):
    user = make_user("Applicant", email="nadia@example.org", preferred_language="uk")
    assert submit(client, "/password/forgot", {"email": "nadia@example.org"}).status_code == 302
    [first] = outbox()
    [row] = _rows("nadia@example.org")
    assert (row.event, row.values, row.user_id) == ("password-reset", {}, user.id)
    assert "Доброго дня" in first.get_content()
    row.state = State.TECHNICAL_FAILURE  # as if it had failed: an administrator sends it again
    start = dt.datetime.now(dt.UTC)
    with time_machine.travel(start + dt.timedelta(minutes=50)):
        assert notifications.requeue(row)
        second = outbox()[-1]
    assert second["Message-ID"] != first["Message-ID"]
    link = _link(second, "/password/reset/")
    assert link != _link(first, "/password/reset/")
    assert all(link.rsplit("/", 1)[1] not in str(r.values) for r in _rows("nadia@example.org"))
    with time_machine.travel(start + dt.timedelta(minutes=90)):  # the first link's hour is over, not this one's
        assert client.get(_link(first, "/password/reset/")).status_code == 400
        response = submit(client, link, {"password": NEW, "password_confirm": NEW})
    assert response.headers["Location"] == "/login"


def test_an_account_disabled_before_the_sending_gets_no_reset_link(app, outbox):
    user = make_user("Applicant", email="closed@example.org")
    services.send_password_help("closed@example.org")
    user.active = False
    db.session.flush()
    assert outbox() == []
    [row] = _rows("closed@example.org")
    db.session.refresh(row)
    assert row.state == State.TECHNICAL_FAILURE and "disabled" in row.failure_reason


def test_a_known_address_and_a_changed_password_are_told_by_notifications(app, client, outbox):
    user = make_user("Applicant", email="known@example.org", preferred_language="pl")
    form = {
        "first_name": "X",
        "last_name": "Y",
        "email": "known@example.org",
        "preferred_language": "en",
        "password": NEW,
        "password_confirm": NEW,
    }
    assert submit(client, "/register/applicant", form).status_code == 302
    services.set_password(user, NEW)
    assert [r.event for r in _rows("known@example.org")] == ["account-already-registered", "password-changed"]
    notice, changed = outbox()
    assert "/login" in notice.get_content() and "/activate/" not in notice.get_content()
    assert notice["Subject"] == "Masz już konto w portalu Przybysz"  # the account's language, not the form's
    assert "71 701 11 00" in changed.get_content()
