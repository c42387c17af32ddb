"""Recovery: rows that lost their run go back to pending and run again.

A queued row whose RQ job is gone (Redis restarted empty), ended without claiming the row, or
started longer ago than its timeout and a margin by a worker that died before claiming it; a running row whose lease
ran out (its worker died). A row that has used its last attempt fails instead. Finished rows are
deleted after JOB_KEEP_DAYS. The scheduler's round calls these and commits.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask, current_app
from rq.job import Job as RQJob
from rq.job import JobStatus
from sqlalchemy import delete, select, update

from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job, JobState, rq_id
from app.jobs.worker import LEASE_MARGIN_SECONDS

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


def _vanished(rq_job: RQJob | None, now: dt.datetime) -> bool:
    """Whether an RQ job will not run its rows: gone, ended, or started longer ago than its own
    timeout and the lease margin (its worker died before it claimed them)."""
    if rq_job is None:
        return True
    status = rq_job.get_status(refresh=False)
    if status in ENDED:
        return True
    started = rq_job.started_at
    if status == JobStatus.STARTED and started is not None:
        allowed = (rq_job.timeout or current_app.config["JOB_TIMEOUT_SECONDS"]) + LEASE_MARGIN_SECONDS
        return started.replace(tzinfo=None) < now - dt.timedelta(seconds=allowed)
    return False


def lost_hand_overs(app: Flask) -> int:
    """Queued rows whose RQ job will not run them; without Redis every queued row is."""
    queued = db.session.execute(
        select(Job.id, Job.handed_as).where(Job.state == JobState.QUEUED).order_by(Job.queued_at).limit(BATCH)
    ).all()
    if not queued:
        return 0
    queue = app.extensions.get("rq_queue")
    if queue is None:
        lost = [job_id for job_id, _ in queued]
    else:
        carriers = sorted({handed_as or rq_id(job_id) for job_id, handed_as in queued})
        found = RQJob.fetch_many(carriers, connection=queue.connection)
        now = utcnow()
        gone = {key for key, rq_job in zip(carriers, found, strict=True) if _vanished(rq_job, now)}
        lost = [job_id for job_id, handed_as in queued if (handed_as or rq_id(job_id)) in gone]
    if not lost:
        return 0
    return db.session.execute(
        update(Job)
        .where(Job.id.in_(lost), Job.state == JobState.QUEUED)
        .values(state=JobState.PENDING, queued_at=None, handed_as=None)
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
