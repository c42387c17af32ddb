"""The relay: due pending rows go to RQ under their own id (``job-<id>``), marked queued.

The row is marked and committed before RQ hears of it, so a worker never finds its row still
locked by the relay; a hand-over that fails puts the row back to pending for the next round. An
edge: it commits.
"""

from __future__ import annotations

import logging

from flask import Flask
from rq.job import Job as RQJob
from sqlalchemy import select, update

from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job, JobState, rq_id
from app.jobs.worker import run

log = logging.getLogger(__name__)
BATCH = 200
RESULT_TTL_SECONDS = 3600  # RQ's own record of a finished run; the row is the one that counts


def due(ids: list[int] | None = None, limit: int = BATCH) -> list[int]:
    """Due pending rows, oldest first; on PostgreSQL rows another process is marking are skipped."""
    query = (
        select(Job.id)
        .where(Job.state == JobState.PENDING, Job.run_at <= utcnow())
        .order_by(Job.run_at, Job.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if ids is not None:
        query = query.where(Job.id.in_(ids))
    return list(db.session.scalars(query))


def hand_over(app: Flask, ids: list[int] | None = None) -> int:
    """Hand the due rows among ``ids`` (or any due rows) to RQ; returns how many went."""
    queue = app.extensions["rq_queue"]
    candidates = due(ids)
    if not candidates:
        db.session.commit()
        return 0
    marked = db.session.execute(
        update(Job)
        .where(Job.id.in_(candidates), Job.state == JobState.PENDING)
        .values(state=JobState.QUEUED, queued_at=utcnow())
        .returning(Job.id, Job.function)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    handed = []
    try:
        for job_id, function in marked:
            # a retry reuses the id: RQ's record of the earlier run would keep its expiry
            queue.connection.delete(RQJob.key_for(rq_id(job_id)))
            queue.enqueue(
                run,
                job_id,
                job_id=rq_id(job_id),
                job_timeout=app.config["JOB_TIMEOUT_SECONDS"],
                result_ttl=RESULT_TTL_SECONDS,
                description=function,
            )
            handed.append(job_id)
    except Exception as error:  # Redis unreachable: the rows wait in the table for the next round
        log.warning("the job queue is unavailable (%s): jobs stay pending", type(error).__name__)
        back_to_pending([job_id for job_id, _ in marked if job_id not in handed])
    return len(handed)


def back_to_pending(ids: list[int]) -> None:
    db.session.execute(
        update(Job)
        .where(Job.id.in_(ids), Job.state == JobState.QUEUED)
        .values(state=JobState.PENDING, queued_at=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
