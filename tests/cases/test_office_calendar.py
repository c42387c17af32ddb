"""Days are the office's: a case filed at half past midnight in Warsaw (still the day before in UTC) is filed on the
Warsaw day, a request's deadline counts from it, and a number given on New Year's night carries the new year."""

from __future__ import annotations

import datetime as dt

import time_machine

from app.cases import tracking
from app.cases.models import Case
from app.clock import office_date, office_today
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import make_user
from tests.forms.submissions import paper_submission

NEW_YEAR_IN_WARSAW = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)  # 00:30 on 1 January 2027 in Warsaw
SUMMER_NIGHT = dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC)  # 00:30 on 2 July in Warsaw


def _accepted_case() -> Case:
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), "TRP"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def test_the_office_calendar_turns_at_warsaw_midnight():
    with time_machine.travel(SUMMER_NIGHT, tick=False):
        assert office_today() == dt.date(2026, 7, 2)
    assert office_date(dt.datetime(2026, 7, 1, 21, 59)) == dt.date(2026, 7, 1)
    assert office_date(dt.datetime(2026, 1, 1, 22, 59)) == dt.date(2026, 1, 1)
    assert office_date(dt.datetime(2026, 1, 1, 23, 0)) == dt.date(2026, 1, 2)


def test_a_case_opened_after_warsaw_midnight_is_filed_that_day_under_its_year(app):
    with time_machine.travel(NEW_YEAR_IN_WARSAW, tick=False):
        case = _accepted_case()
    assert case.filed_on == dt.date(2027, 1, 1)
    assert case.signature.endswith(".2027")


def test_a_request_and_a_suspension_count_from_the_warsaw_day(app):
    case = _accepted_case()
    clerk = make_user("Clerk")
    requirement = case.case_type.requirements[0]
    with time_machine.travel(SUMMER_NIGHT, tick=False):
        request = tracking.request_documents(case, clerk, [requirement.id], "", 7)
        tracking.suspend(case, clerk, "a preliminary question")
    assert request.due_on == dt.date(2026, 7, 9)
    assert case.suspended_on == dt.date(2026, 7, 2)
