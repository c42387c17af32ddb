"""The supervisors' figures of visits per service and day: places offered and booked, visits used
and missed, and from the queue the waiting and service times, walk-ins and no-shows.

Waiting runs from the moment a visitor could be called (the ticket taken, or the booked time if the
ticket was taken earlier) to the first call; service from the start to the finish at the counter."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from app.bookings import calendar
from app.bookings.models import Visit, VisitService, VisitSlot, VisitState
from app.bookings.queue.models import Ticket, TicketKind, TicketState
from app.clock import office_date
from app.extensions import db

BOOKED = (VisitState.CONFIRMED, VisitState.CHECKED_IN, VisitState.SERVED, VisitState.NO_SHOW)
MOST_DAYS = 92


@dataclass
class ServiceDay:
    day: dt.date
    service: VisitService
    offered: int = 0  # places released
    booked: int = 0
    came: int = 0  # booked visits that took a ticket
    missed: int = 0  # booked visits nobody came to, or called three times in vain
    walk_ins: int = 0
    served: int = 0
    wait_median: float | None = None  # minutes
    wait_longest: float | None = None
    service_median: float | None = None


def _minutes(start: dt.datetime, end: dt.datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 60)


def service_days(point_id: int, first: dt.date, last: dt.date) -> list[ServiceDay]:
    starts, ends = calendar.day_start(first), calendar.day_start(last + dt.timedelta(days=1))
    services = {
        s.id: s for s in db.session.scalars(select(VisitService).where(VisitService.service_point_id == point_id))
    }
    rows: dict[tuple[dt.date, int], ServiceDay] = {}

    def row(day: dt.date, service_id: int) -> ServiceDay:
        if (day, service_id) not in rows:
            rows[(day, service_id)] = ServiceDay(day, services[service_id])
        return rows[(day, service_id)]

    slots = db.session.execute(
        select(VisitSlot.service_id, VisitSlot.starts_at, VisitSlot.capacity).where(
            VisitSlot.service_id.in_(services), VisitSlot.starts_at >= starts, VisitSlot.starts_at < ends
        )
    )
    for service_id, starts_at, capacity in slots:
        row(office_date(starts_at), service_id).offered += capacity
    visits = db.session.execute(
        select(Visit.service_id, VisitSlot.starts_at, Visit.state, func.count())
        .join(VisitSlot, VisitSlot.id == Visit.slot_id)
        .where(Visit.service_id.in_(services), Visit.state.in_(BOOKED))
        .where(VisitSlot.starts_at >= starts, VisitSlot.starts_at < ends)
        .group_by(Visit.service_id, VisitSlot.starts_at, Visit.state)
    )
    for service_id, starts_at, state, count in visits:
        entry = row(office_date(starts_at), service_id)
        entry.booked += count
        if state in (VisitState.CHECKED_IN, VisitState.SERVED):
            entry.came += count
        elif state == VisitState.NO_SHOW:
            entry.missed += count
    waits, lengths = defaultdict(list), defaultdict(list)
    tickets = db.session.scalars(
        select(Ticket).where(Ticket.service_point_id == point_id, Ticket.day >= first, Ticket.day <= last)
    )
    for ticket in tickets:
        if ticket.service_id not in services:
            continue
        entry = row(ticket.day, ticket.service_id)
        entry.walk_ins += ticket.kind == TicketKind.WALK_IN and ticket.visit_id is None
        entry.served += ticket.state == TicketState.DONE
        if ticket.first_called_at is not None:
            ready = max(ticket.issued_at, ticket.due_at) if ticket.due_at else ticket.issued_at
            waits[(ticket.day, ticket.service_id)].append(_minutes(ready, ticket.first_called_at))
        if ticket.state == TicketState.DONE and ticket.started_at and ticket.finished_at:
            lengths[(ticket.day, ticket.service_id)].append(_minutes(ticket.started_at, ticket.finished_at))
    for key, entry in rows.items():
        if waits[key]:
            entry.wait_median = statistics.median(waits[key])
            entry.wait_longest = max(waits[key])
        if lengths[key]:
            entry.service_median = statistics.median(lengths[key])
    return sorted(rows.values(), key=lambda r: (r.day, r.service.position, r.service.letter))
