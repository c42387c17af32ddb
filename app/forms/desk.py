"""The desk check: a clerk scans the printout's QR code (a USB scanner types it) or types the PIO
number, compares the paper with the electronic version and records that the paper is accepted."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app, g, has_request_context
from flask_babel import format_datetime
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.forms import events
from app.forms.models import Annex, Intake, Submission, SubmissionVersion
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


def code_of(reference: str, printed_hash: str | None) -> str:
    """What the desk was given, written again: the scanner's text for a scan, the number when typed."""
    return f"{QR_PREFIX}|{reference}|{printed_hash}" if printed_hash else reference


def find(reference: str) -> Submission | None:
    return db.session.scalar(select(Submission).where(Submission.reference == reference))


def intake_of(submission: Submission) -> Intake | None:
    """The record of the paper version's acceptance; one found is kept for the rest of the request
    (an acceptance is never undone), so the pages that ask for it twice read it once."""
    return intake_for(submission.id)


def intake_for(submission_id: int) -> Intake | None:
    """``intake_of`` by the submission's id (the submission comes with the intake it finds)."""
    kept = g.setdefault("intakes", {}) if has_request_context() else {}
    found = kept.get(submission_id)
    if found is None:
        found = db.session.scalar(select(Intake).where(Intake.submission_id == submission_id))
    if found is not None:
        kept[submission_id] = found
    return found


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


@dataclass(frozen=True)
class Filing:
    """How an application reaches the office: the submission mode kept with it when it was
    submitted (an annex goes the way of its application)."""

    mode: str  # paper, electronic or external
    system_url: str | None  # the national system to file it in (external), as the catalogue names it
    catalogue_mode: str | None  # the form's mode in the catalogue today, when it is not the kept one
    filed_at: dt.datetime | None  # when it was filed electronically

    @property
    def paper_accepted(self) -> bool:
        return self.mode == "paper"

    @property
    def system(self) -> str | None:
        return self.system_url.removeprefix("https://").rstrip("/") if self.system_url else None

    def refusal(self) -> str | None:
        """Why the desk cannot accept the paper version, or None when it can."""
        if self.mode == "external" and self.system:
            return _l(
                "Not accepted on paper: this application is filed only in the national system %(system)s, not at"
                " the office. Tell the applicant to file it there (the printout helps to copy the answers).",
                system=self.system,
            )
        if self.mode == "external":
            return _l(
                "Not accepted on paper: this application is filed only in a national electronic system, not at"
                " the office. Tell the applicant to file it there (the printout helps to copy the answers)."
            )
        if self.mode == "electronic" and self.filed_at is not None:
            return _l(
                "Not accepted on paper: this application was filed electronically in this portal on %(date)s,"
                " and its case was opened then.",
                date=format_datetime(self.filed_at, "yyyy-MM-dd HH:mm"),
            )
        if self.mode == "electronic":
            return _l(
                "Not accepted on paper: this application is filed electronically in this portal, with scans of"
                " the documents. Tell the applicant to attach the scans and file it from the application's page."
            )
        return None


def governing(submission: Submission) -> Submission:
    """The submission whose way to the office applies: an annex's application, else itself."""
    application = db.session.scalar(
        select(Submission)
        .join(Annex, Annex.application_submission_id == Submission.id)
        .where(Annex.submission_id == submission.id)
    )
    return application or submission


def filing_of(submission: Submission) -> Filing:
    from app.catalogue import public

    kept = governing(submission)
    found = public.form_by_code(kept.definition.code)
    form = found[0] if found else {}
    system_url = (form.get("external_url") or None) if kept.submission_mode == "external" else None
    catalogue_mode = form.get("submission_mode")
    return Filing(
        mode=kept.submission_mode,
        system_url=system_url,
        catalogue_mode=catalogue_mode if catalogue_mode and catalogue_mode != kept.submission_mode else None,
        filed_at=kept.filed_at,
    )


class PaperRefused(Exception):
    """The application's submission mode does not let the office take it on paper."""

    def __init__(self, filing: Filing) -> None:
        super().__init__(f"not accepted on paper: submitted as {filing.mode}")
        self.filing = filing


CASE_PAGE = "desk.case_page"


def offer_case_page(app: Flask, finder: Callable[[int], tuple[str, str] | None]) -> None:
    """Case work tells the desk where the case opened from an application is: ``finder(submission_id)``
    gives the case's signature and the address of its page, or None."""
    app.extensions[CASE_PAGE] = finder


def case_page(submission: Submission) -> tuple[str, str] | None:
    """The signature and page of the case the accepted paper opened (an annex's: its application's)."""
    finder = current_app.extensions.get(CASE_PAGE)
    return finder(governing(submission).id) if finder else None


class AlreadyAccepted(Exception):
    def __init__(self, intake: Intake) -> None:
        super().__init__("the paper version was accepted already")
        self.intake = intake


def accept(submission: Submission, clerk: Any, service_point_id: int, hash_matched: bool | None) -> Intake:
    """Record that the signed paper version is accepted (its case opens on the event); refuses a
    second acceptance, and an application whose submission mode is not paper. ``hash_matched`` is
    what ``matches`` found: None when the number was typed and no code was compared."""
    # the row lock orders an acceptance after a correction of the same application being submitted
    db.session.execute(select(Submission.id).where(Submission.id == submission.id).with_for_update())
    existing = intake_of(submission)
    if existing is not None:
        raise AlreadyAccepted(existing)
    filing = filing_of(submission)
    if not filing.paper_accepted:
        raise PaperRefused(filing)
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
