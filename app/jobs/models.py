"""A job is a row, written in the transaction that asks for it, so that it is committed (or
rolled back) with the data it concerns and survives Redis and its workers."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from flask_appbuilder import Model
from sqlalchemy import JSON, CheckConstraint, DateTime, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.clock import utcnow


class JobState(enum.StrEnum):
    PENDING = "pending"  # waits for its due time, then for the relay
    QUEUED = "queued"  # handed to RQ
    RUNNING = "running"  # claimed by a worker, under a lease
    DONE = "done"
    FAILED = "failed"  # its last attempt failed


def _where(state: JobState) -> dict[str, Any]:
    condition = text(f"state = '{state}'")
    return {"postgresql_where": condition, "sqlite_where": condition}


class Job(Model):
    __tablename__ = "job"
    # The relay reads due pending rows, the recovery queued rows and running rows by their lease,
    # and the clean-up finished rows by age: the first three are a small share of the table.
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'queued', 'running', 'done', 'failed')",
            name="ck_job_state",
        ),
        Index("ix_job_due", "run_at", "id", **_where(JobState.PENDING)),
        Index("ix_job_queued", "queued_at", **_where(JobState.QUEUED)),
        Index("ix_job_lease", "lease_until", **_where(JobState.RUNNING)),
        Index("ix_job_finished_at", "finished_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    function: Mapped[str] = mapped_column(String(200), nullable=False)  # module:name
    args: Mapped[list[Any]] = mapped_column(JSON, nullable=False)  # emptied once done: may hold personal data
    kwargs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    state: Mapped[str] = mapped_column(String(16), default=JobState.PENDING, nullable=False)
    run_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    max_attempts: Mapped[int] = mapped_column(Integer, nullable=False)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))  # exception type and masked message
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)
    queued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    handed_as: Mapped[str | None] = mapped_column(String(40))  # the RQ job that carries it (see rq_id)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


def rq_id(job_id: int) -> str:
    """The RQ job that carries a row (alone, or first of several) is named by the row's id, so Redis
    and the table can be compared; each queued row records it as ``handed_as``."""
    return f"job-{job_id}"
