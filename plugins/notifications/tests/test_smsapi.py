"""The SMS channel through smsapi-client against a local stand-in for SMSAPI.pl on a loopback port."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from app.extensions import db
from plugins.notifications import outbox
from plugins.notifications.states import State
from tests.factories import make_user

SECRET = "r" * 32


class Gateway(BaseHTTPRequestHandler):
    """Answers sms.do as SMSAPI does: an id per message, or an error with its code."""

    calls: list[dict[str, str]] = []
    seen: set[str] = set()
    refuse: dict[str, int] = {}

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        sent = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        Gateway.calls.append(sent)
        if sent["to"] in Gateway.refuse:
            answer = {"error": Gateway.refuse[sent["to"]], "message": "refused"}
        elif sent.get("check_idx") == "1" and sent["idx"] in Gateway.seen:
            answer = {"error": 53, "message": "Not unique idx"}
        else:
            Gateway.seen.add(sent["idx"])
            answer = {"count": 1, "list": [{"id": f"61000{len(Gateway.seen)}", "points": 0.16, "status": "QUEUE"}]}
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway(app):
    Gateway.calls, Gateway.seen, Gateway.refuse = [], set(), {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app.config.update(
        SMS_GATEWAY="smsapi",
        SMSAPI_TOKEN="token",
        SMSAPI_URL=f"http://127.0.0.1:{server.server_port}/",
        SMS_REPORT_SECRET=SECRET,
    )
    yield Gateway
    server.shutdown()


def _sms(phone="+48600100200"):
    user = make_user("Applicant", phone=phone)
    row = outbox.notify("message-posted", "sms", phone, "pl", {"link": "http://x/1"}, user_id=user.id)
    row.next_attempt_at = None  # due now, whatever the hour of the test
    db.session.flush()
    return row


def test_an_sms_carries_our_id_with_the_duplicate_check_an_expiry_and_the_report_address(app, gateway):
    row = _sms()
    outbox.deliver(row.id)
    [call] = gateway.calls
    assert call["idx"] == row.our_id and call["check_idx"] == "1"
    assert int(call["expiration_date"]) > 0
    assert call["notify_url"].endswith(f"/notifications/sms-reports/{SECRET}")
    assert call["message"] == "Przybysz: masz nową wiadomość z urzędu. Przeczytaj po zalogowaniu: http://x/1"
    assert (row.state, row.provider_id) == (State.SENDING, "610001")


def test_a_resend_after_a_crash_is_refused_by_the_duplicate_check_and_stands_as_sent(app, gateway):
    row = _sms()
    outbox.deliver(row.id)
    row.state, row.provider_id = State.CREATED, None  # as if the first record had been lost
    outbox.deliver(row.id)
    assert len(gateway.seen) == 1 and len(gateway.calls) == 2
    assert row.state == State.SENDING


def test_an_invalid_number_fails_for_good(app, gateway):
    gateway.refuse["+48000"] = 13
    row = _sms("+48000")
    outbox.deliver(row.id)
    assert (row.state, row.attempts) == (State.PERMANENT_FAILURE, 1)
    assert "13" in row.failure_reason


def test_the_gateway_busy_is_tried_again(app, gateway):
    gateway.refuse["+48600100201"] = 203
    row = _sms("+48600100201")
    outbox.deliver(row.id)
    assert row.state == State.TEMPORARY_FAILURE and row.next_attempt_at is not None
