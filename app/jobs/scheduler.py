"""The scheduler: every few seconds, one process at a time recovers lost rows and relays the due
ones (retries, jobs asked for later, rows Redis could not take). An edge: it commits.

On PostgreSQL it holds an advisory lock on a connection of its own for as long as it runs; another
scheduler that cannot take the lock does nothing until the first one stops. In the embedded mode
(no Redis) the round runs the due rows in this process instead of relaying them.
"""

from __future__ import annotations

import logging
import time

from flask import Flask
from sqlalchemy import Connection, Engine, text

from app.extensions import db
from app.jobs import recovery, relay, worker

log = logging.getLogger(__name__)
LOCK_KEY = 0x7072_7A79_6A6F_6273  # "przyjobs": one key per database, held by the scheduler
INTERVAL_SECONDS = 5.0


class SchedulerLock:
    """``pg_try_advisory_lock`` on its own connection, kept until released or the connection
    drops; no lock is needed on SQLite, which has a single writer."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.connection: Connection | None = None

    def acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True
        if self.connection is not None:
            try:
                self.connection.execute(text("SELECT 1"))
                return True
            except Exception:  # the connection dropped, and the lock with it: try again below
                self.release()
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        if connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}):
            self.connection = connection
            return True
        connection.close()
        return False

    def release(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
        except Exception:  # the connection dropped: the database ended its lock already
            self.connection.invalidate()
        self.connection.close()
        self.connection = None


def run_due(app: Flask) -> int:
    """The embedded mode's worker: the due rows, each run in a fresh app context; returns how many."""
    ran: set[int] = set()
    while True:
        with app.app_context():  # its end rolls the read back, releasing the rows for the claims
            ids = [job_id for job_id in relay.due() if job_id not in ran]
        if not ids:
            return len(ran)
        for job_id in ids:
            with app.app_context():
                worker.perform(job_id)
            ran.add(job_id)


def run_round(app: Flask) -> None:
    """Recover lost rows, forget old ones, then relay (or run) the due rows."""
    with app.app_context():
        recovery.recover(app)
        recovery.forget_finished(app.config["JOB_KEEP_DAYS"])
        db.session.commit()
        if app.extensions.get("rq_queue") is not None:
            while relay.hand_over(app) == relay.BATCH:
                continue
            return
    run_due(app)


def run(app: Flask, once: bool = False, interval: float = INTERVAL_SECONDS) -> None:
    """A round every ``interval`` seconds while this process holds the lock (or just one)."""
    with app.app_context():
        lock = SchedulerLock(db.engine)
    try:
        while True:
            try:
                if lock.acquire():
                    run_round(app)
            except Exception:  # a database or Redis outage: the next round tries again
                log.exception("the job scheduler's round failed")
            if once:
                return
            time.sleep(interval)
    finally:
        lock.release()
