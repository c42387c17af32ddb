"""Reading a section's answers from a submitted HTML form (no JavaScript needed) into the shape
the validation engine takes: dates as day/month/year, checkboxes as lists, groups as items."""

from __future__ import annotations

from typing import Any

from werkzeug.datastructures import MultiDict

MAX_ITEMS = 50


def item_count(form: MultiDict, name: str, maximum: int) -> int:
    raw = form.get(f"{name}-count", "0")
    return min(int(raw), maximum) if raw.isdigit() else 0


def read_fields(fields: list[dict], form: MultiDict, prefix: str = "") -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for spec in fields:
        name = f"{prefix}{spec['key']}"
        kind = spec["type"]
        if kind == "date":
            parts = {part: form.get(f"{name}-{part}", "") for part in ("day", "month", "year")}
            if any(parts.values()):
                answers[spec["key"]] = parts
        elif kind == "checkboxes":
            chosen = form.getlist(name)
            if chosen:
                answers[spec["key"]] = chosen
        elif kind == "group":
            count = item_count(form, name, spec.get("max_items", MAX_ITEMS))
            answers[spec["key"]] = [read_fields(spec["fields"], form, f"{name}-{i}-") for i in range(count)]
        elif name in form:
            answers[spec["key"]] = form.get(name, "")
    return answers


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
    elif kind == "remove" and index.isdigit() and int(index) < len(items):
        items.pop(int(index))
    return True
