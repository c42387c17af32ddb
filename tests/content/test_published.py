"""What readers see of published content is held in each process while the kind of content's stamp
in the shared cache is unchanged: a publication in another process is read at once, and within a
request the stamps are read once."""

from __future__ import annotations

from flask import g

from app.content import revisions
from app.content.models import FaqEntry
from app.extensions import cache, db
from tests.content.test_faq import QUESTION
from tests.factories import make_user


def _question(**changes) -> FaqEntry:
    entry = FaqEntry(**{**QUESTION, "position": 990, **changes})
    db.session.add(entry)
    db.session.flush()
    return entry


def _questions() -> set[str]:
    return {d["question_en"] for d in revisions.published(FaqEntry)}


def test_a_publication_in_another_process_is_read_at_once(app):
    editor = make_user("ContentEditor")
    entry = _question()
    revisions.publish(entry, editor)
    db.session.commit()
    assert "Can I come without a booking?" in _questions()
    held = dict(revisions._HELD)  # what this process holds now
    assert revisions.published(FaqEntry) is held[FaqEntry.content_type][1]  # the same snapshots, not read again

    entry.question_en = "May I come without a booking?"
    revisions.publish(entry, editor)
    db.session.commit()  # as another process would: the shared cache forgets, this process's copy stays
    revisions._HELD.update(held)
    assert "May I come without a booking?" in _questions() and "Can I come without a booking?" not in _questions()


def test_within_a_request_the_stamps_are_read_once(app, monkeypatch):
    reads: list[tuple] = []
    get_many = cache.get_many

    def counted(*keys):
        reads.append(keys)
        return get_many(*keys)

    with app.test_request_context("/"):
        revisions.published(FaqEntry)  # held from here on
    monkeypatch.setattr(cache, "get_many", counted)
    with app.test_request_context("/"):
        g.pop("published_stamps", None)  # a new request (the test's app context is shared)
        for _ in range(3):
            revisions.published(FaqEntry)
    assert len(reads) == 1 and revisions._stamp_key(FaqEntry.content_type) in reads[0]
