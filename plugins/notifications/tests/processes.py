"""The portal's processes for a test that runs several of them on one database and Redis:
``python -m plugins.notifications.tests.processes web <port>`` serves the app on a loopback port
(threaded, as gunicorn's threads would); ``… worker`` runs RQ's Worker on the test's queue until it
is told to stop (SIGTERM). Settings come from the environment; the queue's name from
``TEST_JOB_QUEUE``, so a test never touches another's jobs."""

from __future__ import annotations

import os
import sys

from app import create_app


def _app():
    return create_app(
        {
            "JOB_QUEUE_NAME": os.environ["TEST_JOB_QUEUE"],
            "RATELIMIT_ENABLED": False,  # one client address sends the whole burst
            "PUBLIC_BASE_URL": "http://localhost",
            "MAIL_OUTBOX_DIR": os.environ.get("TEST_MAIL_DIR", "/nonexistent"),
        }
    )


def web(port: int) -> None:
    from werkzeug.serving import make_server

    make_server("127.0.0.1", port, _app(), threaded=True).serve_forever()


def worker() -> None:
    from redis import Redis
    from rq import Queue, Worker

    from app.jobs.worker import use_app

    app = _app()
    use_app(app)
    connection = Redis.from_url(app.config["REDIS_URL"])
    queue = Queue(app.config["JOB_QUEUE_NAME"], connection=connection)
    with app.app_context():
        Worker([queue], connection=connection).work()


if __name__ == "__main__":
    if sys.argv[1] == "web":
        web(int(sys.argv[2]))
    else:
        worker()
