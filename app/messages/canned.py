"""The office's ready texts, filled with the case's data in the reader's language: {signature},
{kind_of_case}, {deadline} (the legal deadline) and {due_on} (the waiting request's date). The
office edits them in the back office (four languages, a preview on a made-up case; a placeholder
the case does not give is refused when saved)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.cases.models import Case
from app.clock import utcnow
from app.extensions import db
from app.messages.models import CannedText

PLACEHOLDERS = ("signature", "kind_of_case", "deadline", "due_on")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def offered() -> list[CannedText]:
    query = select(CannedText).where(CannedText.active).order_by(CannedText.position, CannedText.id)
    return list(db.session.scalars(query))


def title(canned: CannedText, language: str) -> str:
    return canned.title.get(language) or canned.title.get("pl") or canned.key


def values(case: Case, language: str) -> dict[str, str]:
    request = case.open_request
    kind = case.case_type
    return {
        "signature": case.signature,
        "kind_of_case": getattr(kind, f"name_{language}", None) or kind.name_pl,
        "deadline": case.deadline.strftime("%d.%m.%Y") if case.deadline else "—",
        "due_on": request.due_on.strftime("%d.%m.%Y") if request else "—",
    }


def fill(canned: CannedText, case: Case, language: str) -> str:
    """The text with its placeholders filled; an unknown placeholder stays as written."""
    text = canned.body.get(language) or canned.body.get("pl") or ""
    known = values(case, language)
    return PLACEHOLDER.sub(lambda match: known.get(match.group(1), match.group(0)), text)


# Editing in the back office ---------------------------------------------------------------------

LANGUAGES = ("pl", "en", "ru", "uk")
KEY = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?\Z")
MAX_TITLE = 200
MAX_TEXT = 3000
SAMPLE_KIND = {
    "pl": "zezwolenie na pobyt czasowy",
    "en": "temporary residence permit",
    "ru": "разрешение на временное проживание",
    "uk": "дозвіл на тимчасове проживання",
}


@dataclass(frozen=True)
class Edited:
    """A ready text as typed in the back office."""

    key: str
    title: dict[str, str]
    body: dict[str, str]
    active: bool


class TextRefused(ValueError):
    """The ready text was not saved: the reason per field (``key``, ``title-pl``, ``body-uk`` …)."""

    def __init__(self, errors: dict[str, Any]) -> None:
        super().__init__("; ".join(str(message) for message in errors.values()))
        self.errors = errors


def sample_values(language: str) -> dict[str, str]:
    """Made-up case data for the preview, in the reader's language."""
    return {
        "signature": current_app.config["CASE_SIGNATURE_PATTERN"].format(number=1234, year=2026),
        "kind_of_case": SAMPLE_KIND.get(language, SAMPLE_KIND["pl"]),
        "deadline": "30.06.2026",
        "due_on": "15.05.2026",
    }


def preview(body: dict[str, str]) -> dict[str, str]:
    """Each language's text filled with the sample case (an unknown placeholder stays as written)."""
    return {language: _filled(text or "", sample_values(language)) for language, text in body.items()}


def _filled(text: str, known: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda match: known.get(match.group(1), match.group(0)), text)


def check(edited: Edited, row: CannedText | None) -> dict[str, Any]:
    """What stops the text being saved, per field; empty when it may be."""
    errors: dict[str, Any] = {}
    if not KEY.match(edited.key):
        errors["key"] = _l("The key is 1 to 60 small Latin letters, digits and hyphens, e.g. missing-photo.")
    else:
        taken = db.session.scalar(select(CannedText.id).where(CannedText.key == edited.key))
        if taken is not None and (row is None or taken != row.id):
            errors["key"] = _l("Another ready text has this key.")
    for language in LANGUAGES:
        title, body = edited.title.get(language, ""), edited.body.get(language, "")
        if not title:
            errors[f"title-{language}"] = _l("Enter the title in this language.")
        elif len(title) > MAX_TITLE:
            errors[f"title-{language}"] = _l("A title has at most %(n)d characters.", n=MAX_TITLE)
        unknown = sorted({name for name in PLACEHOLDER.findall(body) if name not in PLACEHOLDERS})
        if not body:
            errors[f"body-{language}"] = _l("Enter the text in this language.")
        elif len(body) > MAX_TEXT:
            errors[f"body-{language}"] = _l("A text has at most %(n)d characters.", n=MAX_TEXT)
        elif unknown:
            errors[f"body-{language}"] = _l(
                "The case gives no %(names)s. Use only %(known)s.",
                names=", ".join(f"{{{name}}}" for name in unknown),
                known=", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            )
    return errors


def save(edited: Edited, row: CannedText | None, by: Any) -> CannedText:
    """Store the ready text (raises TextRefused, changing nothing); the seed leaves it as saved."""
    errors = check(edited, row)
    if errors:
        raise TextRefused(errors)
    if row is None:
        last = db.session.scalar(select(func.max(CannedText.position))) or 0
        row = CannedText(key=edited.key, position=last + 1, kind="message")
        db.session.add(row)
    row.key = edited.key
    row.title = {language: edited.title[language] for language in LANGUAGES}
    row.body = {language: edited.body[language] for language in LANGUAGES}
    row.active = edited.active
    row.edited_at = utcnow()
    row.edited_by = f"{by.first_name} {by.last_name}".strip()[:200]
    db.session.flush()
    return row


def every() -> list[CannedText]:
    """All ready texts, those no longer offered too, in the clerks' order."""
    return list(db.session.scalars(select(CannedText).order_by(CannedText.position, CannedText.id)))
