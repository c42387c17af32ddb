"""E-mail goes out over real SMTP when MAIL_SERVER is set (aiosmtpd plays the office's server)."""

import socket
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from app.mailer import send_email


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def test_send_email_delivers_over_smtp(app, smtp_server):
    controller, inbox = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port, MAIL_USE_TLS=False)
    send_email("olena@example.org", "Potwierdź adres e-mail", "Dzień dobry, Olena,\nłącze: https://example.org/a")
    [message] = inbox.messages
    assert message["To"] == "olena@example.org"
    assert message["From"] == app.config["MAIL_FROM"]
    assert str(make_header(decode_header(message["Subject"]))) == "Potwierdź adres e-mail"
    assert "łącze" in message.get_payload(decode=True).decode("utf-8")


def test_an_unreachable_server_raises_so_the_queue_retries(app):
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port(), MAIL_USE_TLS=False)
    with pytest.raises(OSError):
        send_email("olena@example.org", "Subject", "Body")
