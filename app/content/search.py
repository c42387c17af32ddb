"""Search across published content in the reader's language (Polish where a version is missing).

The published snapshots are few (hundreds) and already cached, so matching runs in Python the
same way on SQLite and PostgreSQL. Every word of the query must occur in some form (its lemma, its
stem, or a longer word it starts), letter case and Polish diacritics aside; words such as "for" or
"dla" count only when the query has nothing else. Matches in the title weigh more than in the text.
The words of published texts are looked up once and cached with the published snapshots.
"""

from __future__ import annotations

import functools
import html
import re
import secrets
from dataclasses import dataclass, field

import nh3
from markupsafe import Markup, escape

from app.content.lemmas import Word, fold, is_stop_word, word, words
from app.content.markdown import render
from app.content.revisions import words_cache_key
from app.content.translation import pick
from app.extensions import cache
from app.web.shared_cache import attempt

MAX_QUERY = 200
MAX_WORDS = 8
EXCERPT = 220

Span = tuple[int, int]


@dataclass(frozen=True)
class Document:
    kind: str  # what the result is, shown to the reader
    url: str
    title_field: str
    body_field: str
    data: dict
    source: str = ""  # the content type ``data`` is a published snapshot of; its words are cached with it


@dataclass(frozen=True)
class Result:
    kind: str
    url: str
    title: Markup
    excerpt: Markup
    language: str  # the language the texts are in
    score: int


@dataclass(frozen=True)
class IndexedText:
    """A text as the search reads it: plain, with where each of its words stands."""

    source: str  # as stored (Markdown for a body), to tell a cached entry made from an older version
    plain: str
    spans: dict[Word, tuple[Span, ...]]


def query_words(query: str, language: str) -> list[str]:
    """The words of the query as typed, each once (case and diacritics aside), without the words
    that carry no meaning alone unless there is nothing else."""
    unique: dict[str, str] = {}
    for typed in re.findall(r"\w+", query[:MAX_QUERY]):
        if len(typed) > 1:
            unique.setdefault(fold(typed), typed)
    meaningful = [w for folded, w in unique.items() if not is_stop_word(folded, language)]
    return (meaningful or list(unique.values()))[:MAX_WORDS]


def _plain(markdown_text: str) -> str:
    cleaned = nh3.clean(str(render(markdown_text)), tags=set())
    return re.sub(r"\s+", " ", html.unescape(cleaned)).strip()


def analyse(source: str, language: str, markdown: bool) -> IndexedText:
    plain = _plain(source) if markdown else source
    spans: dict[Word, list[Span]] = {}
    for start, end, found in words(plain, language):
        spans.setdefault(found, []).append((start, end))
    return IndexedText(source, plain, {w: tuple(s) for w, s in spans.items()})


# The analysed texts as this process last read them, by kind of content and language, with the stamp
# they were saved under: a search reads only the stamp from the shared cache while it is unchanged.
_READ: dict[tuple[str, str], tuple[str, dict]] = {}


@dataclass
class _Texts:
    """The analysed texts one search reads, from the cache per kind of published content."""

    language: str
    loaded: dict[str, dict] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)

    def _load(self, source: str) -> dict:
        # analysed afresh for this search when the cache does not answer
        return attempt("a search", lambda: self._cached(source), {})

    def _cached(self, source: str) -> dict:
        key = words_cache_key(source, self.language)
        stamp = cache.get(f"{key}:stamp")
        read = _READ.get((source, self.language))
        if stamp is not None and read is not None and read[0] == stamp:
            return read[1]
        texts = cache.get(key) or {}
        if stamp is None:  # kept before stamps were: stamp it now, so that the next reading is short
            stamp = secrets.token_hex(8)
            cache.set(f"{key}:stamp", stamp)
        _READ[(source, self.language)] = (stamp, texts)
        return texts

    def get(self, document: Document, name: str, markdown: bool) -> tuple[IndexedText, str]:
        picked = pick(document.data, name, self.language)
        if not document.source:
            return analyse(picked.value, picked.language, markdown), picked.language
        if document.source not in self.loaded:
            self.loaded[document.source] = self._load(document.source)
        texts = self.loaded[document.source]
        key = (document.data.get("id"), name, picked.language)
        text = texts.get(key)
        if text is None or text.source != picked.value:
            text = texts[key] = analyse(picked.value, picked.language, markdown)
            self.changed.add(document.source)
        return text, picked.language

    def save(self) -> None:
        for source in self.changed:
            key, stamp = words_cache_key(source, self.language), secrets.token_hex(8)
            if attempt("a search's analysed texts not kept", functools.partial(self._keep, key, source, stamp), False):
                _READ[(source, self.language)] = (stamp, self.loaded[source])

    def _keep(self, key: str, source: str, stamp: str) -> bool:
        cache.set(key, self.loaded[source])
        cache.set(f"{key}:stamp", stamp)
        return True


def _matching(query: list[str], language: str, vocabulary: set[Word]) -> list[set[Word]]:
    """For each query word, the words of the texts that are forms of it."""
    return [{w for w in vocabulary if typed.meets(w)} for typed in (word(q, language) for q in query)]


def _highlight(text: str, spans: list[Span]) -> Markup:
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def _excerpt(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    if len(text) <= EXCERPT:
        return text, spans
    start = max(0, (spans[0][0] if spans else 0) - EXCERPT // 3)
    piece = text[start : start + EXCERPT]
    shifted = [(a - start, b - start) for a, b in spans if a >= start and b <= start + len(piece)]
    return ("…" if start else "") + piece + "…", [
        (a + (1 if start else 0), b + (1 if start else 0)) for a, b in shifted
    ]


def search(query: str, documents: list[Document], language: str) -> list[Result]:
    typed = query_words(query, language)
    if not typed:
        return []
    texts = _Texts(language)
    read = []
    for document in documents:
        title, title_language = texts.get(document, document.title_field, markdown=False)
        body, body_language = texts.get(document, document.body_field, markdown=True)
        read.append((document, title, body, title_language, body_language))
    texts.save()

    matching: dict[str, list[set[Word]]] = {}  # per language the texts are in
    vocabularies: dict[str, set[Word]] = {}
    for _, title, body, title_language, body_language in read:
        vocabularies.setdefault(title_language, set()).update(title.spans)
        vocabularies.setdefault(body_language, set()).update(body.spans)
    for text_language, vocabulary in vocabularies.items():
        matching[text_language] = _matching(typed, text_language, vocabulary)

    results = []
    for document, title, body, title_language, body_language in read:
        in_title = [forms & title.spans.keys() for forms in matching[title_language]]
        in_body = [forms & body.spans.keys() for forms in matching[body_language]]
        if not all(a or b for a, b in zip(in_title, in_body, strict=True)):
            continue
        title_spans = sorted(s for forms in in_title for w in forms for s in title.spans[w])
        body_spans = sorted(s for forms in in_body for w in forms for s in body.spans[w])
        excerpt, spans = _excerpt(body.plain, body_spans)
        results.append(
            Result(
                kind=document.kind,
                url=document.url,
                title=_highlight(title.plain, title_spans),
                excerpt=_highlight(excerpt, spans),
                language=title_language,
                score=3 * len(title_spans) + len(body_spans),
            )
        )
    return sorted(results, key=lambda r: -r.score)
