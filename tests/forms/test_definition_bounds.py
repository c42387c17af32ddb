"""An uploaded definition is read within the bounds of a definition: no nesting deeper, number
longer or text less readable than a form needs, and no aliases; each refused with the line."""

import json

import pytest
import yaml

from app.extensions import db
from app.forms.definitions import MAX_DEPTH, DefinitionError, check, load_text
from app.forms.models import FormDefinition
from tests.factories import submit
from tests.forms.sample import sample

DEEP_JSON = '{"code": ' + "[" * 5000 + "]" * 5000 + "}"
DEEP_YAML = "".join(f"{'  ' * level}k{level}:\n" for level in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "x: 1\n"
ALIASES = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (DEEP_JSON, "nested more than"),
        (DEEP_YAML, "nested more than"),
        ("code: " + "9" * 5000 + "\n", "a number longer than 30 characters"),
        (json.dumps({"code": "TST", "min": int("9" * 4000)}), "a number longer than 30 characters"),
        ("max: .inf\n", "not a number a definition can use"),
        (ALIASES, "aliases"),
        ('code: "TST\\ud800"\n', "half of a surrogate pair"),
        ("code: 2026-02-30\n", "not valid YAML or JSON"),
    ],
    ids=["deep JSON", "deep YAML", "5000 digits", "4000 digits in JSON", "infinity", "aliases", "surrogate", "no date"],
)
def test_what_no_definition_needs_is_refused_before_it_is_built(text, reason):
    with pytest.raises(DefinitionError, match=reason):
        load_text(text, "upload.yaml")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("code: 0x" + "f" * 4000 + "\n", "a number longer than 30 characters"),
        ("code: 0b" + "1" * 15000 + "\n", "a number longer than 30 characters"),
        ("code: 0" + "7" * 5000 + "\n", "a number longer than 30 characters"),
        ("code: 1" + ":59" * 3000 + "\n", "a number longer than 30 characters"),
        ("code: -1" + ":59" * 3000 + ".5\n", "a number longer than 30 characters"),
        ("code: 1" + "_0" * 5000 + "\n", "a number longer than 30 characters"),
        ("code: !!int '" + "9" * 5000 + "'\n", "a number longer than 30 characters"),
        ("0x" + "f" * 4000 + ": code\n", "a number longer than 30 characters"),
        ("max: 1.0e+999\n", "not a number a definition can use"),
        ("max: !!float '-1e999'\n", "not a number a definition can use"),
    ],
    ids=[
        "hex",
        "binary",
        "octal",
        "sexagesimal",
        "sexagesimal float",
        "underscores",
        "!!int",
        "a key",
        "1e999",
        "!!float",
    ],
)
def test_a_number_in_any_of_yamls_notations_is_held_to_the_bounds(text, reason):
    with pytest.raises(DefinitionError, match=rf"^upload\.yaml: line 1: .*{reason}"):
        load_text(text, "upload.yaml")


def test_short_numbers_in_other_notations_are_read_as_numbers():
    with pytest.raises(DefinitionError, match="case_type"):  # read, then checked against the schema
        load_text("code: TST\nmin: 0x1f\nmax: 1:20:30\nstep: 0b101\nrate: 1.5e+3\n", "upload.yaml")


def test_a_value_the_checks_cannot_describe_is_refused_as_such():
    """The schema's message would write the number out: more digits than Python converts."""
    data = {**sample(), "code": 16**4000}
    with pytest.raises(DefinitionError, match=r"^upload\.yaml: "):
        check(data, "upload.yaml")


def test_the_upload_page_refuses_a_long_hex_number_with_the_reason(app, client, login_as):
    login_as("Admin")
    text = yaml.safe_dump(sample()).replace("code: TST", "code: 0x" + "f" * 4000)
    response = submit(client, "/formdefinitionview/upload", {"definition": text})
    assert response.status_code == 400
    assert "a number longer than 30 characters" in response.get_data(as_text=True)
    assert "0xffffffff" in response.get_data(as_text=True)  # what was pasted is still there
    assert db.session.query(FormDefinition).filter_by(code="TST").count() == 0


def test_a_definition_within_the_bounds_is_read(app):
    assert load_text(yaml.safe_dump(sample()), "upload.yaml")["code"] == "TST"
    assert load_text(json.dumps(sample()), "upload.json")["code"] == "TST"


@pytest.mark.parametrize("text", [DEEP_JSON, "code: " + "9" * 5000 + "\n"], ids=["deep", "long number"])
def test_the_upload_page_answers_400_with_the_reason_and_keeps_the_text(app, client, login_as, text):
    login_as("Admin")
    response = submit(client, "/formdefinitionview/upload", {"definition": text})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "pasted text: line 1:" in page
    assert "9999999999" in page or "[[[[" in page  # what was pasted is still there
    assert db.session.query(FormDefinition).filter_by(code="TST").count() == 0
