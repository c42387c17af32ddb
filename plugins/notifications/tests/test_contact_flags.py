"""An address or number refused for good is shown on the owner's profile; a corrected number
clears its flag."""

from __future__ import annotations

import datetime as dt

from app.extensions import db
from tests.factories import csrf_token, make_user
from tests.messages.helpers import signed_in

REFUSED = dt.datetime(2026, 2, 3, 10, 0)


def _save(client, phone):
    values = {"first_name": "Olena", "last_name": "Kovalenko", "preferred_language": "en", "phone": phone}
    values.update(notify_by_email="y", csrf_token=csrf_token(client, "/account"))
    return client.post("/account", data=values)


def test_the_profile_shows_a_refused_address_and_number(app):
    user = make_user(
        "Applicant", preferred_language="en", phone="+48600100200", email_failed_at=REFUSED, phone_failed_at=REFUSED
    )
    page = signed_in(app, user).get("/account?lang=en").get_data(as_text=True)
    assert "Our e-mails to" in page and "were refused on 2026-02-03" in page
    assert "could not be delivered on 2026-02-03" in page


def test_a_corrected_number_clears_its_flag_and_the_same_number_keeps_it(app):
    user = make_user("Applicant", preferred_language="en", phone="+48600100200", phone_failed_at=REFUSED)
    client = signed_in(app, user)
    assert _save(client, "+48600100200").status_code == 302
    db.session.refresh(user)
    assert user.phone_failed_at == REFUSED
    assert _save(client, "+48600100300").status_code == 302
    db.session.refresh(user)
    assert user.phone_failed_at is None
    assert "could not be delivered" not in client.get("/account").get_data(as_text=True)
