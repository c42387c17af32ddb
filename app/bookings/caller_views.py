"""Booking for a caller: a clerk finds the application (PIO number) or the case (signature) the
caller reads out, picks a service that serves it, a day and a time, and books the visit for the
applicant, who is told by e-mail and SMS like any booking. The same rules hold as online: the
service's lead time and horizon, one active visit per application and service, places counted by
the database."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from flask import flash, g, redirect, request, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import format_datetime
from flask_babel import lazy_gettext as _l

from app.accounts.models import PortalUser
from app.bookings import eligibility, services
from app.bookings.models import BookingMode, Visit, VisitService
from app.clock import office_date
from app.extensions import db
from app.web.numbers import whole_number


class CallerBookingView(BaseView):
    route_base = "/counter/book"
    default_view = "index"
    class_permission_name = "QueueDesk"
    method_permission_name = {"index": "use", "book": "use"}

    def _page(self, number: str, error=None, status: int = 200):
        subject = eligibility.subject_by_number(number) if number.strip() else None
        service = None
        offered: list[VisitService] = []
        days: dict[dt.date, list] = {}
        if subject is not None:
            offered = [s for s in eligibility.services_for(subject) if s.mode == BookingMode.CHOOSE]
            chosen = whole_number(request.values.get("service", ""), 2**31)
            service = next((s for s in offered if s.id == chosen), None)
        if service is not None:
            slots = services.free_slots(service)
            days = {day: list(group) for day, group in groupby(slots, key=lambda s: office_date(s.starts_at))}
        picked = request.values.get("day", "")
        day = next((d for d in days if d.isoformat() == picked), next(iter(days), None))
        booked = db.session.get(Visit, whole_number(request.args.get("booked", ""), 2**31) or 0)
        if booked is not None and (subject is None or booked.person_id != subject.person_id):
            booked = None
        page = self.render_template(
            "bookings/caller.html",
            title=_l("Book a visit for a caller"),
            number=number,
            subject=subject,
            person=db.session.get(PortalUser, subject.person_id) if subject else None,
            offered=offered,
            service=service,
            days=[(each, each.isoformat()) for each in list(days)[:20]],  # the day and how its address names it
            day=day,
            times=days.get(day, []),
            error=error,
            booked=booked,
            code=services.format_code(booked.code) if booked else None,
        )
        return page, status

    @expose("/")
    @has_access
    def index(self):
        number = request.args.get("number", "")[:60]
        if number.strip() and eligibility.subject_by_number(number) is None:
            return self._page(
                number,
                _l(
                    "No application or case with an account in the portal has this number. Check it with the caller"
                    " (e.g. PIO/2026/000123 or the case's signature)."
                ),
                404,
            )
        return self._page(number)

    @expose("/", methods=["POST"])
    @has_access
    def book(self):
        number = request.form.get("number", "")[:60]
        subject = eligibility.subject_by_number(number)
        if subject is None:
            return self._page(number, _l("The application or case is no longer found. Search again."), 404)
        service = db.session.get(VisitService, whole_number(request.form.get("service", ""), 2**31) or 0)
        slot_id = whole_number(request.form.get("slot", ""), 10**12)
        if service is None or not eligibility.serves(service, subject) or service.mode != BookingMode.CHOOSE:
            return self._page(number, _l("Choose a service."), 400)
        if slot_id is None:
            return self._page(number, _l("Choose a time."), 400)
        person = db.session.get(PortalUser, subject.person_id)
        about = services.VisitFor(
            subject.person_id, subject.submission_id, subject.case_id, person.preferred_language or "pl", g.user.id
        )
        try:
            with db.session.begin_nested():
                visit = services.hold(service, slot_id, about)
                services.confirm(visit)
        except services.AlreadyBooked as found:
            existing = db.session.get(Visit, found.visit_id) if found.visit_id else None
            when = existing.slot.starts_at if existing is not None and existing.slot else None
            message = _l("This application already has a visit for this service. Change or cancel that one first.")
            if when is not None:
                message = _l(
                    "This application already has a visit for this service, on %(when)s. Change or cancel that one"
                    " first.",
                    when=format_datetime(when, "d MMMM y, HH:mm"),
                )
            return self._page(number, message, 409)
        except (services.PlaceTaken, services.OutsideWindow):
            return self._page(
                number, _l("Someone has just taken the last place at that time. Choose another time."), 409
            )
        flash(
            _l("The visit is booked. Read the booking code to the caller; the applicant is told by e-mail."), "success"
        )
        return redirect(url_for("CallerBookingView.index", number=number, booked=visit.id))
