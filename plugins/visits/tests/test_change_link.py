"""The link in a visit's e-mails changes or cancels it without signing in: it works once (the visit
changed or cancelled voids it), a forged one does not work, and the e-mail carries one made when it
was sent."""

from __future__ import annotations

import re

from app.bookings import links, services
from app.bookings.models import VisitService, VisitSlot, VisitState
from app.extensions import db
from app.offices.models import ServicePoint
from tests.factories import csrf_token, make_user
from tests.forms.submissions import paper_submission


def _booked():
    point = db.session.query(ServicePoint).filter_by(code="walbrzych").one()
    service = db.session.query(VisitService).filter_by(service_point_id=point.id, code="paper-application").one()
    person = make_user("Applicant", preferred_language="en")
    slot = services.free_slots(service)[0]
    about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "en")
    visit = services.confirm(services.hold(service, slot.id, about))
    db.session.commit()
    return visit


def test_the_link_cancels_the_visit_once_without_signing_in(app):
    visit = _booked()
    path = f"/visits/change/{links.change_token(visit)}"
    reader = app.test_client()
    page = reader.get(path).get_data(as_text=True)
    assert "Change or cancel your visit" in page and "Handing in a paper application" in page
    assert visit.code not in page and visit.person.last_name not in page  # it names no one
    done = reader.post(path, data={"csrf_token": csrf_token(reader, path), "action": "cancel"})
    assert done.status_code == 200 and "Your visit is cancelled" in done.get_data(as_text=True)
    db.session.refresh(visit)
    assert visit.state == VisitState.CANCELLED
    again = reader.get(path)
    assert again.status_code == 404 and "This link does not work" in again.get_data(as_text=True)


def test_the_link_moves_the_visit_and_is_then_void(app):
    visit = _booked()
    old_slot = visit.slot_id
    path = f"/visits/change/{links.change_token(visit)}"
    reader = app.test_client()
    days = reader.get(f"{path}?day=").get_data(as_text=True)
    day = re.search(r"\?day=(\d{4}-\d{2}-\d{2})", days).group(1)
    times = reader.get(f"{path}?day={day}").get_data(as_text=True)
    new_slot = next(int(s) for s in re.findall(r'name="slot" value="(\d+)"', times) if int(s) != old_slot)
    moved = reader.post(path, data={"csrf_token": csrf_token(reader, path), "slot": new_slot, "day": day})
    assert moved.status_code == 200 and "Your visit is moved" in moved.get_data(as_text=True)
    db.session.refresh(visit)
    assert (visit.slot_id, visit.state) == (new_slot, VisitState.CONFIRMED)
    assert db.session.get(VisitSlot, old_slot).taken == 0 or old_slot != new_slot
    assert reader.get(path).status_code == 404  # made for the old time: void


def test_a_forged_or_altered_link_does_not_work(app):
    visit = _booked()
    token = links.change_token(visit)
    reader = app.test_client()
    assert reader.get(f"/visits/change/{token[:-2]}xx").status_code == 404
    assert reader.get("/visits/change/not-a-link").status_code == 404


def test_the_confirmation_email_carries_a_working_link(app, outbox):
    visit = _booked()
    [mail] = [m for m in outbox() if m["To"] == visit.person.email]
    link = re.search(r"http://localhost(/visits/change/\S+)", mail.get_content()).group(1)
    assert app.test_client().get(link).status_code == 200
    assert visit.code not in mail.get_content()
