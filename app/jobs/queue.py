"""Asking for a job: ``enqueue(func, *args, **kwargs)`` writes its row in the current
transaction, and the commit kicks it off; ``enqueue_at(when, func, ...)`` asks for it later."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app

from app.clock import utcnow
from app.extensions import db
from app.jobs import relay, worker
from app.jobs.models import Job
from app.unit_of_work import after_commit_gathered

QUEUE_NAME = "przybysz"
log = logging.getLogger(__name__)


def job_path(func: Callable) -> str:
    path = f"{func.__module__}:{func.__qualname__}"
    if "<" in path:
        raise ValueError(f"a job must be a module-level function, not {path}")
    return path


def enqueue(func: Callable, *args: Any, **kwargs: Any) -> Job:
    """Run ``func(*args, **kwargs)`` once the current transaction commits."""
    return enqueue_at(None, func, *args, **kwargs)


def enqueue_at(when: dt.datetime | None, func: Callable, *args: Any, **kwargs: Any) -> Job:
    """Run ``func(*args, **kwargs)`` at ``when`` (naive UTC; None: at once) if the current
    transaction commits. The arguments are kept as JSON."""
    path = job_path(func)
    if when is not None and when.tzinfo is not None:
        raise ValueError(f"job {path}: give the time as naive UTC (app.clock.utcnow), as the database keeps it")
    try:
        json.dumps([args, kwargs])
    except TypeError as error:
        raise TypeError(f"the arguments of job {path} must be JSON values: {error}") from None
    now = utcnow()
    job = Job(
        function=path,
        args=list(args),
        kwargs=kwargs,
        run_at=when or now,
        max_attempts=current_app.config["JOB_RETRIES"] + 1,
    )
    db.session.add(job)
    db.session.flush()
    if job.run_at <= now:
        app = current_app._get_current_object()
        after_commit_gathered((kick, app), functools.partial(kick, app), job.id)
    return job


def kick(app: Flask, job_ids: list[int]) -> None:
    """Right after the commit: hand the rows it wrote to RQ together, or run them here one by one
    in the embedded mode. A fresh app context, because the committing session cannot run statements
    in its commit hook (and, in the embedded mode, one for each row, which commits on its own)."""
    if app.extensions.get("rq_queue") is not None:
        for start in range(0, len(job_ids), relay.BATCH):
            with app.app_context():
                relay.hand_over(app, job_ids[start : start + relay.BATCH])
        return
    for job_id in job_ids:
        try:
            with app.app_context():
                worker.perform(job_id)
        except Exception:  # the data is committed; the row waits for the scheduler's runner
            log.exception("job %s could not be run after the commit", job_id)


def init_app(app: Flask) -> None:
    """Connect the queue when REDIS_URL is set."""
    if app.config["REDIS_URL"]:
        from redis import Redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry
        from rq import Queue

        # a Redis that does not answer must not hold a request: the hand-over gives up in seconds,
        # without retrying, and the rows wait in the table for the scheduler (workers connect anew)
        connection = Redis.from_url(
            app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=2, retry=Retry(NoBackoff(), 0)
        )
        app.extensions["redis"] = connection
        app.extensions["rq_queue"] = Queue(app.config.get("JOB_QUEUE_NAME", QUEUE_NAME), connection=connection)
