"""Reading a section's answers from a submitted HTML form (no JavaScript needed) into the shape
the validation engine takes, each answer by its field type's ``read``; and the buttons that add
and remove a group's items."""

from __future__ import annotations

from typing import Any

from werkzeug.datastructures import MultiDict

from app.forms.fields import field_type
from app.forms.fields.posted import MAX_ITEMS
from app.web.numbers import whole_number


def read_fields(fields: list[dict], form: MultiDict, prefix: str = "") -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for spec in fields:
        answer = _read(spec, form, f"{prefix}{spec['key']}")
        if answer is not None:
            answers[spec["key"]] = answer
    return answers


def _read(spec: dict, form: MultiDict, name: str) -> Any:
    # a group's items are read by its own fields, each item under its prefix
    return field_type(spec["type"]).read(form, name, spec, lambda prefix: read_fields(spec["fields"], form, prefix))


def apply_item_action(fields: list[dict], answers: dict, action: str) -> bool:
    """``add:<group>`` adds an empty item, ``remove:<group>:<n>`` removes one; True when the
    action was one of these (the page is shown again instead of moving on)."""
    kind, _, rest = action.partition(":")
    if kind not in ("add", "remove"):
        return False
    group_key, _, index = rest.partition(":")
    spec = next((f for f in fields if f["key"] == group_key and f["type"] == "group"), None)
    if spec is None:
        return False
    items = answers.setdefault(group_key, [])
    if kind == "add" and len(items) < spec.get("max_items", MAX_ITEMS):
        items.append({})
    elif kind == "remove" and (position := whole_number(index)) is not None and position < len(items):
        items.pop(position)
    return True
