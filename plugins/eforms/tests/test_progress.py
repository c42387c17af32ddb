"""A draft's progress (which parts are started and complete) is checked once per version, answers
and office day in each process, and follows every change of the answers and the day."""

from __future__ import annotations

import datetime as dt

import time_machine

from app.extensions import db
from app.forms import drafts
from app.forms.models import Draft
from tests.factories import make_user
from tests.forms.sample import good_answers


def _draft(answers: dict) -> Draft:
    draft = drafts.start(make_user("Applicant"), "TST")
    draft.answers = answers
    db.session.flush()
    return draft


def _states(draft: Draft) -> dict[str, tuple[bool, bool]]:
    return {state.section: (state.started, state.complete) for state in drafts.progress(draft, "en")}


def test_progress_follows_the_answers(app, sample_form, monkeypatch):
    checks = []
    real = drafts.check
    monkeypatch.setattr(drafts, "check", lambda *args: checks.append(args) or real(*args))
    draft = _draft({"personal": good_answers()["personal"]})
    assert _states(draft)["personal"] == (True, True) and _states(draft)["stay"] == (False, False)
    assert len(checks) == 1  # the second time it was known
    assert [s.complete for s in drafts.progress(draft, "uk")] == [s.complete for s in drafts.progress(draft, "en")]
    assert len(checks) == 1  # the language of the messages plays no part
    drafts.save(draft, "personal", {**good_answers()["personal"], "surname": ""})
    assert _states(draft)["personal"] == (True, False)
    assert len(checks) == 2


def test_progress_follows_the_office_day(app, sample_form):
    personal = {**good_answers()["personal"], "pesel": "", "has_pesel": "no"}
    personal["birth_date"] = {"day": "7", "month": "12", "year": "2026"}
    with time_machine.travel(dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC), tick=False):
        draft = _draft({"personal": personal})
        assert _states(draft)["personal"] == (True, False)  # born tomorrow: not a date in the past
    with time_machine.travel(dt.datetime(2026, 12, 8, 12, tzinfo=dt.UTC), tick=False):
        assert _states(draft)["personal"] == (True, True)
