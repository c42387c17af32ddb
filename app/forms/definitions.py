"""Form definitions: YAML files checked against the schema and against themselves (every
reference names a field that exists, every type is registered) before anything uses them.
A bad definition is refused with the file and the path of the bad entry."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from app.forms.fields import REGISTRY
from app.forms.schema import CHECK_FIELDS, SCHEMA

_validator = Draft202012Validator(SCHEMA)


class DefinitionError(ValueError):
    """A definition that cannot be used; the message names the source and the bad entry."""


def load_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DefinitionError(f"{path.name}: not valid YAML: {error}") from None
    return check(data, path.name)


def load_text(text: str, source: str) -> dict[str, Any]:
    """A definition uploaded in the back office (YAML or JSON, which is YAML too), read only
    within the bounds of a definition (see _bounded)."""
    try:
        _bounded(text, source)
        data = yaml.safe_load(text)
    except DefinitionError:
        raise
    except (yaml.YAMLError, ValueError) as error:  # ValueError: a date that does not exist, as 2026-02-30
        raise DefinitionError(f"{source}: not valid YAML or JSON: {error}") from None
    return check(data, source)


# A definition nests sections, fields, a group's fields and conditions: far fewer levels than this.
MAX_DEPTH = 40
MAX_NUMBER = 30  # characters of a number (a limit, a minimum, an amount)
NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_SURROGATES = re.compile("[\ud800-\udfff]")
_resolver = yaml.resolver.Resolver()  # the safe loader's own: what a plain scalar becomes
_constructor = yaml.constructor.SafeConstructor()


def _bounded(text: str, source: str) -> None:
    """Walk the text's YAML events (nothing is built yet, and the walk keeps no stack of its own)
    and refuse what no definition needs and what would break the reading: nesting deeper than
    MAX_DEPTH, numbers longer than MAX_NUMBER or not finite, aliases (a few can expand to
    millions of entries) and text with halves of surrogate pairs."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        where = f"{source}: line {event.start_mark.line + 1}"
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise DefinitionError(f"{where}: nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            raise DefinitionError(f"{where}: aliases (*{event.anchor}) are not used in form definitions")
        elif isinstance(event, yaml.ScalarEvent):
            if _SURROGATES.search(event.value):
                raise DefinitionError(f"{where}: the text has an incomplete character (half of a surrogate pair)")
            _bounded_number(event, where)


def _bounded_number(event: yaml.ScalarEvent, where: str) -> None:
    """A scalar the loader would make a number (in any of YAML 1.1's notations: decimal, hex,
    octal, binary, sexagesimal, or tagged !!int or !!float) is at most MAX_NUMBER characters and
    finite."""
    implicit = event.tag in (None, "!")
    tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit) if implicit else event.tag
    if tag not in NUMBERS:
        return
    if len(event.value) > MAX_NUMBER:
        raise DefinitionError(f"{where}: a number longer than {MAX_NUMBER} characters")
    value = _constructor.construct_object(yaml.ScalarNode(tag, event.value))  # ValueError: not a number
    if not math.isfinite(value):
        raise DefinitionError(f"{where}: {event.value} is not a number a definition can use")


def check(data: Any, source: str) -> dict[str, Any]:
    """The definition, or DefinitionError naming what is wrong; whatever the data holds, nothing
    else is raised (a value the checks cannot even describe is refused as such)."""
    try:
        return _checked(data, source)
    except DefinitionError:
        raise
    except (ValueError, TypeError, RecursionError, OverflowError) as error:
        raise DefinitionError(f"{source}: a value the checks cannot read: {type(error).__name__}: {error}") from None


