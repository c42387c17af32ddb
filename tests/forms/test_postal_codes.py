"""A postal code that cannot belong to the locality beside it (00-000 for Wrocław) gets a warning on
the postal code, not an error; every seeded address with both is checked."""

from pathlib import Path

import pytest
import yaml
from flask_babel import force_locale

from app.forms.definitions import load_file
from app.forms.postal_codes import mismatch
from app.forms.validation import validate

FORMS = sorted(Path(__file__).parents[2].joinpath("seeds", "forms").glob("*.yaml"))
FILLED = Path(__file__).parent / "filled"


@pytest.mark.parametrize(
    ("code", "locality"),
    [
        ("50-153", "Wrocław"),
        ("54-204", "WROCLAW"),  # letter case and diacritics aside
        ("59-220", "Legnica"),
        ("58-500", "Jelenia-Góra"),
        ("67-200", "Głogów"),  # in Lower Silesia, in the Poznań district
        ("00-950", "Warszawa"),
        ("00-000", "Berlin"),  # a locality the table does not hold is not judged
        ("10115", "Wrocław"),  # nor a code that is not Polish
    ],
)
def test_a_code_that_can_belong_to_the_locality_passes(app, code, locality):
    assert mismatch(code, locality) is None


@pytest.mark.parametrize(
    ("code", "locality", "areas"),
    [
        ("00-000", "Wrocław", "50–54"),
        ("55-200", "Wrocław", "50–54"),
        ("50-153", "Legnica", "59"),
        ("59-220", "Głogów", "67"),
    ],
)
def test_a_code_from_another_area_is_named(app, code, locality, areas):
    with force_locale("en"):
        assert mismatch(code, locality) == (
            f"Postal codes in {locality} begin with {areas}: check the postal code and the locality."
        )


def test_the_warning_is_on_the_postal_code_and_does_not_stop_the_application(app):
    definition = load_file(next(p for p in FORMS if p.stem == "trp"))
    answers = yaml.safe_load((FILLED / "TRP.yaml").read_text(encoding="utf-8"))["answers"]
    answers["stay_address"]["postal_code"] = "00-000"
    with force_locale("pl"):
        result = validate(definition, answers, None, "pl")
    assert result.errors == {}
    assert result.notes == {
        "stay_address.postal_code": "Kody pocztowe w miejscowości Wrocław zaczynają się od 50–54: "
        "sprawdź kod pocztowy i miejscowość."
    }


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_every_seeded_postal_code_beside_a_locality_is_checked(path):
    definition = load_file(path)
    declared = {
        (rule["fields"]["postal_code"], rule["fields"]["locality"])
        for section in definition["sections"]
        for rule in section.get("checks", [])
        if rule["rule"] == "postal_code_locality"
    }
    pairs = set()
    for section in definition["sections"]:
        keys = [f["key"] for f in section["fields"]]
        codes = [k for k in keys if k.endswith("postal_code")]
        places = [k for k in keys if k.endswith("city")]
        pairs |= {(f"{section['key']}.{c}", f"{section['key']}.{p}") for c in codes for p in places}
    assert pairs and pairs <= declared
