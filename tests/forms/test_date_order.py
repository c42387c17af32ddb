"""Dates in order: every pair of a start and an end date in every seeded form is declared, inside
repeatable groups too, and a later date that comes too early gets a message on its own field (the
item's field) naming the earlier question."""

import copy
import datetime as dt
from pathlib import Path

import pytest
from flask_babel import force_locale

from app.clock import office_today
from app.forms import date_order
from app.forms.definitions import DefinitionError, check, load_file
from app.forms.validation import validate
from tests.forms.sample import good_answers, sample, t

FORMS = sorted(Path(__file__).parents[2].joinpath("seeds", "forms").glob("*.yaml"))
# words that make a date the start or the end of a period, in the fields' keys
STARTS = {"from", "since", "issued", "departure", "decision", "event"}
ENDS = {"to", "until", "expires", "return", "reported", "filed"}
# end dates with no start among the form's questions, and why
ALONE = {
    "TRP": {"purpose.requested_until": "the permit starts with the decision"},
    "TRW": {"work.requested_until": "the permit starts with the decision"},
    "TRV": {"residence.card_expires_on": "the card's issue date is not asked"},
    "WRK": {"request.current_permit_valid_to": "the current permit's start is not asked"},
}


def words(key: str) -> set[str]:
    return set(key.split("_"))


def scopes(definition: dict):
    """(prefix of references, the fields) of each section and each group in it."""
    for section in definition["sections"]:
        yield section["key"], section["fields"]
        for spec in section["fields"]:
            if spec["type"] == "group":
                yield f"{section['key']}.{spec['key']}", spec["fields"]


def end_dates(definition: dict):
    """Each end date of a period whose start is asked in the same part or the same item."""
    for prefix, fields in scopes(definition):
        dates = [f["key"] for f in fields if f["type"] == "date"]
        if any(words(key) & STARTS for key in dates):
            yield from (f"{prefix}.{key}" for key in dates if words(key) & ENDS and not words(key) & STARTS)


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_every_end_date_of_every_seeded_form_is_in_a_declared_pair(path):
    definition = load_file(path)
    declared = {pair.second for pair in date_order.pairs(definition)}
    alone = ALONE.get(definition["code"], {})
    missing = [end for end in end_dates(definition) if end not in declared and end not in alone]
    assert missing == [], f"{path.name}: declare the order of these dates (a date_order check or after)"
    for end in alone:
        assert date_order.field_at(definition, end)["type"] == "date" and end not in declared


def test_the_walk_finds_the_pairs_inside_groups():
    definition = load_file(next(p for p in FORMS if p.stem == "trp"))
    assert {"stays.previous_stays.date_to", "travels.trips.date_to"} <= set(end_dates(definition))


def everywhere(definition: dict) -> dict:
    """The definition with every question shown, so that each pair can be tried on its own."""
    definition = copy.deepcopy(definition)

    def open_up(fields):
        for spec in fields:
            spec.pop("shown_if", None)
            open_up(spec.get("fields", []))

    for section in definition["sections"]:
        section.pop("shown_if", None)
        open_up(section["fields"])
    return definition


def typed(day: dt.date) -> dict:
    return {"day": str(day.day), "month": str(day.month), "year": str(day.year)}


def too_early(first: dict, second: dict) -> tuple[dt.date, dt.date] | None:
    """A start, and an end a day before it, that each field's own rule (past, future) accepts."""
    if first.get("date") == "past" and second.get("date") == "future":
        return None  # the fields' own rules keep these in order
    later = "future" in (first.get("date"), second.get("date"))
    start = office_today() + dt.timedelta(days=400 if later else -400)
    return start, start - dt.timedelta(days=1)


def answers_for(pair, start: dt.date, end: dt.date) -> tuple[dict, str]:
    """Only the two dates (in one item for a group's pair); the path of the end date."""
    first, second = pair.first.split("."), pair.second.split(".")
    if pair.in_items:
        item = {first[2]: typed(start), second[2]: typed(end)}
        return {first[0]: {first[1]: [{}, item]}}, f"{second[0]}.{second[1]}.1.{second[2]}"
    answers: dict = {}
    answers.setdefault(first[0], {})[first[1]] = typed(start)
    answers.setdefault(second[0], {})[second[1]] = typed(end)
    return answers, pair.second


