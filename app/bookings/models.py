"""Visits at the service points: what each point offers (services, counters, weekly plans,
closures), the slots released from the plans, and the visits booked into them.

Plans and closures speak office time (Europe/Warsaw, "HH:MM" and dates), as the office does; slots
and visits are stored in UTC. A slot's places are counted in the slot itself (``taken`` never above
``capacity``, a check of the database), and a visit takes a place with one conditional ``UPDATE``,
so two people can never get the same last place, whichever web process they reach.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from flask_appbuilder import Model
from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.clock import utcnow
from app.content.models import four_languages
from app.offices.models import ServicePoint


class BookingMode(enum.StrEnum):
    CHOOSE = "choose"  # the applicant picks a free slot
    ALLOCATE = "allocate"  # requests collected over a window are given dates by a draw


class Needs(enum.StrEnum):
    """What a visit for the service must be about."""

    APPLICATION = "application"  # a submitted application (its PIO number)
    CASE = "case"  # a case the office opened
    EITHER = "either"


def _name() -> String:
    return String(200)


class VisitService(four_languages("name", _name), four_languages("bring", Text, required=False), Model):
    """A service of a point: handing in the paper application, fingerprints, completing documents,
    collecting the residence card, a consultation."""

    __tablename__ = "visit_service"
    __table_args__ = (
        UniqueConstraint("service_point_id", "code", name="uq_visit_service_code"),
        UniqueConstraint("service_point_id", "letter", name="uq_visit_service_letter"),
        CheckConstraint("duration_minutes BETWEEN 5 AND 240", name="ck_visit_service_duration"),
        CheckConstraint("needs IN ('application', 'case', 'either')", name="ck_visit_service_needs"),
        CheckConstraint("mode IN ('choose', 'allocate')", name="ck_visit_service_mode"),
        CheckConstraint("lead_hours >= 0 AND horizon_days >= 1 AND cutoff_hours >= 0", name="ck_visit_service_times"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    letter: Mapped[str] = mapped_column(String(1), nullable=False)  # on the queue ticket: B017
    duration_minutes: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    needs: Mapped[str] = mapped_column(String(16), default=Needs.EITHER, nullable=False)
    form_codes: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)  # empty: any form
    case_type_codes: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)  # empty: any kind
    walk_ins: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    mode: Mapped[str] = mapped_column(String(16), default=BookingMode.CHOOSE, nullable=False)
    stay_priority: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )  # draw: soonest stay end first
    lead_hours: Mapped[int] = mapped_column(Integer, default=24, nullable=False)  # the earliest slot offered
    horizon_days: Mapped[int] = mapped_column(Integer, default=60, nullable=False)  # the latest day offered
    cutoff_hours: Mapped[int] = mapped_column(Integer, default=24, nullable=False)  # changes allowed until
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    service_point: Mapped[ServicePoint] = relationship()
    plans: Mapped[list[VisitPlan]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="(VisitPlan.weekday, VisitPlan.starts)"
    )

    def text(self, field: str, language: str) -> str:
        """The field in the reader's language, or in Polish when that version is missing."""
        return getattr(self, f"{field}_{language}", None) or getattr(self, f"{field}_pl") or ""

    def __str__(self) -> str:
        return f"{self.letter} – {self.name_pl}"


