"""Redis killed in the middle of a burst of notifications and started again empty: every one is
delivered, none twice (counted by Message-ID at a real SMTP server)."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import func, select

from app.extensions import db
from app.jobs import scheduler, worker
from plugins.notifications import outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests import settings
from tests.jobs_fixtures import RedisServer

BURST = 500


@pytest.fixture
def redis_server():
    if not RedisServer.available():
        if settings.CI:
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_queue(app, redis_server, monkeypatch):
    connection = Redis.from_url(redis_server.url)
    queue = Queue(f"test-{uuid.uuid4().hex}", connection=connection)
    monkeypatch.setitem(app.extensions, "rq_queue", queue)
    monkeypatch.setitem(app.extensions, "redis", connection)
    return queue


def _work(app, queue, max_jobs=None) -> None:
    worker.use_app(app)
    SimpleWorker([queue], connection=queue.connection).work(burst=True, max_jobs=max_jobs)


def test_redis_restarted_empty_in_a_burst_loses_and_doubles_nothing(app, smtp, redis_server, redis_queue):
    for n in range(BURST):
        outbox.notify("message-posted", "email", f"person{n}@example.org", "pl", {"link": f"http://x/{n}"})
    db.session.commit()  # the commit hands the rows to RQ, ten to an RQ job
    assert redis_queue.count == BURST // 10
    _work(app, redis_queue, max_jobs=BURST // 10 // 3)
    redis_server.stop()  # Redis dies with two thirds of the burst in it, and comes back empty
    redis_server.start()
    assert redis_queue.count == 0
    for _round in range(5):
        scheduler.run_round(app)
        _work(app, redis_queue)
    sent = Counter(smtp.message_ids())
    states = dict(db.session.execute(select(Notification.state, func.count()).group_by(Notification.state)).all())
    assert states == {State.DELIVERED: BURST}
    assert len(sent) == BURST and set(sent.values()) == {1}
    assert set(sent) == set(db.session.scalars(select(Notification.our_id)))
