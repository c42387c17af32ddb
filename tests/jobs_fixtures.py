"""What the job tests need: job functions to enqueue (importable, module-level) and a Redis server
of their own, which a test may stop and start again empty without touching the machine's Redis."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from flask import current_app
from redis import Redis

CALLS: list[str] = []


def record(note: str) -> None:
    CALLS.append(note)
    Path(current_app.config["MAIL_OUTBOX_DIR"]).mkdir(parents=True, exist_ok=True)
    (Path(current_app.config["MAIL_OUTBOX_DIR"]) / f"{note}.done").write_text(note)


def fail() -> None:
    raise RuntimeError("job failed on purpose for olena@example.org")


def time_out() -> None:
    """As if RQ's alarm went off while this job ran."""
    from rq.timeouts import JobTimeoutException

    raise JobTimeoutException("Task exceeded maximum timeout value (120 seconds)")


LEASES: list = []


def note_lease(note: str) -> None:
    """Records the lease its own row runs under."""
    from sqlalchemy import select

    from app.extensions import db
    from app.jobs.models import Job, JobState

    running = select(Job.lease_until).where(Job.state == JobState.RUNNING, Job.function == f"{__name__}:note_lease")
    LEASES.append((note, db.session.scalar(running)))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """``redis-server`` on a spare loopback port, without persistence: a restart starts empty."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = Redis(port=self.port, socket_connect_timeout=0.2)
        for _ in range(100):
            try:
                client.ping()
                return
            except Exception:  # not listening yet
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None
