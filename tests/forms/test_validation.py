"""The validation engine: every field type, required and shown-if rules, cross-field checks,
warnings and Latin spellings, answered in the reader's language."""

import pytest
from flask_babel import force_locale

from app.clock import office_today
from app.forms.validation import ShapeError, validate
from tests.forms.sample import good_answers, sample


def check(answers, sections=None, language="en"):
    with force_locale(language):
        return validate(sample(), answers, sections, language)


def test_good_answers_pass_and_come_back_clean(app):
    result = check(good_answers())
    assert result.errors == {}
    personal, stay = result.values["personal"], result.values["stay"]
    assert personal["birth_date"] == "1944-05-14"
    assert personal["has_pesel"] is True and personal["height"] == 180
    assert personal["email"] == "Olena@example.com"  # the domain is normalised
    assert stay["employer_nip"] == "5260001246" and stay["income"] == "4300.50"
    assert stay["family"] == [{"name": "Olena"}]
    assert [w["key"] for w in result.warnings] == []


def test_a_missing_required_answer_is_named_per_type(app):
    result = check({"personal": {}}, ["personal"])
    assert result.errors["personal.surname"] == "Fill in this field."
    assert result.errors["personal.sex"] == "Choose an answer."
    assert result.errors["personal.birth_date"] == "Enter the day, month and year."
    assert "personal.pesel" not in result.errors  # optional


@pytest.mark.parametrize(
    ("field", "raw", "message"),
    [
        ("birth_date", {"day": "31", "month": "2", "year": "1990"}, "Enter a real date, e.g. 27 3 1990."),
        ("birth_date", {"day": "1", "month": "1", "year": "90"}, "Enter the year with four digits, e.g. 1990."),
        ("birth_date", {"day": "x", "month": "1", "year": "1990"}, "Use numbers only, e.g. 27 3 1990."),
        ("pesel", "4405140145", "A PESEL number has 11 digits."),
        ("pesel", "44051401459", "This PESEL number is not valid: check the digits."),
        ("height", "12", "Enter 50 or more."),
        ("height", "1.80", "Enter a whole number, e.g. 175."),
        ("citizenship", "XX", "Choose a country from the list."),
        ("phone", "12", "Enter a phone number, with the country code if it is not Polish, e.g. +380 44 123 4567."),
        ("email", "olena@", "Enter an e-mail address like name@example.com."),
        ("sex", "X", "Choose an answer."),
        ("surname", "Kowal\x00enko", "Remove the special characters from this answer."),
        ("surname", "K" * 201, "Use at most 200 characters."),
    ],
)
def test_each_type_refuses_what_it_cannot_read(app, field, raw, message):
    answers = good_answers()
    answers["personal"][field] = raw
    assert check(answers, ["personal"]).errors.get(f"personal.{field}") == message


def test_a_future_birth_date_is_refused(app):
    answers = good_answers()
    next_year = office_today().year + 1
    answers["personal"]["birth_date"] = {"day": "1", "month": "1", "year": str(next_year)}
    assert check(answers, ["personal"]).errors["personal.birth_date"] == "The date must be in the past."


def test_pesel_must_agree_with_date_of_birth_and_sex(app):
    answers = good_answers()
    answers["personal"]["sex"] = "K"
    errors = check(answers, ["personal"]).errors
    assert errors == {
        "personal.pesel": "The PESEL number does not match the date of birth or sex given: check all three."
    }


def test_cyrillic_gets_a_latin_suggestion(app):
    answers = good_answers()
    answers["personal"]["surname"] = "Шевченко"
    answers["stay"]["family"] = [{"name": "Юлія"}]
    result = check(answers, language="uk")
    spelled = {path: offered["value"] for path, offered in result.suggestions.items()}
    assert spelled == {"personal.surname": "SZEWCZENKO", "stay.family.0.name": "JULIJA"}
    assert result.suggestions["personal.surname"]["rule"] == "польські правила транскрипції"
    assert "personal.surname" in result.errors


def test_shown_if_and_required_if_follow_other_answers(app):
    answers = good_answers()
    answers["stay"]["purposes"] = ["study"]
    answers["stay"]["employer_nip"] = "not a nip"
    result = check(answers)
    assert "stay.employer_nip" not in result.errors and "employer_nip" not in result.values["stay"]
    answers["stay"]["purposes"] = ["work"]
    answers["stay"]["employer_nip"] = ""
    assert check(answers).errors["stay.employer_nip"] == "Fill in this field."


def test_dates_in_order_and_polish_postal_codes(app):
    answers = good_answers()
    answers["stay"]["expires_on"] = {"day": "1", "month": "1", "year": "2019"}
    answers["stay"]["postal_code"] = "50153-1"
    errors = check(answers).errors
    assert errors["stay.expires_on"] == "This date must be later than “Issued on”."
    assert errors["stay.postal_code"] == "Enter a Polish postal code like 50-153."
    answers["stay"]["country"] = "DE"
    assert "stay.postal_code" not in check(answers).errors


@pytest.mark.parametrize("code", ["٥٠-١٥٣", "５０-１５３", "²0-153"])  # digits to str.isdigit(), not the post's
def test_a_polish_postal_code_has_ascii_digits(app, code):
    answers = good_answers()
    answers["stay"]["postal_code"] = code
    assert check(answers).errors["stay.postal_code"] == "Enter a Polish postal code like 50-153."


def test_groups_are_checked_item_by_item_and_counted(app):
    answers = good_answers()
    answers["stay"]["family"] = [{"name": ""}, {"name": "Ivan", "regon": "123"}, {"name": "A"}, {"name": "B"}]
    errors = check(answers).errors
    assert errors["stay.family.0.name"] == "Fill in this field."
    assert errors["stay.family.1.regon"] == "This REGON is not valid: it has 9 or 14 digits."
    assert errors["stay.family"] == "Add at most 3 items."


def test_warnings_come_in_the_reader_s_language_and_do_not_block(app):
    answers = good_answers()
    del answers["stay"]["income"]
    result = check(answers, language="uk")
    assert result.valid
    assert result.warnings == [
        {"key": "no_income", "message": "You gave no income. (uk)", "explanation": "The office will ask for it. (uk)"}
    ]


def test_messages_are_translated(app):
    result = check({"personal": {}}, ["personal"], language="pl")
    assert result.errors["personal.surname"] != "Fill in this field."


@pytest.mark.parametrize(
    "answers",
    [
        [],
        {"nope": {}},
        {"personal": []},
        {"personal": {"nope": "x"}},
        {"stay": {"family": "x"}},
        {"stay": {"family": [1]}},
        {"stay": {"family": [{"nope": "x"}]}},
        {"stay": {"family": [{}] * 51}},
    ],
)
def test_answers_that_do_not_fit_the_definition_are_refused_whole(app, answers):
    with pytest.raises(ShapeError):
        validate(sample(), answers)


@pytest.mark.parametrize("raw", [None, 5, ["a"], {"a": 1}, True])
def test_odd_values_in_text_fields_get_a_message_not_a_crash(app, raw):
    answers = good_answers()
    answers["personal"]["surname"] = raw
    result = check(answers, ["personal"])
    assert result.errors["personal.surname"] == "Fill in this field."
