"""An applicant books a visit for their application: where and what, a free day and time (held),
the confirmation, the visit's page with its code, what to bring and a calendar file, and
cancelling; a place taken meanwhile, a second visit for the same thing and another person's visit
each get their answer."""

from __future__ import annotations

import datetime as dt
import re

import segno
from icalendar import Calendar
from sqlalchemy import select

from app.bookings.models import Visit, VisitService, VisitSlot, VisitState
from app.extensions import db
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user
from tests.forms.submissions import paper_submission


def _applicant(app, language="en"):
    person = make_user("Applicant", preferred_language=language)
    submission_id = paper_submission(person, "TRP")
    client = app.test_client()
    login(client, person.email)
    return person, submission_id, client


def _wroclaw_filing() -> VisitService:
    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    return db.session.query(VisitService).filter_by(service_point_id=point.id, code="paper-application").one()


def _first_free_time(client, about: str, service: VisitService) -> tuple[str, int]:
    page = client.get(f"/visits/new/times?about={about}&service={service.id}").get_data(as_text=True)
    day = re.search(r"day=(\d{4}-\d{2}-\d{2})", page).group(1)
    page = client.get(f"/visits/new/times?about={about}&service={service.id}&day={day}").get_data(as_text=True)
    return day, int(re.search(r'name="slot" value="(\d+)"', page).group(1))


def _hold(client, about, service, day, slot_id):
    url = "/visits/new/times"
    data = {"csrf_token": csrf_token(client, "/visits"), "about": about, "service": service.id, "day": day}
    return client.post(url, data={**data, "slot": slot_id})


def test_an_applicant_books_a_visit_for_their_application_and_cancels_it(app):
    person, submission_id, client = _applicant(app)
    about = f"s{submission_id}"
    start = client.get("/visits/new").get_data(as_text=True)
    assert f'value="{about}"' in start and "Wrocław" in start
    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    step = client.get(f"/visits/new?about={about}&point={point.id}")
    assert step.status_code == 302 and "/visits/new/services" in step.headers["Location"]
    services_page = client.get(step.headers["Location"]).get_data(as_text=True)
    service = _wroclaw_filing()
    assert "Handing in a paper application" in services_page
    assert "Giving fingerprints" not in services_page  # a visit about a case: this application has none yet
    day, slot_id = _first_free_time(client, about, service)
    held = _hold(client, about, service, day, slot_id)
    assert held.status_code == 302
    visit = db.session.scalars(select(Visit).where(Visit.person_id == person.id)).one()
    assert (visit.state, visit.slot_id) == (VisitState.HELD, slot_id)
    confirm_page = client.get(held.headers["Location"]).get_data(as_text=True)
    assert "This place is kept for you for" in confirm_page
    confirmed = client.post(held.headers["Location"], data={"csrf_token": csrf_token(client, held.headers["Location"])})
    assert confirmed.headers["Location"].endswith(f"/visits/{visit.id}")
    page = client.get(f"/visits/{visit.id}").get_data(as_text=True)
    db.session.refresh(visit)
    assert f"{visit.code[:4]}-{visit.code[4:]}" in page and "What to bring" in page and "4 recent photographs" in page
    # the same code as a QR code, for the kiosk's scanner (which types what it reads into the code field)
    assert segno.make(visit.code, error="m").png_data_uri(scale=5, border=2) in page
    calendar = Calendar.from_ical(client.get(f"/visits/{visit.id}/visit.ics").get_data())
    [event] = calendar.walk("VEVENT")
    slot = db.session.get(VisitSlot, slot_id)
    assert event.decoded("dtstart") == slot.starts_at.replace(tzinfo=dt.UTC)
    assert "pl. Powstańców Warszawy 1" in str(event.get("location"))
    listing = client.get("/visits").get_data(as_text=True)
    assert "Handing in a paper application" in listing and "booked" in listing
    cancelled = client.post(f"/visits/{visit.id}/cancel", data={"csrf_token": csrf_token(client, "/visits")})
    assert cancelled.status_code == 302
    db.session.refresh(visit)
    assert visit.state == VisitState.CANCELLED and db.session.get(VisitSlot, slot_id).taken == 0


def test_the_last_place_taken_meanwhile_is_said_and_the_page_keeps_the_day(app):
    _person, submission_id, client = _applicant(app)
    service = _wroclaw_filing()
    about = f"s{submission_id}"
    day, slot_id = _first_free_time(client, about, service)
    slot = db.session.get(VisitSlot, slot_id)
    slot.taken = slot.capacity  # others took every place a moment ago
    db.session.commit()
    refused = _hold(client, about, service, day, slot_id)
    assert refused.status_code == 409
    page = refused.get_data(as_text=True)
    assert "Someone has just taken the last place at that time. Choose another time." in page
    assert 'href="#slot"' in page and 'id="slot"' in page
    assert f'name="slot" value="{slot_id}"' not in page  # the full time is no longer offered


def test_a_second_visit_for_the_same_application_leads_to_the_first(app):
    _person, submission_id, client = _applicant(app)
    service = _wroclaw_filing()
    about = f"s{submission_id}"
    day, slot_id = _first_free_time(client, about, service)
    first = _hold(client, about, service, day, slot_id).headers["Location"]
    again = _hold(client, about, service, day, slot_id)
    assert again.status_code == 302 and again.headers["Location"].rsplit("/", 1)[-1] in first


