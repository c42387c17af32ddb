"""Search across published content in the reader's language (Polish where a version is missing).

The published snapshots are few (hundreds) and already cached, so matching runs in Python the
same way on SQLite and PostgreSQL: every word of the query must occur, letter case and Polish
diacritics aside; matches in the title weigh more than in the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import nh3
from markupsafe import Markup, escape

from app.content.markdown import render
from app.content.translation import pick

MAX_QUERY = 200
MAX_WORDS = 8
EXCERPT = 220


@dataclass(frozen=True)
class Document:
    kind: str  # what the result is, shown to the reader
    url: str
    title_field: str
    body_field: str
    data: dict


@dataclass(frozen=True)
class Result:
    kind: str
    url: str
    title: Markup
    excerpt: Markup
    language: str  # the language the texts are in
    score: int


def fold(text: str) -> str:
    """Lower case without diacritics (ł counts as l), for matching only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    words = re.findall(r"\w+", fold(query[:MAX_QUERY]))
    return [w for w in dict.fromkeys(words) if len(w) > 1][:MAX_WORDS]


def _plain(markdown_text: str) -> str:
    return re.sub(r"\s+", " ", nh3.clean(str(render(markdown_text)), tags=set())).strip()


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words occur in ``text``; folding keeps positions because it works per character."""
    folded = "".join(fold(c)[:1] or c for c in text)
    spans = []
    for word in words:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(word), folded)]
    return sorted(spans)


def _highlight(text: str, spans: list[tuple[int, int]]) -> Markup:
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def _excerpt(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    if len(text) <= EXCERPT:
        return text, spans
    start = max(0, (spans[0][0] if spans else 0) - EXCERPT // 3)
    piece = text[start : start + EXCERPT]
    shifted = [(a - start, b - start) for a, b in spans if a >= start and b <= start + len(piece)]
    return ("…" if start else "") + piece + "…", [
        (a + (1 if start else 0), b + (1 if start else 0)) for a, b in shifted
    ]


def search(query: str, documents: list[Document], language: str) -> list[Result]:
    words = query_words(query)
    if not words:
        return []
    results = []
    for document in documents:
        title = pick(document.data, document.title_field, language)
        body = pick(document.data, document.body_field, language)
        title_text, body_text = title.value, _plain(body.value)
        folded_title, folded_body = fold(title_text), fold(body_text)
        if not all(w in folded_title or w in folded_body for w in words):
            continue
        score = sum(3 * folded_title.count(w) + folded_body.count(w) for w in words)
        excerpt, spans = _excerpt(body_text, _spans(body_text, words))
        results.append(
            Result(
                kind=document.kind,
                url=document.url,
                title=_highlight(title_text, _spans(title_text, words)),
                excerpt=_highlight(excerpt, spans),
                language=title.language,
                score=score,
            )
        )
    return sorted(results, key=lambda r: -r.score)