SEEDED_PAIRS = [(path.stem, pair) for path in FORMS for pair in date_order.pairs(load_file(path))]


@pytest.mark.parametrize(("form", "pair"), SEEDED_PAIRS, ids=lambda v: getattr(v, "second", v))
def test_each_declared_pair_puts_its_message_on_the_later_date(app, form, pair):
    definition = everywhere(load_file(next(p for p in FORMS if p.stem == form)))
    first, second = date_order.field_at(definition, pair.first), date_order.field_at(definition, pair.second)
    dates = too_early(first, second)
    if dates is None:
        pytest.skip("the fields' own rules keep these dates in order")
    start, end = dates
    answers, path = answers_for(pair, start, end)
    with force_locale("en"):
        errors = validate(definition, answers, None, "en").errors
    assert errors[path] in (
        f"This date must be later than “{first['label']['en']}”.",
        f"This date cannot be earlier than “{first['label']['en']}”.",
    )
    for end in (start + dt.timedelta(days=1), start) if pair.same_day else (start + dt.timedelta(days=1),):
        answers, path = answers_for(pair, start, end)
        with force_locale("en"):
            assert path not in validate(definition, answers, None, "en").errors


def march(day: str) -> dict:
    return {"day": day, "month": "3", "year": "2024"}


def trips(dates: list[tuple[str, str]]) -> dict:
    definition = sample()
    definition["sections"][1]["fields"][7]["fields"] += [
        {"key": "left_on", "type": "date", "label": t("Left on"), "date": "past"},
        {"key": "back_on", "type": "date", "label": t("Came back on"), "date": "past"},
    ]
    definition["sections"][1]["checks"].append(
        {
            "rule": "date_order",
            "fields": {"first": "stay.family.left_on", "second": "stay.family.back_on"},
            "same_day": True,
        }
    )
    answers = good_answers()
    answers["stay"]["family"] = [
        {
            "name": "Olena",
            "left_on": {"day": a, "month": "3", "year": "2024"},
            "back_on": {"day": b, "month": "3", "year": "2024"},
        }
        for a, b in dates
    ]
    return check(definition, "test"), answers


@pytest.mark.parametrize("language", ["en", "pl", "uk"])
def test_a_group_item_coming_back_before_it_left_is_refused_on_that_item(app, language):
    definition, answers = trips([("10", "12"), ("10", "10"), ("20", "5")])
    with force_locale(language):
        errors = validate(definition, answers, None, language).errors
    assert list(errors) == ["stay.family.2.back_on"]
    label = {"en": "Left on", "pl": "Left on (pl)", "uk": "Left on (uk)"}[language]
    assert label in errors["stay.family.2.back_on"]
    if language == "en":
        assert errors["stay.family.2.back_on"] == "This date cannot be earlier than “Left on”."


def test_a_pair_of_a_group_must_name_two_dates_of_the_same_group(app):
    definition, _ = trips([])
    rule = definition["sections"][1]["checks"][-1]
    rule["fields"]["second"] = "stay.family.name"
    with pytest.raises(DefinitionError, match=r"stay\.family\.name is not a date field"):
        check(definition, "test")
    rule["fields"]["second"] = "stay.issued_on"
    with pytest.raises(DefinitionError, match="both of the same group"):
        check(definition, "test")
    rule["fields"] = {"first": "personal.family.left_on", "second": "personal.family.back_on"}
    with pytest.raises(DefinitionError, match="in a group of this section"):
        check(definition, "test")
    pesel = definition["sections"][0]["checks"][0]
    pesel["same_day"] = True
    with pytest.raises(DefinitionError):
        check(definition, "test")


@pytest.mark.parametrize("after", ["personal.birth_date", "stay.issued_on"])
def test_after_on_a_groups_field_is_refused_with_the_way_to_declare_it(app, after):
    """``after`` is read on a section's own fields only; on a group's field it would be ignored."""
    definition, _ = trips([])
    definition["sections"][1]["checks"].pop()
    definition["sections"][1]["fields"][7]["fields"][-1]["after"] = after
    with pytest.raises(DefinitionError, match=r"sections/1/fields/7/fields/\d+/after: .*date_order check"):
        check(definition, "test")
