"""The channels behind one interface: ``send(outgoing) -> Outcome``. E-mail goes over SMTP (the
mailer's settings) or, in the embedded mode, to the mail outbox folder; SMS goes through SMSAPI.pl
or, in the embedded mode, to the same folder."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import smtplib
import threading
import time
from dataclasses import dataclass
from email.charset import QP, Charset
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr
from pathlib import Path
from typing import Protocol

from flask import current_app

from app.web.logmask import mask
from plugins.notifications.states import State

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    our_id: str  # the e-mail's Message-ID, the SMS's idx
    address: str
    subject: str | None
    body: str
    expires_at: dt.datetime | None = None  # naive UTC


@dataclass(frozen=True)
class Outcome:
    state: State  # delivered, sending, sent, temporary-failure or permanent-failure
    provider_id: str | None = None
    reason: str | None = None


class Channel(Protocol):
    def send(self, outgoing: Outgoing) -> Outcome: ...


def _file_name(our_id: str) -> str:
    # named by our id: a resend of the same notification overwrites its file instead of adding one
    return re.sub(r"[^A-Za-z0-9._-]", "_", our_id.strip("<>"))


class OutboxEmail:
    """The embedded mode: each e-mail is a .eml file in MAIL_OUTBOX_DIR."""

    def send(self, outgoing: Outgoing) -> Outcome:
        outbox = Path(current_app.config["MAIL_OUTBOX_DIR"])
        outbox.mkdir(parents=True, exist_ok=True)
        (outbox / f"{_file_name(outgoing.our_id)}.eml").write_bytes(bytes(email_message(outgoing)))
        return Outcome(State.DELIVERED)


def email_message(outgoing: Outgoing) -> Message:
    """The e-mail, plain text in quoted-printable UTF-8. Built with the classic policy, which costs a
    fifth of the modern one; an address outside ASCII (an internationalised mailbox, sent with
    SMTPUTF8) takes the modern one, which knows how to write it."""
    name, sender = parseaddr(current_app.config["MAIL_FROM"])
    if not (sender.isascii() and outgoing.address.isascii()):
        return _international_message(outgoing)
    message = MIMEText(outgoing.body, "plain", _UTF8)
    message["From"] = formataddr((name, sender), charset="utf-8")
    message["To"] = outgoing.address
    subject = outgoing.subject or ""
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = outgoing.our_id
    message["Auto-Submitted"] = "auto-generated"
    return message


_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP


def _international_message(outgoing: Outgoing) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = outgoing.address
    message["Subject"] = outgoing.subject or ""
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = outgoing.our_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(outgoing.body)
    return message


def _smtp_outcome(code: int, text: bytes | str) -> Outcome:
    reason = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    reason = mask(f"SMTP {code}: {reason.strip().splitlines()[0] if reason.strip() else ''}")[:200]
    return Outcome(State.PERMANENT_FAILURE if 500 <= code < 600 else State.TEMPORARY_FAILURE, reason=reason)


_sessions = threading.local()  # one SMTP session per thread of a process, kept from one e-mail to the next
SESSION_FRESH_SECONDS = 5.0  # a session used this recently is used again without a NOOP first


@dataclass
class _Held:
    key: tuple
    smtp: smtplib.SMTP
    used: float  # time.monotonic() of its last e-mail


def _session() -> tuple[smtplib.SMTP, bool]:
    """The session this thread keeps open to the server of the current settings, or a new one; and
    whether it is one kept from before without a check. One idle for a while is checked with a NOOP
    first; one used a moment ago is not (if the server dropped it meanwhile, the sender opens a new
    one and tries once more)."""
    config = current_app.config
    key = (os.getpid(), config["MAIL_SERVER"], config["MAIL_PORT"], config["MAIL_USE_TLS"], config["MAIL_USERNAME"])
    held: _Held | None = getattr(_sessions, "held", None)
    if held is not None and held.key == key:
        if time.monotonic() - held.used < SESSION_FRESH_SECONDS:
            return held.smtp, True
        try:
            if held.smtp.noop()[0] == 250:
                return held.smtp, False
        except (smtplib.SMTPException, OSError):
            pass
    close_session()
    smtp = smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=30)
    try:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
    except BaseException:
        smtp.close()
        raise
    _sessions.held = _Held(key, smtp, time.monotonic())
    return smtp, False


def _used() -> None:
    held: _Held | None = getattr(_sessions, "held", None)
    if held is not None:
        held.used = time.monotonic()


def close_session() -> None:
    held: _Held | None = getattr(_sessions, "held", None)
    _sessions.held = None
    if held is None:
        return
    if held.key[0] != os.getpid():  # a session of the parent process: not ours to speak on
        return
    try:
        held.smtp.quit()
    except (smtplib.SMTPException, OSError):
        held.smtp.close()


class SmtpEmail:
    """The office's SMTP server: 2xx delivered, 4xx tried again later, 5xx refused for good; a
    server that cannot be reached is tried again later. The session stays open for the next e-mail
    (smtplib resets it after a refused recipient or message); a broken one is dropped."""

    def send(self, outgoing: Outgoing) -> Outcome:
        message = email_message(outgoing)
        while True:
            unchecked = False
            try:
                session, unchecked = _session()
                session.send_message(message, to_addrs=[outgoing.address])
            except smtplib.SMTPRecipientsRefused as refused:
                _used()
                code, text = next(iter(refused.recipients.values()))
                return _smtp_outcome(code, text)
            except smtplib.SMTPAuthenticationError as error:  # the office's settings, not the address
                close_session()
                return Outcome(State.TEMPORARY_FAILURE, reason=f"SMTP {error.smtp_code}: authentication refused")
            except smtplib.SMTPResponseException as error:
                if error.smtp_code == 421 or isinstance(error, smtplib.SMTPSenderRefused):
                    close_session()  # the server is closing, or refused us: a new session next time
                else:
                    _used()
                return _smtp_outcome(error.smtp_code, error.smtp_error)
            except (smtplib.SMTPException, OSError) as error:
                close_session()
                if unchecked:  # dropped while it waited: once more on a new session
                    continue
                return _unreachable(error)
            _used()
            return Outcome(State.DELIVERED)


def _unreachable(error: BaseException) -> Outcome:
    return Outcome(State.TEMPORARY_FAILURE, reason=mask(f"{type(error).__name__}: {error}")[:200])


class OutboxSms:
    """The embedded mode: each SMS is a text file in MAIL_OUTBOX_DIR; no report will follow."""

    def send(self, outgoing: Outgoing) -> Outcome:
        outbox = Path(current_app.config["MAIL_OUTBOX_DIR"])
        outbox.mkdir(parents=True, exist_ok=True)
        (outbox / f"{_file_name(outgoing.our_id)}.sms.txt").write_text(
            f"To: {outgoing.address}\nId: {outgoing.our_id}\n\n{outgoing.body}\n", encoding="utf-8"
        )
        log.info("SMS %s written to the outbox folder", outgoing.our_id)
        return Outcome(State.SENT)


# SMSAPI's error codes: a number that cannot take messages (invalid, blacklisted) is refused for
# good; 53 is its duplicate check (this idx was sent already: the earlier send stands); the rest
# (limits, credits, its own failures, our settings) is tried again until the cap.
SMSAPI_PERMANENT = {13, 57, 58}
SMSAPI_DUPLICATE = 53


class SmsApi:
    """SMSAPI.pl through smsapi-client: our id as idx with its duplicate check on, an expiry, and
    delivery reports to the portal's callback."""

    def send(self, outgoing: Outgoing) -> Outcome:
        from smsapi.client import Client
        from smsapi.exception import SmsApiException

        config = current_app.config
        client = Client(config["SMSAPI_URL"], access_token=config["SMSAPI_TOKEN"])
        parameters = {
            "to": outgoing.address,
            "message": outgoing.body,
            "idx": outgoing.our_id,
            "check_idx": 1,
            "encoding": "utf-8",
        }
        if config["SMS_SENDER"]:
            parameters["from_"] = config["SMS_SENDER"]
        if outgoing.expires_at is not None:
            parameters["expiration_date"] = int(outgoing.expires_at.replace(tzinfo=dt.UTC).timestamp())
        if config["SMS_REPORT_SECRET"]:
            secret = config["SMS_REPORT_SECRET"]
            parameters["notify_url"] = f"{config['PUBLIC_BASE_URL']}/notifications/sms-reports/{secret}"
        try:
            result = client.sms.send(**parameters)
        except SmsApiException as error:
            code = int(error.code) if str(error.code or "").isdigit() else None
            reason = mask(f"SMSAPI {code}: {error.message}")[:200]
            if code == SMSAPI_DUPLICATE:
                return Outcome(State.SENDING, reason=None)
            if code in SMSAPI_PERMANENT:
                return Outcome(State.PERMANENT_FAILURE, reason=reason)
            return Outcome(State.TEMPORARY_FAILURE, reason=reason)
        except OSError as error:  # requests' connection errors are OSErrors
            return Outcome(State.TEMPORARY_FAILURE, reason=mask(f"{type(error).__name__}: {error}")[:200])
        results = list(getattr(result, "results", []) or [])
        provider_id = str(results[0].id) if results and getattr(results[0], "id", None) else None
        return Outcome(State.SENDING, provider_id=provider_id)


def for_channel(channel: str) -> Channel:
    config = current_app.config
    if channel == "email":
        return SmtpEmail() if config["MAIL_SERVER"] else OutboxEmail()
    return SmsApi() if config["SMS_GATEWAY"] == "smsapi" else OutboxSms()
