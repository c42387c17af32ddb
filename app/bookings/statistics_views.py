"""Visits → Statistics: the supervisors' figures per service and day at a point, and the wait each
service publishes now on the kiosk and the board."""

from __future__ import annotations

import datetime as dt

from flask import request
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.bookings.queue import queue_system
from app.bookings.statistics import MOST_DAYS, service_days
from app.clock import office_today, utcnow
from app.extensions import db
from app.offices.models import ServicePoint
from app.web.numbers import whole_number


def _day(typed: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(typed) if typed else None
    except ValueError:
        return None


class VisitStatisticsView(BaseView):
    route_base = "/visit-statistics"
    default_view = "index"
    class_permission_name = "Bookings"
    method_permission_name = {"index": "read"}

    @expose("/")
    @has_access
    def index(self):
        points = db.session.scalars(select(ServicePoint).order_by(ServicePoint.position, ServicePoint.id)).all()
        chosen = whole_number(request.args.get("point", ""), 2**31)
        point = next((p for p in points if p.id == chosen), points[0] if points else None)
        today = office_today()
        last = _day(request.args.get("until")) or today
        first = _day(request.args.get("from")) or last - dt.timedelta(days=6)
        problem = None
        if first > last:
            problem = _l("The first day must not be after the last one.")
        elif (last - first).days >= MOST_DAYS:
            problem = _l("Choose at most %(days)d days.", days=MOST_DAYS)
        rows = service_days(point.id, first, last) if point and not problem else []
        return self.render_template(
            "bookings/statistics.html",
            title=_l("Visit statistics"),
            points=points,
            point=point,
            first_key=first.isoformat(),  # the date fields' values
            last_key=last.isoformat(),
            problem=problem,
            rows=rows,
            waits=queue_system().waits(point.id, utcnow()) if point else [],
        )
