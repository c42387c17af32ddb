"""Questions about service points: which are open, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.clock import OFFICE_TZ
from app.extensions import db
from app.offices.models import ServicePoint


@lru_cache(maxsize=8)
def _polish_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("PL", years=year)


def is_public_holiday(day: dt.date) -> bool:
    return day in _polish_holidays(day.year)


def office_now() -> dt.datetime:
    return dt.datetime.now(OFFICE_TZ)


@dataclass(frozen=True)
class OpenState:
    open: bool
    holiday: bool


def open_state(point: ServicePoint, at: dt.datetime) -> OpenState:
    """Whether the point is open at ``at`` (converted to office time); closed on public holidays."""
    local = at.astimezone(OFFICE_TZ)
    if is_public_holiday(local.date()):
        return OpenState(open=False, holiday=True)
    for hours in point.hours:
        if hours.weekday == local.weekday() and hours.opens <= f"{local:%H:%M}" < hours.closes:
            return OpenState(open=True, holiday=False)
    return OpenState(open=False, holiday=False)


def active_points(with_hours: bool = True) -> list[ServicePoint]:
    """The active service points in their order; ``with_hours=False`` for a list of names (a
    filter, a choice), which then costs one query and no opening hours."""
    query = select(ServicePoint).where(ServicePoint.active.is_(True))
    if with_hours:
        query = query.options(selectinload(ServicePoint.hours))
    return list(db.session.scalars(query.order_by(ServicePoint.position, ServicePoint.code)))
