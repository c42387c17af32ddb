"""Polish public holidays: the days every service point is closed, and their names in the reader's
language. The names come from the ``holidays`` package, which has Polish, English and Ukrainian ones
but no Russian: those are given here, by the package's English name."""

from __future__ import annotations

import datetime as dt
import functools

import holidays

LANGUAGES = {"pl": "pl", "en": "en_US", "uk": "uk"}
RUSSIAN = {
    "New Year's Day": "Новый год",
    "Epiphany": "Богоявление (праздник Трёх королей)",
    "Easter Sunday": "Пасха",
    "Easter Monday": "Второй день Пасхи",
    "National Day": "Государственный праздник (1 мая)",
    "National Day of the Third of May": "Национальный праздник Третьего мая",
    "Pentecost": "Пятидесятница (Троица)",
    "Corpus Christi": "Праздник Тела и Крови Христовых",
    "Assumption Day": "Успение Пресвятой Девы Марии",
    "All Saints' Day": "День Всех Святых",
    "National Independence Day": "Национальный праздник независимости",
    "Christmas Eve": "Сочельник",
    "Christmas Day": "Рождество Христово (первый день)",
    "Second Day of Christmas": "Рождество Христово (второй день)",
}


@functools.lru_cache(maxsize=16)
def _days(year: int, language: str = "pl") -> holidays.HolidayBase:
    return holidays.Poland(years=year, language=language)


def is_public_holiday(day: dt.date) -> bool:
    return day in _days(day.year)


def holiday_name(day: dt.date, language: str = "pl") -> str | None:
    """The public holiday's name in the reader's language; None on any other day."""
    if language == "ru":
        english = _days(day.year, "en_US").get(day)
        return None if english is None else RUSSIAN.get(english, english)
    return _days(day.year, LANGUAGES.get(language, "pl")).get(day)
