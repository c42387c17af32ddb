"""The built-in queue under concurrent use, each step in a transaction and on a connection of its
own: thirty walk-in tickets taken at once get thirty different numbers, and eight counters calling at
once five waiting visitors call each of them once."""

from __future__ import annotations

import threading
from collections import Counter as Tally

import pytest

from app.bookings.queue import queue_system
from app.clock import utcnow
from app.extensions import db
from tests.bookings.queue_helpers import a_counter, a_queue
from tests.factories import make_user

pytestmark = pytest.mark.real_transactions


def _at_once(app, count: int, step) -> list:
    start = threading.Barrier(count)
    results: list = []

    def run(index: int) -> None:
        with app.app_context():
            try:
                start.wait(timeout=60)
                results.append(step(index))
                db.session.commit()
            except Exception as error:  # anything else is what the test looks for
                db.session.rollback()
                results.append(f"{type(error).__name__}: {error}")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_tickets_taken_at_once_get_different_numbers_and_counters_calling_at_once_different_visitors(app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (SQLite has one writer)")
    service, first_counter = a_queue(walk_ins=True)
    counters = [first_counter.id] + [a_counter(service).id for _ in range(7)]
    clerk = make_user("Clerk").id
    db.session.commit()
    point, service_id = service.service_point_id, service.id
    now = utcnow()

    labels = _at_once(app, 30, lambda _: queue_system().walk_in(point, service_id, "pl", now).label)
    assert sorted(labels) == sorted(f"{service.letter}{n:03d}" for n in range(1, 31))
    # five of them still waiting when eight counters call at once (the other 25 were served before)
    with app.app_context():
        for ticket in queue_system().waiting(counters[0], now)[:25]:
            db.session.execute(db.text("UPDATE queue_ticket SET state = 'done' WHERE id = :id"), {"id": ticket.id})
        db.session.commit()

    def call(index: int):
        called = queue_system().call_next(counters[index], clerk, now)
        return called.id if called else None

    called = _at_once(app, 8, call)
    tally = Tally(called)
    assert tally[None] == 3 and len([t for t in tally if t is not None]) == 5
    assert all(count == 1 for ticket, count in tally.items() if ticket is not None)
