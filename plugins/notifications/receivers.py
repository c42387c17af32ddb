"""What the plugin does when the core's events happen: a notification row per recipient and
channel, written in the event's transaction. The texts say only that there is something new, with a
link to the panel; the placeholders carry nothing personal."""

from __future__ import annotations

import datetime as dt

from flask import Flask, current_app, has_request_context

from app import signals
from app.clock import OFFICE_TZ, utcnow
from app.extensions import db
from app.jobs import enqueue_at
from app.web.slots import slot_url
from plugins.notifications.outbox import notify
from plugins.notifications.states import Channel

REMINDER_DAYS_BEFORE = 2
REMINDER_HOUR = dt.time(9, 0)  # Warsaw time, on the day two days before the deadline
UNREAD_REMINDER_DAYS = 3


def _user(user_id: int | None):
    from app.accounts.models import PortalUser

    return db.session.get(PortalUser, user_id) if user_id is not None else None


def panel_link(slot: str, **values) -> str:
    """The portal's address of a panel page, from the plugin that fills the slot (a page's URL is
    built in a request of its own when there is none: events also come from jobs and commands); the
    panel's start when no plugin fills it."""
    base = current_app.config["PUBLIC_BASE_URL"]
    if has_request_context():
        path = slot_url(slot, **values)
    else:
        with current_app.test_request_context("/"):
            path = slot_url(slot, **values)
    return f"{base}{path}" if path else f"{base}/"


def _email(user, event: str, values: dict[str, str], case_id: int | None = None, allowed: bool = True) -> None:
    # an address refused once is still written to: a mailbox may come back, and a delivery clears the flag
    if user is None or not user.email or not allowed:
        return
    notify(event, Channel.EMAIL, user.email, user.preferred_language, values, user_id=user.id, case_id=case_id)


def sms_allowed(user) -> bool:
    """The owner allows SMS and confirmed the number by a code, and it was not refused for good."""
    return bool(
        user is not None
        and user.phone
        and getattr(user, "notify_by_sms", False)
        and getattr(user, "phone_confirmed_at", None) is not None
        and user.phone_failed_at is None
    )


def _sms(user, event: str, values: dict[str, str], case_id: int | None = None) -> None:
    if sms_allowed(user):
        notify(event, Channel.SMS, user.phone, user.preferred_language, values, user_id=user.id, case_id=case_id)


def application_submitted(app: Flask, change: signals.ApplicationSubmitted) -> None:
    link = panel_link("submission.page", submission_id=change.submission_id)
    _email(_user(change.owner_id), "application-submitted", {"link": link})


def printout_ready(app: Flask, ready: signals.PrintoutReady) -> None:
    """The printout to sign and bring is ready; an application filed electronically needs none."""
    if ready.submission_mode == "electronic":
        return
    link = panel_link("submission.page", submission_id=ready.submission_id)
    _email(_user(ready.owner_id), "printout-ready", {"link": link})


def status_changed(app: Flask, change: signals.CaseStatusChanged) -> None:
    if not (change.notify and change.public):
        return
    user = _user(change.applicant_id)
    values = {"link": panel_link("case.panel", case_id=change.case_id)}
    _email(user, "case-status-changed", values, change.case_id)
    _sms(user, "case-status-changed", values, change.case_id)


def request_made(app: Flask, change: signals.CaseRequestChange) -> None:
    """A request with its date, by e-mail and SMS as the clerk chose (within what the applicant
    allows), and the same again two days before the date."""
    if not (change.email or change.sms):
        return
    user = _user(change.applicant_id)
    values = {
        "link": panel_link("case.panel", case_id=change.case_id),
        "due_date": change.due_on.strftime("%d.%m.%Y"),
    }
    if change.email:
        _email(user, "case-request-made", values, change.case_id, allowed=getattr(user, "notify_by_email", True))
    if change.sms:
        _sms(user, "case-request-made", values, change.case_id)
    remind_on = change.due_on - dt.timedelta(days=REMINDER_DAYS_BEFORE)
    when = dt.datetime.combine(remind_on, REMINDER_HOUR, tzinfo=OFFICE_TZ).astimezone(dt.UTC).replace(tzinfo=None)
    if when > utcnow():
        enqueue_at(when, remind, change.request_id, change.email, change.sms)


