"""The field type registry: every type a form uses knows how to read, show and print its answer
and which widget draws it, and a new type is added by registering it, nothing else."""

from pathlib import Path

import pytest
from flask import render_template_string
from flask_babel import force_locale

from app.forms.definitions import check, load_file
from app.forms.fields import REGISTRY, field_type
from app.forms.printout import PrintedField, printed_sections
from tests.forms.plate import plate_registered, with_a_plate
from tests.forms.sample import t

FORMS = sorted(Path(__file__).parents[2].joinpath("seeds", "forms").glob("*.yaml"))
PREVIEW_WIDGETS = "forms/_definition.html"


def types_in(fields: list[dict]) -> set[str]:
    return {f["type"] for f in fields} | {kind for f in fields for kind in types_in(f.get("fields", []))}


SEEDED_TYPES = sorted({kind for path in FORMS for s in load_file(path)["sections"] for kind in types_in(s["fields"])})


def test_the_seeded_forms_use_most_of_the_types():
    assert len(SEEDED_TYPES) >= 18 and "group" in SEEDED_TYPES and "checkboxes" in SEEDED_TYPES


@pytest.mark.parametrize("name", SEEDED_TYPES)
def test_every_type_a_seeded_form_uses_is_registered_whole(app, name):
    kind = field_type(name)
    assert all(callable(hook) for hook in (kind.parse, kind.read, kind.display, kind.print))
    assert kind.widget in app.jinja_env.get_template(PREVIEW_WIDGETS).module.previews


CHOICES = [{"value": "work", "label": t("Work")}, {"value": "study", "label": t("Study")}]


@pytest.mark.parametrize(
    ("name", "value", "field", "shown", "printed"),
    [
        ("text", "Kowalenko", {}, "Kowalenko", "Kowalenko"),
        ("date", "1990-03-27", {}, "March 27, 1990", "27.03.1990"),
        ("yes_no", True, {}, "Yes", "TAK"),
        ("yes_no", False, {}, "No", "NIE"),
        ("radio", "study", {"choices": CHOICES}, "Study (uk)", "Study (pl)"),
        ("choice", "gone", {"choices": CHOICES}, "gone", "gone"),
        ("checkboxes", ["work", "study"], {"choices": CHOICES}, "Work (uk), Study (uk)", "Work (pl), Study (pl)"),
        ("citizenship", "UA", {}, "Україна", "Ukraina"),
        ("money", "4300.50", {}, "4\u00a0300,50 zł", "4300,50 zł"),
        ("money", "12300.00", {}, "12\u00a0300,00 zł", "12\u00a0300,00 zł"),
        ("pesel", "44051401458", {}, "44051401458", "44051401458"),
    ],
)
def test_a_type_shows_an_answer_in_the_readers_language_and_prints_it_in_polish(
    app, name, value, field, shown, printed
):
    kind = field_type(name)
    with app.test_request_context(), force_locale("en"):
        assert kind.display(value, field, "uk", None) == shown
        assert kind.print(value, field, None) == printed


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "4,300.50 zł"), ("pl", "4300,50 zł"), ("ru", "4\u00a0300,50 зл."), ("uk", "4\u00a0300,50 зл")],
)
def test_money_is_written_as_the_reader_writes_numbers(app, language, shown):
    with app.test_request_context(), force_locale(language):
        assert field_type("money").display("4300.50", {}, language, None) == shown


def test_a_group_shows_and_prints_each_item_by_the_callers_own_walk_of_its_fields():
    group = field_type("group")
    items = [{"name": "Olena"}, {"name": "Ivan"}]
    assert group.display(items, {}, "en", lambda index, item: (index, item["name"])) == [(0, "Olena"), (1, "Ivan")]
    assert group.print(items, {}, lambda item: item["name"].upper()) == ["OLENA", "IVAN"]


def test_choice_like_types_need_choices_in_a_definition():
    assert {name for name, kind in REGISTRY.items() if kind.choices} == {"choice", "radio", "checkboxes"}


def test_a_new_type_is_checked_previewed_and_printed_once_registered(app):
    with plate_registered():
        definition = check(with_a_plate(), "plate.yaml")
        car = definition["sections"][1]["fields"][-1]
        with app.test_request_context():
            preview = render_template_string(
                '{% from "forms/_definition.html" import field_view %}{{ field_view(car, "en", "stay") }}', car=car
            )
        printed = printed_sections(definition, {"stay": {"car": "DW1234A"}})
    assert (
        '<label class="label" for="stay-car">' in preview and '<input class="input" id="stay-car" disabled>' in preview
    )
    assert printed[1].fields[-1] == PrintedField("Car registration (pl)", "DW1234A")


def test_without_its_registration_a_definition_naming_the_type_is_refused():
    with pytest.raises(ValueError, match="unknown field type 'plate'"):
        check(with_a_plate(), "plate.yaml")
