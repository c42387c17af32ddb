"""Form definitions are refused, with the file and the path of the bad entry, unless they fit the
schema and their own references."""

from pathlib import Path

import pytest

from app.forms.definitions import DefinitionError, check, load_file, load_text
from app.forms.fields import REGISTRY, FieldType, register
from app.forms.validation import validate
from tests.forms.sample import sample


def test_the_sample_is_a_valid_definition():
    assert check(sample(), "sample")["code"] == "TST"


def broken(change) -> dict:
    data = sample()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("title"), "(top level): 'title' is a required property"),
        (lambda d: d["title"].pop("uk"), "title: 'uk' is a required property"),
        (lambda d: d["sections"][0]["fields"][0].update(type="colour"), "sections/0/fields/0/type: unknown field type"),
        (lambda d: d["sections"][0]["fields"][0].update(key="Surname!"), "sections/0/fields/0/key"),
        (lambda d: d["sections"][1]["fields"].append(dict(d["sections"][1]["fields"][0])), "'country' appears twice"),
        (lambda d: d["sections"][0]["fields"][2].pop("choices"), "sections/0/fields/2/choices: a radio field needs"),
        (
            lambda d: d["sections"][1]["fields"][2].update(shown_if={"field": "stay.nothing", "equals": "x"}),
            "sections/1/fields/2/shown_if/field: no field stay.nothing",
        ),
        (lambda d: d["warnings"][0]["when"].update(field="x.y"), "warnings/0/when/field: no field x.y"),
        (
            lambda d: d["sections"][0]["checks"][0]["fields"].pop("sex"),
            "sections/0/checks/0/fields: pesel_matches needs exactly birth_date, pesel, sex",
        ),
        (lambda d: d["sections"][1]["fields"][6].update(after="stay.country"), "stay.country is not a date field"),
        (lambda d: d["sections"][1]["fields"][7].pop("fields"), "a group needs them"),
        (lambda d: d.update(hints=[]), "hints"),
    ],
)
def test_a_bad_definition_is_refused_naming_the_entry(change, message):
    with pytest.raises(DefinitionError) as refused:
        check(broken(change), "test.yaml")
    assert str(refused.value).startswith("test.yaml: ")
    assert message in str(refused.value)


def test_text_that_is_not_yaml_is_refused_with_its_source():
    with pytest.raises(DefinitionError, match=r"^upload\.yaml: not valid YAML"):
        load_text("code: [unclosed", "upload.yaml")
    with pytest.raises(DefinitionError, match=r"^upload\.yaml: \(top level\)"):
        load_text("just a string", "upload.yaml")


def test_a_field_type_is_registered_once():
    with pytest.raises(RuntimeError, match="registered twice"):
        register(FieldType("text", REGISTRY["text"].parse, "x"))


FORMS = sorted(Path(__file__).parents[2].joinpath("seeds", "forms").glob("*.yaml"))


def test_the_seeded_forms_are_there():
    codes = {load_file(path)["code"] for path in FORMS}
    assert codes == {*["TRP", "TRW", "BLU", "PRM", "LTR", "CHG", "CRD", "TRV", "VIS", "INV", "WRK", "KPL"], "TRW-ANNEX"}


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_every_seeded_definition_loads_and_checks_an_empty_application(app, path):
    definition = load_file(path)
    assert len(definition["hints"]) >= 3 and len(definition["common_errors"]) >= 2
    assert len(definition["warnings"]) >= 2
    result = validate(definition, {}, language="uk")
    assert result.errors, "an empty application must miss something"
    assert all(isinstance(message, str) and message for message in result.errors.values())
