"""Booking a visit in a slot: a place is held for HOLD_MINUTES while the person confirms, then
booked; it can be moved to another slot or cancelled until the service's cutoff.

Places are counted in the slot's row: a place is taken by one ``UPDATE … SET taken = taken + 1
WHERE taken < capacity`` (the row's lock makes concurrent takers wait, and the condition is read
again once they get it), and given back by the matching decrement, so the database never lets more
visits into a slot than it has places, whatever the number of web processes. A hold that runs out
gives its place back the next time anyone takes a place in that slot, or in the scheduler's round.
Services flush; the edge commits."""

from __future__ import annotations

import collections
import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.util import identity_key

from app import signals
from app.bookings import calendar, reconfirmation
from app.bookings.models import ACTIVE, Visit, VisitService, VisitSlot, VisitState
from app.clock import office_date, office_today, utcnow
from app.extensions import db
from app.jobs import enqueue_at

HOLD_MINUTES = 10
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud and typed without doubt
CODE_LENGTH = 8


class PlaceTaken(Exception):
    """The slot has no free place (any more)."""


class HoldExpired(Exception):
    """The minutes a place was held for passed before it was confirmed."""


class AlreadyBooked(Exception):
    """The application (or case) has an active visit for this service already."""

    def __init__(self, visit_id: int | None) -> None:
        super().__init__(visit_id)
        self.visit_id = visit_id


class OutsideWindow(Exception):
    """The slot is sooner than the service's lead time or past its horizon, or not the service's."""


class PastCutoff(Exception):
    """The visit is too close to change or cancel it here."""


@dataclass(frozen=True)
class VisitFor:
    """Whose visit and what it is about (an application, a case, or both)."""

    person_id: int
    submission_id: int | None
    case_id: int | None
    language: str
    booked_by_id: int | None = None  # an employer or a clerk booking for the person


def window(service: VisitService, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The times (naive UTC) a slot of the service may start within when booked now: after the lead
    time, and before the end of the horizon's last office day."""
    now = now or utcnow()
    last_day = office_today() + dt.timedelta(days=service.horizon_days)
    return now + dt.timedelta(hours=service.lead_hours), calendar.day_start(last_day + dt.timedelta(days=1))


def free_slots(service: VisitService, now: dt.datetime | None = None) -> list[VisitSlot]:
    """The service's slots within its window that have a free place, soonest first."""
    earliest, latest = window(service, now)
    query = (
        select(VisitSlot)
        .where(
            VisitSlot.service_id == service.id,
            VisitSlot.starts_at >= earliest,
            VisitSlot.starts_at < latest,
            VisitSlot.taken < VisitSlot.capacity,
        )
        .order_by(VisitSlot.starts_at)
    )
    return list(db.session.scalars(query))


def active_visit(service: VisitService, about: VisitFor) -> Visit | None:
    """The active visit for the same application (or case) and service, if there is one."""
    conditions = []
    if about.submission_id is not None:
        conditions.append(Visit.submission_id == about.submission_id)
    if about.case_id is not None:
        conditions.append(Visit.case_id == about.case_id)
    query = select(Visit).where(Visit.service_id == service.id, Visit.state.in_(ACTIVE), or_(*conditions))
    return db.session.scalars(query.limit(1)).first()


def booked_by_count(booked_by_id: int) -> int:
    """How many active visits someone (an employer) has booked for others."""
    query = select(func.count()).where(Visit.booked_by_id == booked_by_id, Visit.state.in_(ACTIVE))
    return db.session.scalar(query) or 0


def new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Visit.id).where(Visit.code == code)) is None:
            return code


def new_visit(service: VisitService, about: VisitFor, **fields) -> Visit:
    """A visit of the person for the service, with a new code (flushed)."""
    visit = Visit(
        code=new_code(),
        service_id=service.id,
        person_id=about.person_id,
        booked_by_id=about.booked_by_id,
        submission_id=about.submission_id,
        case_id=about.case_id,
        language=about.language,
        **fields,
    )
    db.session.add(visit)
    db.session.flush()
    return visit


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalise_code(typed: str) -> str:
    """What a person typed or a scanner read: spaces, dashes and case do not matter."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())[:CODE_LENGTH]


def _give_back_expired(slot_id: int, now: dt.datetime) -> None:
    """Holds in the slot that ran out end, and their places come back."""
    ended = db.session.execute(
        update(Visit)
        .where(Visit.slot_id == slot_id, Visit.state == VisitState.HELD, Visit.held_until < now)
        .values(state=VisitState.EXPIRED, held_until=None)
        .returning(Visit.id)
        .execution_options(synchronize_session=False)
    ).all()
    if ended:
        _give_back(slot_id, len(ended))


def _give_back(slot_id: int, places: int = 1) -> None:
    db.session.execute(
        update(VisitSlot)
        .where(VisitSlot.id == slot_id)
        .values(taken=VisitSlot.taken - places)
        .execution_options(synchronize_session=False)
    )
    _reread(slot_id)
    from app.bookings import waiting_list

    slot = db.session.get(VisitSlot, slot_id)
    waiting_list.place_freed(slot.service, slot_id)


def _reread(slot_id: int) -> None:
    """The slot's places changed in the database: a copy the session holds reads them again."""
    held = db.session.identity_map.get(identity_key(VisitSlot, slot_id))
    if held is not None:
        db.session.expire(held, ["taken"])


