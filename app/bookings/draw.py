"""Dates by a draw, for services where times are scarce: a person asks for a visit (saying which
half-days they cannot come), and once a day the requests of that service are put in an order drawn
from a random seed, then given the earliest free slot each can take, in that order. When a request
was made does not matter, so neither does how fast anyone clicks. With priority by stay, those whose
legal stay ends soonest go first and the draw orders those with the same day (and those who gave
none, last). A request that gets no date stays for the next draw.

The seed and the order are kept with the draw (``VisitDraw``): ``drawn_order(seed, ...)`` gives the
same order again from the same seed and requests, which is how the office shows that it was drawn.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from app import signals
from app.bookings import reconfirmation, services
from app.bookings.models import BookingMode, Visit, VisitDraw, VisitService, VisitSlot, VisitState
from app.clock import OFFICE_TZ, utcnow
from app.extensions import db

HALF_DAYS = [f"{day}-{part}" for day in range(5) for part in ("am", "pm")]  # Monday morning … Friday afternoon
NOON = dt.time(12, 0)


class NotByDraw(Exception):
    """The service gives times to choose, not dates by a draw."""


@dataclass(frozen=True)
class Entry:
    visit_id: int
    stay_ends_on: dt.date | None


def half_day(starts_at: dt.datetime) -> str:
    """The half-day a slot (naive UTC) falls in, in office time: ``"<weekday>-am"`` or ``"-pm"``."""
    local = starts_at.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ)
    return f"{local.weekday()}-{'am' if local.time() < NOON else 'pm'}"


def drawn_order(seed: str, entries: list[Entry], priority_by_stay: bool) -> list[int]:
    """The requests' visit ids in drawn order: a shuffle by a generator seeded with ``seed`` of the
    requests sorted by id (so the order depends on the seed and the set of requests only), then, with
    priority by stay, a stable sort by the day the stay ends."""
    ids = sorted(entry.visit_id for entry in entries)
    # reproducible on purpose: the seed itself comes from `secrets`, and the office repeats the order from it
    generator = random.Random(int(hashlib.sha256(seed.encode()).hexdigest(), 16))  # noqa: S311
    generator.shuffle(ids)
    if not priority_by_stay:
        return ids
    ends = {entry.visit_id: entry.stay_ends_on for entry in entries}
    return sorted(ids, key=lambda visit_id: (ends[visit_id] is None, ends[visit_id] or dt.date.max))


def new_request(service: VisitService, about: services.VisitFor, cannot: list[str], **fields) -> Visit:
    """A visit that waits for a date (the draw's, or a place offered from a waiting list), with the
    half-days the person cannot come. Raises AlreadyBooked when the same application (or case) has
    an active visit or request for the service."""
    found = services.active_visit(service, about)
    if found is not None:
        raise services.AlreadyBooked(found.id)
    cannot = sorted(set(cannot) & set(HALF_DAYS))
    return services.new_visit(service, about, state=VisitState.REQUESTED, cannot=cannot, **fields)


def request(service: VisitService, about: services.VisitFor, cannot: list[str], stay_ends_on: dt.date | None) -> Visit:
    """Ask for a visit by the draw (see ``new_request``)."""
    if service.mode != BookingMode.ALLOCATE:
        raise NotByDraw
    return new_request(service, about, cannot, stay_ends_on=stay_ends_on)


def run(service: VisitService, seed: str | None = None, now: dt.datetime | None = None) -> VisitDraw:
    """Draw the service's waiting requests and give each, in drawn order, the earliest free slot it
    can take; flushes, and tells each person given a date."""
    now = now or utcnow()
    waiting = list(
        db.session.scalars(
            select(Visit).where(Visit.service_id == service.id, Visit.state == VisitState.REQUESTED).order_by(Visit.id)
        )
    )
    seed = seed or secrets.token_hex(16)
    order = drawn_order(seed, [Entry(v.id, v.stay_ends_on) for v in waiting], service.stay_priority)
    draw = VisitDraw(service_id=service.id, seed=seed, priority_by_stay=service.stay_priority, order=order)
    db.session.add(draw)
    db.session.flush()
    by_id = {visit.id: visit for visit in waiting}
    given = 0
    for visit_id in order:
        visit = by_id[visit_id]
        visit.draw_id = draw.id
        slot = _give_slot(service, visit, now)
        if slot is not None:
            given += 1
            visit.slot_id, visit.state, visit.confirmed_at = slot.id, VisitState.CONFIRMED, now
            db.session.flush()
            db.session.refresh(visit, ["slot"])
            reconfirmation.ask(visit, now)
            signals.visit_allocated.send(
                signals.VisitChanged(visit.id, visit.person_id, visit.booked_by_id, visit.language)
            )
    draw.given = given
    db.session.flush()
    return draw


def _give_slot(service: VisitService, visit: Visit, now: dt.datetime) -> VisitSlot | None:
    """The earliest free slot in the service's window outside the half-days the person cannot come,
    taken for the visit; None when there is none."""
    for slot in services.free_slots(service, now):
        if half_day(slot.starts_at) in visit.cannot:
            continue
        try:
            with db.session.begin_nested():
                services.take_place(service, slot.id, now)
        except services.PlaceTaken:
            continue
        return slot
    return None


def run_all(now: dt.datetime | None = None) -> dict[str, int]:
    """Every draw-mode service's draw, when it has requests waiting; service → dates given."""
    found = {}
    query = select(VisitService).where(VisitService.active.is_(True), VisitService.mode == BookingMode.ALLOCATE)
    for service in db.session.scalars(query):
        waiting = select(Visit.id).where(Visit.service_id == service.id, Visit.state == VisitState.REQUESTED)
        if db.session.scalar(waiting.limit(1)) is not None:
            found[f"{service.service_point.code}/{service.code}"] = run(service, now=now).given
    return found


def repeats(done: VisitDraw) -> bool:
    """The office's check of a draw: the order its seed gives for the requests it took in is the
    order it kept."""
    taken_in = db.session.scalars(select(Visit).where(Visit.id.in_(done.order or [])))
    entries = [Entry(visit.id, visit.stay_ends_on) for visit in taken_in]
    return drawn_order(done.seed, entries, done.priority_by_stay) == list(done.order)