def _checked(data: Any, source: str) -> dict[str, Any]:
    error = best_match(_validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise DefinitionError(f"{source}: {where}: {error.message}")
    problems = list(_semantic_problems(data))
    if problems:
        raise DefinitionError(f"{source}: " + "; ".join(problems))
    return data


def fields_by_reference(definition: dict) -> dict[str, dict]:
    """``section.field`` → the field's definition, for the top-level fields of every section."""
    return {f"{s['key']}.{f['key']}": f for s in definition["sections"] for f in s["fields"]}


def _semantic_problems(data: dict) -> Iterator[str]:
    sections = data["sections"]
    yield from _duplicates([s["key"] for s in sections], "sections")
    known = fields_by_reference(data)
    for i, section in enumerate(sections):
        where = f"sections/{i}"
        yield from _field_problems(section["fields"], where)
        if "shown_if" in section:
            yield from _condition_problems(section["shown_if"], known, f"{where}/shown_if")
        for j, field in enumerate(section["fields"]):
            place = f"{where}/fields/{j}"
            for key in ("required", "shown_if"):
                if isinstance(field.get(key), dict):
                    yield from _condition_problems(field[key], known, f"{place}/{key}")
            if "after" in field and known.get(field["after"], {}).get("type") != "date":
                yield f"{place}/after: {field['after']} is not a date field of this form"
        yield from _passport_problems(section["fields"], section["key"], known, where)
        for j, rule in enumerate(section.get("checks", [])):
            place = f"{where}/checks/{j}"
            needed = CHECK_FIELDS[rule["rule"]]
            if set(rule["fields"]) != needed:
                yield f"{place}/fields: {rule['rule']} needs exactly {', '.join(sorted(needed))}"
            yield from _check_references(rule, section, known, place)
    for i, warning in enumerate(data["warnings"]):
        yield from _condition_problems(warning["when"], known, f"warnings/{i}/when")
    yield from _duplicates([w["key"] for w in data["warnings"]], "warnings")
    for i, annex in enumerate(data.get("annexes", [])):
        if not annex.startswith(data["code"] + "-"):
            yield f"annexes/{i}: an annex's code starts with the form's code and a hyphen ({data['code']}-…)"
    if "-" in data["code"] and data.get("annexes"):
        yield "annexes: an annex has no annexes of its own"


def _passport_problems(fields: list[dict], prefix: str, known: dict, where: str) -> Iterator[str]:
    """A name spelled as in a passport is a line of Latin text, and its country comes from a
    country question of the form or of the same group's item."""
    for j, field in enumerate(fields):
        place = f"{where}/fields/{j}"
        if field["type"] == "group" and "fields" in field:
            yield from _passport_problems(field["fields"], f"{prefix}.{field['key']}", known, place)
        if "passport" not in field:
            continue
        if field["type"] != "text" or not field.get("latin"):
            yield f"{place}/passport: only a line of text in Latin letters (latin: true) is spelled as in a passport"
        inner = {f"{prefix}.{f['key']}": f for f in fields} if prefix.count(".") == 1 else {}
        for i, reference in enumerate(field["passport"]):
            target = inner.get(reference) if reference.count(".") == 2 else known.get(reference)
            if target is None or target["type"] not in ("country", "citizenship"):
                yield f"{place}/passport/{i}: {reference} is not a country question of this form or of the same item"


def _check_references(rule: dict, section: dict, known: dict, place: str) -> Iterator[str]:
    """A check names fields of the form; a date order may name two dates of the same group's
    items in its own section (section.group.field), compared item by item."""
    in_items = [ref.rsplit(".", 1)[0] for ref in rule["fields"].values() if ref.count(".") == 2]
    for role, reference in rule["fields"].items():
        if reference.count(".") == 2:
            group = known.get(reference.rsplit(".", 1)[0], {})
            inner = {f["key"]: f for f in group.get("fields", [])}
            if not reference.startswith(section["key"] + ".") or reference.rsplit(".", 1)[1] not in inner:
                yield f"{place}/fields/{role}: no field {reference} in a group of this section"
                continue
            field = inner[reference.rsplit(".", 1)[1]]
        elif reference not in known:
            yield f"{place}/fields/{role}: no field {reference}"
            continue
        else:
            field = known[reference]
        if rule["rule"] == "date_order" and field["type"] != "date":
            yield f"{place}/fields/{role}: {reference} is not a date field"
    if in_items and (rule["rule"] != "date_order" or len(set(in_items)) != 1 or len(in_items) != len(rule["fields"])):
        yield f"{place}/fields: only a date order names a group's fields, both of the same group"
    if "same_day" in rule and rule["rule"] != "date_order":
        yield f"{place}/same_day: only a date order allows the same day"


def _field_problems(fields: list[dict], where: str) -> Iterator[str]:
    yield from _duplicates([f["key"] for f in fields], f"{where}/fields")
    for j, field in enumerate(fields):
        place = f"{where}/fields/{j}"
        kind = field["type"]
        if kind not in REGISTRY:
            yield f"{place}/type: unknown field type {kind!r} (known: {', '.join(sorted(REGISTRY))})"
        chooses = kind in REGISTRY and REGISTRY[kind].choices
        if chooses and not field.get("choices"):
            yield f"{place}/choices: a {kind} field needs choices"
        if chooses:
            yield from _duplicates([c["value"] for c in field.get("choices", [])], f"{place}/choices")
        if (kind == "group") != ("fields" in field):
            yield f"{place}/fields: only a group has fields of its own, and a group needs them"
        if kind == "group" and "fields" in field:
            yield from _field_problems(field["fields"], place)
            for k, inner in enumerate(field["fields"]):
                if "after" in inner:  # date_order.pairs reads after on a section's own fields only
                    yield (
                        f"{place}/fields/{k}/after: a field of a group's items is put in order by a date_order "
                        f"check of its section naming both dates of the group (section.group.field), not by after"
                    )


def _condition_problems(condition: dict, known: dict, where: str) -> Iterator[str]:
    if "field" in condition:
        if condition["field"] not in known:
            yield f"{where}/field: no field {condition['field']}"
        return
    for key in ("all", "any"):
        for i, part in enumerate(condition.get(key, [])):
            yield from _condition_problems(part, known, f"{where}/{key}/{i}")
    if "not" in condition:
        yield from _condition_problems(condition["not"], known, f"{where}/not")


def _duplicates(keys: list[str], where: str) -> Iterator[str]:
    seen = set()
    for key in keys:
        if key in seen:
            yield f"{where}: {key!r} appears twice"
        seen.add(key)
