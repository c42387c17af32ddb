"""How each field type writes a clean answer out: shown to a reader in their language (check your
answers, the submitted application) and printed on the form, in Polish whatever the reader's.

A group's answer is a list of items; ``each`` is the caller's own showing or printing of one item
by its fields, which every other type leaves alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from flask_babel import format_date, gettext

from app.content.translation import pick
from app.forms.countries import country_name

Shown = Callable[[Any, dict, str, Callable], Any]  # clean value, field, language, each → text
Printed = Callable[[Any, dict, Callable], Any]  # clean value, field, each → Polish text


def in_language(text: dict, language: str) -> str:
    """A definition's ``{pl, en, ru, uk}`` text in ``language``, Polish when that one is missing."""
    return pick({f"t_{code}": value for code, value in text.items()}, "t", language).value


def shown_as_is(value: Any, field: dict, language: str, each: Callable) -> str:
    return str(value)


def printed_as_is(value: Any, field: dict, each: Callable) -> str:
    return str(value)


def shown_date(value: str, field: dict, language: str, each: Callable) -> str:
    return format_date(dt.date.fromisoformat(value), "long")


def printed_date(value: str, field: dict, each: Callable) -> str:
    return dt.date.fromisoformat(value).strftime("%d.%m.%Y")


def shown_yes_no(value: bool, field: dict, language: str, each: Callable) -> str:
    return gettext("Yes") if value else gettext("No")


def printed_yes_no(value: bool, field: dict, each: Callable) -> str:
    return "TAK" if value else "NIE"


def shown_choice(value: str, field: dict, language: str, each: Callable) -> str:
    return next((in_language(c["label"], language) for c in field["choices"] if c["value"] == value), value)


def shown_choices(value: list[str], field: dict, language: str, each: Callable) -> str:
    return ", ".join(in_language(c["label"], language) for c in field["choices"] if c["value"] in value)


def printed_choice(value: str, field: dict, each: Callable) -> str:
    return next((c["label"]["pl"] for c in field["choices"] if c["value"] == value), value)


def printed_choices(value: list[str], field: dict, each: Callable) -> str:
    return ", ".join(c["label"]["pl"] for c in field["choices"] if c["value"] in value)


def shown_country(value: str, field: dict, language: str, each: Callable) -> str:
    return country_name(value, language)


def printed_country(value: str, field: dict, each: Callable) -> str:
    return country_name(value, "pl")


def amount(value: str, language: str) -> str:
    """An amount in złoty written as ``language`` writes numbers; Polish groups the thousands only
    from five digits on (CLDR's minimum grouping digits: 4300,50 but 12 300,00)."""
    number = Decimal(value)
    grouped = language != "pl" or abs(number) >= 10000
    return format_decimal(number, format="#,##0.00", locale=language, group_separator=grouped)


def shown_money(value: str, field: dict, language: str, each: Callable) -> str:
    return gettext("%(amount)s zł", amount=amount(value, language))


def printed_money(value: str, field: dict, each: Callable) -> str:
    return f"{amount(value, 'pl')} zł"


def shown_items(items: list, field: dict, language: str, each: Callable) -> list:
    return [each(index, item) for index, item in enumerate(items)]


def printed_items(items: list, field: dict, each: Callable) -> list:
    return [each(item) for item in items]
