"""The office's ready texts, filled with the case's data in the reader's language: {signature},
{kind_of_case}, {deadline} (the legal deadline) and {due_on} (the waiting request's date)."""

from __future__ import annotations

import re

from sqlalchemy import select

from app.cases.models import Case
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
