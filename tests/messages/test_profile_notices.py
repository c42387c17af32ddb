"""An account chooses whether the office may tell it of a new message by e-mail or SMS; a changed
phone number is confirmed again before SMS goes to it."""

import datetime as dt

from app.extensions import db
from tests.factories import csrf_token, make_user
from tests.messages.helpers import signed_in


def save(client, **data):
    values = {"first_name": "Olena", "last_name": "Kovalenko", "preferred_language": "uk", "phone": "+48600100200"}
    values.update(data, csrf_token=csrf_token(client, "/account"))
    return client.post("/account", data=values)


def test_the_profile_keeps_the_notice_choices(app):
    user = make_user("Applicant", phone="+48600100200", phone_confirmed_at=dt.datetime(2026, 1, 1))
    client = signed_in(app, user)
    page = client.get("/account").get_data(as_text=True)
    assert 'name="notify_by_email"' in page and 'name="notify_by_sms"' in page
    assert save(client, notify_by_sms="y").status_code == 302  # e-mail unticked, SMS ticked
    db.session.refresh(user)
    assert user.notify_by_email is False and user.notify_by_sms is True
    assert user.phone_confirmed_at is not None  # the same number stays confirmed


def test_a_changed_phone_number_is_no_longer_confirmed(app):
    user = make_user("Applicant", phone="+48600100200", phone_confirmed_at=dt.datetime(2026, 1, 1))
    client = signed_in(app, user)
    save(client, phone="+48600100300", notify_by_email="y")
    db.session.refresh(user)
    assert user.phone_confirmed_at is None and user.notify_by_email is True
