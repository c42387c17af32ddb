"""Confirming the account's phone number by a code sent to it by SMS, before any SMS goes to it.

The code is a secret: it is made when the SMS is sent (``issue_code``, called by whoever sends it),
and the account keeps only its hash, bound to the account and the number, with an expiry and the
wrong codes typed. After MAX_ATTEMPTS wrong codes the code stops working and a new one is asked for.
Sending is the notifications' work: accounts only send the event, and without a receiver that takes it
on the portal cannot confirm numbers (``available``).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import secrets

from flask import current_app

from app import signals
from app.clock import utcnow
from app.extensions import db

CODE_DIGITS = 6
CODE_MINUTES = 10
MAX_ATTEMPTS = 5


class Outcome(enum.StrEnum):
    CONFIRMED = "confirmed"
    WRONG = "wrong"  # attempts are left
    EXPIRED = "expired"
    TOO_MANY = "too-many"  # the code was typed wrong too often: a new one is needed
    NO_CODE = "no-code"  # none was sent to this number (or it was changed since)


def available() -> bool:
    """Whether something sends the code (the notifications plugin, when it is on)."""
    return bool(signals.phone_confirmation_requested.receivers_for(current_app._get_current_object()))


def needs_confirmation(user) -> bool:
    return bool(user.phone) and user.phone_confirmed_at is None


def request_code(user) -> bool:
    """Ask for a code to the account's number; False when it cannot go (no number, confirmed
    already, or nothing to send it). A code sent before keeps working until the new one is sent."""
    if not needs_confirmation(user):
        return False
    return signals.phone_confirmation_requested.send(signals.AccountChange(user.id))


def _digest(user, phone: str, code: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, f"phone-code:{user.id}:{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def issue_code(user, phone: str) -> str | None:
    """A new code for ``phone`` made now, when its SMS is sent: its hash replaces any earlier one,
    valid for CODE_MINUTES. None when the account's number is no longer that one or is confirmed."""
    if user is None or user.phone != phone or user.phone_confirmed_at is not None:
        return None
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    user.phone_code_hash = _digest(user, phone, code)
    user.phone_code_expires_at = utcnow() + dt.timedelta(minutes=CODE_MINUTES)
    user.phone_code_attempts = 0
    db.session.flush()
    return code


def attempts_left(user) -> int:
    return max(MAX_ATTEMPTS - (user.phone_code_attempts or 0), 0)


def confirm(user, typed: str) -> Outcome:
    """Check a typed code against the account's; a right one confirms the number and is spent."""
    if not user.phone or user.phone_code_hash is None:
        return Outcome.NO_CODE
    if attempts_left(user) == 0:
        return Outcome.TOO_MANY
    if user.phone_code_expires_at is None or user.phone_code_expires_at <= utcnow():
        return Outcome.EXPIRED
    if not hmac.compare_digest(_digest(user, user.phone, typed), user.phone_code_hash):
        user.phone_code_attempts = (user.phone_code_attempts or 0) + 1
        db.session.flush()
        return Outcome.TOO_MANY if attempts_left(user) == 0 else Outcome.WRONG
    user.phone_confirmed_at = utcnow()
    user.phone_failed_at = None
    user.phone_code_hash = user.phone_code_expires_at = None
    user.phone_code_attempts = 0
    db.session.flush()
    return Outcome.CONFIRMED
