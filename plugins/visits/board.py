"""What a display board shows, and how it reaches every board on every web process: each change of a
point's queue (``signals.ticket_changed``) is published to the point's Redis channel once the change
is committed (a word, no query: the committing request's connection is still held then); each
board's live stream (server-sent events) subscribes to the channel and, on a change, reads the
board as committed and sends it. Without Redis (the embedded mode) the boards poll ``state.json``.

A board carries ticket numbers, counters and the language a call is spoken in: never a name."""

from __future__ import annotations

import functools
import json
import logging
from urllib.parse import urlsplit

from flask import Flask, current_app

from app import signals
from app.bookings.queue import queue_system
from app.clock import utcnow
from app.unit_of_work import after_commit_gathered

log = logging.getLogger(__name__)


def channel(app: Flask, point_id: int) -> str:
    """The point's channel. Publish/subscribe in Redis ignores the database number, so the name
    carries it, with the key prefix that sets this deployment's keys apart from another's on the
    same server: a board hears only its own portal's changes."""
    database = urlsplit(app.config["REDIS_URL"]).path.strip("/") or "0"
    return f"{app.config['CACHE_KEY_PREFIX']}{database}:board:{point_id}"


def state(point_id: int) -> dict:
    board = queue_system().board(point_id, utcnow())
    return {
        "calls": [
            {
                "id": call.ticket_id,
                "ticket": call.label,
                "counter": call.counter_number,
                "language": call.language,
                "calls": call.calls,
                "at": call.called_at.isoformat() + "Z",
            }
            for call in board.calls
        ],
        "waits": [
            {"service": wait.service_id, "letter": wait.letter, "waiting": wait.waiting, "minutes": wait.minutes}
            for wait in board.waits
        ],
    }


def _publish(app: Flask, point_ids: list[int]) -> None:
    connection = app.extensions.get("redis")
    if connection is None:
        return
    for point_id in sorted(set(point_ids)):
        try:
            connection.publish(channel(app, point_id), "changed")
        except Exception:  # a board that misses a push reads the state on its next poll or reconnect
            log.warning("board of point %s not pushed: Redis does not answer", point_id)


def _ticket_changed(app: Flask, payload: signals.TicketChanged) -> None:
    after_commit_gathered(("queue-board", id(app)), functools.partial(_publish, app), payload.point_id)


def connect(app: Flask) -> None:
    signals.ticket_changed.connect(_ticket_changed, app)


def stream_seconds() -> int:
    return current_app.config["BOARD_STREAM_SECONDS"]


def subscribe(app: Flask, point_id: int):
    """A subscription to the point's channel, or None when Redis does not answer."""
    from redis import Redis
    from redis.exceptions import RedisError

    connection = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=30)
    try:
        subscription = connection.pubsub(ignore_subscribe_messages=True)
        subscription.subscribe(channel(app, point_id))
    except RedisError:
        connection.close()
        return None
    return subscription


def stream(app: Flask, subscription, point_id: int, first: str, seconds: int):
    """Server-sent events: the state now, then the state after each change (changes that come
    together are read once), a comment every 15 s so that proxies keep the connection; after
    ``seconds`` the stream ends and the browser reconnects. Between changes it holds no database
    connection."""
    import time

    from redis.exceptions import RedisError

    ends = time.monotonic() + seconds
    try:
        yield f"retry: 3000\nevent: board\ndata: {first}\n\n"
        while (left := ends - time.monotonic()) > 0:
            try:
                message = subscription.get_message(timeout=min(15.0, left))
                while message is not None and subscription.get_message(timeout=0.05) is not None:
                    pass  # a burst of changes: one reading of the board
            except RedisError:
                return  # the browser reconnects; while Redis is away it polls
            if message is None:
                yield ": still here\n\n"
                continue
            with app.app_context():
                data = json.dumps(state(point_id))
            yield f"event: board\ndata: {data}\n\n"
    finally:
        subscription.close()
        subscription.connection_pool.disconnect()