counter_service = Table(
    "visit_counter_service",
    Model.metadata,
    Column("counter_id", ForeignKey("visit_counter.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("visit_service.id", ondelete="CASCADE"), primary_key=True),
)


class Counter(Model):
    """A desk of a service point where visitors are called, and the services it handles."""

    __tablename__ = "visit_counter"
    __table_args__ = (UniqueConstraint("service_point_id", "number", name="uq_visit_counter_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # shown on the board: "counter 3"
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    service_point: Mapped[ServicePoint] = relationship()
    services: Mapped[list[VisitService]] = relationship(secondary=counter_service, order_by=VisitService.letter)

    def __str__(self) -> str:
        return str(self.number)


class VisitPlan(Model):
    """A weekly period in which a service takes visits: slots of the service's length from ``starts``
    to ``ends``, each with ``capacity`` places. Two periods on a day leave a break between them."""

    __tablename__ = "visit_plan"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_visit_plan_weekday"),
        CheckConstraint("starts < ends", name="ck_visit_plan_order"),
        CheckConstraint("capacity BETWEEN 1 AND 500", name="ck_visit_plan_capacity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("visit_service.id", ondelete="CASCADE"), nullable=False)
    weekday: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # 0 = Monday
    starts: Mapped[str] = mapped_column(String(5), nullable=False)  # "HH:MM", office time
    ends: Mapped[str] = mapped_column(String(5), nullable=False)
    capacity: Mapped[int] = mapped_column(SmallInteger, default=1, nullable=False)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)

    service: Mapped[VisitService] = relationship(back_populates="plans")

    def applies_on(self, day: dt.date) -> bool:
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )

    def __str__(self) -> str:
        return f"{self.weekday}: {self.starts}–{self.ends} × {self.capacity}"


class VisitClosure(four_languages("reason", _name, required=False), Model):
    """A date (or part of it) on which a point, or one of its services, takes no visits. Polish public
    holidays need none: they are closed by themselves."""

    __tablename__ = "visit_closure"
    __table_args__ = (
        CheckConstraint("starts IS NULL OR ends IS NULL OR starts < ends", name="ck_visit_closure_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("visit_service.id", ondelete="CASCADE"))  # None: all
    day: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    starts: Mapped[str | None] = mapped_column(String(5))  # None: from the morning
    ends: Mapped[str | None] = mapped_column(String(5))  # None: to the evening

    service_point: Mapped[ServicePoint] = relationship()
    service: Mapped[VisitService | None] = relationship()

    def covers(self, service: VisitService, day: dt.date, starts: str, ends: str) -> bool:
        """Whether a slot of the service on that day, from ``starts`` to ``ends``, falls in it."""
        if self.day != day or self.service_point_id != service.service_point_id:
            return False
        if self.service_id is not None and self.service_id != service.id:
            return False
        return (self.starts is None or self.starts < ends) and (self.ends is None or starts < self.ends)

    def __str__(self) -> str:
        return f"{self.day} {self.starts or ''}–{self.ends or ''}"


class VisitSlot(Model):
    """A released time of a service, with its places: ``taken`` counts the visits held or booked in it."""

    __tablename__ = "visit_slot"
    __table_args__ = (
        UniqueConstraint("service_id", "starts_at", name="uq_visit_slot_time"),
        CheckConstraint("taken >= 0 AND taken <= capacity", name="ck_visit_slot_places"),
        Index("ix_visit_slot_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("visit_service.id", ondelete="CASCADE"), nullable=False)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)  # UTC
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    capacity: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    taken: Mapped[int] = mapped_column(SmallInteger, default=0, nullable=False)
    released_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    service: Mapped[VisitService] = relationship()

    @property
    def free(self) -> int:
        return self.capacity - self.taken


class VisitDraw(Model):
    """One draw of a service's requests: the seed it was made with and the order it gave, kept so that
    the office can repeat it and show that the order came from the seed, not from who clicked first."""

    __tablename__ = "visit_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("visit_service.id", ondelete="CASCADE"), nullable=False)
    seed: Mapped[str] = mapped_column(String(32), nullable=False)  # hex
    priority_by_stay: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    drawn_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    order: Mapped[list[int]] = mapped_column(JSON, nullable=False)  # the requests' visit ids, in drawn order
    given: Mapped[int] = mapped_column(Integer, default=0, nullable=False)  # how many got a date

    service: Mapped[VisitService] = relationship()

    @property
    def repeats(self) -> bool:
        """Whether the kept seed gives the kept order again from the requests this draw took in."""
        from app.bookings.draw import repeats

        return repeats(self)


class VisitState(enum.StrEnum):
    HELD = "held"  # a place kept for a few minutes while the person confirms
    REQUESTED = "requested"  # waiting for the draw (allocation)
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked-in"  # a ticket was printed at the kiosk
    SERVED = "served"
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # a hold not confirmed in time
    NO_SHOW = "no-show"


ACTIVE = (VisitState.HELD, VisitState.REQUESTED, VisitState.CONFIRMED, VisitState.CHECKED_IN)
_ACTIVE_SQL = "state IN ('held', 'requested', 'confirmed', 'checked-in')"


def _active_where(column: str) -> dict[str, Any]:
    condition = text(f"{_ACTIVE_SQL} AND {column} IS NOT NULL")
    return {"postgresql_where": condition, "sqlite_where": condition}


class Visit(Model):
    """A visit of one person for one service, about an application or a case. At most one active
    visit per application (or case) and service: a unique index of the database says so."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint(
            "state IN ('held', 'requested', 'confirmed', 'checked-in', 'served', 'cancelled', 'expired', 'no-show')",
            name="ck_visit_state",
        ),
        CheckConstraint("submission_id IS NOT NULL OR case_id IS NOT NULL", name="ck_visit_about"),
        Index(
            "uq_visit_active_submission", "service_id", "submission_id", unique=True, **_active_where("submission_id")
        ),
        Index("uq_visit_active_case", "service_id", "case_id", unique=True, **_active_where("case_id")),
        Index("ix_visit_slot_state", "slot_id", "state"),
        Index("ix_visit_person", "person_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True, nullable=False)  # typed or scanned at the kiosk
    service_id: Mapped[int] = mapped_column(ForeignKey("visit_service.id"), nullable=False)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("visit_slot.id"))  # None: waiting for the draw
    person_id: Mapped[int] = mapped_column(ForeignKey("ab_user.id", ondelete="CASCADE"), nullable=False)
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("form_submission.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    language: Mapped[str] = mapped_column(String(2), default="pl", nullable=False)  # the person's, for notices
    held_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # a request for the draw: the half-days the person cannot come ("0-am" … "4-pm", Monday = 0), and
    # the day their legal stay ends when the service gives priority to the soonest
    cannot: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]", nullable=False)
    stay_ends_on: Mapped[dt.date | None] = mapped_column(Date)
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("visit_draw.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # after repeated no-shows the person confirms on the day before that they will come, or the place
    # is given back (bookings/reconfirmation.py)
    must_reconfirm: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    reconfirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    service: Mapped[VisitService] = relationship()
    slot: Mapped[VisitSlot | None] = relationship()
    person = relationship("PortalUser", foreign_keys=[person_id])


class VisitFeed(Model):
    """An employer's private calendar address of their employees' visits: only the hash of its secret
    is kept; renewing it makes a new secret and the old address stops working."""

    __tablename__ = "visit_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("ab_user.id", ondelete="CASCADE"), unique=True, nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
