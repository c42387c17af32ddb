"""The events the core sends become notifications in the same transaction: in the applicant's
language, within what the account allows, with a reminder two days before a request's deadline."""

from __future__ import annotations

import datetime as dt

import time_machine

from app import signals
from app.cases import tracking
from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job
from plugins.notifications.models import Notification
from plugins.notifications.receivers import remind
from tests.factories import make_user
from tests.messages.helpers import open_case


def _rows(user):
    return db.session.query(Notification).filter_by(user_id=user.id).order_by(Notification.id).all()


def _posted(case, email=True, sms=True, from_office=True, message_id=1):
    signals.message_posted.send(
        signals.MessagePosted(message_id, case.id, case.applicant_id, from_office, email=email, sms=sms, by_id=None)
    )


def test_a_message_from_the_office_goes_by_email_and_sms_as_the_clerk_chose_and_the_account_allows(app):
    case = open_case(language="ru")
    user = case.applicant
    user.phone, user.notify_by_sms, user.phone_confirmed_at = "+48600100200", True, utcnow()
    _posted(case)
    rows = _rows(user)
    assert [(r.event, r.channel, r.language) for r in rows if r.event == "message-posted"] == [
        ("message-posted", "email", "ru"),
        ("message-posted", "sms", "ru"),
    ]
    assert all(r.values["link"].endswith(f"/my-cases/{case.id}") for r in rows if r.event == "message-posted")


def test_no_sms_to_a_number_not_confirmed_or_not_allowed_and_no_email_when_refused(app):
    case = open_case()
    user = case.applicant
    user.phone, user.notify_by_sms, user.notify_by_email = "+48600100200", True, False  # not confirmed
    before = len(_rows(user))
    _posted(case)
    _posted(case, email=False, sms=False)
    _posted(case, from_office=False)  # the applicant's own reply
    assert len(_rows(user)) == before


def test_a_status_change_notifies_only_where_the_status_says_so(app):
    case = open_case()
    user = case.applicant
    before = len(_rows(user))
    change = {"case_id": case.id, "signature": case.signature, "applicant_id": user.id, "employer_id": None}
    change.update(old_status="a", new_status="b", closed=False, by_id=None)
    signals.case_status_changed.send(signals.CaseStatusChanged(**change, public=True, notify=False))
    signals.case_status_changed.send(signals.CaseStatusChanged(**change, public=False, notify=True))
    assert len(_rows(user)) == before
    signals.case_status_changed.send(signals.CaseStatusChanged(**change, public=True, notify=True))
    [row] = _rows(user)[before:]
    assert (row.event, row.case_id) == ("case-status-changed", case.id)


def test_a_request_notifies_with_its_deadline_and_reminds_two_days_before(app):
    case = open_case()
    user = case.applicant
    with time_machine.travel(dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC), tick=False):
        request = tracking.request_documents(case, make_user("Clerk"), [], "Proszę dosłać zdjęcie.", 14, email=True)
        db.session.flush()
    rows = [r for r in _rows(user) if r.event == "case-request-made"]
    assert [r.values["due_date"] for r in rows] == [request.due_on.strftime("%d.%m.%Y")]
    [job] = db.session.query(Job).filter(Job.function.endswith(":remind")).all()
    assert job.args == [request.id, True, False]  # the reminder goes by the clerk's channels
    assert job.run_at.date() == request.due_on - dt.timedelta(days=2)
    remind(*job.args)
    assert [(r.event, r.channel) for r in _rows(user)][-1] == ("case-request-reminder", "email")
    request.answered_at = utcnow()
    count = len(_rows(user))
    remind(request.id)  # answered by then: no reminder
    assert len(_rows(user)) == count


def test_an_application_submitted_is_told_to_its_owner(app):
    owner = make_user("Applicant", preferred_language="en")
    signals.application_submitted.send(signals.ApplicationSubmitted(5, "PIO/1", owner.id, "TRP", "electronic", False))
    [row] = _rows(owner)
    assert (row.event, row.channel, row.language, row.address) == ("application-submitted", "email", "en", owner.email)
    assert "PIO" not in str(row.values)


def test_an_office_message_told_by_email_and_still_unread_after_three_days_gets_one_reminder(app):
    from app.messages.models import Message
    from plugins.notifications.receivers import remind_unread

    case = open_case(language="pl")
    message = Message(
        case_id=case.id,
        author_name="Urząd",
        from_office=True,
        kind="message",
        body="Proszę o kontakt",
        body_pl="Proszę o kontakt",
        language="pl",
        email=True,
        sms=False,
    )
    db.session.add(message)
    db.session.flush()
    _posted(case, sms=False, message_id=message.id)
    [job] = [j for j in db.session.query(Job).filter(Job.function.endswith(":remind_unread")) if j.args == [message.id]]
    assert job.run_at - utcnow() > dt.timedelta(days=2, hours=23)
    remind_unread(message.id)
    assert [r.event for r in _rows(case.applicant)][-1] == "message-unread"
    message.read_at = utcnow()
    count = len(_rows(case.applicant))
    remind_unread(message.id)  # read by then: nothing more
    assert len(_rows(case.applicant)) == count


def test_a_message_in_an_employers_thread_tells_the_employer_by_email_only_and_reminds_them(app):
    from app.messages.models import Message
    from plugins.notifications.receivers import remind_unread
    from tests.messages.helpers import employer_of

    case = open_case(language="ru")
    employer, annex = employer_of(case, preferred_language="uk")
    employer.phone, employer.notify_by_sms, employer.phone_confirmed_at = "+48600100300", True, utcnow()
    message = Message(case_id=case.id, annex_id=annex.id, from_office=True, body="x", email=True)
    db.session.add(message)
    db.session.flush()
    before = len(_rows(case.applicant))
    signals.message_posted.send(
        signals.MessagePosted(
            message.id, case.id, case.applicant_id, True, email=True, sms=True, by_id=None,
            annex_id=annex.id, employer_id=employer.id,
        )
    )  # fmt: skip
    assert [(r.event, r.channel, r.language) for r in _rows(employer)] == [("message-posted", "email", "uk")]
    assert len(_rows(case.applicant)) == before  # the applicant is told nothing of the employer's thread
    remind_unread(message.id)
    rows = _rows(employer)
    assert [r.event for r in rows] == ["message-posted", "message-unread"]
    assert all(r.values["link"].endswith(f"/my-cases/annex/{annex.id}/messages") for r in rows)


def test_a_request_goes_by_the_channels_the_clerk_chose_and_once(app):
    case = open_case(language="ru")
    user = case.applicant
    user.phone, user.notify_by_sms, user.phone_confirmed_at = "+48600100200", True, utcnow()
    clerk = make_user("Clerk")
    before = len(_rows(user))  # the case's opening
    tracking.request_documents(case, clerk, [], "Proszę dosłać zdjęcie.", 14)  # neither box ticked
    assert len(_rows(user)) == before
    assert db.session.query(Job).filter(Job.function.endswith(":remind")).count() == 0
    tracking.request_answered(case, clerk)
    tracking.request_documents(case, clerk, [], "Proszę dosłać umowę.", 14, email=True, sms=True)
    # the request's line in the thread carries the choice but tells nothing itself: no message-posted row
    assert [(r.event, r.channel, r.language) for r in _rows(user)[before:]] == [
        ("case-request-made", "email", "ru"),
        ("case-request-made", "sms", "ru"),
    ]
