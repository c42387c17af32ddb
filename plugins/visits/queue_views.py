"""The queue's public screens at a service point: the kiosk (a booking code → a ticket, or a ticket
without a booking) and the display board (called tickets and their counters, live). Neither asks
for an account and neither shows a name: a ticket number, a service, a counter, a time."""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for
from flask_babel import force_locale, format_date, format_datetime, gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.bookings.models import VisitService
from app.bookings.queue import Arrived, NoWalkIns, queue_system
from app.clock import utcnow
from app.extensions import db
from app.offices.models import ServicePoint
from app.web.i18n import current_language, supported
from app.web.numbers import whole_number
from plugins.visits import board

bp = Blueprint("queue", __name__, template_folder="templates", static_folder="static", static_url_path="/queue-static")

TOLD = {
    Arrived.EARLY: _l(
        "You are early. Come back to the ticket machine from %(time)s: check-in opens 15 minutes before your time."
    ),
    Arrived.LATE: _l(
        "Your time (%(time)s) has passed and this service takes no visitors without a booking. Book a new visit in"
        " the portal, or ask at the information desk."
    ),
    Arrived.OTHER_DAY: _l("Your visit is on %(date)s at %(time)s. Come back on that day."),
    Arrived.OTHER_POINT: _l("Your visit is at another service point: %(point)s."),
    Arrived.NOT_BOOKED: _l(
        "No visit booked for today has this code. Check the code in your confirmation (8 letters and digits) and"
        " type it again, or ask at the information desk."
    ),
}


def _point(point_id: int) -> ServicePoint:
    point = db.session.get(ServicePoint, point_id)
    if point is None or not point.active:
        abort(404)
    return point


def _walk_in_services(point: ServicePoint) -> list[VisitService]:
    query = select(VisitService).where(
        VisitService.service_point_id == point.id, VisitService.active, VisitService.walk_ins
    )
    return list(db.session.scalars(query.order_by(VisitService.position, VisitService.letter)))


@bp.route("/kiosk")
def points():
    found = db.session.scalars(select(ServicePoint).where(ServicePoint.active).order_by(ServicePoint.position))
    return render_template("visits/kiosk_points.html", points=list(found), language=current_language())


def _kiosk_page(point: ServicePoint, code: str = "", told: str | None = None, status: int = 200):
    waits = {wait.service_id: wait for wait in queue_system().waits(point.id, utcnow())}
    page = render_template(
        "visits/kiosk.html",
        point=point,
        code=code,
        told=told,
        walk_ins=_walk_in_services(point),
        waits=waits,
        language=current_language(),
        languages=supported(),
    )
    return page, status


@bp.route("/kiosk/<int:point_id>", methods=["GET", "POST"])
def kiosk(point_id: int):
    point = _point(point_id)
    if request.method == "GET":
        return _kiosk_page(point)
    code = request.form.get("code", "")[:40]
    if not code.strip():
        return _kiosk_page(point, code, _l("Type the code from your booking confirmation."), 422)
    language = current_language()
    arrival = queue_system().arrive(point.id, code, language, utcnow())
    if arrival.ticket is not None:
        return redirect(url_for("queue.ticket", public_id=arrival.ticket.public_id, lang=language))
    details = {}
    if arrival.starts_at is not None:
        details = {"time": format_datetime(arrival.starts_at, "HH:mm"), "date": format_date(arrival.starts_at, "long")}
    if arrival.point_id is not None:
        other = db.session.get(ServicePoint, arrival.point_id)
        details["point"] = f"{other.name(language)}, {other.street}, {other.postal_code} {other.city}" if other else ""
    return _kiosk_page(point, code, TOLD[arrival.outcome] % details, 422)


@bp.route("/kiosk/<int:point_id>/walk-in", methods=["POST"])
def walk_in(point_id: int):
    point = _point(point_id)
    service_id = whole_number(request.form.get("service", ""), 2**31)
    try:
        ticket = queue_system().walk_in(point.id, service_id or 0, current_language(), utcnow())
    except NoWalkIns:
        return _kiosk_page(point, "", _l("Tickets without a booking are not given for this service here."), 422)
    return redirect(url_for("queue.ticket", public_id=ticket.public_id, lang=current_language()))


@bp.route("/kiosk/ticket/<public_id>")
def ticket(public_id: str):
    found = queue_system().ticket(public_id[:40])
    if found is None:
        abort(404)
    service = db.session.get(VisitService, found.service_id)
    point = db.session.get(ServicePoint, found.point_id)
    waits = {wait.service_id: wait for wait in queue_system().waits(found.point_id, utcnow())}
    return render_template(
        "visits/kiosk_ticket.html",
        ticket=found,
        service=service,
        point=point,
        wait=waits.get(found.service_id),
        language=current_language(),
    )


def _spoken() -> dict[str, str]:
    """How a call is said in each language; the board fills in the ticket and the counter."""
    said = {}
    for code in supported():
        with force_locale(code):
            said[code] = gettext("Ticket %(ticket)s, counter %(counter)s", ticket="{ticket}", counter="{counter}")
    return said


@bp.route("/board/<int:point_id>")
def display(point_id: int):
    point = _point(point_id)
    language = current_language()
    services = db.session.scalars(
        select(VisitService).where(VisitService.service_point_id == point.id, VisitService.active)
    )
    return render_template(
        "visits/board.html",
        point=point,
        state=board.state(point.id),
        names={service.id: service.text("name", language) for service in services},
        spoken=_spoken(),
        live=bool(current_app.config["REDIS_URL"]),
        language=language,
    )


@bp.route("/board/<int:point_id>/state.json")
def state(point_id: int):
    point = _point(point_id)
    return Response(
        json.dumps(board.state(point.id)), mimetype="application/json", headers={"Cache-Control": "no-store"}
    )


@bp.route("/board/<int:point_id>/events")
def events(point_id: int):
    """The board's live stream: the board's state now, then each new state as it is published."""
    point = _point(point_id)
    if not current_app.config["REDIS_URL"]:
        return Response(status=204)  # no live stream here: the board polls
    subscription = board.subscribe(current_app._get_current_object(), point.id)
    if subscription is None:
        return Response(status=503)  # Redis does not answer: the board polls until it does
    first = json.dumps(board.state(point.id))
    return Response(
        board.stream(current_app._get_current_object(), subscription, point.id, first, board.stream_seconds()),
        mimetype="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
