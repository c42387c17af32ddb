"""The shared cache (Redis in production) makes pages faster; no page needs it to be answered.

Where a page reads or fills the cache it does so through ``attempt``: an error of the cache is
logged in one line (not a trace) and the page is made without it, as the first reader after a
publication would get it. After a failure the process leaves the cache alone for
``RETRY_SECONDS`` (each app its own), so that while Redis is away, or hangs until the client's
timeout (``CACHE_OPTIONS``), a request does not wait for it again and again. What must not be
guessed stays strict: a generation that cannot be read is never taken for the current one, and a
publication whose cached copies cannot be dropped says so in the log (``generations.advance``,
``content.revisions.forget_published``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app
from redis.exceptions import RedisError

# what the cache's client raises when Redis does not answer (refused, reset, timed out, loading)
UNANSWERED = (RedisError, OSError)
RETRY_SECONDS = 5.0
_DOWN_UNTIL = "shared_cache_down_until"

T = TypeVar("T")


def down(app: Flask) -> bool:
    """Whether the cache failed within the last ``RETRY_SECONDS``."""
    return app.extensions.get(_DOWN_UNTIL, 0.0) > time.monotonic()


def failed(app: Flask, what: str, error: BaseException) -> None:
    """The cache did not answer: one warning line, and the cache is left alone for a while."""
    app.logger.warning("%s without the shared cache, which did not answer: %s", what, type(error).__name__)
    app.extensions[_DOWN_UNTIL] = time.monotonic() + RETRY_SECONDS


def attempt(what: str, call: Callable[[], T], default: T) -> T:
    """``call()``, or ``default`` when the cache does not answer (or did not, a moment ago)."""
    app = current_app._get_current_object()
    if down(app):
        return default
    try:
        return call()
    except UNANSWERED as error:
        failed(app, what, error)
        return default