def remind(request_id: int, email: bool = True, sms: bool = True) -> None:
    """Job, two days before a request's deadline: the reminder by the clerk's channels, unless the
    request was answered."""
    from app.cases.models import Case, CaseRequest

    request = db.session.get(CaseRequest, request_id)
    if request is None or request.answered_at is not None:
        return
    case = db.session.get(Case, request.case_id)
    if case is None or case.applicant_id is None:
        return
    values = {
        "link": panel_link("case.panel", case_id=case.id),
        "due_date": request.due_on.strftime("%d.%m.%Y"),
    }
    user = _user(case.applicant_id)
    if email:
        _email(user, "case-request-reminder", values, case.id, allowed=getattr(user, "notify_by_email", True))
    if sms:
        _sms(user, "case-request-reminder", values, case.id)


def remind_unread(message_id: int) -> None:
    """Job, three days after an office message told by e-mail: one reminder if it is still unread."""
    from app.messages.models import Message

    message = db.session.get(Message, message_id)
    if message is None or message.read_at is not None:
        return
    user = _user(posted_to(message))
    values = {"link": thread_link(message.case_id, message.annex_id)}
    _email(user, "message-unread", values, message.case_id, allowed=getattr(user, "notify_by_email", True))


def posted_to(message) -> int | None:
    """The reader of the message's thread: the case's applicant, or the employer of its annex."""
    from app.cases.models import Case
    from app.forms.models import Annex

    if message.annex_id is not None:
        annex = db.session.get(Annex, message.annex_id)
        return annex.employer_id if annex is not None else None
    case = db.session.get(Case, message.case_id)
    return case.applicant_id if case is not None else None


def thread_link(case_id: int, annex_id: int | None) -> str:
    """The applicant's case in the panel, or the employer's thread of their annex."""
    if annex_id is not None:
        return panel_link("annex.thread", annex_id=annex_id)
    return panel_link("case.panel", case_id=case_id)


def message_posted(app: Flask, posted: signals.MessagePosted) -> None:
    """The office wrote in the thread: an e-mail and an SMS as the clerk chose, within what the
    applicant allows; in an employer's thread, an e-mail to the employer (never an SMS, and nothing
    to the applicant)."""
    if not posted.from_office or not (posted.email or posted.sms) or posted.request_id is not None:
        return  # a request's notices are case-request-made's, with its date
    employer = posted.annex_id is not None
    user = _user(posted.employer_id if employer else posted.applicant_id)
    values = {"link": thread_link(posted.case_id, posted.annex_id)}
    if posted.email:
        _email(user, "message-posted", values, posted.case_id, allowed=getattr(user, "notify_by_email", True))
        enqueue_at(utcnow() + dt.timedelta(days=UNREAD_REMINDER_DAYS), remind_unread, posted.message_id)
    if posted.sms and not employer:
        _sms(user, "message-posted", values, posted.case_id)


def annex_invited(app: Flask, invited: signals.AnnexInvited) -> None:
    """The employer's invitation: the code and a link to take it, in the language of the account of
    that address (Polish for an address without one); nothing about the foreigner."""
    from app.accounts.services import find_by_email
    from app.forms.annexes import format_code
    from app.forms.models import Annex

    annex = db.session.get(Annex, invited.annex_id)
    if not invited.by_email or annex is None or not annex.invited_email:
        return
    code = format_code(annex.invite_code)
    account = find_by_email(annex.invited_email)
    notify(
        "annex-invited",
        Channel.EMAIL,
        annex.invited_email,
        account.preferred_language if account is not None else "pl",
        {"link": panel_link("annex.taking", code=code), "code": code},
        user_id=account.id if account is not None else None,
    )


VISIT_REMINDER_AT = dt.time(10, 0)  # Warsaw time, on the day before the visit


def _visit(visit_id: int):
    from app.bookings.models import Visit

    return db.session.get(Visit, visit_id)


def _when(starts_at: dt.datetime) -> str:
    """A visit's day and time in Warsaw, in digits that read the same in every language."""
    return starts_at.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ).strftime("%d.%m.%Y, %H:%M")


def visit_confirmed(app: Flask, change: signals.VisitChanged) -> None:
    """A booked (or moved) visit: the person is told when, and reminded the day before."""
    _visit_told("visit-confirmed", change)


