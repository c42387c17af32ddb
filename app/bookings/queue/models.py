"""The built-in queue's tickets: one per visitor who came, numbered per service and day (B017), with
the moments the queue's statistics are made of (issued, called, started, finished)."""

from __future__ import annotations

import datetime as dt
import enum

from flask_appbuilder import Model
from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.bookings.models import Counter, Visit, VisitService
from app.clock import utcnow


class TicketState(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"  # shown on the board, the visitor walks to the counter
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no-show"  # called three times and did not come


class TicketKind(enum.StrEnum):
    BOOKED = "booked"  # checked in with a booking code on time
    WALK_IN = "walk-in"  # no booking, or came too late for it


class Ticket(Model):
    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("service_point_id", "day", "letter", "number", name="uq_queue_ticket_number"),
        CheckConstraint("state IN ('waiting', 'called', 'serving', 'done', 'no-show')", name="ck_queue_ticket_state"),
        CheckConstraint("kind IN ('booked', 'walk-in')", name="ck_queue_ticket_kind"),
        CheckConstraint("calls BETWEEN 0 AND 3", name="ck_queue_ticket_calls"),
        Index("ix_queue_ticket_point_day_state", "service_point_id", "day", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(24), unique=True, nullable=False)  # the printable ticket's address
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    service_id: Mapped[int] = mapped_column(ForeignKey("visit_service.id", ondelete="CASCADE"), nullable=False)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"), unique=True)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)  # the office's day
    letter: Mapped[str] = mapped_column(String(1), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    state: Mapped[str] = mapped_column(String(8), default=TicketState.WAITING, nullable=False)
    language: Mapped[str] = mapped_column(String(2), default="pl", nullable=False)  # the board speaks it
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # the booked slot's start
    for_counter_id: Mapped[int | None] = mapped_column(ForeignKey("visit_counter.id", ondelete="SET NULL"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("visit_counter.id", ondelete="SET NULL"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    calls: Mapped[int] = mapped_column(SmallInteger, default=0, nullable=False)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    first_called_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    called_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    service: Mapped[VisitService] = relationship()
    visit: Mapped[Visit | None] = relationship()
    counter: Mapped[Counter | None] = relationship(foreign_keys=[counter_id])

    @property
    def label(self) -> str:
        return f"{self.letter}{self.number:03d}"


class TicketNumber(Model):
    """The last number given for a letter of a point on a day: taken by one upsert, so two kiosks
    never print the same number. A transferred ticket keeps its number under another service."""

    __tablename__ = "queue_ticket_number"
    __table_args__ = (UniqueConstraint("service_point_id", "letter", "day", name="uq_queue_ticket_number_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    letter: Mapped[str] = mapped_column(String(1), nullable=False)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)
