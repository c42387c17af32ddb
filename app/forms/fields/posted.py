"""How each field type reads its answer from a posted page (no JavaScript needed), in the shape
the validation engine takes; the names are those its widget gives its inputs. None when the page
carried no answer for the field.

A group's answer is a list of items; ``each`` reads one item's fields under the item's prefix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkzeug.datastructures import MultiDict

from app.web.numbers import whole_number

MAX_ITEMS = 50
Read = Callable[[MultiDict, str, dict, Callable], Any]  # posted page, input name, field, each → raw answer


def value(form: MultiDict, name: str, field: dict, each: Callable) -> Any:
    return form.get(name)


def date_parts(form: MultiDict, name: str, field: dict, each: Callable) -> dict | None:
    parts = {part: form.get(f"{name}-{part}", "") for part in ("day", "month", "year")}
    return parts if any(parts.values()) else None


def ticked(form: MultiDict, name: str, field: dict, each: Callable) -> list | None:
    return form.getlist(name) or None


def items(form: MultiDict, name: str, field: dict, each: Callable) -> list:
    return [each(f"{name}-{index}-") for index in range(item_count(form, name, field.get("max_items", MAX_ITEMS)))]


def item_count(form: MultiDict, name: str, maximum: int) -> int:
    return min(whole_number(form.get(f"{name}-count", "0")) or 0, maximum)
