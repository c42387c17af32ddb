"""How tests leave the database as they found it.

Most tests run inside one transaction that is rolled back at the end: every session of every app
(the test's, the requests', the jobs') is bound to one connection, and what the code commits
becomes a savepoint inside it (SQLAlchemy's ``join_transaction_mode="create_savepoint"``).

Tests that need real commits (a browser driving a server in another thread, a test that looks
from another connection) take the database back to its seeded state afterwards: rows added since
the seeds are deleted, children first, using the marks taken once after seeding.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask_appbuilder import Model
from flask_sqlalchemy.session import Session
from sqlalchemy import Connection, Engine, Integer, func, select


class JoinedSession(Session):
    """Flask-SQLAlchemy's session picks the app's engine itself; here every statement goes
    through the connection the test transaction holds."""

    def get_bind(self, mapper=None, clause=None, bind=None, **kwargs):
        return bind or self.bind or super().get_bind(mapper=mapper, clause=clause, **kwargs)


@contextmanager
def test_transaction(db, engine: Engine) -> Iterator[Connection]:
    factory = db.session.session_factory
    saved_kw, saved_class = dict(factory.kw), factory.class_
    connection = engine.connect()
    outer = connection.begin()
    factory.class_ = JoinedSession
    factory.configure(bind=connection, join_transaction_mode="create_savepoint")
    db.session.remove()
    try:
        yield connection
    finally:
        db.session.remove()
        factory.kw, factory.class_ = saved_kw, saved_class
        if outer.is_active:
            outer.rollback()
        connection.close()


def _integer_key(table):
    keys = list(table.primary_key.columns)
    return keys[0] if len(keys) == 1 and isinstance(keys[0].type, Integer) else None


def marks(connection: Connection) -> dict[str, int]:
    """The highest key of every table with one integer key, as seeded."""
    found = {}
    for table in Model.metadata.sorted_tables:
        key = _integer_key(table)
        if key is not None:
            found[table.name] = connection.scalar(select(func.coalesce(func.max(key), 0)))
    return found


def back_to_marks(engine: Engine, seeded: dict[str, int]) -> None:
    """Delete what was added since the marks: children before parents; a table without its own
    integer key loses the rows that point at deleted rows (e.g. the roles of a deleted user)."""
    tables = {table.name: table for table in Model.metadata.sorted_tables}
    with engine.begin() as connection:
        for table in reversed(Model.metadata.sorted_tables):
            key = _integer_key(table)
            if key is not None:
                connection.execute(table.delete().where(key > seeded[table.name]))
                continue
            for foreign in table.foreign_keys:
                parent = foreign.column.table.name
                if parent in seeded and _integer_key(tables[parent]) is foreign.column:
                    connection.execute(table.delete().where(foreign.parent > seeded[parent]))
