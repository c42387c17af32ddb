"""Domain events: each business event is sent once, inside the transaction, with its typed
payload, to the receivers of its own app only."""

from __future__ import annotations

import dataclasses

import pytest

from app import signals
from app.cases import tracking
from app.cases.models import Case
from app.catalogue.models import CaseStatus
from app.extensions import db
from app.forms import attachments, desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import make_user
from tests.fixtures import build_app
from tests.forms.submissions import electronic_submission, with_scan

HEARD: list[tuple[str, object]] = []


def hear(app, payload) -> None:
    HEARD.append((type(payload).__name__, payload))


@pytest.fixture
def heard(app):
    HEARD.clear()
    for event in signals.EVENTS:
        event.connect(hear, app)
    yield HEARD
    HEARD.clear()


def test_every_event_is_documented_and_carries_a_frozen_payload():
    names = [event.name for event in signals.EVENTS]
    assert len(names) == len(set(names))
    for event in signals.EVENTS:
        assert event.__doc__ and "Sent by" in event.__doc__, event.name
        assert dataclasses.is_dataclass(event.payload) and event.payload.__dataclass_params__.frozen, event.name


def test_a_payload_of_the_wrong_type_is_refused(app):
    with pytest.raises(TypeError, match="case-opened carries CaseOpened"):
        signals.case_opened.send(signals.AccountChange(1))


def test_a_receiver_hears_only_its_own_app(app, heard, database, tmp_path):
    other = build_app(tmp_path)
    with other.app_context():
        signals.account_activated.send(signals.AccountChange(1))
        db.session.remove()
    assert heard == []
    signals.account_activated.send(signals.AccountChange(2))
    assert heard == [("AccountChange", signals.AccountChange(2))]


def _names(heard) -> list[str]:
    """In any order: a receiver that sends an event of its own may run before the recorder."""
    return sorted(name for name, _ in heard)


def test_the_desk_and_case_work_send_their_events(app, heard):
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
    submission.submission_mode = "paper"
    clerk = make_user("Clerk")
    point = db.session.query(ServicePoint).first()
    heard.clear()
    desk.accept(submission, clerk, point.id, True)
    case = db.session.query(Case).filter_by(submission_id=submission.id).one()
    assert _names(heard) == ["ApplicationReachedOffice", "CaseOpened"]
    payloads = dict(heard)
    accepted, opened = payloads["ApplicationReachedOffice"], payloads["CaseOpened"]
    assert accepted == signals.ApplicationReachedOffice(
        submission.id, submission.reference, applicant.id, "TRP", clerk.id, point.id
    )
    assert opened.case_id == case.id and opened.signature == case.signature and opened.status == "filed"

    heard.clear()
    tracking.request_documents(case, clerk, [], "Bring the passport's copy.", 14)
    names = _names(heard)
    assert names == ["CaseRequestChange", "CaseStatusChanged", "MessagePosted"]  # the request is in the thread too
    payloads = dict(heard)
    changed, made = payloads["CaseStatusChanged"], payloads["CaseRequestChange"]
    assert changed.old_status == "filed" and changed.new_status == "deficiency-request"
    requested = db.session.query(CaseStatus).filter_by(code="deficiency-request").one()
    assert changed.public is bool(requested.visible) and requested.notify
    assert changed.notify is False  # the request's own notices tell of it, as the clerk chose
    assert made.case_id == case.id and made.due_on == case.open_request.due_on

    heard.clear()
    tracking.request_answered(case, clerk)
    assert _names(heard) == ["CaseRequestChange"]


def test_the_notify_flag_of_the_status_catalogue_reaches_the_event(app, heard):
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
    submission.submission_mode = "paper"
    clerk = make_user("Supervisor")
    desk.accept(submission, clerk, db.session.query(ServicePoint).first().id, True)
    case = db.session.query(Case).filter_by(submission_id=submission.id).one()
    lines = tracking.ordered_statuses(case.case_type_id)
    target = next(line.status for line in lines if line.status.visible and line.status_id != case.status_id)
    target.notify = True
    heard.clear()
    tracking.change_status(case, target.id, clerk, public_note="Wezwanie")
    [(_, changed)] = heard
    assert changed.notify is True and changed.public is True and changed.new_status == target.code
    internal = next((line.status for line in lines if not line.status.visible), None)
    if internal is not None:
        internal.notify = True
        heard.clear()
        tracking.change_status(case, internal.id, clerk)
        [(_, changed)] = heard
        assert changed.public is False and changed.notify is False  # the applicant sees no change


def test_electronic_filing_sends_its_event_and_the_case_opens(app, heard):
    applicant = make_user("Applicant")
    submission = with_scan(db.session.get(Submission, electronic_submission(applicant, "KPL")))
    heard.clear()
    attachments.file(submission)
    assert _names(heard) == ["ApplicationReachedOffice", "CaseOpened"]
    assert dict(heard)["ApplicationReachedOffice"].by_id is None
    assert db.session.query(Case).filter_by(submission_id=submission.id).count() == 1


def test_the_printout_job_sends_its_event_once_when_it_stores_the_pdf(app, heard):
    from app.forms import printout
    from tests.forms.submissions import paper_submission

    applicant = make_user("Applicant")
    submission = db.session.get(Submission, paper_submission(applicant, "TRP"))
    heard.clear()
    printout.prepare(submission.id)
    assert printout.stored(submission) is not None
    assert heard == [
        ("PrintoutReady", signals.PrintoutReady(submission.id, submission.reference, applicant.id, "TRP", "paper"))
    ]
    printout.prepare(submission.id)  # stored already: nothing new to tell
    assert len(heard) == 1
