"""Answers written out for reading back: check-your-answers and the submitted application."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.forms.fields import Invalid, field_type, is_empty
from app.forms.fields.written import in_language as text


@dataclass
class Row:
    path: str
    label: str
    value: str | list[list[Row]]  # a group: its items' rows
    error: str = ""
    note: str = ""  # a warning that does not stop the answer


@dataclass
class SectionSummary:
    key: str
    title: str
    rows: list[Row] = field(default_factory=list)


def summary(definition: dict, answers: dict, result: Any, language: str, clean: bool = False) -> list[SectionSummary]:
    """Each section's answered questions, written out in ``language``; ``clean`` when the answers
    are the checked values of a submission rather than what was typed."""
    errors = result.errors if result else {}
    notes = result.notes if result else {}
    sections = []
    for section in definition["sections"]:
        if result is not None and section["key"] not in result.values:
            continue  # not shown to this applicant
        shown = result.values.get(section["key"], {}) if result is not None else None
        raw = answers.get(section["key"], {})
        rows = _rows(section["fields"], raw, shown, section["key"], (errors, notes), language, clean)
        sections.append(SectionSummary(section["key"], text(section["title"], language), rows))
    return sections


def _rows(fields, raw, shown, where, found, language, clean) -> list[Row]:
    """``found``: the errors and the warnings, by path."""
    rows = []
    for spec in fields:
        path = f"{where}.{spec['key']}"
        answer = raw.get(spec["key"])
        if shown is not None and spec["key"] not in shown and path not in found[0] and is_empty(answer):
            continue
        rows.append(_row(spec, answer, path, found, language, clean))
    return rows


def _row(spec, answer, path, found, language, clean) -> Row:
    def item_rows(index: int, item: dict) -> list[Row]:
        return _rows(spec["fields"], item, None, f"{path}.{index}", found, language, clean)

    value = _value(spec, answer, language, clean, item_rows)
    return Row(path, text(spec["label"], language), value, found[0].get(path, ""), found[1].get(path, ""))


def _value(spec: dict, answer: Any, language: str, clean: bool, item_rows) -> str | list[list[Row]]:
    if is_empty(answer):
        return ""
    kind = field_type(spec["type"])
    value = answer
    if not clean:
        try:
            value = kind.parse(answer, spec)
        except Invalid:
            return _as_typed(answer)
    return kind.display(value, spec, language, item_rows)


def _as_typed(answer: Any) -> str:
    if isinstance(answer, dict):
        return " ".join(str(v) for v in answer.values())
    if isinstance(answer, list):
        return ", ".join(str(v) for v in answer)
    return str(answer)
