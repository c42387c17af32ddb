"""Writing notifications and delivering them.

``notify(...)`` writes a row in the caller's transaction and asks the durable jobs to deliver it
(an SMS in quiet hours waits for the morning, unless the person waits for it now: AT_ANY_HOUR).
``deliver(id)`` is that job: it sends through the channel and records the outcome; a refusal for now
is tried again later with a growing pause, up to NOTIFICATION_ATTEMPTS, then given up as
technical-failure; a permanent refusal flags the address on the account and, for an SMS, sends the
same news by e-mail.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from flask import current_app
from sqlalchemy import select

from app.clock import OFFICE_TZ, utcnow
from app.extensions import db
from app.jobs import enqueue, enqueue_at
from plugins.notifications import catalog, channels
from plugins.notifications.models import Notification, new_our_id
from plugins.notifications.states import FINAL, Channel, State, may_move

log = logging.getLogger(__name__)
QUIET_FROM, QUIET_UNTIL = dt.time(21, 0), dt.time(8, 0)
BACKOFF_SECONDS = (60, 300, 900, 3600, 4 * 3600)
# SMS the person waits for on the page now: sent in quiet hours too, and of no use after the time given
# (the phone number's code works for 10 minutes)
AT_ANY_HOUR = {"phone-confirmation": dt.timedelta(minutes=10)}


def notify(
    event: str,
    channel: str,
    address: str,
    language: str,
    values: dict[str, str],
    *,
    user_id: int | None = None,
    case_id: int | None = None,
    not_before: dt.datetime | None = None,
    fallback_of_id: int | None = None,
) -> Notification:
    """Write one notification (flushed) and its delivery job, both in the current transaction."""
    language = language if language in catalog.LANGUAGES else "pl"
    template = catalog.current(event, channel, language)
    now = utcnow()
    due = max(not_before or now, now)
    expires_at = None
    if channel == Channel.SMS and event in AT_ANY_HOUR:
        expires_at = due + AT_ANY_HOUR[event]
    elif channel == Channel.SMS:
        due = after_quiet_hours(due)
        expires_at = due + dt.timedelta(hours=current_app.config["SMS_VALID_HOURS"])
    row = Notification(
        event=event,
        channel=channel,
        user_id=user_id,
        case_id=case_id,
        address=address,
        language=language,
        template_version=template.version,
        values=dict(values),
        state=State.CREATED,
        our_id=new_our_id(channel),
        next_attempt_at=due,
        expires_at=expires_at,
        fallback_of_id=fallback_of_id,
        created_at=now,
    )
    db.session.add(row)
    db.session.flush()
    if due > now:
        enqueue_at(due, deliver, row.id)
    else:
        enqueue(deliver, row.id)
    return row


def after_quiet_hours(when: dt.datetime) -> dt.datetime:
    """``when`` (naive UTC), or 08:00 Warsaw time after it if it falls between 21:00 and 08:00."""
    local = when.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ)
    if QUIET_UNTIL <= local.time() < QUIET_FROM:
        return when
    morning = local.date() if local.time() < QUIET_UNTIL else local.date() + dt.timedelta(days=1)
    release = dt.datetime.combine(morning, QUIET_UNTIL, tzinfo=OFFICE_TZ)
    return release.astimezone(dt.UTC).replace(tzinfo=None)


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


def deliver(notification_id: int) -> None:
    """Job: send one notification and record what became of it (the worker commits)."""
    row = db.session.scalars(
        select(Notification).where(Notification.id == notification_id).with_for_update()
    ).one_or_none()
    now = utcnow()
    if row is None or row.state not in (State.CREATED, State.TEMPORARY_FAILURE):
        return  # sent already, or given up: a repeated job sends nothing twice
    if row.next_attempt_at is not None and row.next_attempt_at > now:
        return  # its own job is due later
    if row.expires_at is not None and row.expires_at <= now:
        move(row, State.TECHNICAL_FAILURE, reason="expired before it could be sent")
        return
    from plugins.notifications.account_mail import values_when_sent

    secret = values_when_sent(row.event, row.user_id, row.address)  # a link's token or a code: made now, never stored
    if secret is None:
        move(row, State.TECHNICAL_FAILURE, reason="the account it was for is gone or disabled")
        return
    from plugins.notifications.receivers import visit_change_link

    secret = {**secret, **visit_change_link(row.event, row.values)}
    template = catalog.version(row.event, row.channel, row.language, row.template_version)
    subject, body = catalog.render(template, {**row.values, **secret})
    outgoing = channels.Outgoing(row.our_id, row.address, subject, body, row.expires_at)
    outcome = channels.for_channel(row.channel).send(outgoing)
    row.attempts += 1
    if outcome.state == State.TEMPORARY_FAILURE:
        if row.attempts >= current_app.config["NOTIFICATION_ATTEMPTS"]:
            move(row, State.TECHNICAL_FAILURE, reason=outcome.reason)
            return
        row.next_attempt_at = now + backoff(row.attempts)
        move(row, State.TEMPORARY_FAILURE, reason=outcome.reason)
        enqueue_at(row.next_attempt_at, deliver, row.id)
        return
    row.next_attempt_at = None
    row.sent_at = now if outcome.state != State.PERMANENT_FAILURE else None
    row.provider_id = outcome.provider_id or row.provider_id
    move(row, outcome.state, reason=outcome.reason)


def move(row: Notification, state: State, reason: str | None = None) -> bool:
    """Record a new state if it moves forward (False, and nothing changes, otherwise); a permanent
    failure flags the address and sends an SMS's news by e-mail."""
    if not may_move(row.state, state):
        return False
    row.state = state
    if state in (State.SENDING, State.SENT, State.DELIVERED):
        row.failure_reason = None
    elif reason is not None:
        row.failure_reason = reason
    if state in FINAL:
        row.done_at = utcnow()
        row.next_attempt_at = None
    if state == State.PERMANENT_FAILURE:
        _address_failed(row)
    if state == State.DELIVERED and row.channel == Channel.EMAIL:
        _address_works(row)
    db.session.flush()
    return True


