"""How each field type reads a typed answer into a clean value, or refuses it with a message
shown next to the field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from stdnum.pl import pesel

from app.clock import office_today
from app.forms.countries import COUNTRY_CODES
from app.web.numbers import whole_number


class Invalid(Exception):
    """An answer that cannot be accepted; ``message`` is shown next to the field."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


FILL_IN = _l("Fill in this field.")
CHOOSE = _l("Choose an answer.")
# control characters, and halves of surrogate pairs kept in a draft before the portal refused them
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def is_empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, dict):
        return all(is_empty(v) for v in raw.values())
    if isinstance(raw, list):
        return len(raw) == 0
    return False


def _string(raw: Any) -> str:
    if not isinstance(raw, str):
        raise Invalid(FILL_IN)
    if CONTROL.search(raw):
        raise Invalid(_l("Remove the special characters from this answer."))
    return " ".join(raw.split())


def text(limit: int) -> Callable[[Any, dict], str]:
    def parse(raw: Any, field: dict) -> str:
        if not isinstance(raw, str):
            raise Invalid(FILL_IN)
        if CONTROL.search(raw):
            raise Invalid(_l("Remove the special characters from this answer."))
        # a line of text keeps single spaces; a long text keeps its lines
        value = " ".join(raw.split()) if limit <= 200 else raw.replace("\r\n", "\n").strip()
        maximum = field.get("max_length", limit)
        if len(value) > maximum:
            raise Invalid(ngettext("Use at most %(num)d character.", "Use at most %(num)d characters.", maximum))
        return value

    return parse


def number(raw: Any, field: dict) -> int:
    text = _string(raw).replace(" ", "")
    if not re.fullmatch(r"-?\d{1,12}", text):
        raise Invalid(_l("Enter a whole number, e.g. 175."))
    return _in_range(int(text), field)


def money(raw: Any, field: dict) -> str:
    text = _string(raw).replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise Invalid(_l("Enter an amount in złoty, e.g. 4300 or 4300,50.")) from None
    if not value.is_finite() or value.as_tuple().exponent < -2 or abs(value) >= Decimal("1e12"):
        raise Invalid(_l("Enter an amount in złoty, e.g. 4300 or 4300,50."))
    return str(_in_range(value.quantize(Decimal("0.01")), field))


def _in_range(value, field: dict):
    if "min" in field and value < field["min"]:
        raise Invalid(_l("Enter %(n)s or more.", n=field["min"]))
    if "max" in field and value > field["max"]:
        raise Invalid(_l("Enter %(n)s or less.", n=field["max"]))
    return value


def date(raw: Any, field: dict) -> str:
    """Day, month and year typed separately (leading zeros or not), GOV.UK style."""
    if not isinstance(raw, dict):
        raise Invalid(_l("Enter the day, month and year."))
    parts = {}
    for key in ("day", "month", "year"):
        text = _string(raw.get(key) or "")
        if not text:
            raise Invalid(_l("Enter the day, month and year."))
        number = whole_number(text, 9999)
        if number is None or len(text) > 4:
            raise Invalid(_l("Use numbers only, e.g. 27 3 1990."))
        parts[key] = number
    if parts["year"] < 1000:
        raise Invalid(_l("Enter the year with four digits, e.g. 1990."))
    try:
        value = dt.date(parts["year"], parts["month"], parts["day"])
    except ValueError:
        raise Invalid(_l("Enter a real date, e.g. 27 3 1990.")) from None
    today = office_today()
    if value.year < 1900 or value.year > today.year + 50:
        raise Invalid(_l("Enter a real date, e.g. 27 3 1990."))
    if field.get("date") == "past" and value >= today:
        raise Invalid(_l("The date must be in the past."))
    if field.get("date") == "future" and value <= today:
        raise Invalid(_l("The date must be in the future."))
    return value.isoformat()


def choice(raw: Any, field: dict) -> str:
    values = [c["value"] for c in field.get("choices", [])]
    if not isinstance(raw, str) or raw not in values:
        raise Invalid(CHOOSE)
    return raw


def yes_no(raw: Any, field: dict) -> bool:
    if raw not in ("yes", "no"):
        raise Invalid(CHOOSE)
    return raw == "yes"


def checkboxes(raw: Any, field: dict) -> list[str]:
    values = [c["value"] for c in field.get("choices", [])]
    chosen = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(v, str) and v in values for v in chosen):
        raise Invalid(CHOOSE)
    return [v for v in values if v in chosen]  # the definition's order, no repeats


def country(raw: Any, field: dict) -> str:
    code = raw.strip().upper() if isinstance(raw, str) else ""
    if code not in COUNTRY_CODES:
        raise Invalid(_l("Choose a country from the list."))
    return code


def pesel_number(raw: Any, field: dict) -> str:
    value = _string(raw).replace(" ", "")
    if not re.fullmatch(r"\d{11}", value):
        raise Invalid(_l("A PESEL number has 11 digits."))
    if not pesel.is_valid(value):
        raise Invalid(_l("This PESEL number is not valid: check the digits."))
    return value


def passport_number(raw: Any, field: dict) -> str:
    value = re.sub(r"[\s-]", "", _string(raw)).upper()
    if not re.fullmatch(r"[A-Z0-9]{5,20}", value):
        raise Invalid(_l("Enter the number as it is in the document: 5 to 20 Latin letters and digits."))
    return value


def phone(raw: Any, field: dict) -> str:
    text = _string(raw)
    try:
        number = phonenumbers.parse(text, "PL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise Invalid(_l("Enter a phone number, with the country code if it is not Polish, e.g. +380 44 123 4567."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email(raw: Any, field: dict) -> str:
    text = _string(raw)
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise Invalid(_l("Enter an e-mail address like name@example.com.")) from None


def postal_code(raw: Any, field: dict) -> str:
    digits = re.sub(r"[\s-]", "", _string(raw))
    if not re.fullmatch(r"\d{5}", digits):
        raise Invalid(_l("Enter a Polish postal code like 50-153."))
    return f"{digits[:2]}-{digits[2:]}"


def checked_number(module, message) -> Callable[[Any, dict], str]:
    def parse(raw: Any, field: dict) -> str:
        value = re.sub(r"[\s-]", "", _string(raw))
        if not module.is_valid(value):
            raise Invalid(message)
        return value

    return parse


def krs(raw: Any, field: dict) -> str:
    value = re.sub(r"\s", "", _string(raw))
    if not re.fullmatch(r"\d{1,10}", value):
        raise Invalid(_l("A KRS number has up to 10 digits."))
    return value.zfill(10)


def items(raw: Any, field: dict) -> list:
    """A group's items as given: the validator and the pages read each item's fields by their own types."""
    return raw
