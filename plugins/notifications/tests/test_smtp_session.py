"""A worker keeps its SMTP session from one e-mail to the next: one greeting for many e-mails, a
refused address does not spoil it, and a session the server dropped is opened again."""

from __future__ import annotations

import pytest
from aiosmtpd.controller import Controller

from app.extensions import db
from plugins.notifications import channels, outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from plugins.notifications.tests.conftest import Office, free_port
from tests.fixtures import run_queued_jobs


class CountingOffice(Office):
    def __init__(self) -> None:
        super().__init__()
        self.greetings = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.greetings += 1
        session.host_name = hostname
        return responses


@pytest.fixture
def office(app):
    handler = CountingOffice()
    port = free_port()
    controllers = [Controller(handler, hostname="127.0.0.1", port=port)]
    controllers[0].start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False, MAIL_USERNAME="")
    channels.close_session()

    def restart() -> None:  # the server goes away and comes back on the same port
        controllers[-1].stop()
        controllers.append(Controller(handler, hostname="127.0.0.1", port=port))
        controllers[-1].start()

    yield handler, restart
    channels.close_session()
    controllers[-1].stop()


def _send(*addresses: str) -> list[Notification]:
    rows = [outbox.notify("message-posted", "email", a, "pl", {"link": "http://x/1"}) for a in addresses]
    db.session.commit()
    return rows


def test_one_session_carries_many_emails_and_survives_a_refused_address(app, office):
    handler, _restart = office
    handler.refuse["gone@example.org"] = ["550 5.1.1 No such user"]
    rows = _send("a@example.org", "gone@example.org", "b@example.org", "c@example.org")
    run_queued_jobs(app)
    db.session.expire_all()
    assert [r.state for r in rows] == [State.DELIVERED, State.PERMANENT_FAILURE, State.DELIVERED, State.DELIVERED]
    assert sorted(address for address, _ in handler.received) == ["a@example.org", "b@example.org", "c@example.org"]
    assert handler.greetings == 1


def test_a_session_the_server_dropped_is_opened_again(app, office):
    handler, restart = office
    [first] = _send("a@example.org")
    run_queued_jobs(app)
    restart()
    [second] = _send("b@example.org")
    run_queued_jobs(app)
    db.session.expire_all()
    assert (first.state, second.state) == (State.DELIVERED, State.DELIVERED)
    assert [address for address, _ in handler.received] == ["a@example.org", "b@example.org"]
    assert handler.greetings == 2


@pytest.fixture
def utf8_office(app):
    handler = Office()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), enable_SMTPUTF8=True)
    controller.start()
    app.config.update(
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=controller.port,
        MAIL_USE_TLS=False,
        MAIL_USERNAME="",
        MAIL_FROM="Urząd Wojewódzki <przybysz@duw.example>",
    )
    channels.close_session()
    yield handler
    channels.close_session()
    controller.stop()


@pytest.mark.parametrize("address", ["olena@example.org", "олена@приклад.укр"])
def test_the_email_arrives_as_written_in_any_script(app, utf8_office, address):
    import email
    import email.policy

    from plugins.notifications import catalog

    row = outbox.notify("message-posted", "email", address, "uk", {"link": "http://localhost/my-cases/1"})
    db.session.commit()
    run_queued_jobs(app)
    [(to, content)] = utf8_office.received
    message = email.message_from_string(content.decode("utf-8"), policy=email.policy.default)  # RFC 6532: UTF-8 headers
    subject, body = catalog.render(
        catalog.version("message-posted", "email", "uk", 1), {"link": "http://localhost/my-cases/1"}
    )
    assert to == address and message["To"] == address
    assert message["Subject"] == subject and any("\u0400" <= c <= "\u04ff" for c in subject)
    assert message["From"].addresses[0].display_name == "Urząd Wojewódzki"
    assert message["From"].addresses[0].addr_spec == "przybysz@duw.example"
    assert message["Message-ID"] == row.our_id
    assert message.get_content().replace("\r\n", "\n").strip() == body.strip()
