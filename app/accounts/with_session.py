"""What other areas show of the signed-in reader on every page (the count of their unread messages),
read in the query that opens their login session instead of a query of its own on each page.

An area or plugin names a value with ``read_with_session(app, name, column)``: ``column(user)``
gives a scalar SQL expression for the user row ``user`` (the ``PortalUser`` entity in the session's
query, so that the expression is correlated with it). ``value(name)`` is the value as read for
this request, or ``None`` when it was not read (no signed-in user, a request outside the web) or
was forgotten: whoever changes it within the request calls ``forget(name)`` (a listener of the
event that changes it), and the page then reads it afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, g, has_request_context

_VALUES = "session_values"


def read_with_session(app: Flask, name: str, column: Callable[[Any], Any]) -> None:
    app.extensions.setdefault("session_columns", {})[name] = column


def columns() -> dict[str, Callable[[Any], Any]]:
    return current_app.extensions.get("session_columns", {})


def keep(values: dict[str, Any]) -> None:
    if has_request_context():
        g.setdefault(_VALUES, {}).update(values)


def value(name: str) -> Any:
    return g.get(_VALUES, {}).get(name) if has_request_context() else None


def forget(name: str) -> None:
    if has_request_context():
        g.get(_VALUES, {}).pop(name, None)
