"""The office's calendar for visits: which days a service takes visits and the times of its slots,
from the weekly plans, without Polish public holidays and the closures an office declares.
Everything here is office time (Europe/Warsaw); ``as_stored`` turns it into UTC for the slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.bookings.models import VisitClosure, VisitService
from app.clock import OFFICE_TZ
from app.offices.public_holidays import is_public_holiday


@dataclass(frozen=True)
class PlannedSlot:
    day: dt.date
    starts: str  # "HH:MM", office time
    ends: str
    capacity: int

    def starts_at(self) -> dt.datetime:
        """The start as stored: naive UTC."""
        return at(self.day, self.starts)

    def ends_at(self) -> dt.datetime:
        return at(self.day, self.ends)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def at(day: dt.date, hhmm: str) -> dt.datetime:
    """An office time ("HH:MM") on an office day, as stored (naive UTC)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    local = dt.datetime(day.year, day.month, day.day, hours, minutes, tzinfo=OFFICE_TZ)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def office_time(day: dt.date, hhmm: str) -> dt.datetime:
    """An office day's time, as stored (naive UTC)."""
    return at(day, hhmm)


def day_start(day: dt.date) -> dt.datetime:
    """Midnight of an office day, as stored (naive UTC)."""
    return at(day, "00:00")


def planned_slots(service: VisitService, day: dt.date, closures: list[VisitClosure]) -> list[PlannedSlot]:
    """The slots the service's plans give on ``day``: none on a public holiday, none that a closure
    covers; each period is cut into slots of the service's length (a remainder too short is left)."""
    if not service.active or is_public_holiday(day):
        return []
    found = []
    for plan in service.plans:
        if not plan.applies_on(day):
            continue
        start, end = _minutes(plan.starts), _minutes(plan.ends)
        while start + service.duration_minutes <= end:
            slot = PlannedSlot(day, _hhmm(start), _hhmm(start + service.duration_minutes), plan.capacity)
            if not any(closure.covers(service, day, slot.starts, slot.ends) for closure in closures):
                found.append(slot)
            start += service.duration_minutes
    return sorted(found, key=lambda slot: slot.starts)


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
