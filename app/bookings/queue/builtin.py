"""The built-in queue: tickets in the portal's database, numbered per service and day.

A counter calls the next ticket with one conditional ``UPDATE … WHERE state = 'waiting'``, so two
clerks pressing "call next" at once never get the same visitor. The order: tickets sent over from
another counter or service first, then booked visitors by their slot, then walk-ins as they came.
Services flush; the edge commits."""

from __future__ import annotations

import datetime as dt
import math
import secrets

from flask import current_app
from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from app import signals
from app.bookings.models import Counter, Visit, VisitService, VisitState, counter_service
from app.bookings.queue import (
    MAX_CALLS,
    Arrival,
    Arrived,
    Board,
    Call,
    NotAtCounter,
    NoWalkIns,
    TicketInfo,
    Wait,
)
from app.bookings.queue.models import Ticket, TicketKind, TicketNumber, TicketState
from app.bookings.services import normalise_code
from app.clock import office_date, utcnow
from app.extensions import db

BOARD_CALLS = 8  # the most recent calls a board shows
RECENT_COUNTERS_MINUTES = 60  # counters that called a service's ticket this recently are taken as open for it


class _CheckedInMeanwhile(Exception):
    pass


def info(ticket: Ticket) -> TicketInfo:
    return TicketInfo(
        id=ticket.id,
        public_id=ticket.public_id,
        label=ticket.label,
        point_id=ticket.service_point_id,
        service_id=ticket.service_id,
        kind=ticket.kind,
        state=ticket.state,
        language=ticket.language,
        calls=ticket.calls,
        counter_id=ticket.counter_id,
        counter_number=ticket.counter.number if ticket.counter is not None else None,
        for_counter_id=ticket.for_counter_id,
        issued_at=ticket.issued_at,
        due_at=ticket.due_at,
        called_at=ticket.called_at,
        started_at=ticket.started_at,
        visit_id=ticket.visit_id,
    )


def _next_number(service: VisitService, day: dt.date) -> int:
    insert = postgresql.insert if db.session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(TicketNumber).values(
        service_point_id=service.service_point_id, letter=service.letter, day=day, last=1
    )
    statement = statement.on_conflict_do_update(
        index_elements=["service_point_id", "letter", "day"], set_={"last": TicketNumber.last + 1}
    ).returning(TicketNumber.last)
    return db.session.execute(statement).scalar_one()


def _changed(ticket: Ticket) -> None:
    signals.ticket_changed.send(signals.TicketChanged(ticket.id, ticket.service_point_id, ticket.state))


def _issue(service: VisitService, kind: TicketKind, language: str, now: dt.datetime, visit: Visit | None) -> Ticket:
    day = office_date(now)
    ticket = Ticket(
        public_id=secrets.token_urlsafe(12),
        service_point_id=service.service_point_id,
        service_id=service.id,
        visit_id=visit.id if visit is not None else None,
        day=day,
        letter=service.letter,
        number=_next_number(service, day),
        kind=kind,
        state=TicketState.WAITING,
        language=language,
        due_at=visit.slot.starts_at if visit is not None and kind == TicketKind.BOOKED else None,
        issued_at=now,
    )
    db.session.add(ticket)
    db.session.flush()
    _changed(ticket)
    return ticket


def _active_counters(service_id: int) -> int:
    query = select(func.count()).select_from(counter_service).join(Counter, Counter.id == counter_service.c.counter_id)
    return db.session.scalar(query.where(counter_service.c.service_id == service_id, Counter.active)) or 0


