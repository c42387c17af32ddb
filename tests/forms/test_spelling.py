"""A name asked for "as in your passport" and typed in Cyrillic gets the spelling the passport most
likely has, by the rule of the country that issued it (from the form's answers, else from the
letters), with the rule named in the reader's language; Polish text keeps Polish transcription;
the applicant's own words in Cyrillic get a warning, not an error."""

from pathlib import Path

import pytest
from flask_babel import force_locale

from app.forms import spelling
from app.forms.definitions import DefinitionError, check, load_file
from app.forms.validation import validate
from tests.forms.sample import good_answers, sample, t

FORMS = sorted(Path(__file__).parents[2].joinpath("seeds", "forms").glob("*.yaml"))
# questions whose answer is a person's name or birthplace as the passport writes it
PASSPORT_NAMES = {"surname", "previous_surnames", "family_name", "given_names", "previous_given_names", "full_name"}


@pytest.mark.parametrize(
    ("typed", "country", "latin"),
    [
        ("Коваленко", "UA", "KOVALENKO"),  # not KOWAŁENKO
        ("Юрій", "UA", "YURII"),
        ("Згурський", "UA", "ZGHURSKYI"),  # зг is zgh by the 2010 rule
        ("Львів", "UA", "LVIV"),  # not LWIW
        ("Юрий", "RU", "IURII"),
        ("Щукина", "RU", "SHCHUKINA"),
        ("Бабрыковіч Аляксандр", "BY", "BABRYKOVICH ALIAKSANDR"),
        ("СВЯТЛАНА", "BY", "SVIATLANA"),
        ("Ігар", "BY", "IHAR"),
        ("Ціханоўская", "BY", "TSIKHANOUSKAIA"),
        ("Коваленко", "PL", "KOWAŁENKO"),  # a Polish citizen's name in Polish transcription
    ],
)
def test_each_country_s_rule_spells_as_its_passports_do(typed, country, latin):
    assert spelling.RULES[country].spell(typed).upper() == latin


@pytest.mark.parametrize(
    ("typed", "country"),
    [("Львів", "UA"), ("Олексій", "UA"), ("Пётр", "RU"), ("Эдуард", "RU"), ("Марыя Іванава", "BY"), ("Ўладзь", "BY")],
)
def test_the_letters_tell_the_country_when_they_can(typed, country):
    assert spelling.country_by_letters(typed) == country


def test_letters_every_language_shares_tell_nothing():
    assert spelling.country_by_letters("Коваленко Ганна") is None


def with_passport_names() -> dict:
    definition = sample()
    personal, stay = definition["sections"]
    personal["fields"][0]["passport"] = ["personal.citizenship"]
    family = stay["fields"][7]
    family["fields"][0]["passport"] = ["stay.family.citizenship", "personal.citizenship"]
    family["fields"].append({"key": "citizenship", "type": "citizenship", "label": t("Citizenship")})
    stay["fields"].append({"key": "city", "type": "text", "label": t("Town in Poland"), "latin": True})
    stay["fields"].append({"key": "notes", "type": "long_text", "label": t("Anything else"), "latin": True})
    return check(definition, "test")


def spelled(answers: dict, language: str = "en"):
    with force_locale(language):
        return validate(with_passport_names(), answers, None, language)


def test_the_citizenship_answered_chooses_the_rule_and_the_rule_is_named(app):
    answers = good_answers()
    answers["personal"]["surname"] = "Коваленко"
    for country, rule in [
        ("UA", "Ukraine's national transliteration (Cabinet of Ministers resolution No. 55 of 2010)"),
        ("RU", "the ICAO Doc 9303 transliteration (Russian passports since 2014)"),
    ]:
        answers["personal"]["citizenship"] = country
        result = spelled(answers)
        offered = result.suggestions["personal.surname"]
        assert offered["value"] == "KOVALENKO" and offered["rule"] == rule
        assert rule in offered["message"] and "compare it with the passport" in offered["message"]
        assert result.errors["personal.surname"] == "Write this in Latin letters, as in your passport."
    answers["personal"]["surname"] = "Галина"
    assert spelled(answers).suggestions["personal.surname"]["value"] == "GALINA"  # RU
    answers["personal"]["citizenship"] = "UA"
    assert spelled(answers).suggestions["personal.surname"]["value"] == "HALYNA"


