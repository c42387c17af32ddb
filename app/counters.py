"""Numbers that count up per year (PIO numbers, case signatures), each taken in one atomic
statement: the row lock of the upsert orders parallel requests on PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from app.extensions import db


def next_number(counter, year: int) -> int:
    """``counter`` is a model with the columns ``year`` (primary key) and ``last``."""
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(counter)
        .values(year=year, last=1)
        .on_conflict_do_update(index_elements=["year"], set_={"last": counter.last + 1})
        .returning(counter.last)
    )
    return db.session.execute(statement).scalar_one()
