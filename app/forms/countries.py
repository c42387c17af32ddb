"""Countries for country and citizenship fields: ISO 3166 codes, names in the reader's language
(pycountry's translations), listed in that language's alphabetical order, and in Polish on the
printout."""

from __future__ import annotations

import functools
import gettext

import pycountry
import pyuca
from markupsafe import Markup, escape

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


# The Unicode Collation Algorithm's default order (pyuca) is right for English and Russian (ё sorts
# as е); Polish and Ukrainian have letters of their own that it sorts as accents of another (ł as l,
# ї as і). Each such letter is written as its base letter followed by a character that sorts after
# every letter (CJK ideographs, in the alphabet's order: ź before ż), so it comes after all words of
# its base letter: Litwa, Luksemburg, Łotwa.
OWN_LETTERS = {"pl": ["ąa", "ćc", "ęe", "łl", "ńn", "óo", "śs", "źz", "żz"], "uk": ["ґг", "їі"]}


def _tailoring(letters: list[str]) -> dict[int, str]:
    table = {}
    for rank, (own, base) in enumerate(letters):
        after = chr(0x4E00 + rank)
        table |= {ord(own): base + after, ord(own.upper()): base.upper() + after}
    return table


TAILORING = {language: _tailoring(letters) for language, letters in OWN_LETTERS.items()}


@functools.cache
def _collator() -> pyuca.Collator:
    return pyuca.Collator()


def collation_key(text: str, language: str) -> tuple[int, ...]:
    """Sorts ``text`` in the alphabetical order of ``language``."""
    return _collator().sort_key(text.translate(TAILORING.get(language, {})))


@functools.cache
def country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) pairs in the alphabetical order of that language."""
    names = ((code, country_name(code, language)) for code in COUNTRY_CODES)
    return tuple(sorted(names, key=lambda c: collation_key(c[1], language)))


@functools.cache
def _options(language: str) -> str:
    return "".join(
        f'<option value="{escape(code)}">{escape(name)}</option>' for code, name in country_choices(language)
    )


def country_options(language: str, selected: object = None) -> Markup:
    """A country list's ``<option>`` elements in ``language``, the ``selected`` country's marked:
    written once per language and process (249 countries, two lists on some pages), not per page."""
    options = _options(language)
    if isinstance(selected, str) and selected in COUNTRY_CODES:
        options = options.replace(f'<option value="{selected}">', f'<option value="{selected}" selected>', 1)
    return Markup(options)  # noqa: S704 -- codes and names escaped above; ``selected`` is one of the codes
