"""Delivery through a real SMTP server: retries of a refusal for now, a permanent refusal for one
address, states that only move forward, quiet hours for SMS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import time_machine

from app.clock import utcnow
from app.extensions import db
from plugins.notifications import outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.factories import make_user
from tests.fixtures import run_queued_jobs

VALUES = {"link": "http://localhost/my-cases/1"}


def _write(user, channel="email", event="message-posted"):
    address = user.email if channel == "email" else user.phone
    row = outbox.notify(event, channel, address, user.preferred_language, VALUES, user_id=user.id)
    db.session.flush()
    return row


def _run_due(row):
    """Run the row's delivery as its due job would, at its due time."""
    when = row.next_attempt_at or utcnow()
    with time_machine.travel(when.replace(tzinfo=dt.UTC) + dt.timedelta(seconds=1), tick=False):
        outbox.deliver(row.id)
    db.session.flush()


def test_refused_for_now_then_accepted_is_delivered_after_retries(app, smtp):
    user = make_user("Applicant", email="olena@example.org")
    smtp.refuse["olena@example.org"] = ["451 4.3.0 Try again later", "421 4.7.0 Busy", "250 OK"]
    row = _write(user)
    _run_due(row)
    assert (row.state, row.attempts) == (State.TEMPORARY_FAILURE, 1)
    assert "451" in row.failure_reason and row.next_attempt_at > row.created_at
    _run_due(row)
    assert (row.state, row.attempts) == (State.TEMPORARY_FAILURE, 2)
    _run_due(row)
    assert (row.state, row.attempts) == (State.DELIVERED, 3)
    assert row.failure_reason is None and row.sent_at is not None
    assert smtp.message_ids() == [row.our_id]


def test_a_permanent_refusal_fails_that_address_only_and_flags_it(app, smtp):
    good = [make_user("Applicant", email=f"person{n}@example.org") for n in range(3)]
    bad = make_user("Applicant", email="nobody@example.org")
    smtp.refuse["nobody@example.org"] = ["550 5.1.1 No such user"]
    rows = [_write(user) for user in [*good, bad]]
    for row in rows:
        _run_due(row)
    assert [row.state for row in rows] == [State.DELIVERED] * 3 + [State.PERMANENT_FAILURE]
    assert rows[-1].attempts == 1 and "550" in rows[-1].failure_reason
    assert bad.email_failed_at is not None and all(user.email_failed_at is None for user in good)
    assert sorted(address for address, _ in smtp.received) == sorted(user.email for user in good)
    _run_due(rows[-1])  # a repeated job does not try again
    assert rows[-1].attempts == 1
    del smtp.refuse["nobody@example.org"]  # the mailbox is back: the next delivery clears the flag
    _run_due(_write(bad))
    assert bad.email_failed_at is None


def test_refusals_for_now_up_to_the_cap_end_as_technical_failure(app, smtp):
    app.config["NOTIFICATION_ATTEMPTS"] = 3
    user = make_user("Applicant", email="busy@example.org")
    smtp.refuse["busy@example.org"] = ["451 4.3.0 Try later"] * 10
    row = _write(user)
    for _ in range(3):
        _run_due(row)
    assert (row.state, row.attempts) == (State.TECHNICAL_FAILURE, 3)
    assert row.next_attempt_at is None and row.done_at is not None
    _run_due(row)
    assert row.attempts == 3 and smtp.received == []


def test_an_unreachable_server_is_tried_again(app):
    from plugins.notifications.tests.conftest import free_port

    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port(), MAIL_USE_TLS=False)
    row = _write(make_user("Applicant"))
    _run_due(row)
    assert row.state == State.TEMPORARY_FAILURE and row.attempts == 1


def test_a_resend_carries_the_same_message_id(app, smtp):
    """After a crash between the server's acceptance and our record the job runs again: the
    reader's mail system sees the same Message-ID twice."""
    row = _write(make_user("Applicant"))
    _run_due(row)
    row.state = State.CREATED  # as if the first run's record had been lost
    _run_due(row)
    assert smtp.message_ids() == [row.our_id, row.our_id]


def test_sms_in_quiet_hours_waits_for_eight_in_warsaw(app):
    user = make_user("Applicant", phone="+48600100200")
    night = dt.datetime(2026, 1, 14, 21, 30)  # 22:30 in Warsaw (winter, UTC+1)
    with time_machine.travel(night.replace(tzinfo=dt.UTC), tick=False):
        row = _write(user, "sms")
    assert row.next_attempt_at == dt.datetime(2026, 1, 15, 7, 0)  # 08:00 Warsaw
    assert row.expires_at == row.next_attempt_at + dt.timedelta(hours=app.config["SMS_VALID_HOURS"])
    with time_machine.travel(dt.datetime(2026, 1, 15, 6, 0, tzinfo=dt.UTC), tick=False):
        outbox.deliver(row.id)  # a stray run before its time sends nothing
    assert row.state == State.CREATED
    _run_due(row)
    assert row.state == State.SENT  # the outbox folder's SMS: no report follows


def test_quiet_hours_in_summer_time():
    summer_night = dt.datetime(2026, 7, 1, 19, 30)  # 21:30 in Warsaw (UTC+2)
    assert outbox.after_quiet_hours(summer_night) == dt.datetime(2026, 7, 2, 6, 0)
    early = dt.datetime(2026, 7, 2, 5, 0)  # 07:00 in Warsaw
    assert outbox.after_quiet_hours(early) == dt.datetime(2026, 7, 2, 6, 0)
    day = dt.datetime(2026, 7, 2, 10, 0)
    assert outbox.after_quiet_hours(day) == day


def test_an_expired_sms_is_not_sent(app):
    user = make_user("Applicant", phone="+48600100200")
    row = _write(user, "sms")
    with time_machine.travel(row.expires_at.replace(tzinfo=dt.UTC) + dt.timedelta(minutes=1), tick=False):
        outbox.deliver(row.id)
    assert row.state == State.TECHNICAL_FAILURE and "expired" in row.failure_reason


def test_the_delivery_job_runs_from_its_row(app):
    user = make_user("Applicant")
    row = _write(user)
    db.session.commit()
    run_queued_jobs(app)
    db.session.expire_all()
    row = db.session.get(Notification, row.id)
    assert (row.state, row.attempts) == (State.DELIVERED, 1)
    [sent] = Path(app.config["MAIL_OUTBOX_DIR"]).glob("*.eml")
    assert row.our_id in sent.read_text()
