"""Saving, publishing and restoring content; readers only ever see a published revision."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any

from flask import g, has_request_context
from sqlalchemy import Date, DateTime, func, select

from app import signals
from app.content.models import ContentRevision
from app.extensions import cache, db
from app.unit_of_work import after_commit
from app.web.shared_cache import attempt
from config import LANGUAGE_CODES

NOT_SNAPSHOTTED = {"id", "published_revision_id"}


def snapshot(item: Any) -> dict[str, Any]:
    """The item's columns as JSON, plus what its ``published_structure()`` adds (e.g. the order
    of a kind of case's statuses, which readers see only once the kind of case is published)."""
    data = {}
    for column in item.__table__.columns:
        if column.key in NOT_SNAPSHOTTED:
            continue
        value = getattr(item, column.key)
        data[column.key] = value.isoformat() if isinstance(value, dt.date | dt.datetime) else value
    structure = getattr(item, "published_structure", None)
    if structure is not None:
        data.update(structure())
    return data


def _apply(item: Any, data: dict[str, Any]) -> None:
    for column in item.__table__.columns:
        if column.key in NOT_SNAPSHOTTED or column.key not in data:
            continue
        value = data[column.key]
        if value is not None and isinstance(column.type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = dt.date.fromisoformat(value)
        setattr(item, column.key, value)


def _record(item: Any, action: str, author: Any) -> ContentRevision:
    last = db.session.scalar(
        select(func.max(ContentRevision.number)).where(
            ContentRevision.content_type == item.content_type, ContentRevision.entity_id == item.id
        )
    )
    revision = ContentRevision(
        content_type=item.content_type,
        entity_id=item.id,
        number=(last or 0) + 1,
        action=action,
        data=snapshot(item),
        author_id=getattr(author, "id", None),
        author_name=f"{author.first_name} {author.last_name}" if author is not None else "",
    )
    db.session.add(revision)
    db.session.flush()
    return revision


def record_save(item: Any, author: Any) -> ContentRevision:
    revision = _record(item, "saved", author)
    db.session.flush()
    return revision


def publish(item: Any, author: Any) -> ContentRevision:
    """Make the item's current state what readers see (once the caller commits)."""
    revision = _record(item, "published", author)
    item.published_revision_id = revision.id
    db.session.flush()
    _published_changed(item, True)
    return revision


def withdraw(item: Any) -> None:
    item.published_revision_id = None
    db.session.flush()
    _published_changed(item, False)


def _published_changed(item: Any, published: bool) -> None:
    """Readers' cached copy goes when the change is committed (cleared earlier, a reader could
    cache the old version again in between)."""
    after_commit(functools.partial(forget_published, item.content_type))
    signals.content_published.send(signals.PublicationChange(item.content_type, item.id, published))


def restore(item: Any, revision: ContentRevision, author: Any) -> ContentRevision:
    """Bring an earlier revision back into the working copy; readers see it once published."""
    if revision.content_type != item.content_type or revision.entity_id != item.id:
        raise ValueError("the revision belongs to another item")
    _apply(item, revision.data)
    restored = _record(item, "restored", author)
    db.session.flush()
    return restored


def history(item: Any) -> list[ContentRevision]:
    return list(
        db.session.scalars(
            select(ContentRevision)
            .where(ContentRevision.content_type == item.content_type, ContentRevision.entity_id == item.id)
            .order_by(ContentRevision.number.desc())
        )
    )


def published_revision(item: Any) -> ContentRevision | None:
    return db.session.get(ContentRevision, item.published_revision_id) if item.published_revision_id else None


def has_unpublished_changes(item: Any) -> bool:
    revision = published_revision(item)
    return revision is None or revision.data != snapshot(item)


def _cache_key(content_type: str) -> str:
    return f"published:{content_type}"


# content type → (stamp, snapshots): what this process last read, good while the stamp in the cache is
# the same. The snapshots are shared by every reader in the process and are never changed.
_HELD: dict[str, tuple[str, list[dict[str, Any]]]] = {}


def _stamp_key(content_type: str) -> str:
    return f"{_cache_key(content_type)}:stamp"


def _stamps(content_type: str) -> dict[str, str | None]:
    """The stamps of the kinds of content this process holds, read in one round trip; within a
    request they are read once (every page asks for the published pages for its navigation and its
    footer, and a kind of case for several of its parts)."""
    memo = g.get("published_stamps") if has_request_context() else None
    if memo is not None and content_type in memo:
        return memo
    kinds = sorted({*_HELD, content_type} - set(memo or ()))
    # no stamp when the cache does not answer: read from the database, as after a publication
    stamps = attempt("published content read", lambda: cache.get_many(*map(_stamp_key, kinds)), [None] * len(kinds))
    memo = {**(memo or {}), **dict(zip(kinds, stamps, strict=True))}
    if has_request_context():
        g.published_stamps = memo
    return memo


def published(model: type) -> list[dict[str, Any]]:
    """The published snapshots of every item of ``model`` (what readers see) with the item's
    ``id``, cached until the next publication or withdrawal of that kind of content: in the
    shared cache, and in the process while the kind's stamp there is unchanged. Read only."""
    content_type = model.content_type
    stamp = _stamps(content_type)[content_type]
    held = _HELD.get(content_type)
    if stamp is not None and held is not None and held[0] == stamp:
        return held[1]
    snapshots = None
    if stamp is not None:
        snapshots = attempt("published content read", lambda: cache.get(_cache_key(content_type)), None)
    if snapshots is None:
        query = select(ContentRevision.entity_id, ContentRevision.data).join(
            model, model.published_revision_id == ContentRevision.id
        )
        snapshots = [{**data, "id": entity_id} for entity_id, data in db.session.execute(query)]
        stamp = uuid.uuid4().hex
        kept = {_cache_key(content_type): snapshots, _stamp_key(content_type): stamp}
        if not attempt("published content not kept", lambda: cache.set_many(kept) is not None, False):
            stamp = None  # not held either: the next reader reads the database again
    _HELD[content_type] = (stamp, snapshots)
    if has_request_context():
        g.published_stamps[content_type] = stamp
    return snapshots


def words_cache_key(content_type: str, language: str) -> str:
    """Where the search keeps the words of these published texts as read in ``language``
    (lemmas and stems, looked up once per publication), forgotten with the snapshots."""
    return f"{_cache_key(content_type)}:words:{language}"


def forget_published(content_type: str) -> None:
    """After a publication or withdrawal commits. This process forgets first; a cache that does not
    answer raises, and the after-commit step logs it: the other processes would go on with the
    copies kept before, so it must be seen."""
    _HELD.pop(content_type, None)
    if has_request_context():
        g.pop("published_stamps", None)
    words = [words_cache_key(content_type, code) for code in LANGUAGE_CODES]
    cache.delete_many(_cache_key(content_type), _stamp_key(content_type), *words, *(f"{key}:stamp" for key in words))
