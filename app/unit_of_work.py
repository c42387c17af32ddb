"""One transaction per request, command and job.

Services change rows and flush; they never commit. The edge commits once: a request when its
response succeeds (a status below 400) and rolls everything back otherwise; a CLI command and a
job when they return. A view that lets a service refuse runs it in a savepoint
(``with db.session.begin_nested():``), so a refusal undoes only what that service flushed.

What must happen only once the data is committed (clearing a cache, waking the job relay) is
registered with ``after_commit(callback)``: it runs when the root transaction commits, waits for
it when registered inside a savepoint that is released, and is dropped when its transaction or
savepoint rolls back or the session closes without a commit.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, g
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from app.extensions import db

log = logging.getLogger(__name__)
_PENDING = "after_commit"


@dataclass(frozen=True)
class _Gathered:
    key: Hashable
    handler: Callable[[list[Any]], None]
    item: Any


def after_commit_gathered(key: Hashable, handler: Callable[[list[Any]], None], item: Any) -> None:
    """Like ``after_commit``, for a step that handles many items at once: the items registered under
    the same key whose transaction commits go to one call, ``handler(items)``, in their order."""
    after_commit(_Gathered(key, handler, item))  # type: ignore[arg-type]


def after_commit(callback: Callable[[], None]) -> None:
    """Run ``callback()`` once the current transaction commits (never if it rolls back)."""
    session = db.session()
    if not session.in_transaction():
        session.begin()  # so that the commit (or rollback) that follows concerns this callback
    innermost = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_PENDING, []).append((innermost, callback))


@contextmanager
def all_or_nothing() -> Iterator[None]:
    """For a step whose failure someone else turns into a message on a page that otherwise looks
    successful (Flask-AppBuilder does so for its hooks after saving): if the step fails, the whole
    request is rolled back, whatever its response."""
    try:
        yield
    except Exception:
        g.roll_back_request = True
        raise


def finish_request(response: Response) -> Response:
    """The request's edge: commit what a successful request did, roll back a failed one."""
    session = db.session()
    if session.in_transaction():
        if response.status_code < 400 and not g.get("roll_back_request"):
            session.commit()
        else:
            session.rollback()
    return response


def _within(transaction: SessionTransaction | None, ancestor: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


def _after_commit(session: Session) -> None:
    pending = session.info.get(_PENDING)
    released = session.get_nested_transaction()
    if released is not None:  # a savepoint was released: its callbacks now wait for the enclosing transaction
        if pending:
            session.info[_PENDING] = [(released.parent if tx is released else tx, cb) for tx, cb in pending]
        return
    session.info.pop(_PENDING, None)
    steps: list[Callable[[], None]] = []
    gathered: dict[Hashable, list[Any]] = {}
    for _, callback in pending or ():
        if isinstance(callback, _Gathered):
            if callback.key not in gathered:
                gathered[callback.key] = []
                steps.append(functools.partial(callback.handler, gathered[callback.key]))
            gathered[callback.key].append(callback.item)
        else:
            steps.append(callback)
    for callback in steps:
        try:
            callback()
        except Exception:  # the data is committed; a failed follow-up is logged, not turned into a 500
            log.exception("after-commit step %s failed", getattr(callback, "__qualname__", callback))


def _after_transaction_end(session: Session, ended: SessionTransaction) -> None:
    """A transaction that ends still holding callbacks ended without committing them: drop them."""
    pending = session.info.get(_PENDING)
    if not pending:
        return
    if ended.parent is None:
        session.info.pop(_PENDING)
    else:
        session.info[_PENDING] = [(tx, cb) for tx, cb in pending if not _within(tx, ended)]


def init_app(app: Flask) -> None:
    """Registered first, so that it runs after every other after-request function."""
    app.after_request_funcs.setdefault(None, []).insert(0, finish_request)
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_transaction_end", _after_transaction_end)
