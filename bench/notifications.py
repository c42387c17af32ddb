"""Throughput of e-mail notifications: 10,000 through two RQ workers into a local SMTP server.

    createdb -h 127.0.0.1 -U postgres przybysz_bench_notify
    .venv/bin/python bench/notifications.py postgresql://postgres@127.0.0.1:5432/przybysz_bench_notify \
        redis://127.0.0.1:6379/14 [count]

Builds the schema and seeds (the migrations), starts an aiosmtpd server on a free loopback port that
counts what it receives by Message-ID, then for each kind of worker (RQ's forking ``Worker``, which
runs each job in a new child process, and ``SimpleWorker``, which runs them in its own process):
empties the outbox and the job table, writes ``count`` notifications (FORK_SAMPLE for the forking
one) through ``outbox.notify`` with their delivery jobs (committed 200 at a time: each commit hands
its rows to RQ, up to ten in an RQ job), starts two worker processes in burst mode and waits for
them to finish. It prints the rate from the workers' start to the last message and over the steady
part (first to last message received), checks that every notification arrived exactly once and
every row is delivered, and prints the CPU time each part used meanwhile (the workers, PostgreSQL,
Redis and the SMTP server). The Redis database given is emptied of this bench's queues only; use
one nobody else uses.
"""

from __future__ import annotations

import os
import re
import resource
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SECRET = "bench-only-secret-key-not-for-production-use"
BATCH = 200
KINDS = ("fork", "simple")
# the forking Worker pays the same cost for every job (a fork and a database connection), so its rate
# is measured on a sample: 10,000 would hold both cores for ten minutes on a shared machine
FORK_SAMPLE = 1_000
MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.MULTILINE | re.IGNORECASE)


class Inbox:
    def __init__(self) -> None:
        self.ids: Counter[bytes] = Counter()
        self.times: list[float] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        found = MESSAGE_ID.search(envelope.content)
        with self.lock:
            self.ids[found.group(1) if found else b"?"] += 1
            self.times.append(time.monotonic())
        return "250 Message accepted"

    def reset(self) -> None:
        with self.lock:
            self.ids.clear()
            self.times.clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def settings_env(database: str, redis: str, smtp_port: int, queue: str) -> dict[str, str]:
    return {
        **os.environ,
        "APP_ENV": "development",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": database,
        "REDIS_URL": redis,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(smtp_port),
        "MAIL_USE_TLS": "false",
        "LOG_LEVEL": "WARNING",
        "BENCH_QUEUE": queue,
    }


def make_app():
    from app import create_app

    return create_app({"JOB_QUEUE_NAME": os.environ["BENCH_QUEUE"], "RATELIMIT_ENABLED": False})


def worker(kind: str) -> None:
    """One worker process: burst mode, so it stops when the queue is empty."""
    from redis import Redis
    from rq import Queue, SimpleWorker, Worker

    from app.extensions import db
    from app.jobs.worker import use_app

    app = make_app()
    use_app(app)
    with app.app_context():
        db.engine.dispose()  # a forked child opens its own connection, never the parent's
    connection = Redis.from_url(app.config["REDIS_URL"])
    queue = Queue(app.config["JOB_QUEUE_NAME"], connection=connection)
    cls = Worker if kind == "fork" else SimpleWorker
    cls([queue], connection=connection).work(burst=True, logging_level="WARNING")


def prepare(database: str) -> None:
    from flask_migrate import upgrade

    from app.extensions import db
    from seeds import run as run_seeds

    app = make_app()
    with app.app_context():
        upgrade()
        run_seeds()
        db.session.commit()


def fill(count: int) -> int:
    """Empty the outbox and the jobs, write ``count`` notifications; the number RQ holds."""
    from sqlalchemy import text

    from app.extensions import db
    from app.jobs import scheduler
    from plugins.notifications import outbox

    app = make_app()
    with app.app_context():
        db.session.execute(text("DELETE FROM notification"))
        db.session.execute(text("DELETE FROM job"))
        db.session.commit()
        for start in range(0, count, BATCH):
            for n in range(start, min(start + BATCH, count)):
                outbox.notify("message-posted", "email", f"person{n}@example.org", "pl", {"link": f"http://x/{n}"})
            db.session.commit()  # hands this batch to RQ
        scheduler.run_round(app)  # anything a hand-over left waiting
        return app.extensions["rq_queue"].count


