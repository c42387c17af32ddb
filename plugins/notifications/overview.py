"""What administrators and clerks read about notifications: labels, the outbox's figures, previews."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.clock import utcnow
from app.extensions import db
from plugins.notifications import catalog
from plugins.notifications.models import Notification
from plugins.notifications.states import State

STATE_LABELS = {
    State.CREATED: _l("waiting to be sent"),
    State.TEMPORARY_FAILURE: _l("refused for now, will be tried again"),
    State.SENDING: _l("sent, waiting for the delivery report"),
    State.SENT: _l("sent"),
    State.DELIVERED: _l("delivered"),
    State.PERMANENT_FAILURE: _l("refused: address or number does not take messages"),
    State.TECHNICAL_FAILURE: _l("not sent: gave up after retries"),
}
CHANNEL_LABELS = {"email": _l("E-mail"), "sms": _l("SMS")}
EVENT_LABELS = {
    "application-submitted": _l("Application submitted"),
    "case-status-changed": _l("Status of the case changed"),
    "case-request-made": _l("Request to complete"),
    "case-request-reminder": _l("Reminder of a request's deadline"),
    "message-posted": _l("New message from the office"),
    "message-unread": _l("Reminder of an unread message"),
    "annex-invited": _l("Invitation to fill in an annex"),
    "account-activation": _l("Confirmation of an account's e-mail address"),
    "account-already-registered": _l("Registration with an address that has an account"),
    "password-reset": _l("Link to set a new password"),
    "password-changed": _l("Password changed"),
    "phone-confirmation": _l("Code to confirm a phone number"),
    "printout-ready": _l("Printout ready"),
}
WAITING = (State.CREATED, State.TEMPORARY_FAILURE)
FAILED_PAGE = 100


@dataclass(frozen=True)
class Summary:
    depth: int  # waiting to be sent (created or to be tried again)
    oldest: dt.datetime | None
    oldest_age: dt.timedelta | None
    failures: list[tuple[str, str, int]]  # state, reason, count


def summary() -> Summary:
    depth, oldest = db.session.execute(
        select(func.count(Notification.id), func.min(Notification.created_at)).where(Notification.state.in_(WAITING))
    ).one()
    failures = db.session.execute(
        select(Notification.state, Notification.failure_reason, func.count(Notification.id))
        .where(Notification.state.in_((State.TEMPORARY_FAILURE, State.PERMANENT_FAILURE, State.TECHNICAL_FAILURE)))
        .group_by(Notification.state, Notification.failure_reason)
        .order_by(func.count(Notification.id).desc())
    ).all()
    return Summary(
        depth,
        oldest,
        utcnow() - oldest if oldest is not None else None,
        [(state, reason or "—", count) for state, reason, count in failures],
    )


def failed_rows() -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.state.in_((State.PERMANENT_FAILURE, State.TECHNICAL_FAILURE)))
            .order_by(Notification.id.desc())
            .limit(FAILED_PAGE)
        )
    )


def previews(event: str, channel: str, edited: dict[str, tuple[str | None, str]]) -> list[tuple[str, str | None, str]]:
    """Each language's text with sample values: the one being edited as typed, the others as saved.
    A text that cannot be rendered shows as typed."""
    values = catalog.sample_values(event)
    shown = []
    for language in catalog.LANGUAGES:
        template = catalog.current(event, channel, language)
        subject, body = edited.get(language, (template.subject, template.body))
        with contextlib.suppress(KeyError, ValueError, IndexError, AttributeError):
            subject, body = catalog.render(catalog.Template(event, channel, language, 0, subject, body), values)
        shown.append((language, subject, body))
    return shown
