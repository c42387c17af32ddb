"""The counters' desk page as a clerk uses it: choose the counter, call the next visitor, call again
up to three times and then close as a no-show, start and finish, send to another service; open the
visit's application; the counter's booked day; a step on a ticket that changed meanwhile is refused
with a message, never an error."""

from __future__ import annotations

import datetime as dt

import time_machine

from app.bookings.models import Visit, VisitState
from app.bookings.queue import queue_system
from app.bookings.queue.models import Ticket
from app.extensions import db
from app.forms.models import Submission
from tests.bookings.queue_helpers import NOON, a_booked_visit, a_queue
from tests.factories import csrf_token


def _post(client, path, **data):
    return client.post(path, data={"csrf_token": csrf_token(client, "/counter/"), **data}, follow_redirects=True)


def test_a_clerk_calls_serves_and_finishes_a_booked_visitor(app, client, login_as):
    service, counter = a_queue()
    visit = a_booked_visit(service)
    reference = db.session.get(Submission, visit.submission_id).reference
    db.session.commit()
    with time_machine.travel(NOON, tick=False):
        login_as("Clerk")  # at the time of the visit: a session signed in days before would have ended
        assert f"Counter {counter.number}" in client.get("/counter/").get_data(as_text=True)
        page = client.get(f"/counter/{counter.id}").get_data(as_text=True)
        assert "No one is waiting" in page and "12:00" in page and reference in page  # the booked day
        ticket = queue_system().arrive(service.service_point_id, visit.code, "pl", NOON).ticket
        db.session.commit()
        page = _post(client, f"/counter/{counter.id}/call").get_data(as_text=True)
        assert f"{ticket.label} is called to this counter" in page
        assert f'About: <a href="/desk/?code={reference}">' in page  # the application opens from the ticket
        _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/start")
        page = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/finish").get_data(as_text=True)
        assert "The visit is finished" in page and "Call the next visitor" in page
    assert db.session.get(Visit, visit.id).state == VisitState.SERVED


def test_three_calls_then_the_no_show_button(app, client, login_as):
    service, counter = a_queue()
    db.session.commit()
    with time_machine.travel(NOON, tick=False):
        login_as("Clerk")  # at the time of the visit: a session signed in days before would have ended
        ticket = queue_system().walk_in(service.service_point_id, service.id, "pl", NOON)
        db.session.commit()
        _post(client, f"/counter/{counter.id}/call")
        early = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/no-show").get_data(as_text=True)
        assert "This step is no longer possible" in early  # called once only
        for _ in range(2):
            page = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/recall").get_data(as_text=True)
        assert "called 3 of 3 times" in page and "close as a no-show" in page and "Call again" not in page
        page = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/no-show").get_data(as_text=True)
        assert "no-show" in page and db.session.get(Ticket, ticket.id).state == "no-show"


def test_sending_a_visitor_elsewhere_and_steps_that_are_refused(app, client, login_as):
    service, counter = a_queue()
    other_service, _ = a_queue()
    db.session.commit()
    with time_machine.travel(NOON, tick=False):
        login_as("Clerk")  # at the time of the visit: a session signed in days before would have ended
        ticket = queue_system().walk_in(service.service_point_id, service.id, "pl", NOON - dt.timedelta(minutes=5))
        db.session.commit()
        _post(client, f"/counter/{counter.id}/call")
        nowhere = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/transfer").get_data(as_text=True)
        assert "Choose the service or the counter" in nowhere
        page = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/transfer", service=other_service.id)
        assert f"{ticket.label} waits for its turn there now" in page.get_data(as_text=True)
        assert db.session.get(Ticket, ticket.id).service_id == other_service.id
        for action in ("start", "finish", "recall", "no-show"):
            answer = _post(client, f"/counter/{counter.id}/tickets/{ticket.id}/{action}")
            assert answer.status_code == 200 and "This step is no longer possible" in answer.get_data(as_text=True)
        assert (
            client.post(
                f"/counter/{counter.id}/tickets/{ticket.id}/dance", data={"csrf_token": csrf_token(client, "/counter/")}
            ).status_code
            == 404
        )
        assert client.get("/counter/999999").status_code == 404
