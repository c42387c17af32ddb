"""Words of a text reduced to what a search compares: the word folded (case and diacritics aside),
its lemma (simplemma's dictionary of the text's language) and its stem (the inflectional ending
cut off), so that "Legnica", "Legnicy" and "Legnicą", or "Легниця" and "Легниці", meet.

simplemma knows the common words but few place names; the stem covers those: endings of cases
and numbers per language, longest first, never leaving fewer than three letters.

simplemma's dictionaries are read as MARISA tries kept on disk (``instance/lemmas/<version>``, built
once per machine by ``python -m app.content.lemmas``, or at the first use of a language): a web
process loads one in milliseconds and holds a few megabytes of it, where the plain dictionaries took
seconds to decode and some 150 MB each.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import TrieDictionaryFactory

from config import INSTANCE_DIR

WORD = re.compile(r"\w+")
MIN_STEM = 3
FAMILY_ROOT, FAMILY_ENDING = 6, 4
FAMILY_LANGUAGES = {"pl", "ru", "uk"}

# Inflectional endings (nouns, adjectives, the commonest verb forms), folded like the words.
_ENDINGS = {
    "pl": "owie ami ach ego emu ich ymi imi iem iej ow om ie ia iu ej em ym im ą ę a e i y u o",
    "en": "ing es ed s",
    "ru": "ами ями ого его ому ему ыми ими ах ях ов ев ей ой ий ый ая яя ое ее ые ие ом ем ую юю ам ям "
    "а я ы и е у ю о ь",
    "uk": "ами ями ові еві ого ому ими іми ах ях ів їв ей ою ею ий ій их іх ім им ом ем ам ям а я і и у ю о е ь ї є",
}

# Words that carry no meaning alone; a query keeps them only when it has nothing else.
_STOP_WORDS = {
    "pl": "na do dla od po za ze we się jak czy to jest są nie oraz lub albo że co przez przy pod nad bez mój moja "
    "moje mnie mi ja jaki jaka jakie gdzie kiedy ile",
    "en": "an the to of for in on at by with and or is are be do does how what when where which who can my me it "
    "this that from as about into i",
    "ru": "во на для по со ко об от до из за не как что где когда мне мой моя мои это ли же при без над под или",
    "uk": "на та або для по із зі до від про за не як що де коли мені мій моя мої це чи при без над під",
}


def fold(text: str) -> str:
    """Lower case without diacritics (ł counts as l), for matching only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


ENDINGS = {
    code: sorted({fold(e) for e in endings.split()}, key=len, reverse=True) for code, endings in _ENDINGS.items()
}
STOP_WORDS = {code: frozenset(fold(w) for w in words.split()) for code, words in _STOP_WORDS.items()}


@dataclass(frozen=True)
class Word:
    folded: str
    lemma: str  # folded too
    stem: str
    families: bool = False  # whether words of one family differ only in their endings (pl, ru, uk)

    def meets(self, other: Word) -> bool:
        """Whether ``other`` (a word of a text) is a form of this one (a word of a query): the same
        lemma (or this word is the other's lemma) or stem, a word typed in part (four letters or
        more), or, in the Slavic languages, a long word of the same family (a noun and its verb:
        "обжалование" and "обжаловать")."""
        return (
            self.lemma == other.lemma
            or self.folded == other.lemma  # a base form typed without its diacritics ("oplata": "opłacie")
            or self.stem == other.stem
            or (len(self.folded) >= 4 and other.folded.startswith(self.folded))
            or (self.families and _same_family(self.folded, other.folded))
        )


def _same_family(one: str, other: str) -> bool:
    """At least six letters in common at the start, and at most four after them in either word."""
    if one[:FAMILY_ROOT] != other[:FAMILY_ROOT] or len(one) < FAMILY_ROOT or len(other) < FAMILY_ROOT:
        return False
    common = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))
    return len(one) - common <= FAMILY_ENDING and len(other) - common <= FAMILY_ENDING


def stem(folded: str, language: str) -> str:
    for ending in ENDINGS.get(language, ()):
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            return folded[: -len(ending)]
    return folded


LEMMA_LANGUAGES = ("pl", "en", "ru", "uk")
TRIE_DIR = INSTANCE_DIR / "lemmas" / SIMPLEMMA_VERSION


class _SavedTries(TrieDictionaryFactory):
    """A trie is written beside its place and moved there whole: processes building the same
    language at once never read each other's half-written file."""

    def _write_trie_to_disk(self, lang: str, trie) -> None:
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=self._cache_dir, prefix=f".{lang}-", suffix=".dic")
        os.close(handle)
        try:
            trie.save(partial)
            os.chmod(partial, 0o644)  # mkstemp's file is its owner's alone; any web process reads it
            os.replace(partial, self._cache_dir / f"{lang}.dic")
        finally:
            Path(partial).unlink(missing_ok=True)


@functools.cache
def _lemmatizer() -> Lemmatizer:
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_SavedTries(disk_cache_dir=TRIE_DIR)))


def lemma(text: str, language: str) -> str:
    """The word's base form in ``language`` as simplemma's dictionary gives it (the word itself
    when the dictionary does not know it); ValueError for a language simplemma does not have."""
    return _lemmatizer().lemmatize(text, language)


@functools.lru_cache(maxsize=65536)
def word(text: str, language: str) -> Word:
    """``text`` is one word as written; ``language`` is the language of the text it comes from."""
    folded = fold(text)
    try:
        base = fold(lemma(text, language))
    except ValueError:  # a language simplemma does not have: the word stands for itself
        base = folded
    return Word(folded, base, stem(folded, language), language in FAMILY_LANGUAGES)


def words(text: str, language: str) -> list[tuple[int, int, Word]]:
    """Every word of ``text`` with where it stands, so that a match can be marked as written."""
    return [(m.start(), m.end(), word(m.group(), language)) for m in WORD.finditer(text)]


def is_stop_word(folded: str, language: str) -> bool:
    return folded in STOP_WORDS.get(language, ())


if __name__ == "__main__":  # `make lemmas`: the tries built once, before any process needs them
    for code in LEMMA_LANGUAGES:
        lemma("a", code)
    print(f"lemma dictionaries ready in {TRIE_DIR}")