def outcome(count: int) -> dict[str, int]:
    from sqlalchemy import func, select

    from app.extensions import db
    from plugins.notifications.models import Notification

    app = make_app()
    with app.app_context():
        states = dict(db.session.execute(select(Notification.state, func.count()).group_by(Notification.state)).all())
        ids = set(db.session.scalars(select(Notification.our_id)))
    return {"states": states, "ids": ids}


def cpu_seconds() -> dict[str, float]:
    """CPU time so far of PostgreSQL's and Redis's processes (by name, with their ended children),
    of this process (the SMTP server) and of its children that have ended (the workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {"postgres": 0.0, "redis-server": 0.0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        if name in found:
            fields = stat[stat.rindex(")") + 2 :].split()
            # its own time and that of its children that have ended (a worker's PostgreSQL backend)
            found[name] += sum(int(field) for field in fields[11:15]) / tick
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    found["smtp server"] = own.ru_utime + own.ru_stime
    found["workers"] = children.ru_utime + children.ru_stime
    return found


def run(kind: str, count: int, inbox: Inbox, env: dict[str, str]) -> dict:
    os.environ.update(env)
    queued = fill(count)
    inbox.reset()
    before = cpu_seconds()
    started = time.monotonic()
    script = str(Path(__file__).resolve())
    workers = [subprocess.Popen([sys.executable, script, "--worker", kind], env=env) for _ in range(2)]
    for process in workers:
        process.wait(timeout=3600)
    finished = time.monotonic()
    cpu = {name: used - before[name] for name, used in cpu_seconds().items()}
    time.sleep(1)  # a late duplicate would still arrive
    found = outcome(count)
    with inbox.lock:
        ids, times = Counter(inbox.ids), list(inbox.times)
    received = sum(ids.values())
    expected = {our_id.encode() for our_id in found["ids"]}
    return {
        "kind": kind,
        "sent": count,
        "rq_jobs": queued,  # a hand-over puts up to ten rows in one RQ job (app/jobs/relay.py)
        "received": received,
        "distinct": len(ids),
        "duplicated": sum(1 for n in ids.values() if n > 1),
        "lost": len(expected - set(ids)),
        "states": found["states"],
        "seconds": finished - started,
        "rate": received / (times[-1] - started) if times else 0.0,
        "steady": (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0,
        "cpu": cpu,
    }


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
        return
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    database, redis = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) == 4 else 10_000
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    queue = f"bench-{uuid.uuid4().hex}"
    env = settings_env(database, redis, smtp.port, queue)
    os.environ.update(env)
    prepare(database)
    results = []
    try:
        for kind in KINDS:
            result = run(kind, min(count, FORK_SAMPLE) if kind == "fork" else count, inbox, env)
            results.append(result)
            print(result, flush=True)
    finally:
        smtp.stop()
        from redis import Redis
        from rq import Queue

        Queue(queue, connection=Redis.from_url(redis)).delete(delete_jobs=True)
    print(f"\ntwo workers, on {os.cpu_count()} cores\n")
    columns = "worker | sent | RQ jobs | received | distinct | duplicated | lost | rows | workers' time | rate | steady"
    print(f"| {columns} |")
    print("|---" * (columns.count("|") + 1) + "|")
    for r in results:
        rows = ", ".join(f"{state} {n}" for state, n in sorted(r["states"].items()))
        print(
            f"| {r['kind']} | {r['sent']} | {r['rq_jobs']} | {r['received']} | {r['distinct']} | {r['duplicated']} | "
            f"{r['lost']} | {rows} | {r['seconds']:.1f} s | {r['rate']:.0f}/s | {r['steady']:.0f}/s |"
        )
    print("\nCPU seconds while the workers ran (the SMTP server runs in this script's process):\n")
    print("| worker | " + " | ".join(results[0]["cpu"]) + " | per e-mail, all |")
    print("|---|" + "---|" * (len(results[0]["cpu"]) + 1))
    for r in results:
        per = sum(r["cpu"].values()) / max(r["received"], 1) * 1000
        print(f"| {r['kind']} | " + " | ".join(f"{v:.1f}" for v in r["cpu"].values()) + f" | {per:.1f} ms |")


if __name__ == "__main__":
    main()
