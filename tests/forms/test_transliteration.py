"""Names typed in Cyrillic get a Latin spelling by the Polish rules of transcription."""

import pytest

from app.forms.transliteration import contains_cyrillic, language_of, transliterate


@pytest.mark.parametrize(
    ("cyrillic", "language", "latin"),
    [
        ("Шевченко", "uk", "Szewczenko"),
        ("Олександр", "uk", "Ołeksandr"),
        ("Юлія", "uk", "Julija"),
        ("Київ", "uk", "Kyjiw"),
        ("Євген", "uk", "Jewhen"),
        ("Мар’яна", "uk", "Marjana"),
        ("Ольга", "uk", "Olha"),
        ("Иванов", "ru", "Iwanow"),
        ("Алексей", "ru", "Aleksej"),
        ("Фёдор", "ru", "Fiodor"),
        ("Наталья", "ru", "Natalia"),
        ("Ильин", "ru", "Iljin"),
        ("Шишкин", "ru", "Szyszkin"),
        ("Елена", "ru", "Jelena"),
        ("ТКАЧЕНКО", "uk", "TKACZENKO"),
    ],
)
def test_polish_transcription(cyrillic, language, latin):
    assert transliterate(cyrillic, language) == latin


def test_the_language_is_told_by_its_own_letters():
    assert language_of("Сергій") == "uk"
    assert language_of("Фёдор") == "ru"
    assert language_of("Иван", "ru") == "ru"
    assert language_of("Иван") == "uk"


def test_latin_text_is_left_alone():
    assert not contains_cyrillic("Kowalski-Nowak")
    assert transliterate("Anna 2", "uk") == "Anna 2"
