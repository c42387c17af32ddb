"""The one validation engine of the e-forms: the server checks a section (as the applicant types)
or the whole application (before submitting) against its definition and answers with errors,
warnings and Latin spellings to suggest, all in the reader's language.

Answers are ``{section: {field: raw}}``; a date is ``{"day", "month", "year"}``, checkboxes a
list, a group a list of ``{field: raw}`` items. Paths are ``section.field`` or
``section.group.2.field``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from stdnum.pl import pesel

from app.content.translation import pick
from app.forms import date_order, postal_codes, spelling
from app.forms.fields import REGISTRY, Invalid, is_empty

MAX_GROUP_ITEMS = 50
POLISH_POSTAL_CODE = re.compile(r"[0-9]{2}-[0-9]{3}")  # ASCII digits: str.isdigit() also takes "٥" and "５"
AS_IN_PASSPORT = _l("Write this in Latin letters, as in your passport.")
IN_LATIN = _l("Write this in Latin letters.")
IN_POLISH = _l("The form is filed in Polish and this answer is printed as you typed it: write it in Polish.")


class ShapeError(ValueError):
    """Answers that do not fit the definition at all (unknown sections or fields, wrong nesting)."""


@dataclass
class Result:
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # clean values of the checked sections
    errors: dict[str, str] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)
    suggestions: dict[str, dict] = field(default_factory=dict)  # path → Latin spelling: value, rule, message
    notes: dict[str, str] = field(default_factory=dict)  # path → a warning on the answer that does not stop it

    @property
    def valid(self) -> bool:
        return not self.errors


def check_shape(definition: dict, answers: Any) -> None:
    if not isinstance(answers, dict):
        raise ShapeError("answers must be an object of sections")
    sections = {s["key"]: s for s in definition["sections"]}
    for key, values in answers.items():
        if key not in sections:
            raise ShapeError(f"unknown section {key!r}")
        if not isinstance(values, dict):
            raise ShapeError(f"section {key!r} must be an object of fields")
        _check_fields(sections[key]["fields"], values, key)


def _check_fields(fields: list[dict], values: dict, where: str) -> None:
    by_key = {f["key"]: f for f in fields}
    for key, raw in values.items():
        if key not in by_key:
            raise ShapeError(f"unknown field {where}.{key}")
        if by_key[key]["type"] == "group":
            if not isinstance(raw, list) or len(raw) > MAX_GROUP_ITEMS:
                raise ShapeError(f"{where}.{key} must be a list of at most {MAX_GROUP_ITEMS} items")
            for i, item in enumerate(raw):
                if not isinstance(item, dict):
                    raise ShapeError(f"{where}.{key}.{i} must be an object of fields")
                _check_fields(by_key[key]["fields"], item, f"{where}.{key}.{i}")


def validate(definition: dict, answers: dict, sections: list[str] | None = None, language: str = "pl") -> Result:
    """Check the named sections (every section when None) with every answer in view, since a
    condition may look at another section. Raises ShapeError for answers that do not fit."""
    check_shape(definition, answers)
    known = known_values(definition, answers)
    result = Result()
    for section in definition["sections"]:
        if sections is not None and section["key"] not in sections:
            continue
        if "shown_if" in section and not holds(section["shown_if"], known):
            continue
        raw = answers.get(section["key"], {})
        result.values[section["key"]] = _fields(section["fields"], raw, section["key"], known, result, language)
        _checks(section, known, result)
        values = result.values[section["key"]]
        date_order.check_section(definition, section["key"], known, values, result.errors, language)
        postal_codes.check_section(section, known, result.errors, result.notes)
    if sections is None:
        result.warnings = warnings(definition, known, language)
    return result


def _fields(fields: list[dict], raw: dict, where: str, known: dict, result: Result, language: str) -> dict:
    values = {}
    for spec in fields:
        path = f"{where}.{spec['key']}"
        if "shown_if" in spec and not holds(spec["shown_if"], known):
            continue
        answer = raw.get(spec["key"])
        if spec["type"] == "group":
            values[spec["key"]] = _group(spec, answer or [], path, known, result, language)
            continue
        required = spec.get("required", False)
        required = holds(required, known) if isinstance(required, dict) else required
        if is_empty(answer):
            if required:
                result.errors[path] = str(REGISTRY[spec["type"]].missing)
            continue
        if spelling.written_in_latin(spec) and spelling.in_cyrillic(answer):
            result.errors[path] = str(AS_IN_PASSPORT if "passport" in spec else IN_LATIN)
            result.suggestions[path] = spelling.suggestion(spec, answer, known, raw)
            continue
        try:
            value = REGISTRY[spec["type"]].parse(answer, spec)
        except Invalid as problem:
            result.errors[path] = str(problem.message)
            continue
        if REGISTRY[spec["type"]].text and spelling.in_cyrillic(value):
            result.notes[path] = str(IN_POLISH)  # printed on the Polish form as typed
        values[spec["key"]] = value
    return values


def _group(spec: dict, items: list, path: str, known: dict, result: Result, language: str) -> list:
    minimum, maximum = spec.get("min_items", 0), spec.get("max_items", MAX_GROUP_ITEMS)
    if len(items) < minimum:
        result.errors[path] = ngettext("Add at least %(num)d item.", "Add at least %(num)d items.", minimum)
    if len(items) > maximum:
        result.errors[path] = ngettext("Add at most %(num)d item.", "Add at most %(num)d items.", maximum)
    return [_fields(spec["fields"], item, f"{path}.{i}", known, result, language) for i, item in enumerate(items)]


def known_values(definition: dict, answers: dict) -> dict[str, Any]:
    """``section.field`` → clean value, or None where the answer is missing or not valid (what
    conditions and cross-field checks look at)."""
    known: dict[str, Any] = {}
    for section in definition["sections"]:
        raw = answers.get(section["key"], {})
        for spec in section["fields"]:
            answer = raw.get(spec["key"])
            value = None
            if spec["type"] == "group":
                value = answer or []
            elif not is_empty(answer):
                try:
                    value = REGISTRY[spec["type"]].parse(answer, spec)
                except Invalid:
                    value = None
            known[f"{section['key']}.{spec['key']}"] = value
    return known


def holds(condition: dict, known: dict) -> bool:
    if "all" in condition:
        return all(holds(part, known) for part in condition["all"])
    if "any" in condition:
        return any(holds(part, known) for part in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], known)
    value = known.get(condition["field"])
    if "filled" in condition:
        return (value not in (None, [], "")) == condition["filled"]
    if "equals" in condition:
        return value == condition["equals"] or (isinstance(value, list) and condition["equals"] in value)
    return value in condition["in"] or (isinstance(value, list) and any(v in condition["in"] for v in value))


def _pesel_disagrees(v: dict) -> bool:
    born, sex = pesel.get_birth_date(v["pesel"]), pesel.get_gender(v["pesel"])
    return born.isoformat() != v["birth_date"] or {"F": "K", "M": "M"}[sex] != v["sex"]


# rule → (whether the answers break it, the field the message goes to, the message)
CHECKS = {
    "pesel_matches": (
        _pesel_disagrees,
        "pesel",
        _l("The PESEL number does not match the date of birth or sex given: check all three."),
    ),
    "polish_postal_code": (
        lambda v: v["country"] == "PL" and not _is_polish_code(v["postal_code"]),
        "postal_code",
        _l("Enter a Polish postal code like 50-153."),
    ),
}


def _checks(section: dict, known: dict, result: Result) -> None:
    for rule in section.get("checks", []):
        refs = rule["fields"]
        values = {role: known.get(ref) for role, ref in refs.items()}
        if any(value in (None, "") for value in values.values()):
            continue  # a missing or wrong answer has its own message already
        if rule["rule"] not in CHECKS:
            continue  # date_order.py and postal_codes.py
        broken, target, message = CHECKS[rule["rule"]]
        if broken(values):
            result.errors.setdefault(refs[target], str(message))


def _is_polish_code(value: Any) -> bool:
    return isinstance(value, str) and POLISH_POSTAL_CODE.fullmatch(value) is not None


def warnings(definition: dict, known: dict, language: str) -> list[dict[str, str]]:
    """The common formal errors the answers show: key, message and explanation in ``language``."""
    found = []
    for warning in definition["warnings"]:
        if holds(warning["when"], known):
            texts = {
                f"{name}_{code}": warning[name][code] for name in ("message", "explanation") for code in warning[name]
            }
            found.append(
                {
                    "key": warning["key"],
                    "message": pick(texts, "message", language).value,
                    "explanation": pick(texts, "explanation", language).value,
                }
            )
    return found
