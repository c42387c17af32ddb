"""Countries for country and citizenship fields: ISO 3166 codes, names in the reader's language
(pycountry's translations) and in Polish on the printout."""

from __future__ import annotations

import functools
import gettext
import unicodedata

import pycountry

COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries)


@functools.cache
def _translation(language: str):
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str, language: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    translated = _translation(language).gettext(country.name)
    return translated if translated != country.name else _translation(language).gettext(name)


@functools.cache
def country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) pairs sorted by name in that language."""
    names = ((code, country_name(code, language)) for code in COUNTRY_CODES)
    return tuple(sorted(names, key=lambda c: unicodedata.normalize("NFKD", c[1]).casefold()))