def _address_works(row: Notification) -> None:
    from app.accounts.models import PortalUser

    user = db.session.get(PortalUser, row.user_id) if row.user_id is not None else None
    if user is not None and user.email_failed_at is not None and (user.email or "").lower() == row.address.lower():
        user.email_failed_at = None


def _address_failed(row: Notification) -> None:
    from app.accounts.models import PortalUser

    user = db.session.get(PortalUser, row.user_id) if row.user_id is not None else None
    if user is None:
        return
    now = utcnow()
    if row.channel == Channel.EMAIL and (user.email or "").lower() == row.address.lower():
        user.email_failed_at = now
    if row.channel == Channel.SMS:
        if user.phone == row.address:
            user.phone_failed_at = now
        # the same news by e-mail, for an event that has one (a phone number's code has not)
        if user.email and getattr(user, "notify_by_email", True) and Channel.EMAIL in catalog.channels(row.event):
            notify(
                row.event,
                Channel.EMAIL,
                user.email,
                row.language,
                row.values,
                user_id=user.id,
                case_id=row.case_id,
                fallback_of_id=row.id,
            )


def requeue(row: Notification) -> bool:
    """An administrator sends a failed notification again, as a new row with a new id (the failed
    one stays as it was: states never go back)."""
    from app.accounts.models import PortalUser

    if row.state not in (State.TECHNICAL_FAILURE, State.PERMANENT_FAILURE):
        return False
    address = row.address
    user = db.session.get(PortalUser, row.user_id) if row.user_id is not None else None
    if user is not None:  # the account's address now: the owner may have corrected it
        address = (user.email if row.channel == Channel.EMAIL else user.phone) or address
    notify(row.event, row.channel, address, row.language, row.values, user_id=row.user_id, case_id=row.case_id)
    return True


def timeline(case_id: int) -> list[Notification]:
    return list(
        db.session.scalars(select(Notification).where(Notification.case_id == case_id).order_by(Notification.id))
    )


def values_for(**values: Any) -> dict[str, str]:
    return {name: str(value) for name, value in values.items()}
