"""Running a row: claim it, run its function, record the outcome. An edge: it commits.

The claim sets the row running under a lease (the job's timeout and a margin) and counts the
attempt. Success is recorded in the same transaction as the job's own writes; a failure rolls
them back and records, in a fresh transaction, a retry after 10 s, 1 min, 5 min (a pending row
due later) or, after the last attempt, the failure for good.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from rq.timeouts import JobTimeoutException
from sqlalchemy import and_, or_, select, update

from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job, JobState
from app.web.logmask import mask

log = logging.getLogger(__name__)
RETRY_INTERVALS = (10, 60, 300)
LEASE_MARGIN_SECONDS = 60
_worker_app: Flask | None = None


@dataclass(frozen=True)
class Claimed:
    id: int
    function: str
    args: list[Any]
    kwargs: dict[str, Any]
    attempt: int
    max_attempts: int


def lease_seconds() -> int:
    return current_app.config["JOB_TIMEOUT_SECONDS"] + LEASE_MARGIN_SECONDS


def resolve(path: str) -> Callable:
    module, _, name = path.partition(":")
    target: Any = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    return target


def claim(job_id: int, lease_until: dt.datetime | None = None) -> Claimed | None:
    """The row, set running under a lease (by default the job's timeout and a margin from now), if
    it is waiting for a run (queued, or pending and due); None when it is done, failed, not due yet
    or taken by another worker."""
    now = utcnow()
    if lease_until is None:
        lease_until = now + dt.timedelta(seconds=lease_seconds())
    claimable = and_(
        Job.id == job_id,
        or_(Job.state == JobState.QUEUED, and_(Job.state == JobState.PENDING, Job.run_at <= now)),
    )
    # one statement: on PostgreSQL a row another worker holds is skipped, not waited for (SQLite has
    # one writer, and ignores the lock)
    free = select(Job.id).where(claimable).with_for_update(skip_locked=True).scalar_subquery()
    row = db.session.execute(
        update(Job)
        .where(claimable, Job.id == free)
        .values(
            state=JobState.RUNNING,
            attempts=Job.attempts + 1,
            lease_until=lease_until,
            started_at=now,
        )
        .returning(Job.function, Job.args, Job.kwargs, Job.attempts, Job.max_attempts)
        .execution_options(synchronize_session=False)
    ).one_or_none()
    db.session.commit()
    return None if row is None else Claimed(job_id, *row)


def perform(job_id: int, lease_until: dt.datetime | None = None) -> None:
    """Claim the row and run it once; the job's failure is recorded on the row, not raised (RQ's
    timeout is recorded, then raised: it ends the RQ job)."""
    job = claim(job_id, lease_until)
    if job is None:
        return
    try:
        resolve(job.function)(*job.args, **job.kwargs)
        finished = db.session.execute(
            update(Job)
            .where(Job.id == job.id, Job.state == JobState.RUNNING, Job.attempts == job.attempt)
            .values(state=JobState.DONE, finished_at=utcnow(), lease_until=None, last_error=None, args=[], kwargs={})
            .execution_options(synchronize_session=False)
        )
        if finished.rowcount != 1:  # the lease ran out and the row went back for another run
            db.session.rollback()
            log.warning("job %s (%s) outlived its lease: its writes are undone", job.id, job.function)
            return
        db.session.commit()
    except Exception as error:  # recorded on the row: retried later or failed for good
        db.session.rollback()
        log.exception("job %s (%s) failed, attempt %s of %s", job.id, job.function, job.attempt, job.max_attempts)
        record_failure(job, error)
        if isinstance(error, JobTimeoutException):
            raise


def describe(error: BaseException) -> str:
    """Short, and masked like the logs: a message may quote an address or a number."""
    first_line = (str(error).strip().splitlines() or [""])[0]
    return mask(f"{type(error).__name__}: {first_line}")[:200]


def retry_delay(attempt: int) -> dt.timedelta:
    return dt.timedelta(seconds=RETRY_INTERVALS[min(attempt, len(RETRY_INTERVALS)) - 1])


def record_failure(job: Claimed, error: BaseException) -> None:
    now = utcnow()
    if job.attempt < job.max_attempts:
        values = {
            "state": JobState.PENDING,
            "run_at": now + retry_delay(job.attempt),
            "queued_at": None,
            "handed_as": None,
        }
    else:
        values = {"state": JobState.FAILED, "finished_at": now}
    db.session.execute(
        update(Job)
        .where(Job.id == job.id, Job.state == JobState.RUNNING, Job.attempts == job.attempt)
        .values(lease_until=None, last_error=describe(error), **values)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def run(*job_ids: int) -> None:
    """The RQ job: the ids of the rows it carries (one, or several handed over together), run one
    after another. RQ stops it after JOB_TIMEOUT_SECONDS for each row, and each row's lease lasts
    past that, so no lease runs out while its RQ job may still be running it; rows it did not reach
    stay queued, and the recovery hands them over again once the RQ job has ended."""
    global _worker_app
    if _worker_app is None:
        from app import create_app

        _worker_app = create_app()
    with _worker_app.app_context():
        start = utcnow()
        timeout = dt.timedelta(seconds=current_app.config["JOB_TIMEOUT_SECONDS"] * len(job_ids))
        lease_until = start + timeout + dt.timedelta(seconds=LEASE_MARGIN_SECONDS)
        for job_id in job_ids:
            perform(job_id, lease_until)


def use_app(app: Flask) -> None:
    """The app that RQ jobs run in (the worker's own, or a test's)."""
    global _worker_app
    _worker_app = app
