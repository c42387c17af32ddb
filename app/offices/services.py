"""Questions about service points: which are open, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.clock import OFFICE_TZ
from app.extensions import db
from app.offices.models import ServicePoint
from app.offices.public_holidays import holiday_name, is_public_holiday


def office_now() -> dt.datetime:
    return dt.datetime.now(OFFICE_TZ)


@dataclass(frozen=True)
class OpenState:
    open: bool
    holiday: str | None  # the public holiday's name in ``open_state``'s language, when closed for one


def open_state(point: ServicePoint, at: dt.datetime, language: str = "pl") -> OpenState:
    """Whether the point is open at ``at`` (converted to office time); closed on public holidays,
    named in ``language``."""
    local = at.astimezone(OFFICE_TZ)
    if is_public_holiday(local.date()):
        return OpenState(open=False, holiday=holiday_name(local.date(), language))
    for hours in point.hours:
        if hours.weekday == local.weekday() and hours.opens <= f"{local:%H:%M}" < hours.closes:
            return OpenState(open=True, holiday=None)
    return OpenState(open=False, holiday=None)


def active_points(with_hours: bool = True) -> list[ServicePoint]:
    """The active service points in their order; ``with_hours=False`` for a list of names (a
    filter, a choice), which then costs one query and no opening hours."""
    query = select(ServicePoint).where(ServicePoint.active.is_(True))
    if with_hours:
        query = query.options(selectinload(ServicePoint.hours))
    return list(db.session.scalars(query.order_by(ServicePoint.position, ServicePoint.code)))
