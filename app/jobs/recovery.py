"""Recovery: rows that lost their run go back to pending and run again.

A queued row whose RQ job is gone (Redis restarted empty), ended without claiming the row, or
started longer than a lease ago by a worker that died before claiming; a running row whose lease
ran out (its worker died). A row that has used its last attempt fails instead. Finished rows are
deleted after JOB_KEEP_DAYS. The scheduler's round calls these and commits.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask
from rq.job import Job as RQJob
from rq.job import JobStatus
from sqlalchemy import delete, select, update

from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job, JobState, rq_id
from app.jobs.worker import lease_seconds

BATCH = 1000
ENDED = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}
LEASE_EXPIRED = "the worker stopped before finishing (lease expired)"


def expired_leases() -> int:
    now = utcnow()
    running = (Job.state == JobState.RUNNING, Job.lease_until < now)
    again = db.session.execute(
        update(Job)
        .where(*running, Job.attempts < Job.max_attempts)
        .values(state=JobState.PENDING, run_at=now, lease_until=None, last_error=LEASE_EXPIRED)
        .execution_options(synchronize_session=False)
    )
    for_good = db.session.execute(
        update(Job)
        .where(*running, Job.attempts >= Job.max_attempts)
        .values(state=JobState.FAILED, finished_at=now, lease_until=None, last_error=LEASE_EXPIRED)
        .execution_options(synchronize_session=False)
    )
    return again.rowcount + for_good.rowcount


def _vanished(rq_job: RQJob | None, stale_start: dt.datetime) -> bool:
    if rq_job is None:
        return True
    status = rq_job.get_status(refresh=False)
    if status in ENDED:
        return True
    started = rq_job.started_at
    if status == JobStatus.STARTED and started is not None:
        return started.replace(tzinfo=None) < stale_start
    return False


def lost_hand_overs(app: Flask) -> int:
    """Queued rows whose RQ job will not run them; without Redis every queued row is."""
    queued = list(
        db.session.scalars(select(Job.id).where(Job.state == JobState.QUEUED).order_by(Job.queued_at).limit(BATCH))
    )
    if not queued:
        return 0
    queue = app.extensions.get("rq_queue")
    if queue is None:
        lost = queued
    else:
        stale_start = utcnow() - dt.timedelta(seconds=lease_seconds())
        found = RQJob.fetch_many([rq_id(job_id) for job_id in queued], connection=queue.connection)
        lost = [job_id for job_id, rq_job in zip(queued, found, strict=True) if _vanished(rq_job, stale_start)]
    if not lost:
        return 0
    return db.session.execute(
        update(Job)
        .where(Job.id.in_(lost), Job.state == JobState.QUEUED)
        .values(state=JobState.PENDING, queued_at=None)
        .execution_options(synchronize_session=False)
    ).rowcount


def forget_finished(keep_days: int) -> int:
    """Finished rows go after a while (a failed one keeps its arguments, which may hold personal data)."""
    cutoff = utcnow() - dt.timedelta(days=keep_days)
    return db.session.execute(
        delete(Job)
        .where(Job.state.in_([JobState.DONE, JobState.FAILED]), Job.finished_at < cutoff)
        .execution_options(synchronize_session=False)
    ).rowcount


def recover(app: Flask) -> int:
    """Put lost rows back to pending (flushes; the caller commits); returns how many."""
    return expired_leases() + lost_hand_overs(app)
