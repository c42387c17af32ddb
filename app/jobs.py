"""One way to run work outside the request: ``enqueue(func, *args, **kwargs)``.

Jobs are held until the database transaction that asked for them commits: a job asked for
inside a savepoint that rolls back, or in a transaction that rolls back or is closed without a
commit, never runs. After the commit, with REDIS_URL set they go to RQ with a timeout and
retries and a ``flask worker`` process runs them; without Redis (the embedded mode) they run
in this process right after the commit, each in a fresh app context and session.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from app.extensions import db
from app.unit_of_work import after_commit

log = logging.getLogger(__name__)
QUEUE_NAME = "przybysz"
RETRY_INTERVALS = [10, 60, 300]
_worker_app: Flask | None = None


@dataclass(frozen=True)
class PendingJob:
    path: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)


def job_path(func: Callable) -> str:
    path = f"{func.__module__}:{func.__qualname__}"
    if "<" in path:
        raise ValueError(f"a job must be a module-level function, not {path}")
    return path


def enqueue(func: Callable, *args: Any, **kwargs: Any) -> None:
    """Run ``func(*args, **kwargs)`` once the current transaction commits."""
    job = PendingJob(job_path(func), args, kwargs)
    app = current_app._get_current_object()
    after_commit(functools.partial(_dispatch, app, [job]))


def resolve(path: str) -> Callable:
    module, _, name = path.partition(":")
    target: Any = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    return target


def run_job(path: str, args: tuple, kwargs: dict) -> Any:
    """Entry point of every queued job: runs it inside an app context."""
    global _worker_app
    if _worker_app is None:
        from app import create_app

        _worker_app = create_app()
    return _perform(_worker_app, path, args, kwargs)


def _perform(app: Flask, path: str, args: tuple, kwargs: dict) -> Any:
    """A job is an edge: it commits what it did once, or nothing when it fails."""
    with app.app_context():
        try:
            result = resolve(path)(*args, **kwargs)
            db.session.commit()
            return result
        finally:
            db.session.remove()


def _dispatch(app: Flask, jobs: list[PendingJob]) -> None:
    queue = app.extensions.get("rq_queue")
    for job in jobs:
        if queue is not None:
            from rq import Retry

            try:
                queue.enqueue(
                    run_job,
                    job.path,
                    job.args,
                    job.kwargs,
                    job_timeout=app.config["JOB_TIMEOUT_SECONDS"],
                    retry=Retry(max=app.config["JOB_RETRIES"], interval=RETRY_INTERVALS),
                    description=job.path,
                )
            except Exception:  # the data is committed; a lost job is logged, not turned into a 500
                log.exception("could not queue job %s", job.path)
            continue
        try:
            _perform(app, job.path, job.args, job.kwargs)
        except Exception:  # an embedded job must not break the request that committed
            log.exception("job %s failed", job.path)


def init_app(app: Flask) -> None:
    """Connect the queue when REDIS_URL is set."""
    if app.config["REDIS_URL"]:
        from redis import Redis
        from rq import Queue

        connection = Redis.from_url(app.config["REDIS_URL"])
        app.extensions["redis"] = connection
        app.extensions["rq_queue"] = Queue(app.config.get("JOB_QUEUE_NAME", QUEUE_NAME), connection=connection)


def start_worker(app: Flask, burst: bool = False) -> None:
    """Run jobs from the queue until stopped; the scheduler handles retries."""
    global _worker_app
    from rq import Worker

    queue = app.extensions.get("rq_queue")
    if queue is None:
        raise RuntimeError("REDIS_URL is not set: without Redis, jobs run in the web process")
    _worker_app = app
    Worker([queue], connection=queue.connection).work(with_scheduler=True, burst=burst)