class BuiltinQueue:
    """The portal's own queue (see the module's docstring)."""

    def arrive(self, point_id: int, code: str, language: str, now: dt.datetime) -> Arrival:
        typed = normalise_code(code)
        visit = db.session.scalar(select(Visit).where(Visit.code == typed)) if typed else None
        if visit is None or visit.slot is None:
            return Arrival(Arrived.NOT_BOOKED)
        if visit.service.service_point_id != point_id:
            return Arrival(Arrived.OTHER_POINT, point_id=visit.service.service_point_id)
        today = office_date(now)
        existing = db.session.scalar(select(Ticket).where(Ticket.visit_id == visit.id))
        if existing is not None:
            if existing.day == today and existing.state in (TicketState.WAITING, TicketState.CALLED):
                return Arrival(Arrived.REPRINT, info(existing))
            return Arrival(Arrived.NOT_BOOKED)
        if visit.state != VisitState.CONFIRMED:
            return Arrival(Arrived.NOT_BOOKED)
        starts_at = visit.slot.starts_at
        if office_date(starts_at) != today:
            return Arrival(Arrived.OTHER_DAY, starts_at=starts_at)
        around = dt.timedelta(minutes=current_app.config["QUEUE_CHECK_IN_MINUTES"])
        if now < starts_at - around:
            return Arrival(Arrived.EARLY, starts_at=starts_at)
        kind = TicketKind.BOOKED
        if now > starts_at + around:
            if not visit.service.walk_ins:
                return Arrival(Arrived.LATE, starts_at=starts_at)
            kind = TicketKind.WALK_IN
        try:
            with db.session.begin_nested():
                checked_in = db.session.execute(
                    update(Visit)
                    .where(Visit.id == visit.id, Visit.state == VisitState.CONFIRMED)
                    .values(state=VisitState.CHECKED_IN)
                    .execution_options(synchronize_session=False)
                ).rowcount
                if checked_in != 1:
                    raise _CheckedInMeanwhile
                ticket = _issue(visit.service, kind, language, now, visit)
        except (IntegrityError, _CheckedInMeanwhile):  # the same code at two kiosks at once: one has the ticket
            db.session.expire_all()
            existing = db.session.scalar(select(Ticket).where(Ticket.visit_id == visit.id))
            return Arrival(Arrived.REPRINT, info(existing)) if existing else Arrival(Arrived.NOT_BOOKED)
        db.session.refresh(visit)
        return Arrival(Arrived.CHECKED_IN if kind == TicketKind.BOOKED else Arrived.WALK_IN, info(ticket))

    def walk_in(self, point_id: int, service_id: int, language: str, now: dt.datetime) -> TicketInfo:
        service = db.session.get(VisitService, service_id)
        if service is None or service.service_point_id != point_id or not service.active or not service.walk_ins:
            raise NoWalkIns
        return info(_issue(service, TicketKind.WALK_IN, language, now, None))

    def ticket(self, public_id: str) -> TicketInfo | None:
        found = db.session.scalar(select(Ticket).where(Ticket.public_id == public_id))
        return info(found) if found is not None else None

    def at_counter(self, counter_id: int, now: dt.datetime) -> TicketInfo | None:
        query = select(Ticket).where(
            Ticket.counter_id == counter_id,
            Ticket.day == office_date(now),
            Ticket.state.in_((TicketState.CALLED, TicketState.SERVING)),
        )
        found = db.session.scalars(query.order_by(Ticket.called_at.desc()).limit(1)).first()
        return info(found) if found is not None else None

    def _waiting_query(self, counter: Counter, now: dt.datetime):
        services = [service.id for service in counter.services]
        return (
            select(Ticket)
            .where(
                Ticket.service_point_id == counter.service_point_id,
                Ticket.day == office_date(now),
                Ticket.state == TicketState.WAITING,
                Ticket.service_id.in_(services),
                or_(Ticket.for_counter_id.is_(None), Ticket.for_counter_id == counter.id),
            )
            .order_by(
                case((Ticket.first_called_at.is_not(None), 0), else_=1),  # sent over from another counter
                case((Ticket.kind == TicketKind.BOOKED, 0), else_=1),
                Ticket.due_at,
                Ticket.issued_at,
                Ticket.id,
            )
        )

    def waiting(self, counter_id: int, now: dt.datetime) -> list[TicketInfo]:
        counter = db.session.get(Counter, counter_id)
        if counter is None:
            return []
        return [info(t) for t in db.session.scalars(self._waiting_query(counter, now))]

    def call_next(self, counter_id: int, clerk_id: int, now: dt.datetime) -> TicketInfo | None:
        counter = db.session.get(Counter, counter_id)
        if counter is None or not counter.active:
            raise NotAtCounter
        if self.at_counter(counter_id, now) is not None:
            raise NotAtCounter  # finish (or give up) the visitor at the counter first
        for ticket_id in db.session.scalars(self._waiting_query(counter, now).with_only_columns(Ticket.id).limit(20)):
            called = db.session.execute(
                update(Ticket)
                .where(Ticket.id == ticket_id, Ticket.state == TicketState.WAITING)
                .values(
                    state=TicketState.CALLED,
                    counter_id=counter_id,
                    clerk_id=clerk_id,
                    for_counter_id=None,
                    calls=1,
                    called_at=now,
                    first_called_at=func.coalesce(Ticket.first_called_at, now),
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            if called == 1:  # another counter may have called it a moment ago: then the next one
                ticket = db.session.get(Ticket, ticket_id)
                db.session.refresh(ticket)
                _changed(ticket)
                return info(ticket)
        return None

    def _at(self, ticket_id: int, counter_id: int, *states: str) -> Ticket:
        ticket = db.session.get(Ticket, ticket_id)
        if ticket is None or ticket.counter_id != counter_id or ticket.state not in states:
            raise NotAtCounter
        return ticket

    def _visit_to(self, ticket: Ticket, state: VisitState) -> None:
        visit = db.session.get(Visit, ticket.visit_id) if ticket.visit_id is not None else None
        if visit is not None and visit.state == VisitState.CHECKED_IN:
            visit.state = state

    @staticmethod
    def _told(ticket: Ticket) -> TicketInfo:
        db.session.flush()
        _changed(ticket)
        return info(ticket)

    def recall(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo:
        ticket = self._at(ticket_id, counter_id, TicketState.CALLED)
        if ticket.calls >= MAX_CALLS:
            raise NotAtCounter
        ticket.calls, ticket.called_at = ticket.calls + 1, now
        return self._told(ticket)

    def start(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo:
        ticket = self._at(ticket_id, counter_id, TicketState.CALLED)
        ticket.state, ticket.started_at = TicketState.SERVING, now
        return self._told(ticket)

    def finish(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo:
        ticket = self._at(ticket_id, counter_id, TicketState.SERVING)
        ticket.state, ticket.finished_at = TicketState.DONE, now
        self._visit_to(ticket, VisitState.SERVED)
        return self._told(ticket)

    def no_show(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo:
        ticket = self._at(ticket_id, counter_id, TicketState.CALLED)
        if ticket.calls < MAX_CALLS:
            raise NotAtCounter  # called fewer than three times: call again first
        ticket.state, ticket.finished_at = TicketState.NO_SHOW, now
        self._visit_to(ticket, VisitState.NO_SHOW)
        return self._told(ticket)

    def transfer(
        self, ticket_id: int, counter_id: int, now: dt.datetime, service_id: int | None, to_counter_id: int | None
    ) -> TicketInfo:
        ticket = self._at(ticket_id, counter_id, TicketState.CALLED, TicketState.SERVING)
        service = db.session.get(VisitService, service_id) if service_id else ticket.service
        target = db.session.get(Counter, to_counter_id) if to_counter_id else None
        if service is None or service.service_point_id != ticket.service_point_id or not service.active:
            raise NotAtCounter
        if to_counter_id and (
            target is None
            or target.id == counter_id
            or not target.active
            or target.service_point_id != ticket.service_point_id
            or service not in target.services
        ):
            raise NotAtCounter
        if target is None and service.id == ticket.service_id:
            raise NotAtCounter  # nowhere else to send it
        ticket.service_id = service.id
        ticket.for_counter_id = target.id if target else None
        ticket.state, ticket.calls, ticket.counter_id, ticket.clerk_id = TicketState.WAITING, 0, None, None
        ticket.started_at = None
        db.session.flush()
        db.session.expire(ticket, ["service", "counter"])
        _changed(ticket)
        return info(ticket)

    def close_past_days(self, today: dt.date) -> int:
        """The nightly round: tickets left open on a past day are closed (one being served is done, one
        waiting or called is given up), and a visit whose ticket was never started is no longer
        active, so that the application can have a new one. Nobody is told: the office ended the day."""
        closed = 0
        left = db.session.scalars(
            select(Ticket).where(
                Ticket.day < today,
                Ticket.state.in_((TicketState.WAITING, TicketState.CALLED, TicketState.SERVING)),
            )
        )
        for ticket in left:
            if ticket.state == TicketState.SERVING:
                ticket.state, ticket.finished_at = TicketState.DONE, ticket.started_at
                self._visit_to(ticket, VisitState.SERVED)
            else:
                ticket.state = TicketState.NO_SHOW
                visit = db.session.get(Visit, ticket.visit_id) if ticket.visit_id else None
                if visit is not None and visit.state == VisitState.CHECKED_IN:
                    visit.state, visit.cancelled_at = VisitState.CANCELLED, utcnow()
            closed += 1
        db.session.flush()
        return closed

    def board(self, point_id: int, now: dt.datetime) -> Board:
        today = office_date(now)
        called = db.session.scalars(
            select(Ticket)
            .where(
                Ticket.service_point_id == point_id,
                Ticket.day == today,
                Ticket.state.in_((TicketState.CALLED, TicketState.SERVING)),
            )
            .order_by(Ticket.called_at.desc())
            .limit(BOARD_CALLS)
        ).all()
        calls = [Call(t.id, t.label, t.counter.number, t.language, t.calls, t.called_at) for t in called if t.counter]
        return Board(calls, self.waits(point_id, now))

    def waits(self, point_id: int, now: dt.datetime) -> list[Wait]:
        """Per service of the point that takes visitors today: how many wait, and an estimate for a
        newcomer: those waiting × today's mean time at the counter (the service's length before the
        first is finished) ÷ the counters open for it (that called it in the last hour, else all)."""
        today = office_date(now)
        services = db.session.scalars(
            select(VisitService)
            .where(VisitService.service_point_id == point_id, VisitService.active)
            .order_by(VisitService.position, VisitService.letter)
        ).all()
        waiting = dict(
            db.session.execute(
                select(Ticket.service_id, func.count())
                .where(Ticket.service_point_id == point_id, Ticket.day == today, Ticket.state == TicketState.WAITING)
                .group_by(Ticket.service_id)
            ).all()
        )
        finished = db.session.execute(
            select(Ticket.service_id, Ticket.started_at, Ticket.finished_at).where(
                Ticket.service_point_id == point_id,
                Ticket.day == today,
                Ticket.state == TicketState.DONE,
                Ticket.started_at.is_not(None),
            )
        ).all()
        recent = now - dt.timedelta(minutes=RECENT_COUNTERS_MINUTES)
        open_counters = dict(
            db.session.execute(
                select(Ticket.service_id, func.count(func.distinct(Ticket.counter_id)))
                .where(
                    Ticket.service_point_id == point_id,
                    and_(Ticket.called_at.is_not(None), Ticket.called_at >= recent),
                    Ticket.counter_id.is_not(None),
                )
                .group_by(Ticket.service_id)
            ).all()
        )
        result = []
        for service in services:
            lengths = [(f - s).total_seconds() / 60 for sid, s, f in finished if sid == service.id]
            mean = sum(lengths) / len(lengths) if lengths else service.duration_minutes
            counters = open_counters.get(service.id) or _active_counters(service.id) or 1
            count = waiting.get(service.id, 0)
            result.append(Wait(service.id, service.letter, count, math.ceil(count * mean / counters)))
        return result
