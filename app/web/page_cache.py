"""Public pages served to readers who are not signed in from a cache shared by every web process
(Redis in production), with an ETag so that a browser's repeat visit is a 304.

Only pages that are the same for every such reader of a language are cached: an area or a plugin
names them with ``cacheable(app, endpoint, per_minute=...)``. A page is taken from the cache and kept
in it only for a reader with no account signed in and no message waiting in their session; the
key is the page's language (as the reader's request chooses it) and its full path. An answer that
sets a cookie, is not a 200, or carries the request's script nonce is never kept. A page whose
content changes with the clock ("open now") is kept until the next minute begins. Pages whose
addresses have no end (search results, one per query) are kept in each process instead, the most
recently asked ``IN_PROCESS_PAGES`` of them, so that no query can fill the shared cache; their
generation is still read from it.

Any committed change to a table a public page reads (``PUBLIC_TABLES``: content, the catalogue,
forms, service points and their hours) starts a new generation: each kept page carries the
generation it was rendered in, the generation and the page are read together, and a page of an
older generation is rendered afresh, in every process."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request, session
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.extensions import cache
from app.web import generations
from app.web.headers import csp_nonce
from app.web.i18n import remember_requested_language, select_locale
from app.web.shared_cache import attempt

GENERATION_KEY = "pages:generation"
KEPT_SECONDS = 3600  # a safety net: a generation's pages are dropped within the hour anyway
IN_PROCESS_PAGES = 256  # search results kept by each process (some 20 kB each)
PUBLIC_TABLES = frozenset(
    {
        "content_revision",
        "legal_act",
        "faq_entry",
        "content_page",
        "news_item",
        "case_type",
        "case_step",
        "case_requirement",
        "case_status",
        "case_type_status",
        "application_form",
        "form_definition",
        "service_point",
        "opening_hours",
    }
)


@dataclass(frozen=True)
class _Kept:
    per_minute: bool  # the page changes with the clock: kept until the next minute
    in_process: bool  # kept by each process, not in the shared cache


# In-process pages (key → entry), the most recently used last; a worker's threads share them.
_IN_PROCESS: OrderedDict[str, dict] = OrderedDict()
_IN_PROCESS_LOCK = threading.Lock()


def cacheable(app: Flask, *endpoints: str, per_minute: bool = False, in_process: bool = False) -> None:
    """Serve these endpoints from the cache to readers who are not signed in: the shared cache, or
    each process's own with ``in_process`` (for pages with countless addresses, such as search)."""
    for endpoint in endpoints:
        app.extensions.setdefault("cacheable_pages", {})[endpoint] = _Kept(per_minute, in_process)


def _generation() -> int:
    """The generation, begun at a random number when the cache has none (emptied or new): pages a
    process keeps from before never pass for the pages of a generation begun since."""
    return generations.read(GENERATION_KEY)


def _anonymous() -> bool:
    """No account signed in and nothing of the reader's own waiting in the session (flashed
    messages) — checked without loading a user."""
    return "_user_id" not in session and "_flashes" not in session


