"""Latin spelling of words typed in Cyrillic by the Polish rules of transcription for Ukrainian and
Russian (Szewczenko, Ołeksandr, Jurij): how Polish text writes a name that has no Latin form. It is
suggested only for Polish text (an address in Poland); a name as in the passport is spelled by the
passport's own rule (spelling.py)."""

from __future__ import annotations

import re

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
RUSSIAN_ONLY = set("ыэёъЫЭЁЪ")
VOWELS = set("аеєиіїоуюяыэё")
# л is hard (ł) unless a soft vowel or the soft sign follows
SOFTENING = {"uk": set("яюєіїь"), "ru": set("еёиюяь")}
# the soft sign after these consonants gives the Polish soft letter
SOFT_PAIRS = {"с": "ś", "з": "ź", "н": "ń", "ц": "ć", "т": "ć", "д": "dź"}

COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz",
    "ш": "sz", "щ": "szcz",
}  # fmt: skip
UKRAINIAN = {**COMMON, "г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i", "ї": "ji", "'": "", "’": "", "ʼ": ""}
RUSSIAN = {**COMMON, "г": "g", "ы": "y", "э": "e", "ъ": ""}
# iotated vowels: "j…" at the start, after a vowel or a sign; "i…" after a consonant (ł is then l)
IOTATED = {"uk": {"я": "a", "ю": "u", "є": "e", "ї": "i"}, "ru": {"я": "a", "ю": "u", "е": "e", "ё": "o"}}
AFTER_SIBILANT = set("жчшщц")  # ru: и is y after these, ё is o


def contains_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text or ""))


def language_of(text: str, preferred: str | None = None) -> str:
    """uk or ru, by letters only one of them has; otherwise the reader's, Ukrainian by default."""
    letters = set(text)
    if letters & UKRAINIAN_ONLY:
        return "uk"
    if letters & RUSSIAN_ONLY:
        return "ru"
    return preferred if preferred in ("uk", "ru") else "uk"


def transliterate(text: str, language: str | None = None) -> str:
    language = language or language_of(text)
    table = UKRAINIAN if language == "uk" else RUSSIAN
    out: list[str] = []
    for i, char in enumerate(text):
        lower = char.lower()
        before = text[i - 1].lower() if i else ""
        after = text[i + 1].lower() if i + 1 < len(text) else ""
        if lower == "л":
            latin = "l" if after in SOFTENING[language] else "ł"
        elif lower == "ь":
            latin = _soft_sign(out, before, after)
        elif lower in IOTATED[language]:
            vowel = IOTATED[language][lower]
            if language == "ru" and lower == "е" and before and before not in VOWELS and before not in "ъь":
                latin = "e"
            elif language == "ru" and lower == "ё" and before in AFTER_SIBILANT:
                latin = "o"
            elif lower == "ї":
                latin = "ji"
            elif before == "ь":
                latin = "i" + vowel  # Дарья → Daria, Наталья → Natalia
            elif before and before.isalpha() and before not in VOWELS and before not in "ъ'’ʼ":
                latin = "i" + vowel if before != "л" else vowel  # ł + я → la
            else:
                latin = "j" + vowel
        elif language == "ru" and lower == "и":
            latin = "y" if before in AFTER_SIBILANT else "i"
        elif lower in table:
            latin = table[lower]
        else:
            out.append(char)
            continue
        if char != lower and latin:
            neighbour = text[i + 1] if i + 1 < len(text) else text[i - 1] if i else ""
            upper_next = neighbour.isupper()
            latin = latin.upper() if upper_next and len(latin) > 1 else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def _soft_sign(out: list[str], before: str, after: str) -> str:
    """ь softens the consonant before it (Ольга → Olga, Гусь → Guś); before и it is a j (Ильин →
    Iljin); before an iotated vowel the vowel carries the softness (Дарья → Daria)."""
    if after in VOWELS:
        return "j" if after in "иі" else ""
    if before in SOFT_PAIRS and out:
        hard = out[-1]
        soft = SOFT_PAIRS[before]
        out[-1] = soft.upper() if hard[:1].isupper() else soft
        return ""
    return ""