def take_place(service: VisitService, slot_id: int, now: dt.datetime) -> None:
    earliest, latest = window(service, now)
    slot = db.session.get(VisitSlot, slot_id)
    if slot is None or slot.service_id != service.id or not earliest <= slot.starts_at < latest:
        raise OutsideWindow
    _give_back_expired(slot_id, now)
    took = db.session.execute(
        update(VisitSlot)
        .where(VisitSlot.id == slot_id, VisitSlot.taken < VisitSlot.capacity)
        .values(taken=VisitSlot.taken + 1)
        .returning(VisitSlot.id)
        .execution_options(synchronize_session=False)
    ).first()
    if took is None:
        raise PlaceTaken
    _reread(slot_id)


def hold(service: VisitService, slot_id: int, about: VisitFor, now: dt.datetime | None = None) -> Visit:
    """Hold a place in the slot for HOLD_MINUTES; the visit to confirm. Raises PlaceTaken,
    OutsideWindow or AlreadyBooked, and then nothing is changed."""
    now = now or utcnow()
    found = active_visit(service, about)
    if found is not None:
        raise AlreadyBooked(found.id)
    try:
        with db.session.begin_nested():  # the place and the visit, or neither
            take_place(service, slot_id, now)
            visit = new_visit(
                service,
                about,
                slot_id=slot_id,
                state=VisitState.HELD,
                held_until=now + dt.timedelta(minutes=HOLD_MINUTES),
            )
            enqueue_at(visit.held_until + dt.timedelta(seconds=1), end_hold, visit.id)
    except IntegrityError:  # another request booked for the same application a moment ago
        found = active_visit(service, about)
        raise AlreadyBooked(found.id if found else None) from None
    return visit


def _changed(visit: Visit) -> signals.VisitChanged:
    return signals.VisitChanged(visit.id, visit.person_id, visit.booked_by_id, visit.language)


def confirm(visit: Visit, now: dt.datetime | None = None) -> Visit:
    """Book the held place. Raises HoldExpired when its minutes passed (its place is given back)."""
    now = now or utcnow()
    confirmed = db.session.execute(
        update(Visit)
        .where(Visit.id == visit.id, Visit.state == VisitState.HELD, Visit.held_until >= now)
        .values(state=VisitState.CONFIRMED, confirmed_at=now, held_until=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if confirmed != 1:
        if visit.slot_id is not None:
            _give_back_expired(visit.slot_id, now)
        db.session.refresh(visit)
        if visit.state == VisitState.CONFIRMED:  # confirmed already (a second click)
            return visit
        raise HoldExpired
    db.session.refresh(visit)
    reconfirmation.ask(visit, now)
    signals.visit_confirmed.send(_changed(visit))
    return visit


def _before_cutoff(visit: Visit, now: dt.datetime) -> None:
    if visit.slot is not None and now > visit.slot.starts_at - dt.timedelta(hours=visit.service.cutoff_hours):
        raise PastCutoff


def cancel(visit: Visit, now: dt.datetime | None = None, by_office: bool = False) -> bool:
    """Cancel a held or booked visit and give its place back; False when it was not active. The person
    (or whoever booked for them) may do so until the cutoff; the office at any time."""
    now = now or utcnow()
    if not by_office and visit.state == VisitState.CONFIRMED:
        _before_cutoff(visit, now)
    was = visit.state
    ended = db.session.execute(
        update(Visit)
        .where(Visit.id == visit.id, Visit.state.in_((VisitState.HELD, VisitState.CONFIRMED, VisitState.REQUESTED)))
        .values(state=VisitState.CANCELLED, cancelled_at=now, held_until=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if ended != 1:
        return False
    if visit.slot_id is not None:
        _give_back(visit.slot_id)
    db.session.refresh(visit)
    if was == VisitState.CONFIRMED:
        signals.visit_cancelled.send(_changed(visit))
    return True


def move(visit: Visit, slot_id: int, now: dt.datetime | None = None) -> Visit:
    """Move a booked visit to another slot of its service, keeping everything else; the old place is
    given back only once the new one is taken. Raises PlaceTaken, OutsideWindow or PastCutoff."""
    now = now or utcnow()
    if visit.state != VisitState.CONFIRMED:
        raise PastCutoff
    _before_cutoff(visit, now)
    old = visit.slot_id
    with db.session.begin_nested():
        take_place(visit.service, slot_id, now)
        visit.slot_id = slot_id
        db.session.flush()
        if old is not None:
            _give_back(old)
    db.session.refresh(visit)
    reconfirmation.ask(visit, now)
    signals.visit_confirmed.send(_changed(visit))
    return visit


def end_hold(visit_id: int) -> None:
    """Job, due when a hold runs out: if it was not confirmed, its place comes back."""
    visit = db.session.get(Visit, visit_id)
    if visit is not None and visit.slot_id is not None:
        _give_back_expired(visit.slot_id, utcnow())


def give_back_expired_holds(now: dt.datetime | None = None) -> int:
    """The scheduler's sweep: every hold that ran out ends and its place comes back; how many."""
    now = now or utcnow()
    ended = db.session.execute(
        update(Visit)
        .where(Visit.state == VisitState.HELD, Visit.held_until < now)
        .values(state=VisitState.EXPIRED, held_until=None)
        .returning(Visit.slot_id)
        .execution_options(synchronize_session=False)
    ).all()
    for slot_id, places in sorted(collections.Counter(slot_id for (slot_id,) in ended).items()):
        _give_back(slot_id, places)
    return len(ended)


def mark_missed(now: dt.datetime | None = None) -> int:
    """The nightly round: a booked visit whose day has passed without a ticket taken was missed."""
    today = calendar.day_start(office_today() if now is None else office_date(now))
    past = select(VisitSlot.id).where(VisitSlot.starts_at < today)
    return db.session.execute(
        update(Visit)
        .where(Visit.state == VisitState.CONFIRMED, Visit.slot_id.in_(past))
        .values(state=VisitState.NO_SHOW)
        .execution_options(synchronize_session=False)
    ).rowcount
