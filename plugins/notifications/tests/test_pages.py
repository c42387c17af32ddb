"""The clerk's case page shows what was sent about the case; the administrators' outbox shows the
queue and sends a failed notification again as a new one."""

from __future__ import annotations

from app.extensions import db
from plugins.notifications import outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.factories import csrf_token
from tests.messages.helpers import open_case


def test_the_case_page_shows_each_notification_and_its_state(app, login_as, client):
    case = open_case()
    row = outbox.notify("message-posted", "email", case.applicant.email, "uk", {"link": "x"}, case_id=case.id)
    row.state, row.failure_reason = State.TECHNICAL_FAILURE, "SMTP 451: try later"
    db.session.commit()
    login_as("Clerk")
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "E-mails and SMS sent to the applicant" in page
    assert "New message from the office" in page and "gave up after retries" in page and "SMTP 451" in page
    assert case.applicant.email not in page.split("E-mails and SMS sent to the applicant")[1]  # the address masked


def test_the_outbox_shows_depth_and_failures_and_sends_a_failed_row_again(app, login_as, client):
    waiting = outbox.notify("message-posted", "email", "a@example.org", "pl", {"link": "x"})
    failed = outbox.notify("message-posted", "email", "b@example.org", "pl", {"link": "x"})
    failed.state, failed.failure_reason = State.PERMANENT_FAILURE, "SMTP 550: no such user"
    db.session.commit()
    login_as("Admin")
    page = client.get("/back-office/notifications/").get_data(as_text=True)
    assert "SMTP 550: no such user" in page and "Send again" in page
    token = csrf_token(client, "/back-office/notifications/")
    assert client.post(f"/back-office/notifications/{failed.id}/requeue", data={"csrf_token": token}).status_code == 302
    again = db.session.query(Notification).filter(Notification.address == "b@example.org").order_by(Notification.id)
    first, second = again.all()
    assert first.state == State.PERMANENT_FAILURE  # the failed row stays as it was
    assert second.state in (State.CREATED, State.DELIVERED)  # the embedded mode sends it at the commit
    assert second.our_id != first.our_id
    client.post(f"/back-office/notifications/{waiting.id}/requeue", data={"csrf_token": token})
    assert db.session.query(Notification).filter(Notification.address == "a@example.org").count() == 1


def test_the_outbox_is_the_administrators_only(app, login_as, client):
    login_as("Clerk")
    response = client.get("/back-office/notifications/")
    assert response.status_code in (302, 403)
