"""The seed's update rule: a changed seed reaches a row unless an editor has changed the row since.

Each row the seed writes has a ``seed_record`` (kind, natural key): the hash of the seed entry it
last applied and the hash of the row's seeded fields as written. On the next run:

- the row is missing: added, unless the record shows an editor deleted it (left);
- the seed entry is unchanged: kept, whatever editors did to the row;
- the seed entry changed and the row still reads as the seed last wrote it: updated;
- the seed entry changed but the row reads otherwise: left (changed by an editor).

A row from before seed records has none: it is the seed's when it equals the seed entry, or the
seed's first (authorless) publication of it; otherwise an editor changed it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.clock import utcnow
from app.content import revisions
from app.content.models import ContentRevision, SeedRecord
from app.extensions import db

ADDED = "added"
UPDATED = "updated"
KEPT = "kept"
LEFT = "left (changed by an editor)"
DELETED = "left (deleted by an editor)"


def fingerprint(values: Any) -> str:
    """A hash of seeded values that ignores what a form changes on saving (CRLF, "" for None)."""
    return hashlib.sha256(json.dumps(_plain(values), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.replace("\r\n", "\n") or None
    return value


def columns(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The row's current value of every column the seed writes."""
    return {name: getattr(row, name) for name in values}


def set_columns(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def first_publication(row: Any, values: dict[str, Any]) -> dict[str, Any] | None:
    """The seeded columns as the seed first published them (its authorless first revision), or
    None when an editor created the row."""
    first = db.session.scalars(
        select(ContentRevision)
        .where(ContentRevision.content_type == row.content_type, ContentRevision.entity_id == row.id)
        .order_by(ContentRevision.number)
        .limit(1)
    ).first()
    if first is None or first.author_id is not None or first.author_name:
        return None
    return {name: first.data.get(name) for name in values}


def apply(
    kind: str,
    key: str,
    values: Any,
    *,
    read: Callable[[], Any],
    write: Callable[[], None],
    earlier: Callable[[], Any] | None = None,
) -> str:
    """Apply the seed entry ``values`` to an existing row: ``read`` gives the row's seeded fields,
    ``write`` writes the entry, ``earlier`` what the seed first wrote (for rows from before seed
    records). Returns the outcome; a missing row is the caller's to add (see ``missing``)."""
    seed_hash = fingerprint(values)
    record = _record(kind, key)
    now = fingerprint(read())
    if record is None:
        if now == seed_hash:
            _remember(kind, key, seed_hash, now)
            return KEPT
        if earlier is None or (seeded := earlier()) is None or fingerprint(seeded) != now:
            return LEFT
    elif record.seed_hash == seed_hash:
        return KEPT
    elif now == seed_hash:
        _remember(kind, key, seed_hash, now)
        return KEPT
    elif now != record.row_hash:
        return LEFT
    write()
    db.session.flush()
    _remember(kind, key, seed_hash, fingerprint(read()))
    return UPDATED


def missing(kind: str, key: str) -> str | None:
    """Why a missing row stays missing (an editor deleted it), or None: the caller adds it."""
    return DELETED if _record(kind, key) is not None else None


def added(kind: str, key: str, values: Any, read: Callable[[], Any]) -> str:
    """Remember a row the caller has just added from ``values``."""
    db.session.flush()
    _remember(kind, key, fingerprint(values), fingerprint(read()))
    return ADDED


def publishable(kind: str, key: str, values: dict[str, Any], row: Any, make: Callable[[], Any]) -> tuple[Any, str]:
    """Seed one item that readers see once published: a missing one is added and published, an
    updated one published again when it is published. Returns the row (None when an editor
    deleted it) and the outcome."""
    if row is None:
        if reason := missing(kind, key):
            return None, reason
        row = make()
        db.session.add(row)
        db.session.flush()
        revisions.publish(row, None)
        return row, added(kind, key, values, lambda: columns(row, values)) + " and published"
    outcome = apply(
        kind,
        key,
        values,
        read=lambda: columns(row, values),
        write=lambda: set_columns(row, values),
        earlier=lambda: first_publication(row, values),
    )
    return row, published_again(row, outcome)


def published_again(row: Any, outcome: str) -> str:
    """Readers see an updated row at once when they saw it before (an authorless revision, as
    seeding publishes); a withdrawn row stays withdrawn."""
    if outcome != UPDATED or row.published_revision_id is None:
        return outcome
    revisions.publish(row, None)
    return f"{UPDATED} and published"


def _record(kind: str, key: str) -> SeedRecord | None:
    return db.session.scalars(select(SeedRecord).filter_by(kind=kind, key=key)).one_or_none()


def _remember(kind: str, key: str, seed_hash: str, row_hash: str) -> None:
    record = _record(kind, key)
    if record is None:
        record = SeedRecord(kind=kind, key=key)
        db.session.add(record)
    record.seed_hash, record.row_hash, record.applied_at = seed_hash, row_hash, utcnow()


def summary(lines: list[str]) -> str:
    """One line counting the report's lines by outcome (a kind of case that kept all its parts is
    one line)."""
    counts = Counter(line.rsplit(": ", 1)[1].split(" ", 1)[0] for line in lines if ": " in line)
    return "content: " + ", ".join(f"{counts[word]} {word}" for word in ("added", "updated", "kept", "left"))
