"""Countries are listed in the reader's alphabetical order, not by code points: Ł after L in
Polish, Ґ after Г and Ї after І in Ukrainian, Ё with Е in Russian, Å with A in English."""

import pytest
from flask import render_template_string

from app.forms.countries import collation_key, country_choices, country_options


def names(language: str) -> list[str]:
    return [name for _, name in country_choices(language)]


def before(language: str, first: str, second: str) -> bool:
    listed = names(language)
    return listed.index(first) < listed.index(second)


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("pl", "Luksemburg", "Łotwa"),  # Ł is a letter of its own, after L
        ("pl", "Łotwa", "Macedonia Północna"),
        ("pl", "Sint Maarten (część holenderska)", "Słowacja"),
        ("pl", "Szwecja", "Tadżykistan"),
        ("pl", "Afganistan", "Albania"),
        ("uk", "Гуам", "Ґренландія"),  # Ґ after the last word in Г
        ("uk", "Ґренландія", "Данія"),
        ("uk", "Ефіопія", "Єгипет"),
        ("uk", "Ірландія", "Йорданія"),
        ("ru", "Египет", "Замбия"),
        ("ru", "Южный Судан", "Ямайка"),
        ("en", "Afghanistan", "Åland Islands"),  # Å sorts as A in English, not after Z
        ("en", "Åland Islands", "Albania"),
    ],
)
def test_countries_follow_the_reader_s_alphabet(language, first, second):
    assert before(language, first, second)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pl", ["Cypr", "Czad", "Ćma", "Lwów", "Łódź", "Sztum", "Śrem", "Zgierz", "Źrebię", "Żary"]),
        ("uk", ["Ірпінь", "Іршава", "Їжакевич", "Йосипівка"]),
        ("ru", ["Ежевика", "Ёлка", "Ель"]),  # ё is е in the dictionary order
    ],
)
def test_the_letters_of_each_alphabet_sort_in_its_own_order(language, words):
    shuffled = words[1::2] + words[::2]
    assert sorted(shuffled, key=lambda word: collation_key(word, language)) == words


def test_every_language_lists_every_country_once():
    lists = {language: [code for code, _ in country_choices(language)] for language in ("pl", "en", "ru", "uk")}
    assert all(sorted(codes) == sorted(lists["pl"]) and len(set(codes)) == len(codes) for codes in lists.values())


@pytest.mark.parametrize("language", ["pl", "en", "ru", "uk"])
@pytest.mark.parametrize("selected", ["UA", "PL", None, "", "XX", '"><b>', ["UA"]])
def test_country_options_are_the_list_written_one_by_one(app, language, selected):
    loop = (
        '{% for code, country in countries %}<option value="{{ code }}"'
        "{% if value == code %} selected{% endif %}>{{ country }}</option>{% endfor %}"
    )
    with app.app_context():
        expected = render_template_string(loop, countries=country_choices(language), value=selected)
    assert str(country_options(language, selected)) == expected
    assert str(country_options(language, selected)).count(" selected") == (selected in ("UA", "PL"))
