"""Two web processes and two RQ workers on one PostgreSQL database and one Redis: a burst of
notifications caused through both web processes, each delivered exactly once (counted by
Message-ID at a real SMTP server on loopback)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from rq import Queue
from sqlalchemy import func, select

from app.extensions import db
from app.jobs import scheduler
from plugins.notifications.models import Notification
from plugins.notifications.states import State
from plugins.notifications.tests.conftest import free_port
from tests import settings
from tests.factories import make_user
from tests.fixtures import TEST_SECRET

pytestmark = pytest.mark.real_transactions  # the other processes must see the accounts
BURST = 80
DEADLINE_SECONDS = 180  # a bound on the wait, not a measure: the test stops by itself
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def services(app):
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        pytest.skip("several processes writing at once need PostgreSQL (SQLite has one writer)")
    if app.extensions.get("rq_queue") is None:
        pytest.skip("the workers share their jobs through Redis: REDIS_URL is not set")


def _start(kind: str, env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "plugins.notifications.tests.processes", kind, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_until_serving(port: int) -> None:
    for _ in range(600):
        try:
            requests.get(f"http://127.0.0.1:{port}/password/forgot", timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError(f"the web process on port {port} did not start")


def _ask_for_help(port: int, email: str) -> int:
    """A browser asking for a new password: the form's page, then the form with its token."""
    with requests.Session() as browser:
        page = browser.get(f"http://127.0.0.1:{port}/password/forgot", timeout=30)
        token = CSRF.search(page.text).group(1)
        answer = browser.post(
            f"http://127.0.0.1:{port}/password/forgot",
            data={"csrf_token": token, "email": email},
            allow_redirects=False,
            timeout=30,
        )
        return answer.status_code


def test_two_web_processes_and_two_workers_deliver_each_notification_once(app, services, smtp, tmp_path, monkeypatch):
    queue_name = f"test-{uuid.uuid4().hex}"  # this test's own keys in Redis
    connection = app.extensions["rq_queue"].connection
    monkeypatch.setitem(app.extensions, "rq_queue", Queue(queue_name, connection=connection))  # the scheduler's
    addresses = [make_user("Applicant", email=f"burst{n}@example.org").email for n in range(BURST)]
    db.session.commit()
    env = {
        **os.environ,
        "APP_ENV": "test",
        "SECRET_KEY": TEST_SECRET,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "REDIS_URL": settings.REDIS_URL,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(app.config["MAIL_PORT"]),
        "MAIL_USE_TLS": "false",
        "LOG_LEVEL": "ERROR",
        "TEST_JOB_QUEUE": queue_name,
        "TEST_MAIL_DIR": str(tmp_path / "mail"),
    }
    ports = [free_port(), free_port()]
    processes = [_start("web", env, str(port)) for port in ports] + [_start("worker", env) for _ in range(2)]
    try:
        for port in ports:
            _wait_until_serving(port)
        with ThreadPoolExecutor(max_workers=8) as pool:  # both web processes at once, half the burst each
            answers = list(pool.map(lambda n: _ask_for_help(ports[n % 2], addresses[n]), range(BURST)))
        assert answers == [302] * BURST
        deadline = time.monotonic() + DEADLINE_SECONDS
        while time.monotonic() < deadline:
            db.session.rollback()
            delivered = db.session.scalar(
                select(func.count()).select_from(Notification).where(Notification.state == State.DELIVERED)
            )
            if delivered >= BURST and len(smtp.received) >= BURST:
                break
            scheduler.run_round(app)  # the scheduler's rounds, on the same queue
            time.sleep(0.5)
        time.sleep(1)  # a doubled delivery, if any, has time to arrive
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        Queue(queue_name, connection=connection).delete(delete_jobs=True)
    db.session.rollback()
    rows = db.session.scalars(select(Notification).where(Notification.address.in_(addresses))).all()
    assert Counter(row.address for row in rows) == Counter(addresses)  # one notification per request
    assert {row.state for row in rows} == {State.DELIVERED}
    sent = Counter(smtp.message_ids())
    assert len(sent) == BURST and set(sent.values()) == {1}  # each delivered once
    assert set(sent) == {row.our_id for row in rows}
    assert sorted(address for address, _ in smtp.received) == sorted(addresses)
