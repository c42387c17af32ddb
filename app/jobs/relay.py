"""The relay: due pending rows go to RQ, marked queued. One RQ job carries up to ten rows (named
``job-<id>`` after the first, which each row records as ``handed_as``), so RQ's bookkeeping is paid
once for them in a burst; a hand-over of a few rows still goes in several RQ jobs.

The rows are marked and committed before RQ hears of them, so a worker never finds a row still
locked by the relay; a hand-over that fails puts the rows back to pending for the next round. An
edge: it commits.
"""

from __future__ import annotations

import logging
import math

from flask import Flask
from rq.job import Job as RQJob
from sqlalchemy import select, update

from app.clock import utcnow
from app.extensions import db
from app.jobs.models import Job, JobState, rq_id
from app.jobs.worker import run

log = logging.getLogger(__name__)
BATCH = 200
CHUNK_SIZE = 10  # rows one RQ job carries at most: RQ's own bookkeeping is paid once for them
SPREAD = 4
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


def chunks(ids: list[int]) -> list[list[int]]:
    """The rows of one hand-over, in RQ jobs of up to CHUNK_SIZE, and in at least SPREAD of them
    when there are rows enough, so that several workers share a burst."""
    size = max(1, min(CHUNK_SIZE, math.ceil(len(ids) / SPREAD)))
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def hand_over(app: Flask, ids: list[int] | None = None) -> int:
    """Hand the due rows among ``ids`` (or any due rows) to RQ; returns how many went."""
    queue = app.extensions["rq_queue"]
    candidates = due(ids)
    if not candidates:
        db.session.commit()
        return 0
    now = utcnow()
    carried: list[tuple[str, list[int], list[str]]] = []
    for chunk in chunks(candidates):
        key = rq_id(chunk[0])
        marked = db.session.execute(
            update(Job)
            .where(Job.id.in_(chunk), Job.state == JobState.PENDING)
            .values(state=JobState.QUEUED, queued_at=now, handed_as=key)
            .returning(Job.id, Job.function)
            .execution_options(synchronize_session=False)
        ).all()
        if marked:
            marked.sort()
            carried.append((key, [job_id for job_id, _ in marked], [function for _, function in marked]))
    db.session.commit()
    handed: list[int] = []
    try:
        for key, job_ids, functions in carried:
            # a retry reuses the id: RQ's record of the earlier run would keep its expiry
            queue.connection.delete(RQJob.key_for(key))
            queue.enqueue(
                run,
                *job_ids,
                job_id=key,
                job_timeout=app.config["JOB_TIMEOUT_SECONDS"] * len(job_ids),
                result_ttl=RESULT_TTL_SECONDS,
                description=", ".join(sorted(set(functions))),
            )
            handed.extend(job_ids)
    except Exception as error:  # Redis unreachable: the rows wait in the table for the next round
        log.warning("the job queue is unavailable (%s): jobs stay pending", type(error).__name__)
        back_to_pending([job_id for _, job_ids, _ in carried for job_id in job_ids if job_id not in handed])
    return len(handed)


def back_to_pending(ids: list[int]) -> None:
    db.session.execute(
        update(Job)
        .where(Job.id.in_(ids), Job.state == JobState.QUEUED)
        .values(state=JobState.PENDING, queued_at=None, handed_as=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
