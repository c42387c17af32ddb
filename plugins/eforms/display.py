"""Answers written out for reading back: check-your-answers and the submitted application."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from flask_babel import format_date
from flask_babel import gettext as _

from app.content.translation import pick
from app.forms.countries import country_name
from app.forms.fields import REGISTRY, Invalid, is_empty


def text(value: dict, language: str) -> str:
    return pick({f"t_{code}": v for code, v in value.items()}, "t", language).value


@dataclass
class Row:
    path: str
    label: str
    value: str | list[list[Row]]  # a group: its items' rows
    error: str = ""


@dataclass
class SectionSummary:
    key: str
    title: str
    rows: list[Row] = field(default_factory=list)


def summary(definition: dict, answers: dict, result: Any, language: str, clean: bool = False) -> list[SectionSummary]:
    """Each section's answered questions, written out in ``language``; ``clean`` when the answers
    are the checked values of a submission rather than what was typed."""
    errors = result.errors if result else {}
    sections = []
    for section in definition["sections"]:
        if result is not None and section["key"] not in result.values:
            continue  # not shown to this applicant
        shown = result.values.get(section["key"], {}) if result is not None else None
        raw = answers.get(section["key"], {})
        rows = _rows(section["fields"], raw, shown, section["key"], errors, language, clean)
        sections.append(SectionSummary(section["key"], text(section["title"], language), rows))
    return sections


def _rows(fields, raw, shown, where, errors, language, clean) -> list[Row]:
    rows = []
    for spec in fields:
        path = f"{where}.{spec['key']}"
        answer = raw.get(spec["key"])
        if shown is not None and spec["key"] not in shown and path not in errors and is_empty(answer):
            continue
        label = text(spec["label"], language)
        if spec["type"] == "group":
            items = [
                _rows(spec["fields"], item, None, f"{path}.{i}", errors, language, clean)
                for i, item in enumerate(answer or [])
            ]
            rows.append(Row(path, label, items, errors.get(path, "")))
            continue
        rows.append(Row(path, label, _value(spec, answer, language, clean), errors.get(path, "")))
    return rows


def _value(spec: dict, answer: Any, language: str, clean: bool) -> str:
    if is_empty(answer):
        return ""
    value = answer
    if not clean:
        try:
            value = REGISTRY[spec["type"]].parse(answer, spec)
        except Invalid:
            return _as_typed(answer)
    kind = spec["type"]
    if kind == "date":
        return format_date(dt.date.fromisoformat(value), "long")
    if kind == "yes_no":
        return _("Yes") if value else _("No")
    if kind in ("choice", "radio"):
        return next((text(c["label"], language) for c in spec["choices"] if c["value"] == value), value)
    if kind == "checkboxes":
        return ", ".join(text(c["label"], language) for c in spec["choices"] if c["value"] in value)
    if kind in ("country", "citizenship"):
        return country_name(value, language)
    return str(value)


def _as_typed(answer: Any) -> str:
    if isinstance(answer, dict):
        return " ".join(str(v) for v in answer.values())
    if isinstance(answer, list):
        return ", ".join(str(v) for v in answer)
    return str(answer)