def test_another_persons_visit_and_subjects_are_not_reachable(app):
    person, submission_id, client = _applicant(app)
    service = _wroclaw_filing()
    day, slot_id = _first_free_time(client, f"s{submission_id}", service)
    _hold(client, f"s{submission_id}", service, day, slot_id)
    visit = db.session.scalars(select(Visit).where(Visit.person_id == person.id)).one()
    _other, _, stranger = _applicant(app)
    for path in (f"/visits/{visit.id}", f"/visits/{visit.id}/confirm", f"/visits/{visit.id}/visit.ics"):
        assert stranger.get(path).status_code == 404
    assert (
        stranger.post(f"/visits/{visit.id}/cancel", data={"csrf_token": csrf_token(stranger, "/visits")}).status_code
        == 404
    )
    # someone else's application cannot be booked for: the flow starts again
    assert stranger.get(f"/visits/new/times?about=s{submission_id}&service={service.id}").status_code == 302


def test_without_an_application_or_case_the_page_says_what_to_do(app):
    client = app.test_client()
    login(client, make_user("Applicant").email)
    page = client.get("/visits/new").get_data(as_text=True)
    assert "You have neither yet." in page
    assert "You have no booked visits." in client.get("/visits").get_data(as_text=True)


def test_a_missing_choice_is_named_in_the_readers_language(app):
    _person, _submission_id, client = _applicant(app, language="uk")
    page = client.get("/visits/new?about=&point=").get_data(as_text=True)
    assert 'href="#about"' in page and 'href="#point"' in page


def _booked_visit(app):
    person, submission_id, client = _applicant(app)
    service = _wroclaw_filing()
    about = f"s{submission_id}"
    day, slot_id = _first_free_time(client, about, service)
    confirm_url = _hold(client, about, service, day, slot_id).headers["Location"]
    client.post(confirm_url, data={"csrf_token": csrf_token(client, confirm_url)})
    return db.session.scalars(select(Visit).where(Visit.person_id == person.id)).one(), client


def test_a_booked_visit_moves_to_another_time_keeping_its_code(app):
    visit, client = _booked_visit(app)
    old_slot, code = visit.slot_id, visit.code
    page = client.get(f"/visits/{visit.id}/move").get_data(as_text=True)
    assert "Your visit is now on" in page
    day = re.search(r"/move\?day=(\d{4}-\d{2}-\d{2})", page).group(1)
    page = client.get(f"/visits/{visit.id}/move?day={day}").get_data(as_text=True)
    assert f'name="slot" value="{old_slot}"' not in page  # not its own time again
    new_slot = int(re.search(r'name="slot" value="(\d+)"', page).group(1))
    moved = client.post(
        f"/visits/{visit.id}/move", data={"csrf_token": csrf_token(client, "/visits"), "slot": new_slot, "day": day}
    )
    assert moved.headers["Location"].endswith(f"/visits/{visit.id}")
    db.session.refresh(visit)
    assert (visit.slot_id, visit.code, visit.state) == (new_slot, code, VisitState.CONFIRMED)
    assert db.session.get(VisitSlot, old_slot).taken == 0 and db.session.get(VisitSlot, new_slot).taken == 1
    empty = client.post(f"/visits/{visit.id}/move", data={"csrf_token": csrf_token(client, "/visits"), "day": day})
    assert empty.status_code == 400 and "Choose a time." in empty.get_data(as_text=True)


def test_a_scarce_service_takes_requests_for_the_draw_and_says_how_it_works(app):
    from app.bookings import draw

    person, submission_id, client = _applicant(app)
    service = _wroclaw_filing()
    service.mode, service.stay_priority = "allocate", True
    db.session.commit()
    about = f"s{submission_id}"
    page = client.get(f"/visits/new/times?about={about}&service={service.id}").get_data(as_text=True)
    assert "not given to whoever clicks first" in page and 'name="slot"' not in page
    url = "/visits/new/times"
    data = {"csrf_token": csrf_token(client, "/visits"), "about": about, "service": service.id}
    every = client.post(url, data={**data, "cannot": draw.HALF_DAYS})
    assert every.status_code == 400 and "Leave at least one half-day when you can come." in every.get_data(as_text=True)
    bad_date = client.post(url, data={**data, "cannot": ["0-am"], "stay_ends_on": "31.03.2027"})
    assert bad_date.status_code == 400 and 'value="31.03.2027"' in bad_date.get_data(as_text=True)
    asked = client.post(url, data={**data, "cannot": ["0-am", "4-pm"], "stay_ends_on": "2027-03-31"})
    assert asked.status_code == 302
    visit = db.session.scalars(select(Visit).where(Visit.person_id == person.id)).one()
    assert (visit.state, visit.cannot, visit.stay_ends_on) == ("requested", ["0-am", "4-pm"], dt.date(2027, 3, 31))
    assert "Your request waits for the draw." in client.get(f"/visits/{visit.id}").get_data(as_text=True)
    client.post(f"/visits/{visit.id}/cancel", data={"csrf_token": csrf_token(client, "/visits")})
    db.session.refresh(visit)
    assert visit.state == VisitState.CANCELLED
