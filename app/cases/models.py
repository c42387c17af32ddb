"""Cases: what the office handles after an application reaches it (the paper version accepted at
the desk, or the application filed electronically), with the history of its statuses."""

from __future__ import annotations

import datetime as dt

from flask_appbuilder import Model
from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.models import CaseStatus, CaseType
from app.clock import utcnow

OPEN = text("closed_at IS NULL")
CLOSED = text("closed_at IS NOT NULL")
UNASSIGNED = text("closed_at IS NULL AND clerk_id IS NULL")
FILTERS = ["case_type_id", "status_id", "service_point_id", "filed_on"]  # the work queue's filters
OPEN_INDEX = {"postgresql_where": OPEN, "sqlite_where": OPEN, "postgresql_include": FILTERS}
RESULTS = ("granted", "refused", "left-unexamined", "discontinued", "withdrawn")


class Case(Model):
    __tablename__ = "case_record"
    # The work queue reads open cases only (a small share of the register), soonest deadline first:
    # partial indexes hold just those, in that order, for each tab, with the filters' columns
    # included so that a filtered tab is counted from the index alone. Employers page through their
    # employees' cases by the latest change (with the applicant, for a search by name); the
    # case-management system polls changes since a time; the dashboard's median reads the cases
    # closed in the last year.
    __table_args__ = (
        Index("ix_case_record_open_clerk", "clerk_id", "deadline", "id", **OPEN_INDEX),
        Index(
            "ix_case_record_unassigned",
            "deadline",
            "id",
            postgresql_where=UNASSIGNED,
            sqlite_where=UNASSIGNED,
            postgresql_include=FILTERS,
        ),
        Index("ix_case_record_open_deadline", "deadline", "id", **OPEN_INDEX),
        Index("ix_case_record_open_status", "status_id", "deadline", "id", **OPEN_INDEX),
        Index("ix_case_record_employer", "employer_id", "public_changed_at", "id", postgresql_include=["applicant_id"]),
        Index("ix_case_record_changed", "status_changed_at", "id"),
        Index("ix_case_record_closed", "closed_at", postgresql_where=CLOSED, sqlite_where=CLOSED),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)  # SOC-II.6151.123.2026
    case_type_id: Mapped[int] = mapped_column(ForeignKey("case_type.id", ondelete="RESTRICT"), nullable=False)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("form_submission.id", ondelete="RESTRICT"), unique=True, nullable=False
    )
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"), index=True)
    # the applicant's name as the application gives it, in Latin letters ("surname, given names"),
    # and every name on the application folded (lower case, no diacritics) for the queue's search
    applicant_name: Mapped[str] = mapped_column(String(300), default="", nullable=False)
    name_key: Mapped[str] = mapped_column(String(1000), default="", nullable=False)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_point.id", ondelete="SET NULL"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    status_id: Mapped[int] = mapped_column(ForeignKey("case_status.id", ondelete="RESTRICT"), nullable=False)
    # the last status the applicant may see (an internal one is never shown to them)
    public_status_id: Mapped[int] = mapped_column(ForeignKey("case_status.id", ondelete="RESTRICT"), nullable=False)
    status_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    public_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    filed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    appearance_on: Mapped[dt.date | None] = mapped_column(Date)
    complete_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)  # the legal deadline, from the kind of case's rule
    suspended_on: Mapped[dt.date | None] = mapped_column(Date)
    suspension_reason: Mapped[str | None] = mapped_column(String(500))
    suspended_days: Mapped[int] = mapped_column(Integer, default=0, nullable=False)  # ended suspensions
    result: Mapped[str | None] = mapped_column(String(20))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    case_type: Mapped[CaseType] = relationship(lazy="joined")
    status: Mapped[CaseStatus] = relationship(foreign_keys=[status_id], lazy="joined")
    public_status: Mapped[CaseStatus] = relationship(foreign_keys=[public_status_id], lazy="joined")
    applicant = relationship("PortalUser", foreign_keys=[applicant_id])
    clerk = relationship("PortalUser", foreign_keys=[clerk_id])
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", order_by="CaseEvent.id", cascade="all, delete-orphan"
    )
    requests: Mapped[list[CaseRequest]] = relationship(
        back_populates="case", order_by="CaseRequest.id", cascade="all, delete-orphan"
    )

    @property
    def open_request(self) -> CaseRequest | None:
        return next((r for r in reversed(self.requests) if r.answered_at is None), None)

    def __str__(self) -> str:
        return self.signature


class CaseEvent(Model):
    """One line of a case's history: a status change, an assignment, a suspension, a closing.
    ``internal_note`` is for the office; ``public_note`` is shown to the applicant."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # opened, status, assigned, request, suspended …
    status_id: Mapped[int] = mapped_column(ForeignKey("case_status.id", ondelete="RESTRICT"), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    by_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    internal_note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    public_note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # a request's line: what the clerk asked for (the ticked requirements and their words)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("case_request.id", ondelete="SET NULL"))

    case: Mapped[Case] = relationship(back_populates="events")
    status: Mapped[CaseStatus] = relationship(lazy="joined")
    request: Mapped[CaseRequest | None] = relationship()


class SignatureCounter(Model):
    """The last number in the office's register of a year (one atomic upsert per new case)."""

    __tablename__ = "case_signature_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class CaseAccess(Model):
    """Each time staff open a case or download its documents (GDPR art. 5(2) and 32): written in
    the same transaction as the reading, never changed or deleted by the application."""

    __tablename__ = "case_access_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="RESTRICT"), nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(100), nullable=False)  # the staff roles the user held
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # view, download
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)


class CaseRequest(Model):
    """A request to complete the application or pay the fee (wezwanie): what is missing, in the
    words of the kind of case's requirements (copied as they were) and the clerk's own, and by
    when (calendar days, KPA art. 64 § 2: 7 by default)."""

    __tablename__ = "case_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False, index=True)
    items: Mapped[list] = mapped_column(JSON, default=list, nullable=False)  # [{"pl": …, "en": …, …}]
    free_text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    by_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    case: Mapped[Case] = relationship(back_populates="requests")


class ExternalEvent(Model):
    """A status change pushed by the office's case-management system, kept by its event id so that
    a delivery repeated by the sender changes nothing."""

    __tablename__ = "case_external_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
