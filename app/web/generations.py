"""Generations: a counter in the shared cache that says whether what a process holds, or what the
shared cache keeps, is still current (the public pages, the back office's permissions and menus).

Any committed change to the tables a generation watches advances it, once per commit however many
flushes, never for a transaction that rolls back; every process then reads afresh. A generation the
cache does not have (emptied, or new) begins at a random number, so that nothing held from before
passes for the new one.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable

from flask import Flask, current_app, has_app_context

from app.extensions import cache
from app.unit_of_work import after_commit_gathered


def read(key: str) -> int:
    """The generation under ``key``, begun here when the cache has none."""
    generation = cache.get(key)
    if generation is None:
        cache.add(key, secrets.randbelow(2**40) + 1, timeout=0)
        generation = cache.get(key)
    return generation or 0


def advance(key: str, what: str) -> None:
    """What the generation covers changed: the next request renders or reads afresh, in every process."""
    try:
        cache.cache.inc(key)
    except Exception:  # what is held would stay stale: said loudly in the log
        current_app.logger.exception("%s could not start a new generation", what)


def _advance_after(app: Flask, key: str, what: str, _changes: list) -> None:
    with app.app_context():
        advance(key, what)


def watcher(key: str, tables: frozenset[str], what: str, applies: Callable[[Flask], bool] = lambda app: True):
    """A session ``after_flush`` listener that advances the generation once the transaction of a flush
    touching one of ``tables`` commits (in an app for which ``applies(app)``). Made once per module,
    so that listening twice can be told apart."""

    def listener(session, flush_context) -> None:
        if not has_app_context() or not applies(current_app):
            return
        changed = [*session.new, *session.dirty, *session.deleted]
        if any(getattr(getattr(row, "__table__", None), "name", None) in tables for row in changed):
            app = current_app._get_current_object()
            gathered = functools.partial(_advance_after, app, key, what)
            after_commit_gathered((key, id(app)), gathered, None)

    return listener
