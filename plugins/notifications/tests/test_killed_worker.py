"""A worker killed (SIGKILL) in the middle of sending: the row is taken again after its lease; the
one message in flight is repeated, with the same Message-ID, and nothing else."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
import time_machine
from rq import SimpleWorker
from sqlalchemy import select

from app.clock import utcnow
from app.extensions import db
from app.jobs import scheduler, worker
from app.jobs.models import Job, JobState
from plugins.notifications import outbox
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from tests.fixtures import TEST_SECRET

pytestmark = pytest.mark.real_transactions  # the killed worker is another process: it must see the row


def test_a_worker_killed_after_the_server_accepted_is_repeated_once_with_the_same_message_id(app, smtp):
    if app.extensions.get("rq_queue") is None:
        pytest.skip("the embedded mode runs the job in the committing process: no worker to kill")
    row = outbox.notify("message-posted", "email", "olena@example.org", "uk", {"link": "http://x/1"})
    db.session.commit()
    notification_id, our_id = row.id, row.our_id
    jobs = db.session.scalars(select(Job).where(Job.function.endswith(":deliver")))
    [job_id] = [job.id for job in jobs if job.args == [notification_id]]
    env = {
        **os.environ,
        "APP_ENV": "test",
        "SECRET_KEY": TEST_SECRET,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "REDIS_URL": "",
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(app.config["MAIL_PORT"]),
        "MAIL_USE_TLS": "false",
        "LOG_LEVEL": "ERROR",
    }
    process = subprocess.run(
        [sys.executable, "-m", "plugins.notifications.tests.killed_worker", str(job_id)], env=env, timeout=120
    )
    assert process.returncode == -9
    assert smtp.message_ids() == [our_id]
    db.session.expire_all()
    assert db.session.get(Job, job_id).state == JobState.RUNNING  # claimed, and never finished
    assert db.session.get(Notification, notification_id).state == State.CREATED

    after_lease = db.session.get(Job, job_id).lease_until + dt.timedelta(seconds=1)
    with time_machine.travel(after_lease.replace(tzinfo=dt.UTC), tick=False):
        scheduler.run_round(app)  # the lease ran out: back to pending, handed over again
        queue = app.extensions.get("rq_queue")
        if queue is not None:
            worker.use_app(app)
            SimpleWorker([queue], connection=queue.connection).work(burst=True)
        assert utcnow() >= after_lease
    db.session.expire_all()
    row = db.session.get(Notification, notification_id)
    assert (row.state, row.attempts) == (State.DELIVERED, 1)
    assert smtp.message_ids() == [our_id, our_id]
