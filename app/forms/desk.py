"""The desk check: a clerk scans the printout's QR code (a USB scanner types it) or types the PIO
number, compares the paper with the electronic version and records that the paper is accepted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.forms import events
from app.forms.models import Intake, Submission, SubmissionVersion
from app.forms.printout import QR_PREFIX, PrintedField, printed_sections

REFERENCE = re.compile(r"PIO/(\d{4})/(\d{1,6})", re.IGNORECASE)
HASH = re.compile(r"\b([0-9a-f]{64})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scan:
    reference: str
    printed_hash: str | None  # None when the number was typed by hand


def read_scan(text: str) -> Scan | None:
    """``PRZYBYSZ|PIO/2026/000123|<hash>`` from the scanner, or ``PIO/2026/123`` typed; None
    when neither is there."""
    text = (text or "")[:300].strip()
    found = REFERENCE.search(text)
    if found is None:
        return None
    reference = f"PIO/{found.group(1)}/{int(found.group(2)):06d}"
    printed = HASH.search(text) if text.upper().startswith(QR_PREFIX) else None
    return Scan(reference, printed.group(1).lower() if printed else None)


def find(reference: str) -> Submission | None:
    return db.session.scalar(select(Submission).where(Submission.reference == reference))


def intake_of(submission: Submission) -> Intake | None:
    return db.session.scalar(select(Intake).where(Intake.submission_id == submission.id))


def matches(submission: Submission, printed_hash: str | None) -> bool | None:
    """True when the paper carries the code of the application as submitted, False when it
    carries another, None when the number was typed (nothing to compare)."""
    return None if printed_hash is None else printed_hash == submission.content_hash


def printed_version(submission: Submission, printed_hash: str | None) -> SubmissionVersion | None:
    """The earlier version of a corrected application that the paper was printed from."""
    if printed_hash is None or printed_hash == submission.content_hash:
        return None
    return db.session.scalar(
        select(SubmissionVersion).where(
            SubmissionVersion.submission_id == submission.id, SubmissionVersion.content_hash == printed_hash
        )
    )


@dataclass(frozen=True)
class Difference:
    section: str
    label: str
    printed: str
    current: str


def differences(version: SubmissionVersion, submission: Submission) -> list[Difference]:
    """Every answer whose printed text differs between the paper's version and the current one."""
    before = _lines(printed_sections(version.definition.data, version.answers))
    after = _lines(printed_sections(submission.definition.data, submission.answers))
    found = []
    for key in list(dict.fromkeys([*before, *after])):
        if before.get(key) != after.get(key):
            found.append(Difference(key[0], key[1], before.get(key, "—"), after.get(key, "—")))
    return found


def _lines(sections) -> dict[tuple[str, str], str]:
    return {(section.title, field.label): _text(field) for section in sections for field in section.fields}


def _text(field: PrintedField) -> str:
    if isinstance(field.value, str):
        return field.value
    return " ".join(
        f"{n}. " + "; ".join(f"{sub.label}: {_text(sub)}" for sub in item) for n, item in enumerate(field.value, 1)
    )


class AlreadyAccepted(Exception):
    def __init__(self, intake: Intake) -> None:
        super().__init__("the paper version was accepted already")
        self.intake = intake


def accept(submission: Submission, clerk: Any, service_point_id: int, hash_matched: bool) -> Intake:
    """Record that the signed paper version is accepted (its case opens on the event); refuses a
    second acceptance."""
    # the row lock orders an acceptance after a correction of the same application being submitted
    db.session.execute(select(Submission.id).where(Submission.id == submission.id).with_for_update())
    existing = intake_of(submission)
    if existing is not None:
        raise AlreadyAccepted(existing)
    intake = Intake(
        submission_id=submission.id,
        clerk_id=clerk.id,
        clerk_name=f"{clerk.first_name} {clerk.last_name}",
        service_point_id=service_point_id,
        hash_matched=hash_matched,
    )
    try:
        with db.session.begin_nested():
            db.session.add(intake)
            db.session.flush()
            events.reached_office(submission, clerk.id, service_point_id)
    except IntegrityError:  # another desk accepted it a moment earlier
        raise AlreadyAccepted(intake_of(submission)) from None
    return intake