def test_the_rule_s_name_is_in_the_reader_s_language(app):
    answers = good_answers()
    answers["personal"]["surname"] = "Коваленко"
    offered = spelled(answers, "uk").suggestions["personal.surname"]
    assert offered["rule"].startswith("національна транслітерація України")
    assert offered["message"].startswith("Застосоване правило: національна транслітерація України")
    assert spelled(answers, "pl").suggestions["personal.surname"]["rule"].startswith("ukraińska transliteracja")


def test_without_a_citizenship_the_letters_decide_and_an_unknown_country_is_said(app):
    answers = good_answers()
    answers["personal"]["citizenship"] = ""
    answers["personal"]["surname"] = "Шевчук Олексій"
    assert spelled(answers).suggestions["personal.surname"]["value"] == "SHEVCHUK OLEKSII"
    answers["personal"]["surname"] = "Коваленко"
    offered = spelled(answers).suggestions["personal.surname"]
    assert offered["value"] == "" and offered["rule"] == ""
    assert offered["message"].startswith("We cannot tell which country issued the passport: answer the question")
    answers["personal"]["citizenship"] = "KZ"
    offered = spelled(answers).suggestions["personal.surname"]
    assert offered["value"] == ""
    assert offered["message"].startswith("We do not know how this country's passports spell names")


def test_a_group_item_is_spelled_by_its_own_citizenship(app):
    answers = good_answers()
    answers["stay"]["family"] = [
        {"name": "Галина", "citizenship": "RU"},
        {"name": "Галина", "citizenship": "UA"},
        {"name": "Галина"},  # the applicant's citizenship, UA
    ]
    result = spelled(answers)
    assert [result.suggestions[f"stay.family.{i}.name"]["value"] for i in range(3)] == ["GALINA", "HALYNA", "HALYNA"]


def test_polish_text_keeps_polish_transcription(app):
    answers = good_answers()
    answers["stay"]["city"] = "Вроцлав"
    result = spelled(answers)
    assert result.suggestions["stay.city"]["value"] == "WROCŁAW"
    assert result.suggestions["stay.city"]["rule"] == "the Polish rules of transcription"
    assert result.errors["stay.city"] == "Write this in Latin letters."


def test_the_applicant_s_own_words_in_cyrillic_are_warned_about_not_refused(app):
    answers = good_answers()
    answers["stay"]["notes"] = "Мой муж работает во Вроцлаве."
    answers["stay"]["postal_code"] = "50-153 Вроцлав"
    result = spelled(answers)
    assert "stay.notes" not in result.errors and "stay.notes" not in result.suggestions
    warning = "The form is filed in Polish and this answer is printed as you typed it: write it in Polish."
    assert result.notes == {"stay.notes": warning, "stay.postal_code": warning}
    assert result.values["stay"]["notes"] == "Мой муж работает во Вроцлаве."
    answers["stay"]["notes"] = "Mój mąż pracuje we Wrocławiu."
    answers["stay"]["postal_code"] = "50-153"
    assert spelled(answers).notes == {}


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_every_seeded_name_as_in_the_passport_is_spelled_by_the_passport_s_rule(path):
    definition = load_file(path)
    missing = []

    def walk(fields, where):
        for spec in fields:
            walk(spec.get("fields", []), f"{where}.{spec['key']}")
            if spec["key"] in PASSPORT_NAMES | {"birth_place"} and spec.get("latin") and "passport" not in spec:
                missing.append(f"{where}.{spec['key']}")

    for section in definition["sections"]:
        walk(section["fields"], section["key"])
    assert missing == []


def test_a_passport_spelling_needs_a_line_of_latin_text_and_a_country_question():
    definition = with_passport_names()
    definition["sections"][0]["fields"][0]["passport"] = ["personal.sex"]
    with pytest.raises(DefinitionError, match=r"personal\.sex is not a country question"):
        check(definition, "test")
    definition = with_passport_names()
    definition["sections"][1]["fields"][-1]["passport"] = ["personal.citizenship"]
    with pytest.raises(DefinitionError, match="only a line of text in Latin letters"):
        check(definition, "test")
    definition = with_passport_names()
    definition["sections"][0]["fields"][0]["passport"] = ["stay.family.citizenship"]
    with pytest.raises(DefinitionError, match="not a country question of this form or of the same item"):
        check(definition, "test")
