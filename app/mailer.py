"""Outbound e-mail, always sent from a job: SMTP when MAIL_SERVER is set, otherwise each
message is written to MAIL_OUTBOX_DIR (the embedded mode) so a developer can read it."""

from __future__ import annotations

import logging
import smtplib
import uuid
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from flask import current_app

log = logging.getLogger(__name__)


def build_message(to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="przybysz")
    message.set_content(body)
    return message


def send_email(to: str, subject: str, body: str) -> None:
    """Job: deliver one plain-text message. Raises on SMTP failure, so the queue retries."""
    config = current_app.config
    message = build_message(to, subject, body)
    if not config["MAIL_SERVER"]:
        outbox = Path(config["MAIL_OUTBOX_DIR"])
        outbox.mkdir(parents=True, exist_ok=True)
        path = outbox / f"{uuid.uuid4().hex}.eml"
        path.write_bytes(bytes(message))
        log.info("e-mail to %s written to %s", to, path)
        return
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=30) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)
    log.info("e-mail to %s sent", to)
