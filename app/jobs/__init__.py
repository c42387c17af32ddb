"""Jobs: work that runs outside the request, after the transaction that asked for it commits.

``enqueue(func, *args, **kwargs)`` (or ``enqueue_at(when, ...)``) writes a row in the current
transaction (models.py); the commit kicks the relay, which hands the row to RQ (relay.py), or
runs it here in the embedded mode; a worker claims and runs it (worker.py); the scheduler
(scheduler.py) recovers rows that lost their run (recovery.py) and relays those due later.
"""

from app.jobs.queue import enqueue, enqueue_at, init_app, job_path

__all__ = ["enqueue", "enqueue_at", "init_app", "job_path"]
