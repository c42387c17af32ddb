"""A real SMTP server on a loopback port (aiosmtpd) whose answers a test can set per address."""

from __future__ import annotations

import socket

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Office:
    """Receives every message it accepts; ``refuse[address]`` is a list of answers given to that
    recipient, one per delivery attempt, the last one for good (e.g. "451 4.3.0 Try later", "250 OK")."""

    def __init__(self) -> None:
        self.received: list[tuple[str, bytes]] = []
        self.refuse: dict[str, list[str]] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answers = self.refuse.get(address)
        if answers:
            answer = answers.pop(0) if len(answers) > 1 else answers[0]  # the last answer stays
            if not answer.startswith("2"):
                return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            self.received.append((address, envelope.content))
        return "250 Message accepted"

    def message_ids(self) -> list[str]:
        import email

        return [email.message_from_bytes(content)["Message-ID"] for _, content in self.received]


@pytest.fixture
def smtp(app):
    office = Office()
    controller = Controller(office, hostname="127.0.0.1", port=free_port())
    controller.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port, MAIL_USE_TLS=False, MAIL_USERNAME="")
    yield office
    controller.stop()
