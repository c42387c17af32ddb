"""The phone number's code goes through the outbox as an SMS in the account's language, at any
hour, saying only the code and that it is Przybysz's; the row never holds the code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import time_machine

from app.accounts import phone
from app.extensions import db
from plugins.notifications import outbox as notifications
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.factories import login, make_user, submit
from tests.fixtures import run_queued_jobs

NUMBER = "+48600100200"


def _sms_sent(app) -> list[str]:
    folder = Path(app.config["MAIL_OUTBOX_DIR"])
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.sms.txt"))] if folder.exists() else []


def _ask(client, language: str = "uk"):
    user = make_user("Applicant", phone=NUMBER, preferred_language=language)
    login(client, user.email)
    assert submit(client, "/account/phone/code", token_from="/account").status_code == 302
    return user


def test_a_code_is_an_sms_row_in_the_accounts_language_made_when_sent(app, client):
    user = _ask(client, "uk")
    [row] = db.session.query(Notification).filter_by(user_id=user.id).all()
    assert (row.event, row.channel, row.address, row.language, row.values) == (
        "phone-confirmation",
        "sms",
        NUMBER,
        "uk",
        {},
    )
    assert user.phone_code_hash is None  # no code exists until the SMS is sent
    run_queued_jobs(app)
    [sms] = _sms_sent(app)
    code = re.search(r"\b(\d{6})\b", sms).group(1)
    assert "Przybysz" in sms and "код підтвердження" in sms and user.first_name not in sms
    db.session.refresh(row)
    db.session.refresh(user)
    assert row.state == State.SENT and code not in str(row.values) and code not in (user.phone_code_hash or "")
    assert submit(client, "/account/phone/confirm", {"code": code}).status_code == 302
    db.session.refresh(user)
    assert user.phone_confirmed_at is not None


def test_quiet_hours_do_not_hold_the_code_and_it_expires_with_it(app):
    user = make_user("Applicant", phone=NUMBER)
    night = dt.datetime(2026, 1, 15, 22, 30, tzinfo=dt.UTC)  # 23:30 in Warsaw
    with time_machine.travel(night, tick=False):
        row = notifications.notify("phone-confirmation", "sms", NUMBER, "en", {}, user_id=user.id)
        assert row.next_attempt_at == night.replace(tzinfo=None)
        assert row.expires_at == row.next_attempt_at + dt.timedelta(minutes=phone.CODE_MINUTES)
        held = notifications.notify("case-status-changed", "sms", NUMBER, "en", {"link": "x"}, user_id=user.id)
        assert held.next_attempt_at > night.replace(tzinfo=None)  # other SMS still wait for the morning


def test_an_sms_for_a_number_changed_since_is_not_sent_and_a_refused_one_has_no_e_mail(app):
    user = make_user("Applicant", phone=NUMBER)
    row = notifications.notify("phone-confirmation", "sms", NUMBER, "en", {}, user_id=user.id)
    user.phone = "+48600100299"
    db.session.flush()
    notifications.deliver(row.id)
    assert row.state == State.TECHNICAL_FAILURE and _sms_sent(app) == []
    refused = notifications.notify("phone-confirmation", "sms", user.phone, "en", {}, user_id=user.id)
    notifications.move(refused, State.PERMANENT_FAILURE, reason="SMSAPI 13")
    assert db.session.query(Notification).filter_by(fallback_of_id=refused.id).count() == 0
