"""Confirming a visit again after repeated no-shows, as the person does it: on the visit's page
(signed in) or through the e-mail's link (without), on the day before only; the page says when
before that day and why a visit was cancelled after it."""

from __future__ import annotations

import datetime as dt

import time_machine

from app.bookings import links, reconfirmation
from app.bookings.models import Visit, VisitState
from app.extensions import db
from tests.bookings.test_reconfirmation import BOOKED, DAY_BEFORE_START, DEADLINE, VISIT, _book, _person_who_missed
from tests.factories import csrf_token, login


def test_the_visit_page_asks_on_the_day_before_and_confirms(app):
    person = _person_who_missed(2)
    visit = _book(person)
    db.session.commit()
    client = app.test_client()
    with time_machine.travel(BOOKED + dt.timedelta(hours=1), tick=False):
        login(client, person.email)
        page = client.get(f"/visits/{visit.id}").get_data(as_text=True)
        assert "Confirm that you will come" in page and "I will come" not in page  # not yet: the day is named
        too_soon = client.post(
            f"/visits/{visit.id}/reconfirm", data={"csrf_token": csrf_token(client, "/visits")}, follow_redirects=True
        )
        assert "can be confirmed on the day before" in too_soon.get_data(as_text=True)
    with time_machine.travel(DAY_BEFORE_START + dt.timedelta(hours=12), tick=False):
        login(client, person.email)
        page = client.get(f"/visits/{visit.id}").get_data(as_text=True)
        assert "I will come: confirm the visit" in page and "18:00" in page
        done = client.post(
            f"/visits/{visit.id}/reconfirm", data={"csrf_token": csrf_token(client, "/visits")}, follow_redirects=True
        )
        assert "your visit is confirmed" in done.get_data(as_text=True)
    assert db.session.get(Visit, visit.id).reconfirmed_at is not None


def test_the_e_mails_link_confirms_without_signing_in_and_a_late_visit_says_why_it_was_cancelled(app):
    person = _person_who_missed(2)
    visit = _book(person)
    token = links.change_token(visit)
    db.session.commit()
    client = app.test_client()
    with time_machine.travel(DAY_BEFORE_START + dt.timedelta(hours=10), tick=False):
        page = client.get(f"/visits/change/{token}").get_data(as_text=True)
        assert "I will come: confirm the visit" in page
        data = {"csrf_token": csrf_token(client, f"/visits/change/{token}"), "action": "reconfirm"}
        done = client.post(f"/visits/change/{token}", data=data, follow_redirects=True)
        assert "your visit is confirmed" in done.get_data(as_text=True)
    assert db.session.get(Visit, visit.id).reconfirmed_at is not None

    other = _book(_person_who_missed(2))
    with time_machine.travel(DEADLINE + dt.timedelta(minutes=1), tick=False):
        reconfirmation.give_up(other.id, VISIT.isoformat())
        db.session.commit()
        assert db.session.get(Visit, other.id).state == VisitState.CANCELLED
        login(client, other.person.email)
        page = client.get(f"/visits/{other.id}").get_data(as_text=True)
        assert "cancelled because it was not confirmed on the day before" in page
