"""The waiting list of a service with times to choose: when no time is free, a person can ask to be
told when a place frees up. Each place given back (a visit cancelled or moved, a hold or an offer
not confirmed) is offered, by a job once the change is committed, to the first person on the list
who can come at that half-day: the place is held for them until VISIT_OFFER_HOURS later (at most
until an hour before the visit), and they are told (``visit_offered``). An offer not confirmed in
time ends, and the place goes to the next person. Services with dates by a draw keep their freed
places for the next draw instead. Services flush; the edge commits."""

from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import select

from app import signals
from app.bookings import draw, services
from app.bookings.models import BookingMode, Visit, VisitService, VisitSlot, VisitState
from app.clock import utcnow
from app.extensions import db
from app.jobs import enqueue, enqueue_at

LAST_OFFER_BEFORE = dt.timedelta(hours=1)  # an offer ends at least this long before the visit
SHORTEST_OFFER = dt.timedelta(minutes=30)  # a place freed later than this is not offered any more


class NotByChoice(Exception):
    """The service gives dates by a draw: its requests wait for the draw, not on a waiting list."""


def join(service: VisitService, about: services.VisitFor, cannot: list[str]) -> Visit:
    """Put the person on the service's waiting list. Raises AlreadyBooked when the application (or
    case) has an active visit or place on the list for the service."""
    if service.mode != BookingMode.CHOOSE:
        raise NotByChoice
    return draw.new_request(service, about, cannot)


def place_freed(service: VisitService, slot_id: int) -> None:
    """A place of the slot was given back: offer it once the change is committed, if anyone waits."""
    if service.mode != BookingMode.CHOOSE:
        return
    waiting = select(Visit.id).where(Visit.service_id == service.id, Visit.state == VisitState.REQUESTED)
    if db.session.scalar(waiting.limit(1)) is not None:
        enqueue(offer, slot_id)


def offer(slot_id: int) -> Visit | None:
    """Job: the slot's free place to the first on the list who can come then; the visit offered."""
    now = utcnow()
    slot = db.session.get(VisitSlot, slot_id)
    if slot is None or slot.service.mode != BookingMode.CHOOSE:
        return None
    service = slot.service
    until = min(now + dt.timedelta(hours=current_app.config["VISIT_OFFER_HOURS"]), slot.starts_at - LAST_OFFER_BEFORE)
    if until - now < SHORTEST_OFFER:
        return None
    half = draw.half_day(slot.starts_at)
    waiting = db.session.scalars(
        select(Visit)
        .where(Visit.service_id == service.id, Visit.state == VisitState.REQUESTED)
        .order_by(Visit.created_at, Visit.id)
    )
    chosen = next((visit for visit in waiting if half not in (visit.cannot or [])), None)
    if chosen is None:
        return None
    try:
        with db.session.begin_nested():
            services.take_place(service, slot.id, now)
    except (services.PlaceTaken, services.OutsideWindow):
        return None
    chosen.slot_id, chosen.state, chosen.held_until = slot.id, VisitState.HELD, until
    db.session.flush()
    enqueue_at(until + dt.timedelta(seconds=1), services.end_hold, chosen.id)
    signals.visit_offered.send(signals.VisitChanged(chosen.id, chosen.person_id, chosen.booked_by_id, chosen.language))
    return chosen
