"""How much of a typed answer a draft keeps: each answer within its field's limit (the
definition's ``max_length`` for free text, otherwise its type's own ``longest``), so that no
save path stores more than the page would accept. What is over the limit is not stored; the
page shows it back with the message, so nothing typed is lost from view. Every text is kept
without the spaces around it (every check of an answer reads it so) and measured as kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from flask_babel import ngettext

from app.forms.fields import field_type


def limit(spec: dict) -> int:
    """The most characters one typed text of this field may have."""
    kind = field_type(spec["type"])
    return spec.get("max_length", kind.longest) if kind.text else kind.longest


def _parts_allowed(spec: dict) -> int:
    """How many texts one answer holds at most: a date's three parts with their names, a
    ticked box per choice, otherwise one."""
    if field_type(spec["type"]).widget == "date":
        return 6
    return max(len(spec.get("choices", [])), 1)


def _texts(answer: Any) -> Iterator[str]:
    if isinstance(answer, dict):
        for key, value in answer.items():
            yield str(key)
            yield from _texts(value)
    elif isinstance(answer, list):
        for item in answer:
            yield from _texts(item)
    elif answer is not None:
        yield answer if isinstance(answer, str) else str(answer)


def trimmed(answer: Any) -> Any:
    """The answer as a draft keeps it: each text without the spaces and line breaks around it."""
    if isinstance(answer, str):
        return answer.strip()
    if isinstance(answer, dict):
        return {key: trimmed(value) for key, value in answer.items()}
    if isinstance(answer, list):
        return [trimmed(item) for item in answer]
    return answer


def over_limit(spec: dict, answer: Any) -> bool:
    """Whether the answer, as it would be kept, holds more texts or longer ones than the field allows."""
    texts = list(_texts(answer))
    return len(texts) > _parts_allowed(spec) or any(len(text) > limit(spec) for text in texts)


def too_long_message(spec: dict) -> str:
    maximum = limit(spec)
    return ngettext("Use at most %(num)d character.", "Use at most %(num)d characters.", maximum)


def within_limits(fields: list[dict], values: dict, where: str) -> tuple[dict, dict[str, str]]:
    """The answers a draft may keep, and path → message for each one left out as too long
    (a group's items are walked field by field)."""
    by_key = {spec["key"]: spec for spec in fields}
    kept: dict[str, Any] = {}
    refused: dict[str, str] = {}
    for key, answer in values.items():
        spec = by_key.get(key)
        path = f"{where}.{key}"
        if spec is None:
            kept[key] = answer  # not a field of this part: the shape check refuses it
        elif spec["type"] == "group" and isinstance(answer, list):
            items = []
            for i, item in enumerate(answer):
                if isinstance(item, dict):
                    item, refusals = within_limits(spec["fields"], item, f"{path}.{i}")
                    refused.update(refusals)
                items.append(item)
            kept[key] = items
        elif over_limit(spec, trimmed(answer)):
            refused[path] = too_long_message(spec)
        else:
            kept[key] = trimmed(answer)
    return kept, refused