def _etag(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def answer(kept: dict, request) -> Response:
    """The kept page as an answer to ``request`` (a 304 when the reader's copy is current)."""
    response = Response(kept["body"], content_type=kept["content_type"])
    response.set_etag(kept["etag"])
    response.headers["Cache-Control"] = "no-cache"  # keep it, but ask whether it changed
    response.vary.update(("Accept-Language", "Cookie"))
    return response.make_conditional(request)


def page_key(app: Flask, policy: _Kept, language: str, full_path: str) -> str:
    key = f"page:{language}:{full_path}"
    return app.config["CACHE_KEY_PREFIX"] + key if policy.in_process else key  # each portal its own


def fresh(kept: dict | None, generation) -> bool:
    """Whether a kept page is of the current generation and within its time."""
    return kept is not None and kept["generation"] == generation and kept["until"] > time.time()


def read(app: Flask, policy: _Kept, key: str) -> tuple[int | None, dict | None]:
    """The generation and the page kept under ``key`` if it is fresh, read in one round trip (the
    generation alone for a page a process keeps)."""
    backend = app.extensions["cache"][cache]
    if policy.in_process:
        generation = backend.get(GENERATION_KEY)
        with _IN_PROCESS_LOCK:
            kept = _IN_PROCESS.get(key)
            if kept is not None:
                _IN_PROCESS.move_to_end(key)
    else:
        generation, kept = backend.get_many(GENERATION_KEY, key)
    return generation, kept if fresh(kept, generation) else None


def _current(app: Flask, policy: _Kept, key: str) -> tuple[int, dict | None]:
    generation, kept = read(app, policy, key)
    if generation is None:
        generation = _generation()  # none yet: begun here
    return generation, kept


def serve_cached():
    """Before the view: the cached page, if this request may have one and there is one of the
    current generation."""
    policy = current_app.extensions.get("cacheable_pages", {}).get(request.endpoint)
    if request.method not in ("GET", "HEAD") or policy is None or not _anonymous():
        return None
    app = current_app._get_current_object()
    key = page_key(app, policy, select_locale(), request.full_path)
    found = attempt("a public page rendered", lambda: _current(app, policy, key), None)
    if found is None:
        return None  # rendered for this reader alone, and not kept
    generation, kept = found
    g.page_cache_key = key
    g.page_generation = generation  # read before the page is rendered: a change since makes it stale
    if kept is None:
        return None  # none yet, or from before a change, or past its minute: rendered afresh
    g.page_from_cache = True
    remember_requested_language()
    return answer(kept, request)


def keep(response: Response) -> Response:
    """After the view: a page rendered for a reader who may share it is kept, with its ETag."""
    key = g.get("page_cache_key")
    if key is None or g.get("page_from_cache"):
        return response
    if response.status_code != 200 or response.headers.get("Set-Cookie") or response.direct_passthrough:
        return response
    if not _anonymous() or current_user.is_authenticated:
        return response
    if current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token") in g:
        return response  # a form's token is the reader's own
    body = response.get_data()
    if "csp_nonce" in g and csp_nonce().encode() in body:
        return response  # a script nonce is the request's own
    policy = current_app.extensions["cacheable_pages"][request.endpoint]
    now = time.time()
    timeout = 60 - int(now) % 60 if policy.per_minute else KEPT_SECONDS
    entry = {
        "body": body,
        "content_type": response.content_type,
        "etag": _etag(body),
        "generation": g.page_generation,  # read before the page was rendered: a change since makes it stale
        "until": int(now) + timeout,
    }
    if policy.in_process:
        with _IN_PROCESS_LOCK:
            _IN_PROCESS[key] = entry
            while len(_IN_PROCESS) > IN_PROCESS_PAGES:
                _IN_PROCESS.popitem(last=False)
    else:  # a page not kept still has its validators: a browser's copy stays checkable
        attempt("a public page not kept", lambda: cache.set(key, entry, timeout=timeout), None)
    response.set_etag(entry["etag"])
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(("Accept-Language", "Cookie"))
    return response.make_conditional(request)


def new_generation() -> None:
    """The pages read something that changed: the next request renders afresh, in every process."""
    generations.advance(GENERATION_KEY, "the page cache")


# a flush that touches a public table: a new generation once its transaction commits
_watch_public_tables = generations.watcher(
    GENERATION_KEY, PUBLIC_TABLES, "the page cache", applies=lambda app: "cacheable_pages" in app.extensions
)


def init_app(app: Flask) -> None:
    # first of all: a page from the cache skips the rest (its path passed the other checks when it
    # was rendered); a language asked for in the address is still remembered for the next pages
    app.before_request_funcs.setdefault(None, []).insert(0, serve_cached)
    app.after_request(keep)
    if not event.contains(Session, "after_flush", _watch_public_tables):
        event.listen(Session, "after_flush", _watch_public_tables)
