"""One way to run work outside the request: ``enqueue(func, *args, **kwargs)``.

Jobs are held until the database transaction that asked for them commits: a job asked for
inside a savepoint that rolls back, or in a transaction that rolls back or is closed without a
commit, never runs. After the commit, with REDIS_URL set they go to RQ with a timeout and
retries and a ``flask worker`` process runs them; without Redis (the embedded mode) they run
in this process right after the commit, each in a fresh app context and session.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from app.extensions import db

log = logging.getLogger(__name__)
QUEUE_NAME = "przybysz"
RETRY_INTERVALS = [10, 60, 300]
_PENDING = "pending_jobs"
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
    session = db.session()
    if not session.in_transaction():
        session.begin()  # so that the commit (or rollback) that follows concerns this job
    innermost = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_PENDING, []).append((innermost, job))


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
    with _worker_app.app_context():
        try:
            return resolve(path)(*args, **kwargs)
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
            with app.app_context():
                try:
                    resolve(job.path)(*job.args, **job.kwargs)
                finally:
                    db.session.remove()
        except Exception:  # an embedded job must not break the request that committed
            log.exception("job %s failed", job.path)


def _within(transaction: SessionTransaction | None, ancestor: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


def _after_commit(session: Session) -> None:
    pending = session.info.get(_PENDING)
    released = session.get_nested_transaction()
    if released is not None:  # a savepoint was released: its jobs now wait for the enclosing transaction
        if pending:
            session.info[_PENDING] = [(released.parent if tx is released else tx, job) for tx, job in pending]
        return
    session.info.pop(_PENDING, None)
    if pending:
        _dispatch(current_app._get_current_object(), [job for _, job in pending])


def _after_transaction_end(session: Session, ended: SessionTransaction) -> None:
    """A transaction that ends still holding jobs ended without committing them: drop them."""
    pending = session.info.get(_PENDING)
    if not pending:
        return
    if ended.parent is None:
        session.info.pop(_PENDING)
    else:
        session.info[_PENDING] = [(tx, job) for tx, job in pending if not _within(tx, ended)]


def init_app(app: Flask) -> None:
    """Connect the queue (when REDIS_URL is set) and the commit hooks."""
    if app.config["REDIS_URL"]:
        from redis import Redis
        from rq import Queue

        connection = Redis.from_url(app.config["REDIS_URL"])
        app.extensions["redis"] = connection
        app.extensions["rq_queue"] = Queue(app.config.get("JOB_QUEUE_NAME", QUEUE_NAME), connection=connection)
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_transaction_end", _after_transaction_end)


def start_worker(app: Flask, burst: bool = False) -> None:
    """Run jobs from the queue until stopped; the scheduler handles retries."""
    global _worker_app
    from rq import Worker

    queue = app.extensions.get("rq_queue")
    if queue is None:
        raise RuntimeError("REDIS_URL is not set: without Redis, jobs run in the web process")
    _worker_app = app
    Worker([queue], connection=queue.connection).work(with_scheduler=True, burst=burst)
