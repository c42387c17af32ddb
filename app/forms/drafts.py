"""Filling in an application: drafts kept as typed, checked section by section, and submitted
as a frozen copy under a PIO number. Every operation takes the owner: a user reaches only their
own drafts and submissions."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.clock import office_date, office_today, utcnow
from app.counters import next_number
from app.extensions import db
from app.forms import annexes, events, services
from app.forms.draft_quota import make_room
from app.forms.fields.limits import within_limits
from app.forms.models import Annex, Draft, FormDefinition, Intake, ReferenceCounter, Submission, SubmissionVersion
from app.forms.printout import prepare as prepare_printout
from app.forms.validation import Result, check_shape, validate
from app.jobs import enqueue

# Which account files which forms: an employer files as the employer; a foreigner's account
# also serves a person inviting a foreigner.
FILERS = {"applicant": {"foreigner", "inviting-person"}, "employer": {"employer"}}


def may_file(user: Any, definition: FormDefinition) -> bool:
    return definition.data["filed_by"] in FILERS.get(getattr(user, "account_type", None), set())


@dataclass(frozen=True)
class Fillable:
    """A form a user can start, as My applications lists it: its code and title (``data.title``,
    as a definition's), read without the definition's whole questionnaire."""

    code: str
    data: dict[str, Any]


# a published version's title and filer, by its id and moment of publication: a version never changes
_HEADS: dict[tuple[int, Any], tuple[dict[str, Any], str]] = {}


def fillable(user: Any) -> list[Fillable]:
    """The forms this user can start: the newest published version of each (annexes are filled
    on an invitation, not started on their own). Which version is newest is read each time (a
    cheap query of ids); a version's title and filer are read once per process."""
    allowed = FILERS.get(getattr(user, "account_type", None), set())
    rows = db.session.execute(
        select(FormDefinition.id, FormDefinition.code)
        .where(FormDefinition.published_at.isnot(None))
        .order_by(FormDefinition.code, FormDefinition.version.desc())
    ).all()
    newest: dict[str, int] = {}
    for definition_id, code in rows:
        if "-" not in code:
            newest.setdefault(code, definition_id)
    missing = [i for i in newest.values() if i not in _HEADS]
    if missing:
        for definition_id, data in db.session.execute(
            select(FormDefinition.id, FormDefinition.data).where(FormDefinition.id.in_(missing))
        ):
            _HEADS[definition_id] = (data["title"], data["filed_by"])
    return [Fillable(code, {"title": _HEADS[i][0]}) for code, i in newest.items() if _HEADS[i][1] in allowed]


def start(user: Any, code: str) -> Draft | None:
    """A new draft of the form, or None when this user cannot file it (raises TooManyDrafts at
    the account's limit)."""
    definition = services.current(code)
    if definition is None or "-" in code or not may_file(user, definition):
        return None
    make_room(user.id)
    draft = Draft(owner_id=user.id, definition_id=definition.id, answers={}, acknowledged=[], section="")
    db.session.add(draft)
    db.session.flush()
    return draft


def drafts_of(user: Any) -> list[Draft]:
    """Drafts of new applications and corrections of submitted ones."""
    return list(db.session.scalars(select(Draft).where(Draft.owner_id == user.id).order_by(Draft.updated_at.desc())))


def draft_of(user: Any, draft_id: int) -> Draft | None:
    """The user's own draft, or None (another user's draft is as good as missing)."""
    return db.session.scalar(select(Draft).where(Draft.id == draft_id, Draft.owner_id == user.id))


def submissions_of(user: Any) -> list[Submission]:
    query = select(Submission).where(Submission.owner_id == user.id).order_by(Submission.submitted_at.desc())
    return list(db.session.scalars(query))


def submission_of(user: Any, submission_id: int) -> Submission | None:
    return db.session.scalar(select(Submission).where(Submission.id == submission_id, Submission.owner_id == user.id))


def save(draft: Draft, section: str, answers: dict) -> dict[str, str]:
    """Keep a section's answers as typed (checked only for their shape: unknown fields are
    refused with ShapeError, nothing stored). An answer longer than its field allows is not kept:
    the result maps its path to the message, for the page to show with what was typed."""
    check_shape(draft.definition.data, {section: answers})
    spec = next(s for s in draft.definition.data["sections"] if s["key"] == section)
    kept, refused = within_limits(spec["fields"], answers, section)
    draft.answers = {**draft.answers, section: kept}
    draft.section = section
    draft.updated_at = utcnow()
    db.session.flush()
    return refused


def check(draft: Draft, sections: list[str] | None, language: str) -> Result:
    return validate(draft.definition.data, draft.answers, sections, language)


def section_keys(draft: Draft) -> list[str]:
    return [s["key"] for s in draft.definition.data["sections"]]


@dataclass(frozen=True)
class Progress:
    section: str
    started: bool
    complete: bool


# (version's digest, office day, answers as JSON) → progress, the most recently used last: the list of
# applications shows each draft's progress, and checking a draft is most of that page's work
_PROGRESS: OrderedDict[tuple[str, dt.date, str], tuple[Progress, ...]] = OrderedDict()
_PROGRESS_HELD = 1024
_PROGRESS_LOCK = threading.Lock()


def progress(draft: Draft, language: str) -> tuple[Progress, ...]:
    """Which sections are started and which complete. What a check finds depends only on the form's
    version, the answers and the office's day (a date "in the past" is checked against it), so each
    process keeps the result under those three; the messages' language plays no part."""
    key = (draft.definition.digest, office_today(), json.dumps(draft.answers, sort_keys=True, default=str))
    with _PROGRESS_LOCK:
        found = _PROGRESS.get(key)
        if found is not None:
            _PROGRESS.move_to_end(key)
            return found
    result = check(draft, None, language)
    states = []
    for section in section_keys(draft):
        started = bool(draft.answers.get(section))
        complete = started and not any(path.split(".")[0] == section for path in result.errors)
        states.append(Progress(section, started, complete))
    found = tuple(states)
    with _PROGRESS_LOCK:
        _PROGRESS[key] = found
        while len(_PROGRESS) > _PROGRESS_HELD:
            _PROGRESS.popitem(last=False)
    return found


def acknowledge(draft: Draft, keys: list[str]) -> None:
    known = {w["key"] for w in draft.definition.data["warnings"]}
    draft.acknowledged = sorted(set(draft.acknowledged) | (set(keys) & known))
    db.session.flush()


def submit(draft: Draft, language: str) -> tuple[Submission | None, Result]:
    """Submit when every section is valid, every warning is acknowledged and every annex is
    submitted by the employer; the draft becomes a submission with the next PIO number of the
    year."""
    result = check(draft, None, language)
    pending = [w for w in result.warnings if w["key"] not in draft.acknowledged]
    if not result.valid or pending or (draft.corrects_id is None and annexes.missing(draft)):
        return None, result
    definition = draft.definition
    content = {"code": definition.code, "version": definition.version, "answers": result.values}
    now = utcnow()
    if draft.corrects_id is not None:
        corrected = _replace(draft, result, content_hash(content), now)
        if corrected is not None:
            events.submitted(corrected, correction=True)
        return corrected, result
    submission = Submission(
        reference=_next_reference(office_date(now).year),
        verification_code=secrets.token_hex(4).upper(),
        owner_id=draft.owner_id,
        definition_id=definition.id,
        answers=result.values,
        content_hash=content_hash(content),
        acknowledged=draft.acknowledged,
        submitted_at=now,
        submission_mode=submission_mode(definition.code),
        typed_answers=draft.answers,
    )
    db.session.add(submission)
    db.session.flush()
    annexes.submitted(draft, submission)
    db.session.delete(draft)
    db.session.flush()
    enqueue(prepare_printout, submission.id)  # the printout is ready by the time it is asked for
    events.submitted(submission, correction=False)
    return submission, result


def may_correct(submission: Submission) -> bool:
    """An application can be corrected until its paper version is accepted at the desk or it is
    filed electronically; an annex, once its application is submitted, stays as it is."""
    if submission.typed_answers is None or submission.filed_at is not None:
        return False
    if db.session.scalar(select(Intake.id).where(Intake.submission_id == submission.id)) is not None:
        return False
    annex = db.session.scalar(select(Annex).where(Annex.submission_id == submission.id))
    return annex is None or annex.application_submission_id is None


def correction_of(submission: Submission) -> Draft | None:
    return db.session.scalar(select(Draft).where(Draft.corrects_id == submission.id))


def start_correction(submission: Submission) -> Draft | None:
    """A draft with the application's answers as typed; submitting it replaces them (the same PIO
    number, a new printout). An open correction is resumed; a new one raises TooManyDrafts at the
    account's limit."""
    if not may_correct(submission):
        return None
    draft = correction_of(submission)
    if draft is None:
        make_room(submission.owner_id)
        draft = Draft(
            owner_id=submission.owner_id,
            definition_id=submission.definition_id,
            answers=_within_limits(submission.definition.data, submission.typed_answers),
            acknowledged=submission.acknowledged,
            section="",
            corrects_id=submission.id,
        )
        db.session.add(draft)
        db.session.flush()
    return draft


def _within_limits(definition: dict, answers: dict) -> dict:
    """Answers as typed, without any over its field's limit (kept before the limits applied)."""
    fields = {s["key"]: s["fields"] for s in definition["sections"]}
    return {key: within_limits(fields[key], values, key)[0] for key, values in answers.items() if key in fields}


def _replace(draft: Draft, result: Result, new_hash: str, now) -> Submission | None:
    """Submit a correction: the application's answers so far are kept as a version (a printout
    of them still tells the desk what changed), the new ones take their place."""
    # the row lock orders a correction after a desk acceptance of the same application
    locked = select(Submission).where(Submission.id == draft.corrects_id).with_for_update(of=Submission)
    submission = db.session.scalar(locked)
    if submission is None or not may_correct(submission):
        return None
    if new_hash != submission.content_hash:
        number = db.session.scalar(
            select(func.count()).select_from(SubmissionVersion).where(SubmissionVersion.submission_id == submission.id)
        )
        db.session.add(
            SubmissionVersion(
                submission_id=submission.id,
                number=number + 1,
                definition_id=submission.definition_id,
                answers=submission.answers,
                content_hash=submission.content_hash,
                submitted_at=submission.corrected_at or submission.submitted_at,
                replaced_at=now,
            )
        )
        submission.answers = result.values
        submission.content_hash = new_hash
        submission.typed_answers = draft.answers
        submission.acknowledged = draft.acknowledged
        submission.corrected_at = now
        enqueue(prepare_printout, submission.id)
    db.session.delete(draft)
    db.session.flush()
    return submission


def submission_mode(code: str) -> str:
    """How the form reaches the office, as the catalogue says now (kept with the submission, so
    a later change does not alter an application already sent). An annex goes on paper with its
    application."""
    from app.catalogue import public

    found = public.form_by_code(code)
    return found[0]["submission_mode"] if found else "paper"


def content_hash(content: dict) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _next_reference(year: int) -> str:
    """PIO/<year>/<n>: n counts up per year."""
    return f"PIO/{year}/{next_number(ReferenceCounter, year):06d}"


def discard(draft: Draft) -> None:
    annexes.discarded(draft)
    db.session.delete(draft)
    db.session.flush()
