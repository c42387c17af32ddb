"""A clerk books a visit for a caller: the application found by the PIO number read out, a service
that serves it, a free time; the visit is the applicant's, booked by the clerk, told to the
applicant; a second visit for the same thing, an unknown number and a time taken meanwhile each get
a message and keep the number typed."""

from __future__ import annotations

import re

from sqlalchemy import select

from app import signals
from app.bookings import release, services
from app.bookings.models import Visit, VisitState
from app.extensions import db
from app.forms.models import Submission
from tests.bookings.helpers import a_service
from tests.factories import csrf_token, make_user
from tests.forms.submissions import paper_submission


def _caller():
    person = make_user("Applicant", preferred_language="ru")
    submission = db.session.get(Submission, paper_submission(person, "TRP"))
    service = a_service(capacity=1, lead_hours=24, name_pl="Złożenie wniosku (test)")
    release.release(service)
    db.session.commit()
    return person, submission, service


def test_a_clerk_books_for_a_caller_and_the_applicant_is_told(app, client, login_as):
    person, submission, service = _caller()
    clerk = login_as("Clerk")
    told = []

    def receiver(app, payload):
        told.append((payload.person_id, payload.booked_by_id, payload.language))

    page = client.get(f"/counter/book/?number={submission.reference.lower()}").get_data(as_text=True)
    assert person.last_name in page and f'value="{service.id}"' in page
    page = client.get(f"/counter/book/?number={submission.reference}&service={service.id}").get_data(as_text=True)
    slot_id = int(re.search(r'name="slot" value="(\d+)"', page).group(1))
    signals.visit_confirmed.signal.connect(receiver, weak=False)
    try:
        data = {"csrf_token": csrf_token(client, "/counter/book/"), "number": submission.reference}
        done = client.post("/counter/book/", data={**data, "service": service.id, "slot": slot_id})
    finally:
        signals.visit_confirmed.signal.disconnect(receiver)
    assert done.status_code == 302
    visit = db.session.scalar(select(Visit).where(Visit.submission_id == submission.id))
    assert (visit.person_id, visit.booked_by_id, visit.state, visit.language) == (
        person.id,
        clerk.id,
        VisitState.CONFIRMED,
        "ru",
    )
    assert told == [(person.id, clerk.id, "ru")]
    shown = client.get(done.headers["Location"]).get_data(as_text=True)
    assert services.format_code(visit.code) in shown
    again = client.post("/counter/book/", data={**data, "service": service.id, "slot": slot_id})
    assert again.status_code == 409 and "already has a visit for this service" in again.get_data(as_text=True)


def test_unknown_numbers_missing_choices_and_a_time_taken_meanwhile(app, client, login_as):
    _person, submission, service = _caller()
    login_as("Clerk")
    unknown = client.get("/counter/book/?number=PIO/1999/000001")
    assert unknown.status_code == 404 and 'value="PIO/1999/000001"' in unknown.get_data(as_text=True)
    data = {"csrf_token": csrf_token(client, "/counter/book/"), "number": submission.reference}
    assert client.post("/counter/book/", data={**data, "service": "x"}).status_code == 400
    assert client.post("/counter/book/", data={**data, "service": service.id}).status_code == 400
    someone = make_user("Applicant")
    first = services.free_slots(service)[0]  # its only place, taken online meanwhile
    taken = services.hold(
        service, first.id, services.VisitFor(someone.id, paper_submission(someone, "TRP"), None, "pl")
    )
    db.session.commit()
    assert taken.state == VisitState.HELD
    answer = client.post("/counter/book/", data={**data, "service": service.id, "slot": first.id})
    assert answer.status_code == 409 and "Someone has just taken the last place" in answer.get_data(as_text=True)