def visit_allocated(app: Flask, change: signals.VisitChanged) -> None:
    """A draw gave the person's request its date: told like a booking, in words of its own."""
    _visit_told("visit-allocated", change)


def _visit_told(event: str, change: signals.VisitChanged) -> None:
    visit = _visit(change.visit_id)
    if visit is None or visit.slot is None:
        return
    user = _user(change.person_id)
    values = {"link": panel_link("visit.page", visit_id=visit.id), "when": _when(visit.slot.starts_at)}
    _email(user, event, {**values, "visit": str(visit.id)}, visit.case_id)
    _sms(user, event, values, visit.case_id)
    day_before = visit.slot.starts_at.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ).date() - dt.timedelta(days=1)
    when = dt.datetime.combine(day_before, VISIT_REMINDER_AT, tzinfo=OFFICE_TZ).astimezone(dt.UTC).replace(tzinfo=None)
    if when > utcnow():
        enqueue_at(when, remind_visit, visit.id, visit.slot.starts_at.isoformat())


def remind_visit(visit_id: int, starts_at: str) -> None:
    """Job, the day before a visit: the reminder, unless the visit was cancelled or moved since (a
    move asks for a reminder of its own); for a visit to be confirmed again, the request to do so."""
    from app.bookings.models import VisitState

    visit = _visit(visit_id)
    if visit is None or visit.state != VisitState.CONFIRMED or visit.slot is None:
        return
    if visit.slot.starts_at.isoformat() != starts_at:
        return
    from app.bookings import reconfirmation

    user = _user(visit.person_id)
    values = {"link": panel_link("visit.page", visit_id=visit.id), "when": _when(visit.slot.starts_at)}
    event = "visit-reminder"
    if reconfirmation.pending(visit):  # after repeated no-shows: confirm today, or the place goes back
        event, values["until"] = "visit-reconfirm", current_app.config["VISIT_RECONFIRM_UNTIL"]
    _email(user, event, {**values, "visit": str(visit.id)}, visit.case_id)
    _sms(user, event, values, visit.case_id)


CHANGE_LINK_EVENTS = ("visit-confirmed", "visit-allocated", "visit-reminder", "visit-reconfirm")


def visit_change_link(event: str, values: dict[str, str]) -> dict[str, str]:
    """For a visit's e-mail, made when it is sent: the link that changes or cancels the visit without
    signing in, valid while the visit is as it is now (never stored); the visit's page when it is
    no longer booked."""
    if event not in CHANGE_LINK_EVENTS:
        return {}
    from app.bookings import links

    visit = _visit(int(values.get("visit", "0") or 0))
    if visit is None or visit.state != "confirmed":
        return {"change_link": values["link"]}
    token = links.change_token(visit)
    return {"change_link": f"{current_app.config['PUBLIC_BASE_URL']}/visits/change/{token}"}


def visit_offered(app: Flask, change: signals.VisitChanged) -> None:
    """A place freed up for the first on the waiting list: when, and until when it is kept."""
    visit = _visit(change.visit_id)
    if visit is None or visit.slot is None or visit.held_until is None:
        return
    user = _user(change.person_id)
    values = {
        "link": panel_link("visit.page", visit_id=visit.id),
        "when": _when(visit.slot.starts_at),
        "until": _when(visit.held_until),
    }
    _email(user, "visit-offered", values, visit.case_id)
    _sms(user, "visit-offered", values, visit.case_id)


def visit_cancelled(app: Flask, change: signals.VisitChanged) -> None:
    user = _user(change.person_id)
    visit = _visit(change.visit_id)
    values = {"link": panel_link("visit.page", visit_id=change.visit_id)}
    _email(user, "visit-cancelled", values, visit.case_id if visit else None)
    _sms(user, "visit-cancelled", values, visit.case_id if visit else None)


def connect(app: Flask) -> None:
    signals.application_submitted.connect(application_submitted, app)
    signals.printout_ready.connect(printout_ready, app)
    signals.case_status_changed.connect(status_changed, app)
    signals.case_request_made.connect(request_made, app)
    signals.message_posted.connect(message_posted, app)
    signals.annex_invited.connect(annex_invited, app)
    signals.visit_confirmed.connect(visit_confirmed, app)
    signals.visit_allocated.connect(visit_allocated, app)
    signals.visit_cancelled.connect(visit_cancelled, app)
    signals.visit_offered.connect(visit_offered, app)
