"""Field types of the e-forms, one registry: each type says how its answer is read from a posted
page (posted.py), parsed and checked (parsing.py), shown to a reader and printed on the Polish form
(written.py), and which input widget the templates draw for it. A type declares only what differs
from the defaults, a plain line of text.

Each type is registered once; a second registration of a name stops startup, and a definition
naming a type that is not registered is refused when it is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from stdnum.pl import nip, regon

from app.forms.fields import parsing, posted, written
from app.forms.fields.parsing import CHOOSE, FILL_IN, Invalid, is_empty

__all__ = ["REGISTRY", "FieldType", "Input", "Invalid", "field_type", "is_empty", "register"]


@dataclass(frozen=True)
class Input:
    """The attributes of a one-line input that help whoever types the answer."""

    type: str = "text"
    autocomplete: str = ""
    inputmode: str = ""
    medium: bool = False  # a short code or number: a narrower box
    spellcheck: bool = True


@dataclass(frozen=True)
class FieldType:
    name: str
    parse: Callable[[Any, dict], Any]  # raw answer, field definition → clean value (raises Invalid)
    missing: object  # the message when a required answer is missing
    text: bool = False  # typed as free text (Latin capitals and transliteration apply)
    choices: bool = False  # the definition lists the answers to choose from
    # the macro drawing its input: eforms/_fields.html for applicants, forms/_definition.html for the preview
    widget: str = "text_input"
    input: Input = Input()  # for the text_input widget
    # the most characters one typed text of the answer may have before a draft keeps it (free
    # text: the definition's max_length instead, when it has one; see limits.py)
    longest: int = 200
    read: posted.Read = posted.value
    display: written.Shown = written.shown_as_is
    print: written.Printed = written.printed_as_is


REGISTRY: dict[str, FieldType] = {}


def register(field_type: FieldType) -> None:
    if field_type.name in REGISTRY:
        raise RuntimeError(f"field type {field_type.name!r} is registered twice")
    REGISTRY[field_type.name] = field_type


def field_type(name: str) -> FieldType:
    return REGISTRY[name]


NUMERIC = Input(inputmode="numeric", medium=True)

for built_in in (
    FieldType("text", parsing.text(200), FILL_IN, text=True, longest=200),
    FieldType("long_text", parsing.text(2000), FILL_IN, text=True, widget="textarea", longest=2000),
    FieldType("number", parsing.number, FILL_IN, input=NUMERIC, longest=30),
    FieldType(
        "money",
        parsing.money,
        FILL_IN,
        input=Input(inputmode="decimal", medium=True),
        display=written.shown_money,
        print=written.printed_money,
        longest=30,
    ),
    FieldType(
        "date",
        parsing.date,
        _l("Enter the day, month and year."),
        widget="date",
        read=posted.date_parts,
        display=written.shown_date,
        print=written.printed_date,
        longest=10,
    ),
    FieldType(
        "choice",
        parsing.choice,
        CHOOSE,
        choices=True,
        widget="select",
        display=written.shown_choice,
        print=written.printed_choice,
    ),
    FieldType(
        "radio",
        parsing.choice,
        CHOOSE,
        choices=True,
        widget="radios",
        display=written.shown_choice,
        print=written.printed_choice,
    ),
    FieldType(
        "yes_no",
        parsing.yes_no,
        CHOOSE,
        widget="yes_no",
        display=written.shown_yes_no,
        print=written.printed_yes_no,
        longest=10,
    ),
    FieldType(
        "checkboxes",
        parsing.checkboxes,
        _l("Tick at least one answer."),
        choices=True,
        widget="checkboxes",
        read=posted.ticked,
        display=written.shown_choices,
        print=written.printed_choices,
    ),
    FieldType(
        "country",
        parsing.country,
        _l("Choose a country from the list."),
        widget="country_select",
        display=written.shown_country,
        print=written.printed_country,
        longest=100,
    ),
    FieldType(
        "citizenship",
        parsing.country,
        _l("Choose a country from the list."),
        widget="country_select",
        display=written.shown_country,
        print=written.printed_country,
        longest=100,
    ),
    FieldType("pesel", parsing.pesel_number, FILL_IN, input=NUMERIC, longest=30),
    FieldType(
        "passport_number",
        parsing.passport_number,
        FILL_IN,
        input=Input(medium=True, spellcheck=False),
        longest=40,
    ),
    FieldType("phone", parsing.phone, FILL_IN, input=Input(type="tel", autocomplete="tel"), longest=40),
    FieldType(
        "email",
        parsing.email,
        FILL_IN,
        input=Input(type="email", autocomplete="email", spellcheck=False),
        longest=254,
    ),
    FieldType(
        "postal_code",
        parsing.postal_code,
        FILL_IN,
        input=Input(autocomplete="postal-code", inputmode="numeric", medium=True),
        longest=20,
    ),
    FieldType(
        "nip",
        parsing.checked_number(nip, _l("This NIP is not valid: it has 10 digits; check them.")),
        FILL_IN,
        input=NUMERIC,
        longest=30,
    ),
    FieldType(
        "regon",
        parsing.checked_number(regon, _l("This REGON is not valid: it has 9 or 14 digits.")),
        FILL_IN,
        input=NUMERIC,
        longest=30,
    ),
    FieldType("krs", parsing.krs, FILL_IN, input=NUMERIC, longest=30),
    FieldType(
        "group",
        parsing.items,
        _l("Add at least one item."),
        widget="group",
        read=posted.items,
        display=written.shown_items,
        print=written.printed_items,
    ),
):
    register(built_in)
