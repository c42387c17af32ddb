"""The waiting list as the applicant sees it: no free time → join the list (saying the half-days they
cannot come), the visit's page says they wait, and an offered place is confirmed on its page."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.bookings import waiting_list
from app.bookings.models import Visit, VisitState
from app.clock import utcnow
from app.extensions import db
from tests.bookings.helpers import a_service, a_slot
from tests.factories import csrf_token, login, make_user
from tests.forms.submissions import paper_submission


def test_join_the_waiting_list_when_nothing_is_free_and_confirm_the_place_offered(app):
    person = make_user("Applicant", preferred_language="en")
    submission_id = paper_submission(person, "TRP")
    service = a_service(capacity=1, horizon_days=3650, name_en="Handing in (test)")
    db.session.commit()
    client = app.test_client()
    login(client, person.email)
    about = f"s{submission_id}"
    page = client.get(f"/visits/new/times?about={about}&service={service.id}").get_data(as_text=True)
    assert "no free times" in page and "wait=1" in page
    form = client.get(f"/visits/new/times?about={about}&service={service.id}&wait=1").get_data(as_text=True)
    assert "Join the waiting list" in form and 'name="cannot"' in form and "stay_ends_on" not in form
    data = {"csrf_token": csrf_token(client, "/visits"), "about": about, "service": service.id, "wait": "1"}
    everything = [f"{day}-{part}" for day in range(5) for part in ("am", "pm")]
    refused = client.post("/visits/new/times", data={**data, "cannot": everything})
    assert refused.status_code == 400 and "checked" in refused.get_data(as_text=True)  # the ticks are kept
    joined = client.post("/visits/new/times", data={**data, "cannot": ["0-am"]}, follow_redirects=True)
    text = joined.get_data(as_text=True)
    assert "You are on the waiting list" in text and "Leave the waiting list" in text
    visit = db.session.scalar(select(Visit).where(Visit.submission_id == submission_id))
    assert (visit.state, visit.cannot) == (VisitState.REQUESTED, ["0-am"])
    wednesday = (utcnow() + dt.timedelta(days=7)).date()
    wednesday += dt.timedelta(days=(2 - wednesday.weekday()) % 7)
    slot = a_slot(service, dt.datetime.combine(wednesday, dt.time(9, 20)), capacity=1)  # not Monday morning
    assert waiting_list.offer(slot.id).id == visit.id
    db.session.commit()
    offer = client.get(f"/visits/{visit.id}", follow_redirects=True).get_data(as_text=True)
    assert "offered to you from the waiting list" in offer
    done = client.post(
        f"/visits/{visit.id}/confirm", data={"csrf_token": csrf_token(client, "/visits")}, follow_redirects=True
    )
    assert "Your visit is booked" in done.get_data(as_text=True)
    assert db.session.get(Visit, visit.id).state == VisitState.CONFIRMED
