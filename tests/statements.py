"""Counting the SQL statements a request sends: a page whose count grows with its lines queries
once per line."""

from __future__ import annotations

import re
from contextlib import contextmanager

from sqlalchemy import event

from app.extensions import db

# the test transaction's savepoints are transaction control, not queries
TRANSACTION_CONTROL = re.compile(r"\s*(SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT)\b", re.I)


@contextmanager
def statements():
    """The SQL statements sent while the block runs. The requests of a test share its session, so
    call ``db.session.expunge_all()`` first to start from nothing, as a request does in production."""
    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        if not TRANSACTION_CONTROL.match(statement):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
