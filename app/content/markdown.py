"""Markdown written by editors becomes safe HTML: rendered with markdown, cleaned with nh3.

A text is rendered once per process: published text changes only when an editor publishes, and a
changed text is a new key, so the cache never serves an old rendering; the least recently used
renderings leave it when it is full."""

from __future__ import annotations

import functools
import re

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"}}


def _shift_headings(html: str, top: int) -> str:
    """Make ``##`` the ``top`` level (a text under an h3 starts its headings at h4), at most h6."""
    shift = top - 2
    if shift <= 0:
        return html
    return re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m[1]}h{min(int(m[2]) + shift, 6)}", html)


RENDERINGS_KEPT = 4096  # a few megabytes: every published text of the portal in four languages fits


def render(text: str, top: int = 2) -> Markup:
    return Markup(_rendered(text or "", top))  # noqa: S704 (sanitised by nh3 in _rendered)


@functools.lru_cache(maxsize=RENDERINGS_KEPT)
def _rendered(text: str, top: int) -> str:
    html = md.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    html = _shift_headings(html, top)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return clean
