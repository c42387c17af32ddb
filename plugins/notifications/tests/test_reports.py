"""SMSAPI's delivery reports move a notification forward only; a permanent one flags the number and
sends the news by e-mail."""

from __future__ import annotations

from app.extensions import db
from plugins.notifications import outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.factories import make_user

SECRET = "s" * 32


def _sms(app):
    app.config.update(SMS_REPORT_SECRET=SECRET)
    user = make_user("Applicant", phone="+48600100200", email="olena@example.org")
    row = outbox.notify("message-posted", "sms", user.phone, "uk", {"link": "http://x/1"}, user_id=user.id)
    row.state, row.provider_id, row.next_attempt_at = State.SENDING, "6100000001", None
    db.session.commit()
    return user, row


def _report(client, row, status, secret=SECRET):
    return client.post(
        f"/notifications/sms-reports/{secret}", data={"MsgId": row.provider_id, "idx": row.our_id, "status": status}
    )


def test_a_report_twice_or_late_never_moves_a_state_back(app, client):
    _user, row = _sms(app)
    assert _report(client, row, "404").get_data(as_text=True) == "OK"
    assert db.session.get(Notification, row.id).state == State.DELIVERED
    for late in ("404", "403", "405", "402"):
        assert _report(client, row, late).status_code == 200
        assert db.session.get(Notification, row.id).state == State.DELIVERED


def test_an_undelivered_sms_flags_the_number_and_falls_back_to_email(app, client):
    user, row = _sms(app)
    _report(client, row, "405")
    _report(client, row, "405")  # a repeated report makes no second e-mail
    db.session.expire_all()
    assert db.session.get(Notification, row.id).state == State.PERMANENT_FAILURE
    assert db.session.get(type(user), user.id).phone_failed_at is not None
    [fallback] = db.session.query(Notification).filter_by(fallback_of_id=row.id).all()
    assert (fallback.channel, fallback.address, fallback.language) == ("email", "olena@example.org", "uk")


def test_a_report_without_the_secret_is_refused(app, client):
    _user, row = _sms(app)
    assert _report(client, row, "404", secret="wrong").status_code == 404
    assert db.session.get(Notification, row.id).state == State.SENDING


def test_several_reports_in_one_call(app, client):
    _user, first = _sms(app)
    second = outbox.notify("message-posted", "sms", "+48600100201", "pl", {"link": "http://x/2"})
    second.state, second.provider_id = State.SENDING, "6100000002"
    db.session.flush()
    client.get(
        f"/notifications/sms-reports/{SECRET}",
        query_string={"MsgId": "6100000001,6100000002", "idx": f"{first.our_id},{second.our_id}", "status": "404,407"},
    )
    db.session.expire_all()
    assert db.session.get(Notification, first.id).state == State.DELIVERED
    assert db.session.get(Notification, second.id).state == State.PERMANENT_FAILURE
