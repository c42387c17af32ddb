"""The applicant's booking pages: what the visit is about and where, the service, a free day and
time, then the confirmation of the held place; My visits and each visit's page with its code, what
to bring, a calendar file and cancelling. A person reaches only their own visits and subjects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby

import segno
from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import or_, select

from app.accounts.access import applicants_only
from app.accounts.models import AccountType
from app.bookings import draw, eligibility, employers, links, reconfirmation, services, waiting_list
from app.bookings.models import ACTIVE, BookingMode, Visit, VisitService, VisitState
from app.clock import office_date, utcnow
from app.extensions import db
from app.offices.models import ServicePoint
from app.offices.views import WEEKDAYS
from app.web.i18n import current_language
from app.web.numbers import whole_number
from plugins.visits import calendar_file

bp = Blueprint("visits", __name__, template_folder="templates")


def _own_visit(visit_id: int) -> Visit:
    visit = db.session.get(Visit, visit_id)
    if visit is None or current_user.id not in (visit.person_id, visit.booked_by_id):
        abort(404)  # one's own visit, or one an employer booked for an employee
    return visit


def _points() -> list[ServicePoint]:
    query = select(ServicePoint).where(ServicePoint.active.is_(True)).order_by(ServicePoint.position, ServicePoint.id)
    return list(db.session.scalars(query))


@bp.route("/visits")
@applicants_only
def my_visits():
    mine = or_(Visit.person_id == current_user.id, Visit.booked_by_id == current_user.id)
    query = select(Visit).where(mine).order_by(Visit.created_at.desc())
    visits = [v for v in db.session.scalars(query) if v.state not in (VisitState.EXPIRED,)]
    return render_template(
        "visits/my_visits.html",
        upcoming=[v for v in visits if v.state in ACTIVE],
        past=[v for v in visits if v.state not in ACTIVE],
        language=current_language(),
    )


@bp.route("/visits/new")
@applicants_only
def new():
    """Step 1: what the visit is about, and where."""
    subjects = eligibility.subjects_of(current_user)
    about, point = request.args.get("about", ""), whole_number(request.args.get("point", ""), 10**9)
    errors = []
    if "about" in request.args or "point" in request.args:
        subject = eligibility.subject_of(current_user, about)
        if subject is None:
            errors.append(("about", _l("Choose the application or case the visit is about.")))
        if point is None or db.session.get(ServicePoint, point) is None:
            errors.append(("point", _l("Choose a service point.")))
        if not errors:
            return redirect(url_for("visits.choose_service", about=about, point=point))
    return render_template(
        "visits/new.html",
        subjects=subjects,
        points=_points(),
        about=about,
        point=point,
        errors=errors,
        language=current_language(),
    )


def _subject_and_point():
    subject = eligibility.subject_of(current_user, request.args.get("about", ""))
    point = db.session.get(ServicePoint, whole_number(request.args.get("point", ""), 10**9) or 0)
    if subject is None or point is None:
        return None, None
    return subject, point


@bp.route("/visits/new/services")
@applicants_only
def choose_service():
    """Step 2: the service, among those of the point that serve what the visit is about."""
    subject, point = _subject_and_point()
    if subject is None:
        return redirect(url_for("visits.new"))
    offered = eligibility.services_for(subject, point.id)
    error = None
    if "service" in request.args:
        chosen = whole_number(request.args.get("service", ""), 10**9)
        if chosen in {service.id for service in offered}:
            return redirect(url_for("visits.choose_time", about=subject.key, service=chosen))
        error = _l("Choose the service you need.")
    return render_template(
        "visits/services.html",
        subject=subject,
        point=point,
        offered=offered,
        error=error,
        language=current_language(),
    )


def _subject_and_service():
    subject = eligibility.subject_of(current_user, request.values.get("about", ""))
    service = db.session.get(VisitService, whole_number(request.values.get("service", ""), 10**9) or 0)
    if subject is None or service is None or not service.active or not eligibility.serves(service, subject):
        return None, None
    return subject, service


def _about(subject: eligibility.Subject, language: str) -> services.VisitFor:
    """Whose visit: the signed-in person's own, or, for an employer, the employee's (told in their
    own language), booked by the employer."""
    from app.accounts.models import PortalUser

    person_id = subject.person_id or current_user.id
    if person_id == current_user.id:
        return services.VisitFor(person_id, subject.submission_id, subject.case_id, language)
    person = db.session.get(PortalUser, person_id)
    told_in = (person.preferred_language if person else None) or "pl"
    return services.VisitFor(person_id, subject.submission_id, subject.case_id, told_in, booked_by_id=current_user.id)


def _over_employers_limit() -> bool:
    if current_user.account_type != AccountType.EMPLOYER:
        return False
    return services.booked_by_count(current_user.id) >= current_app.config["VISITS_PER_EMPLOYER"]


def _limit_message():
    return _l(
        "You have as many visits booked for your employees as an employer may have at once (%(num)d). "
        "Cancel one, or wait until one has taken place.",
        num=current_app.config["VISITS_PER_EMPLOYER"],
    )


@bp.route("/visits/new/times", methods=["GET", "POST"])
@applicants_only
def choose_time():
    """Step 3: a day with free places, then a time on it; choosing one holds the place."""
    subject, service = _subject_and_service()
    if subject is None:
        return redirect(url_for("visits.new"))
    if service.mode == BookingMode.ALLOCATE:
        return _request_page(subject, service)
    if request.values.get("wait") == "1":  # no free time: the waiting list
        return _request_page(subject, service, waiting=True)
    language = current_language()
    error, status = None, 200
    if request.method == "POST":
        slot_id = whole_number(request.form.get("slot", ""), 10**12)
        if slot_id is None:
            error, status = _l("Choose a time."), 400
        elif _over_employers_limit():
            error, status = _limit_message(), 429
        else:
            try:
                visit = services.hold(service, slot_id, _about(subject, language))
                return redirect(url_for("visits.confirm", visit_id=visit.id))
            except services.AlreadyBooked as booked:
                flash(_l("You already have a visit for this. You can change or cancel it here."), "warning")
                if booked.visit_id:
                    return redirect(url_for("visits.visit", visit_id=booked.visit_id))
                return redirect(url_for("visits.my_visits"))
            except (services.PlaceTaken, services.OutsideWindow):
                error, status = _l("Someone has just taken the last place at that time. Choose another time."), 409
    return _times_page(service, subject, error, status)


def _request_page(subject, service, waiting: bool = False):
    """A service with dates by a draw (or the waiting list of one with times to choose): the person
    asks, saying the half-days they cannot come."""
    cannot = [value for value in request.form.getlist("cannot") if value in draw.HALF_DAYS]
    typed_end = request.form.get("stay_ends_on", "").strip()[:10]
    error, status = None, 200
    if request.method == "POST":
        stay_ends_on = None
        if typed_end:
            try:
                stay_ends_on = dt.date.fromisoformat(typed_end)
            except ValueError:
                error, status = _l("Enter the date as on the calendar, for example 2027-03-31."), 400
        if len(cannot) == len(draw.HALF_DAYS):
            error, status = _l("Leave at least one half-day when you can come."), 400
        if error is None and _over_employers_limit():
            error, status = _limit_message(), 429
        if error is None:
            about = _about(subject, current_language())
            try:
                if waiting:
                    visit = waiting_list.join(service, about, cannot)
                else:
                    visit = draw.request(service, about, cannot, stay_ends_on)
            except services.AlreadyBooked as booked:
                flash(_l("You already have a visit for this. You can change or cancel it here."), "warning")
                target = url_for("visits.visit", visit_id=booked.visit_id) if booked.visit_id else None
                return redirect(target or url_for("visits.my_visits"))
            if waiting:
                flash(_l("You are on the waiting list. We will write to you when a place frees up."), "success")
            else:
                flash(_l("Your request is in. You will be told the date the draw gives you."), "success")
            return redirect(url_for("visits.visit", visit_id=visit.id))
    return render_template(
        "visits/request.html",
        waiting=waiting,
        subject=subject,
        service=service,
        cannot=cannot,
        stay_ends_on=typed_end,
        error=error,
        weekdays=WEEKDAYS[:5],
        language=current_language(),
    ), status


def _times_page(service, subject, error, status: int, moving: Visit | None = None, change_token: str | None = None):
    free = [slot for slot in services.free_slots(service) if moving is None or slot.id != moving.slot_id]
    by_day = {day: list(slots) for day, slots in groupby(free, key=lambda slot: office_date(slot.starts_at))}
    day = _chosen_day(request.values.get("day", ""), by_day)
    return render_template(
        "visits/times.html",
        subject=subject,
        service=service,
        moving=moving,
        change_token=change_token,
        days=[(option, option.isoformat()) for option in by_day],  # the day and how its address names it
        day=day,
        day_key=day.isoformat() if day else None,
        slots=by_day.get(day, []) if day else [],
        error=error,
        language=current_language(),
    ), status


@bp.route("/visits/<int:visit_id>/move", methods=["GET", "POST"])
@applicants_only
def move(visit_id: int):
    """Another day or time for a booked visit; everything else stays, the code included."""
    found = _own_visit(visit_id)
    if found.state != VisitState.CONFIRMED:
        return redirect(url_for("visits.visit", visit_id=found.id))
    error, status = None, 200
    if request.method == "POST":
        slot_id = whole_number(request.form.get("slot", ""), 10**12)
        if slot_id is None:
            error, status = _l("Choose a time."), 400
        else:
            try:
                services.move(found, slot_id)
                flash(_l("Your visit is moved to the new time."), "success")
                return redirect(url_for("visits.visit", visit_id=found.id))
            except services.PastCutoff:
                flash(_l("It is too late to change this visit here. Call the helpline."), "warning")
                return redirect(url_for("visits.visit", visit_id=found.id))
            except (services.PlaceTaken, services.OutsideWindow):
                error, status = _l("Someone has just taken the last place at that time. Choose another time."), 409
    return _times_page(found.service, _subject_of(found), error, status, moving=found)


def _chosen_day(typed: str, by_day: dict) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(typed)
    except ValueError:
        return None
    return day if day in by_day else None


@bp.route("/visits/<int:visit_id>/confirm", methods=["GET", "POST"])
@applicants_only
def confirm(visit_id: int):
    visit = _own_visit(visit_id)
    if visit.state == VisitState.CONFIRMED:
        return redirect(url_for("visits.visit", visit_id=visit.id))
    if visit.state != VisitState.HELD:
        flash(_l("That place is no longer held for you. Choose a time again."), "warning")
        return redirect(url_for("visits.my_visits"))
    if request.method == "POST":
        try:
            services.confirm(visit)
        except services.HoldExpired:
            flash(_l("The 10 minutes to confirm have passed and the place was freed. Choose a time again."), "warning")
            return redirect(url_for("visits.my_visits"))
        flash(_l("Your visit is booked."), "success")
        return redirect(url_for("visits.visit", visit_id=visit.id))
    minutes_left = max(0, int((visit.held_until - utcnow()).total_seconds() // 60))
    return render_template(
        "visits/confirm.html",
        visit=visit,
        subject=_subject_of(visit),
        minutes_left=minutes_left,
        language=current_language(),
    )


def _subject_of(visit: Visit) -> eligibility.Subject | None:
    key = f"s{visit.submission_id}" if visit.submission_id is not None else f"c{visit.case_id}"
    return eligibility.subject_of(current_user, key)


@dataclass(frozen=True)
class _Reconfirm:
    opens: dt.datetime
    closes: dt.datetime
    open_now: bool


def _reconfirm(visit: Visit) -> _Reconfirm | None:
    """For a visit to be confirmed again: when, and whether now."""
    if not reconfirmation.pending(visit):
        return None
    opens, closes = reconfirmation.window(visit)
    return _Reconfirm(opens, closes, opens <= utcnow() <= closes)


def _reconfirmed(visit: Visit) -> str | None:
    """Confirm a visit again; the message to show when it cannot be."""
    try:
        reconfirmation.reconfirm(visit)
    except reconfirmation.NotYet:
        return _l("The visit can be confirmed on the day before it. We will send you a reminder with a link.")
    except reconfirmation.TooLate:
        return _l("The time to confirm this visit has passed.")
    return None


@bp.route("/visits/<int:visit_id>/reconfirm", methods=["POST"])
@applicants_only
def reconfirm(visit_id: int):
    found = _own_visit(visit_id)
    problem = _reconfirmed(found)
    if problem:
        flash(problem, "warning")
    else:
        flash(_l("Thank you: your visit is confirmed. We are expecting you."), "success")
    return redirect(url_for("visits.visit", visit_id=found.id))


@bp.route("/visits/<int:visit_id>")
@applicants_only
def visit(visit_id: int):
    found = _own_visit(visit_id)
    if found.state == VisitState.HELD:  # a place held (an offer from the waiting list too): confirm it
        return redirect(url_for("visits.confirm", visit_id=found.id))
    given_up = (
        found.state == VisitState.CANCELLED
        and found.must_reconfirm
        and found.reconfirmed_at is None
        and found.slot is not None
        and found.cancelled_at >= reconfirmation.window(found)[1]
    )
    booked = found.state in (VisitState.CONFIRMED, VisitState.CHECKED_IN)
    return render_template(
        "visits/visit.html",
        # the code as a QR code too: the kiosk's scanner reads it from a phone's screen or a printout
        qr=segno.make(found.code, error="m").png_data_uri(scale=5, border=2) if booked else None,
        reconfirm=_reconfirm(found),
        given_up=given_up,
        visit=found,
        subject=_subject_of(found),
        code=services.format_code(found.code),
        language=current_language(),
    )


@bp.route("/visits/<int:visit_id>/visit.ics")
@applicants_only
def ics(visit_id: int):
    found = _own_visit(visit_id)
    if found.state not in (VisitState.CONFIRMED, VisitState.CHECKED_IN) or found.slot is None:
        abort(404)
    body = calendar_file.for_visit(
        found, current_language(), url_for("visits.visit", visit_id=found.id, _external=True)
    )
    return Response(
        body,
        mimetype="text/calendar",
        headers={"Content-Disposition": f'attachment; filename="visit-{found.code}.ics"'},
    )


@bp.route("/visits/<int:visit_id>/cancel", methods=["POST"])
@applicants_only
def cancel(visit_id: int):
    found = _own_visit(visit_id)
    try:
        cancelled = services.cancel(found)
    except services.PastCutoff:
        flash(
            _l("It is too late to cancel this visit here. Call the helpline, or simply do not come."),
            "warning",
        )
        return redirect(url_for("visits.visit", visit_id=found.id))
    if cancelled:
        flash(_l("Your visit is cancelled and its place is free for others."), "success")
    return redirect(url_for("visits.my_visits"))


def _employer_only() -> None:
    if current_user.account_type != AccountType.EMPLOYER:
        abort(403)  # an employer's page, as the navigation says


@bp.route("/visits/employees", methods=["GET", "POST"])
@applicants_only
def employees():
    """The employer's schedule of their employees' visits, and their private calendar address."""
    _employer_only()
    feed_url = None
    if request.method == "POST":  # a new address, shown this once (only its hash is kept)
        token = employers.new_feed(current_user)
        feed_url = url_for("visits.feed", token=token, _external=True)
        flash(_l("Your calendar address is ready. Copy it now: for your safety it is shown only this once."), "success")
    return render_template(
        "visits/employees.html",
        visits=employers.employees_visits(current_user),
        has_feed=feed_url is not None or employers.has_feed(current_user),
        feed_url=feed_url,
        language=current_language(),
    )


@bp.route("/visits/feed/<token>.ics")
def feed(token: str):
    """The employer's calendar feed, read by a calendar program: the secret in the address is the only
    key (404 without it); no session, no cookies."""
    from app.accounts.models import PortalUser

    employer = db.session.get(PortalUser, employers.feed_owner(token) or 0)
    if employer is None or not employer.active:
        abort(404)
    visits = employers.employees_visits(employer)
    names = {v.person_id: f"{v.person.first_name} {v.person.last_name}".strip() for v in visits if v.person}
    body = calendar_file.for_employer(
        visits, employer.preferred_language or "pl", names, url_for("visits.employees", _external=True)
    )
    return Response(body, mimetype="text/calendar", headers={"Cache-Control": "private, max-age=300"})


@bp.route("/visits/change/<token>", methods=["GET", "POST"])
def change(token: str):
    """The link in a visit's e-mails: change the time or cancel without signing in, until the cutoff.
    It works once (a changed or cancelled visit voids it); a link that does not work says so and
    sends the reader to sign in. The page names no one."""
    visit = links.visit_of(token)
    if visit is None:
        return render_template("visits/change_void.html"), 404
    error, status = None, 200
    if request.method == "POST" and request.form.get("action") == "reconfirm":
        problem = _reconfirmed(visit)
        flash(
            problem or _l("Thank you: your visit is confirmed. We are expecting you."),
            "warning" if problem else "success",
        )
        return redirect(url_for("visits.change", token=token))
    if request.method == "POST":
        try:
            if request.form.get("action") == "cancel":
                services.cancel(visit)
                flash(_l("Your visit is cancelled and its place is free for others."), "success")
                return render_template("visits/change_done.html", visit=visit, language=current_language())
            slot_id = whole_number(request.form.get("slot", ""), 10**12)
            if slot_id is None:
                error, status = _l("Choose a time."), 400
            else:
                services.move(visit, slot_id)
                flash(_l("Your visit is moved to the new time."), "success")
                return render_template("visits/change_done.html", visit=visit, language=current_language())
        except services.PastCutoff:
            error, status = _l("It is too late to change this visit here. Call the helpline."), 409
        except (services.PlaceTaken, services.OutsideWindow):
            error, status = _l("Someone has just taken the last place at that time. Choose another time."), 409
    if request.method == "GET" and "day" not in request.args:
        return render_template(
            "visits/change.html",
            reconfirm=_reconfirm(visit),
            visit=visit,
            token=token,
            code=services.format_code(visit.code),
            language=current_language(),
        )
    return _times_page(visit.service, None, error, status, moving=visit, change_token=token)
