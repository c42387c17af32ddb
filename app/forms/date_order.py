"""Dates that come in order: a document issued before it expires, a stay that ends after it began,
a trip that returns after it left. A definition declares each pair once, either as ``after`` on the
later field (of a section's own fields: on a group's field it is refused when the definition is
checked) or as a ``date_order`` check of a section; a check may name the fields of a repeatable
group's items (``section.group.field``), and is then applied to each item. The message goes to the
later date (of the item), naming the earlier question in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l

from app.forms.fields.written import in_language


@dataclass(frozen=True)
class Pair:
    first: str  # section.field, or section.group.field for the fields of each item
    second: str
    same_day: bool  # both dates may be the same day (a trip there and back in a day)
    section: str  # the section that declares it

    @property
    def in_items(self) -> bool:
        return self.first.count(".") == 2


def pairs(definition: dict) -> Iterator[Pair]:
    """Every pair of dates in order the definition declares."""
    for section in definition["sections"]:
        for spec in section["fields"]:
            if "after" in spec:
                yield Pair(spec["after"], f"{section['key']}.{spec['key']}", False, section["key"])
        for rule in section.get("checks", []):
            if rule["rule"] == "date_order":
                refs = rule["fields"]
                yield Pair(refs["first"], refs["second"], rule.get("same_day", False), section["key"])


def field_at(definition: dict, reference: str) -> dict | None:
    """The field a reference names: ``section.field``, or ``section.group.field`` within a group."""
    keys = reference.split(".")
    fields = next((s["fields"] for s in definition["sections"] if s["key"] == keys[0]), [])
    found = None
    for key in keys[1:]:
        found = next((f for f in fields if f["key"] == key), None)
        if found is None:
            return None
        fields = found.get("fields", [])
    return found


def check_section(definition: dict, section: str, known: dict, values: dict, errors: dict, language: str) -> None:
    """Put the order's message on each later date of the section's pairs (of each item for a
    group's pair) that comes too early; a missing or wrong date has its own message already."""
    for pair in pairs(definition):
        if pair.section != section:
            continue
        if not pair.in_items:
            _compare(definition, pair, known.get(pair.first), known.get(pair.second), pair.second, errors, language)
            continue
        group, first, second = pair.first.split(".")[1], pair.first.split(".")[2], pair.second.split(".")[2]
        for index, item in enumerate(values.get(group) or []):
            path = f"{section}.{group}.{index}.{second}"
            _compare(definition, pair, item.get(first), item.get(second), path, errors, language)


def _compare(definition: dict, pair: Pair, first: Any, second: Any, path: str, errors: dict, language: str) -> None:
    if not (isinstance(first, str) and isinstance(second, str)) or path in errors:
        return
    earlier, later = dt.date.fromisoformat(first), dt.date.fromisoformat(second)
    if later > earlier or (pair.same_day and later == earlier):
        return
    label = field_at(definition, pair.first)
    name = in_language(label["label"], language) if label else ""
    if pair.same_day:
        errors[path] = str(_l("This date cannot be earlier than “%(earlier)s”.", earlier=name))
    else:
        errors[path] = str(_l("This date must be later than “%(earlier)s”.", earlier=name))
