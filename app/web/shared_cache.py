"""The shared cache (Redis in production) makes pages faster; no page needs it to be answered.

Where a page reads or fills the cache it does so through ``attempt``: an error of the cache is
logged in one line (not a trace: while Redis is away it happens on every request) and the page is
made without it, as the first reader after a publication would get it; once the cache has failed
in a request, that request does not ask it again. What must not be guessed stays strict: a
generation that cannot be read is never taken for the current one, and a publication whose cached
copies cannot be dropped says so in the log (``generations.advance``,
``content.revisions.forget_published``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app, g, has_request_context
from redis.exceptions import RedisError

# what the cache's client raises when Redis does not answer (refused, reset, timed out, loading)
UNANSWERED = (RedisError, OSError)
_FAILED = "shared_cache_failed"

T = TypeVar("T")


def attempt(what: str, call: Callable[[], T], default: T) -> T:
    """``call()``, or ``default`` when the cache does not answer (or did not, earlier in this request)."""
    if has_request_context() and g.get(_FAILED):
        return default
    try:
        return call()
    except UNANSWERED as error:
        current_app.logger.warning("%s without the shared cache, which did not answer: %s", what, type(error).__name__)
        if has_request_context():
            g.setdefault(_FAILED, True)
        return default
