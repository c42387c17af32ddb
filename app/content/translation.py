"""Texts kept in four languages side by side (``title_pl``, ``title_en``, ``title_ru``, ``title_uk``).

Polish is authoritative: a reader whose language version is missing gets the Polish text, marked
as Polish, with a note in their own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from config import LANGUAGE_CODES

AUTHORITATIVE = "pl"


@dataclass(frozen=True)
class Text:
    value: str
    language: str  # the language the text is actually in
    fallback: bool  # True when the reader's language was missing


def raw(source: Any, field: str, language: str) -> str:
    """``source`` is a model or a published snapshot (a dict of column values)."""
    key = f"{field}_{language}"
    value = source.get(key) if isinstance(source, dict) else getattr(source, key, None)
    return (value or "").strip()


def pick(source: Any, field: str, language: str) -> Text:
    own = raw(source, field, language)
    if own:
        return Text(own, language, False)
    return Text(raw(source, field, AUTHORITATIVE), AUTHORITATIVE, language != AUTHORITATIVE)


def missing_languages(source: Any, fields: tuple[str, ...]) -> list[str]:
    """Languages lacking a version of a text that exists in Polish."""
    return [
        code
        for code in LANGUAGE_CODES
        if code != AUTHORITATIVE and any(raw(source, f, AUTHORITATIVE) and not raw(source, f, code) for f in fields)
    ]


def falls_back(snapshots: list[dict[str, Any]], language: str) -> bool:
    """Whether any text of these snapshots lacks the reader's language (and shows in Polish)."""
    suffix = f"_{AUTHORITATIVE}"
    return language != AUTHORITATIVE and any(
        (value or "").strip() and not (data.get(key[: -len(suffix)] + f"_{language}") or "").strip()
        for data in snapshots
        for key, value in data.items()
        if key.endswith(suffix) and isinstance(value, str)
    )
