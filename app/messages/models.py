"""A case's thread between the applicant and the office: the office's messages (a message,
information, or a request to complete or pay, which is the case's request as well), the replies
of the applicant (or of the employer, in the thread of the annex they filled in), the files
attached to replies, and the office's canned texts."""

from __future__ import annotations

import datetime as dt

from flask_appbuilder import Model
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.clock import utcnow

KINDS = ("message", "information", "request")  # the office's; a reply is a "message" not from the office
UNREAD = text("read_at IS NULL")


class Message(Model):
    """One message of a case's thread. ``body`` is the text the reader reads (in ``language``);
    ``body_pl`` the Polish text the clerk saw beside it when a canned text was used. ``read_at``
    is when the other side first opened it: the applicant for the office's messages (the read
    receipt), the office for a reply (the work queue's unread replies)."""

    __tablename__ = "case_message"
    __table_args__ = (
        Index("ix_case_message_case", "case_id", "id"),
        # unread messages only (a small share): the queue's unread replies, the applicant's count
        Index("ix_case_message_unread", "case_id", "from_office", postgresql_where=UNREAD, sqlite_where=UNREAD),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False)
    # set in the thread of an employer's annex: only that employer and the office read it
    annex_id: Mapped[int | None] = mapped_column(ForeignKey("form_annex.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    from_office: Mapped[bool] = mapped_column(Boolean, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), default="message", nullable=False)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("case_request.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, default="", nullable=False)
    body_pl: Mapped[str] = mapped_column(Text, default="", nullable=False)
    language: Mapped[str] = mapped_column(String(5), default="pl", nullable=False)
    canned_key: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    sms: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    attachments: Mapped[list[MessageAttachment]] = relationship(
        back_populates="message", order_by="MessageAttachment.id", cascade="all, delete-orphan"
    )
    request = relationship("CaseRequest")


class MessageAttachment(Model):
    """A file attached to a reply: PDF, JPEG or PNG by its content, kept outside the web root
    under a generated name (as the scans of an application are)."""

    __tablename__ = "case_message_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("case_message.id", ondelete="CASCADE"), nullable=False, index=True
    )
    stored_name: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    original_name: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(40), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    message: Mapped[Message] = relationship(back_populates="attachments")


class CannedText(Model):
    """A text the clerks send often, per language (``{"pl": …, "en": …, "ru": …, "uk": …}``), with
    placeholders filled from the case: {signature}, {deadline}, {kind_of_case}, {due_on}."""

    __tablename__ = "message_canned_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), default="message", nullable=False)
    title: Mapped[dict] = mapped_column(JSON, default=dict, nullable=False)
    body: Mapped[dict] = mapped_column(JSON, default=dict, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    # set when an administrator or supervisor saved it in the back office: the seed no longer rewrites it
    edited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    edited_by: Mapped[str] = mapped_column(String(200), default="", server_default="", nullable=False)
