"""The procedure's steps of one case as its recorded history tells them, never as the position of
its current status suggests: a step is done when the history shows the case went through it (an
appearance step when the appearance is recorded); a step the case moved past with nothing recorded
is not done; the filing step of another channel than the case's own (filing in MOS for an
application accepted on paper at the desk) does not apply to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import format_date
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.cases.models import Case
from app.catalogue import public
from app.catalogue.models import ApplicationForm, CaseStatus
from app.clock import office_date
from app.extensions import db
from app.forms.desk import intake_for
from app.forms.models import Submission

# statuses that summon the applicant to appear in person: their step is done once the appearance is recorded
APPEARANCE_STATUSES = frozenset({"fingerprints-summons", "biometrics-visit"})
DONE, CURRENT, NEXT, NOT_DONE, NOT_APPLICABLE = "done", "current", "next", "not-done", "not-applicable"
LABELS = {
    DONE: _l("done"),
    CURRENT: _l("now"),
    NEXT: _l("next"),
    NOT_DONE: _l("not done"),
    NOT_APPLICABLE: _l("not applicable to this case"),
}


@dataclass(frozen=True)
class StepState:
    step: Any  # the published snapshot (the applicant's page) or the catalogue's row (the office's)
    state: str  # DONE, CURRENT, NEXT, NOT_DONE or NOT_APPLICABLE
    reason: str = ""  # why a step is not done or does not apply (a lazy text: the reader's language)

    @property
    def label(self) -> str:
        return LABELS[self.state]


@dataclass(frozen=True)
class Channel:
    """How the application reached the office, as recorded: paper accepted at the desk, or filed
    electronically."""

    paper: bool
    on: dt.date


def channel_of(case: Case) -> Channel:
    intake = intake_for(case.submission_id)  # first: it brings the submission along
    if intake is not None:
        return Channel(True, office_date(intake.accepted_at))
    submission = db.session.get(Submission, case.submission_id)
    return Channel(False, (office_date(submission.filed_at) if submission.filed_at else case.filed_on))


def for_applicant(case: Case) -> list[StepState]:
    """The published steps of the case's kind, the current one being that of its public status."""
    page = public.case_page(case.case_type.code)
    if page is None:
        return []
    step_of = {line.status["id"]: line.step_id for line in public.status_lines(page.case_type)}
    modes = [form.get("submission_mode", "") for form in page.forms]
    steps = [(view.step, view.step["id"]) for view in page.steps]
    return derive(case, steps, step_of, case.public_status_id, modes)


def for_staff(case: Case, lines: Sequence[Any] | None = None) -> list[StepState]:
    """The catalogue's steps of the case's kind as the office works with them, the current one
    being that of the case's own status (internal ones included); ``lines`` are the kind's status
    lines when the caller has them already."""
    from app.cases.tracking import ordered_statuses

    lines = ordered_statuses(case.case_type_id) if lines is None else lines
    step_of = {line.status_id: line.step_id for line in lines}
    forms = db.session.scalars(select(ApplicationForm).where(ApplicationForm.case_type_id == case.case_type_id))
    steps = [(step, step.id) for step in case.case_type.steps]
    return derive(case, steps, step_of, case.status_id, [form.submission_mode for form in forms])


def derive(
    case: Case,
    steps: Sequence[tuple[Any, int]],
    step_of: Mapping[int, int | None],
    current_status_id: int,
    filing_modes: Sequence[str],
) -> list[StepState]:
    """Each step's state from the case's history: the statuses it went through, the appearance
    recorded, the channel it came by and whether it is closed."""
    index = {step_id: i for i, (_, step_id) in enumerate(steps)}
    history = [event for event in case.events if event.kind in ("opened", "status")]
    visited = [index.get(step_of.get(event.status_id)) for event in history]
    went_through = {i for i in visited if i is not None}
    current = index.get(step_of.get(current_status_id))
    if current is None:  # a status outside the steps: the case is past the last step it went through
        current = max(went_through, default=None)
    filing = visited[0] if visited and history[0].kind == "opened" else None
    appearance = _appearance_steps(step_of, index)
    closed = case.closed_at is not None
    came = channel_of(case) if filing is not None else None
    states = []
    for i, (step, _) in enumerate(steps):
        if i == filing and not _filing_applies(came, filing_modes):
            states.append(StepState(step, NOT_APPLICABLE, _came_by(came)))
        elif i == current and not closed:
            states.append(StepState(step, CURRENT))
        elif i in appearance and case.appearance_on is not None:
            states.append(StepState(step, DONE))
        elif current is not None and (i < current or (closed and i == current)):
            if i in appearance:
                states.append(StepState(step, NOT_DONE, _l("No personal appearance has been recorded.")))
            elif i in went_through:
                states.append(StepState(step, DONE))
            elif closed:
                states.append(StepState(step, NOT_DONE, _l("The case ended without this step.")))
            else:
                states.append(StepState(step, NOT_DONE, _l("The case moved on without this step.")))
        elif closed:
            states.append(StepState(step, NOT_DONE, _l("The case ended without this step.")))
        else:
            states.append(StepState(step, NEXT))
    return states


def _appearance_steps(step_of: Mapping[int, int | None], index: Mapping[int, int]) -> set[int]:
    query = select(CaseStatus.id, CaseStatus.code).where(CaseStatus.id.in_(list(step_of)))
    codes = dict(db.session.execute(query).all())
    return {index[step_of[i]] for i, code in codes.items() if code in APPEARANCE_STATUSES and step_of[i] in index}


def _filing_applies(came: Channel | None, modes: Sequence[str]) -> bool:
    """The filing step describes the channel of the kind of case's form (paper; electronic or a
    national system): it applies to a case that came by that channel."""
    if came is None or not modes:
        return True
    return any((mode == "paper") == came.paper for mode in modes)


def _came_by(came: Channel) -> str:
    if came.paper:
        return _l("The application was accepted on paper at a service point on %(date)s.", date=format_date(came.on))
    return _l("The application was filed electronically on %(date)s.", date=format_date(came.on))
