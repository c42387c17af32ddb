"""The Latin spelling to suggest for an answer typed in Cyrillic where the form needs Latin letters.

A name the form asks for "as in your passport" (a field with ``passport``) gets the spelling the
passport most likely has: the transliteration of the country that issued it, taken from the form's
own answers (citizenship, the travel document's country: the references ``passport`` lists, the
first one answered) or else from the letters of the text. Ukraine writes names by its national
transliteration (Cabinet of Ministers resolution No. 55 of 27 January 2010), Russia by ICAO Doc 9303
(since 2014), Belarus by its Ministry of Internal Affairs' instruction of 2008 (ICAO's letters with
Г as H, Ў as U, Ё as IO); the tables are translitua's and iuliia's. Other Latin answers (an address
in Poland, an office's name) are Polish text and get the Polish transcription. Every suggestion
names its rule and asks the applicant to compare it with the document; when the country is not
known, no spelling is guessed and the applicant is told so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import iuliia
import translitua
from flask_babel import lazy_gettext as _l

from app.forms.fields import REGISTRY, Invalid, is_empty
from app.forms.transliteration import CYRILLIC, contains_cyrillic
from app.forms.transliteration import transliterate as polish_transcription

UKRAINIAN = set("іїєґ")  # і is Belarusian too
RUSSIAN = set("ыэёъ")  # but for ъ, Belarusian too
# Belarusian letters over ICAO's Russian table (the instruction of 2008; the passport rules of 2010)
BELARUSIAN = str.maketrans({"г": "h", "Г": "H", "ґ": "g", "Ґ": "G", "ё": "io", "Ё": "IO", "і": "i", "І": "I",
                            "ў": "u", "Ў": "U", "'": "", "’": "", "ʼ": ""})  # fmt: skip


def _ukrainian(text: str) -> str:
    return translitua.translit(text, translitua.UkrainianKMU)


def _russian(text: str) -> str:
    return iuliia.ICAO_DOC_9303.translate(text)


def _belarusian(text: str) -> str:
    return iuliia.ICAO_DOC_9303.translate(text.translate(BELARUSIAN))


def _polish(text: str) -> str:
    return polish_transcription(text, None)


@dataclass(frozen=True)
class Rule:
    name: object  # lazily translated
    spell: Callable[[str], str]


RULES = {
    "UA": Rule(_l("Ukraine's national transliteration (Cabinet of Ministers resolution No. 55 of 2010)"), _ukrainian),
    "RU": Rule(_l("the ICAO Doc 9303 transliteration (Russian passports since 2014)"), _russian),
    "BY": Rule(_l("Belarus's transliteration of names (Interior Ministry instruction of 2008)"), _belarusian),
    "PL": Rule(_l("the Polish rules of transcription"), _polish),
}
POLISH = RULES["PL"]


def country_by_letters(text: str) -> str | None:
    """The country whose language writes the text's letters: ў, or і with ы, э or ё, only
    Belarusian; і, ї, є, ґ Ukrainian; ы, э, ё, ъ Russian (the likelier of Russian and Belarusian).
    None when the letters could be any of them (Коваленко)."""
    letters = set(text.lower())
    if "ў" in letters or ("і" in letters and letters & RUSSIAN):
        return "BY"
    if letters & UKRAINIAN:
        return "UA"
    if letters & RUSSIAN:
        return "RU"
    return None


def passport_country(refs: list[str], known: dict, item: dict) -> str | None:
    """The first country answered among ``refs``: ``section.field`` from the answers, or
    ``section.group.field`` from the same item of the group."""
    for ref in refs:
        if ref.count(".") == 2:
            raw = item.get(ref.rsplit(".", 1)[1])
            try:
                code = None if is_empty(raw) else REGISTRY["country"].parse(raw, {})
            except Invalid:
                code = None
        else:
            code = known.get(ref)
        if isinstance(code, str) and code:
            return code
    return None


def written_in_latin(spec: dict) -> bool:
    """A one-line answer the form writes in Latin letters (a name, a place): Cyrillic is refused
    with a spelling to suggest; a longer text is the applicant's own words in Polish."""
    return bool(spec.get("latin")) and REGISTRY[spec["type"]].widget != "textarea"


def suggestion(spec: dict, typed: str, known: dict, item: dict) -> dict[str, str]:
    """``value`` (Latin capitals, empty when no spelling can be told), ``rule`` (its name) and
    ``message`` (what the applicant reads before it), in the reader's language."""
    text = typed.strip()
    if "passport" not in spec:
        return _offer(POLISH, text, FOR_POLISH_TEXT)
    answered = passport_country(spec["passport"], known, item)
    rule = RULES.get(answered or country_by_letters(text) or "")
    if rule is not None:
        return _offer(rule, text, AS_IN_PASSPORT)
    message = RULE_UNKNOWN if answered else COUNTRY_UNKNOWN if spec["passport"] else NO_COUNTRY_QUESTION
    return {"value": "", "rule": "", "message": str(message)}


AS_IN_PASSPORT = _l(
    "Rule used: %(rule)s. This is most likely how the passport spells it; compare it with the passport "
    "before you use it:"
)
FOR_POLISH_TEXT = _l("Rule used: %(rule)s. This is how Polish texts write it; check it before you use it:")
RULE_UNKNOWN = _l("We do not know how this country's passports spell names: copy the spelling from the passport.")
COUNTRY_UNKNOWN = _l(
    "We cannot tell which country issued the passport: answer the question about citizenship, or copy the "
    "spelling from the passport."
)
NO_COUNTRY_QUESTION = _l("We cannot tell which country issued the passport: copy the spelling from the passport.")


def _offer(rule: Rule, text: str, message) -> dict[str, str]:
    value = rule.spell(text).upper()
    if CYRILLIC.search(value):
        value = ""  # a letter no table of the rule knows: better no suggestion than half of one
    return {"value": value, "rule": str(rule.name), "message": str(message % {"rule": rule.name})}


def in_cyrillic(value: object) -> bool:
    return isinstance(value, str) and contains_cyrillic(value)
