"""Visits through the outbox: a booked visit tells the person when (Warsaw time) with a link to the
visit, reminds them the day before unless it was cancelled or moved, and a cancelled visit is told."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.bookings import services
from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job
from plugins.notifications import receivers
from plugins.notifications.models import Notification
from tests.bookings.helpers import a_service, a_slot
from tests.factories import make_user
from tests.forms.submissions import paper_submission


def _booked(starts_at: dt.datetime):
    service = a_service(horizon_days=3650)
    slot = a_slot(service, starts_at)
    person = make_user("Applicant", preferred_language="uk")
    about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "uk")
    return services.confirm(services.hold(service, slot.id, about)), person


def _notices(person, event: str) -> list[Notification]:
    query = select(Notification).where(Notification.user_id == person.id, Notification.event == event)
    return list(db.session.scalars(query))


def test_a_booked_visit_is_told_with_its_time_and_reminded_the_day_before(app):
    starts_at = dt.datetime(2030, 1, 15, 8, 20)  # 09:20 in Warsaw
    visit, person = _booked(starts_at)
    [notice] = _notices(person, "visit-confirmed")
    assert (notice.channel, notice.language, notice.address) == ("email", "uk", person.email)
    # the visit's id says which visit the change link (made when sent, never stored) is for
    assert notice.values == {
        "link": f"http://localhost/visits/{visit.id}",
        "when": "15.01.2030, 09:20",
        "visit": str(visit.id),
    }
    [reminder] = db.session.scalars(select(Job).where(Job.function == "plugins.notifications.receivers:remind_visit"))
    assert reminder.run_at == dt.datetime(2030, 1, 14, 9, 0)  # 10:00 in Warsaw the day before
    receivers.remind_visit(*reminder.args)
    assert len(_notices(person, "visit-reminder")) == 1


def test_a_cancelled_or_moved_visit_is_not_reminded_and_a_cancellation_is_told(app):
    visit, person = _booked(dt.datetime(2030, 1, 15, 8, 20))
    receivers.remind_visit(visit.id, "2030-01-15T08:00:00")  # the reminder of a time it was moved from
    assert _notices(person, "visit-reminder") == []
    services.cancel(visit)
    receivers.remind_visit(visit.id, visit.slot.starts_at.isoformat())
    assert _notices(person, "visit-reminder") == []
    [notice] = _notices(person, "visit-cancelled")
    assert notice.values == {"link": f"http://localhost/visits/{visit.id}"}


def test_a_visit_booked_for_tomorrow_afternoon_has_no_reminder_in_the_past(app):
    _visit, person = _booked((utcnow() + dt.timedelta(hours=20)).replace(second=0, microsecond=0))
    reminders = db.session.scalars(select(Job).where(Job.function == "plugins.notifications.receivers:remind_visit"))
    assert all(job.run_at > utcnow() for job in reminders)
    assert len(_notices(person, "visit-confirmed")) == 1


def test_a_date_given_by_the_draw_is_told_in_words_of_its_own(app):
    from app.bookings import draw

    service = a_service(mode="allocate", horizon_days=3650)
    a_slot(service, dt.datetime(2030, 1, 15, 8, 20))
    person = make_user("Applicant", preferred_language="ru")
    draw.request(service, services.VisitFor(person.id, paper_submission(person, "TRP"), None, "ru"), [], None)
    assert draw.run(service, seed="told", now=dt.datetime(2030, 1, 1)).given == 1
    [notice] = _notices(person, "visit-allocated")
    assert (notice.language, notice.values["when"]) == ("ru", "15.01.2030, 09:20")
    assert _notices(person, "visit-confirmed") == []


def test_after_repeated_no_shows_the_reminder_asks_to_confirm_by_the_hour(app):
    person = make_user("Applicant", preferred_language="pl")
    service = a_service(horizon_days=3650)
    for _ in range(2):
        about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "pl")
        services.new_visit(service, about, state="no-show")
    slot = a_slot(service, dt.datetime(2030, 1, 15, 8, 20))
    about = services.VisitFor(person.id, paper_submission(person, "TRP"), None, "pl")
    visit = services.confirm(services.hold(service, slot.id, about))
    receivers.remind_visit(visit.id, visit.slot.starts_at.isoformat())
    assert _notices(person, "visit-reminder") == []
    [email] = _notices(person, "visit-reconfirm")  # no SMS: the account's phone is not confirmed
    assert (email.channel, email.language, email.values["until"]) == ("email", "pl", "18:00")
    # the one-time link, where the visit is confirmed without signing in
    assert "/visits/change/" in receivers.visit_change_link("visit-reconfirm", email.values)["change_link"]
