"""A notification is a row, written in the transaction of the event that causes it and delivered by
a durable job; a template is versioned, and each notification records the version it was made from."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from flask_appbuilder import Model
from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.clock import utcnow
from plugins.notifications.states import RANK, State

STATES = ", ".join(f"'{state}'" for state in RANK)


class Notification(Model):
    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint(f"state IN ({STATES})", name="ck_notification_state"),
        CheckConstraint("channel IN ('email', 'sms')", name="ck_notification_channel"),
        Index("ix_notification_case", "case_id", "id"),
        Index("ix_notification_state_created", "state", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(40), nullable=False)  # the template's event key
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id", ondelete="SET NULL"))
    address: Mapped[str] = mapped_column(String(254), nullable=False)  # e-mail address or phone number
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    template_version: Mapped[int] = mapped_column(Integer, nullable=False)
    values: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)  # the placeholders: nothing personal
    state: Mapped[str] = mapped_column(String(20), default=State.CREATED, nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the e-mail's Message-ID or the SMS's idx, fixed when the row is written: a resend after a
    # crash carries the same one, so the provider (or the reader) can recognise it
    our_id: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    provider_id: Mapped[str | None] = mapped_column(String(100), index=True)
    failure_reason: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # an SMS not sent by then is dropped
    fallback_of_id: Mapped[int | None] = mapped_column(ForeignKey("notification.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # the provider took it
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # reached a final state


def new_our_id(channel: str) -> str:
    token = secrets.token_hex(8)
    return f"<{token}@przybysz>" if channel == "email" else f"pz{token}"


class NotificationTemplate(Model):
    """An administrator's version of a template; the versions shipped with the plugin are in
    templates.yaml, and a saved version always numbers above them."""

    __tablename__ = "notification_template"
    __table_args__ = (UniqueConstraint("event", "channel", "language", "version", name="uq_notification_template"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(40), nullable=False)
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
