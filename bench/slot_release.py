"""A slot release under 500 simultaneous users, through two web processes (gunicorn, 2 sync workers).

    createdb -h 127.0.0.1 -U postgres przybysz_bench_slots
    .venv/bin/python bench/slot_release.py postgresql://postgres@127.0.0.1:5432/przybysz_bench_slots \
        redis://127.0.0.1:6379/9

Preparation (not timed): the migrations and seeds on the given (new) database, then a service of
Wrocław's own (needs an application) with one day's slots released at once: 20 times of 3 places
and a "hot" first time of 3 places; a second service with one slot of 3 places for the contention
run; USERS applicant accounts, each with a submitted application. The portal then runs as in
production (APP_ENV=production, PostgreSQL, Redis for rate limits, cache and jobs) under gunicorn
with two sync workers on a free loopback port; RATELIMIT_BOOKING and RATELIMIT_LOGIN_IP are raised
in its environment, since every simulated user comes from 127.0.0.1 and the limits would otherwise
answer 429 instead of booking. Every user signs in through the login page beforehand.

Release: all users start at one moment (stdlib asyncio; each request a new connection, as sync
workers close them). Each loads the day's free times (the availability page), picks one (half of
them the hot time while it is listed, the others one at random), posts it (the hold) and posts the
confirmation. A 409 ("someone has just taken the last place") lists the free times again: the user
picks again, ATTEMPTS times at most. Each request's status and time as the client saw it (queueing
for a worker included) are kept, and gunicorn's access log gives each request's own time in a worker.
Contention: CONTENDERS users load the second service's page, then all post its one slot at the same
moment and confirm what they got: exactly 3 must be booked. Afterwards, in the database: each slot's
active visits == taken <= capacity, and the confirmed visits == the confirmations the users got.
The Redis database given is emptied before and after: use one nobody else uses.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-only-secret-key-not-for-production-use"
USERS = 500
CONTENDERS = 200
TIMES, CAPACITY = 20, 3  # the day's ordinary times, and the places of every slot (the hot one too)
ATTEMPTS = 3  # times a user posts after a 409 before giving up
SIGN_IN_AT_ONCE = 8
SEED = 20261205
SLOT = re.compile(r'name="slot" value="(\d+)"')
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
CONFIRM = re.compile(r"/visits/(\d+)/confirm$")
# status/microseconds: with a space between them, the log's masking takes 9+ digits for a phone number
ACCESS = re.compile(r"^(GET|POST) (\S+) \d{3}/(\d+)$")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def settings_env(database: str, redis: str) -> dict[str, str]:
    return {
        **os.environ,
        "APP_ENV": "production",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": database,
        "REDIS_URL": redis,
        "PUBLIC_BASE_URL": "https://przybysz.example.org",
        "RATELIMIT_BOOKING": "1000000 per minute",
        "RATELIMIT_LOGIN_IP": "1000000 per hour",
        "LOG_LEVEL": "WARNING",
    }


def prepare() -> dict:
    """Schema, seeds, the two services and their slots, the accounts with their applications."""
    from flask_migrate import upgrade
    from sqlalchemy import text

    from app import create_app
    from app.bookings.calendar import office_time
    from app.clock import office_today
    from app.extensions import db
    from seeds import run as run_seeds
    from tests.bookings.helpers import a_service, a_slot
    from tests.factories import make_user
    from tests.forms.submissions import paper_submission

    app = create_app()
    with app.app_context():
        upgrade()
        if db.session.scalar(text("SELECT count(*) FROM visit_service WHERE code = 'bench-release'")):
            raise SystemExit("this database has a run of this bench already: use a new one")
        run_seeds()
        db.session.commit()
        day = office_today() + dt.timedelta(days=7)
        services = []
        for name in ("release", "contention"):
            service = a_service(capacity=CAPACITY, lead_hours=0, code=f"bench-{name}", name_pl=f"Bench: {name}")
            service.plans.clear()  # only the slots below, none from a plan
            services.append(service)
        hot = a_slot(services[0], office_time(day, "08:40"), CAPACITY)
        for n in range(TIMES):
            a_slot(services[0], office_time(day, "09:00") + dt.timedelta(minutes=20 * n), CAPACITY)
        contended = a_slot(services[1], office_time(day, "08:00"), CAPACITY)
        db.session.commit()
        people = []
        for n in range(USERS):
            user = make_user("Applicant", email=f"slots{n}@bench.example.org", preferred_language="pl")
            people.append((user.email, f"s{paper_submission(user, 'TRP')}"))
        return {
            "day": day.isoformat(),
            "services": [s.id for s in services],
            "hot": hot.id,
            "contended": contended.id,
            "people": people,
        }


async def call(port: int, method: str, path: str, jar: dict, form: dict | None = None) -> tuple:
    """One request on a new connection: (status, location, body, seconds); status 0 when it failed."""
    body = urllib.parse.urlencode(form).encode() if form is not None else b""
    head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    if jar:
        head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in jar.items()))
    if form is not None:
        head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    started = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write("\r\n".join(head).encode() + b"\r\n\r\n" + body)
        raw = await asyncio.wait_for(reader.read(), 300)  # to the end: the worker closes the connection
        writer.close()
    except (OSError, TimeoutError) as error:
        return 0, "", repr(error), time.perf_counter() - started
    seconds = time.perf_counter() - started
    header, _, content = raw.partition(b"\r\n\r\n")
    lines = header.decode("latin-1").split("\r\n")
    status, location = int(lines[0].split()[1]), ""
    for name, _, value in (line.partition(":") for line in lines[1:]):
        if name.lower() == "set-cookie":  # kept by hand: production's cookies are Secure, this is http
            key, _, kept = value.split(";")[0].strip().partition("=")
            if kept:
                jar[key] = kept
            else:
                jar.pop(key, None)
        elif name.lower() == "location":
            location = urllib.parse.urlsplit(value.strip()).path
    return status, location, content.decode("utf-8", "replace"), seconds


async def sign_in(port: int, email: str, gate: asyncio.Semaphore) -> dict:
    from tests.factories import PASSWORD

    jar: dict = {}
    async with gate:
        _, _, page, _ = await call(port, "GET", "/login", jar)
        form = {"csrf_token": CSRF.search(page).group(1), "email": email, "password": PASSWORD}
        status, _, _, _ = await call(port, "POST", "/login", jar, form)
    if status != 302:
        raise SystemExit(f"sign-in of {email} answered {status}")
    return jar


async def book(port, jar, about, service, day, start, rng, wants, log) -> str:
    """One user's booking (``wants``: the slot they go for while it is listed, or None for any); its
    outcome. ``log`` gets (kind, status, seconds) for each request."""
    await start.wait()
    query = urllib.parse.urlencode({"about": about, "service": service, "day": day})
    status, _, page, seconds = await call(port, "GET", f"/visits/new/times?{query}", jar)
    log.append(("availability", status, seconds))
    if status != 200:
        return "error"
    for attempt in range(ATTEMPTS):
        listed = [int(slot) for slot in SLOT.findall(page)]
        if not listed:  # after a 409: every place is taken
            return "place taken" if attempt else "no free time listed"
        slot = wants if wants in listed else rng.choice(listed)
        form = {"csrf_token": CSRF.search(page).group(1), "about": about, "service": service, "day": day}
        status, location, page, seconds = await call(port, "POST", "/visits/new/times", jar, {**form, "slot": slot})
        log.append(("hold", status, seconds))
        if status == 409:
            continue
        held = CONFIRM.search(location) if status == 302 else None
        if held is None:
            return "error"
        token = {"csrf_token": form["csrf_token"]}
        status, location, _, confirming = await call(port, "POST", location, jar, token)
        log.append(("confirm", status, confirming))
        log.append(("booking", status, seconds + confirming))
        return "confirmed" if status == 302 and location == f"/visits/{held.group(1)}" else "error"
    return "place taken"


async def release(port: int, plan: dict, jars: list[dict]) -> tuple[Counter, list, float]:
    rng, start, log = random.Random(SEED), asyncio.Event(), []
    service, day = plan["services"][0], plan["day"]
    tasks = [
        asyncio.ensure_future(book(port, jar, about, service, day, start, random.Random(rng.random()), wants, log))
        for jar, (_, about), wants in zip(jars, plan["people"], [plan["hot"], None] * (USERS // 2), strict=True)
    ]
    await asyncio.sleep(0.5)  # every user waits on the start
    started = time.perf_counter()
    start.set()
    outcomes = Counter(await asyncio.gather(*tasks))
    return outcomes, log, time.perf_counter() - started


async def contention(port: int, plan: dict, jars: list[dict]) -> tuple[Counter, Counter]:
    service, slot, day = plan["services"][1], plan["contended"], plan["day"]
    forms = []
    for jar, (_, about) in zip(jars, plan["people"], strict=False):  # each loads the page first, one after another
        query = urllib.parse.urlencode({"about": about, "service": service, "day": day})
        _, _, page, _ = await call(port, "GET", f"/visits/new/times?{query}", jar)
        assert str(slot) in SLOT.findall(page), "the contended slot is not listed"
        forms.append({"csrf_token": CSRF.search(page).group(1), "about": about, "service": service, "day": day})

    async def take(jar: dict, form: dict) -> tuple[int, str]:
        status, location, _, _ = await call(port, "POST", "/visits/new/times", jar, {**form, "slot": slot})
        if status != 302 or not CONFIRM.search(location):
            return status, "place taken" if status == 409 else "error"
        confirmed, _, _, _ = await call(port, "POST", location, jar, {"csrf_token": form["csrf_token"]})
        return status, "confirmed" if confirmed == 302 else "error"

    answers = await asyncio.gather(*(take(jar, form) for jar, form in zip(jars, forms, strict=True)))
    return Counter(status for status, _ in answers), Counter(outcome for _, outcome in answers)


def slots_in_database(database: str, service: int) -> list[tuple]:
    """Per slot: (id, capacity, taken, active visits, confirmed visits)."""
    import psycopg

    with psycopg.connect(database) as conn:
        return conn.execute(
            """SELECT s.id, s.capacity, s.taken,
                      count(v.id) FILTER (WHERE v.state IN ('held', 'requested', 'confirmed', 'checked-in')),
                      count(v.id) FILTER (WHERE v.state = 'confirmed')
                 FROM visit_slot s LEFT JOIN visit v ON v.slot_id = s.id
                WHERE s.service_id = %s GROUP BY s.id ORDER BY s.starts_at""",
            (service,),
        ).fetchall()


def percentiles(values: list[float]) -> str:
    ordered = sorted(values) or [0.0]
    at = [ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000 for share in (0.5, 0.95, 0.99)]
    return " / ".join(f"{ms:,.0f}" for ms in at) + " ms"


def worker_times(log_file: Path, offset: int) -> dict[str, list[float]]:
    """Each request's time in a worker, from gunicorn's access log after ``offset``, by kind."""
    found: dict[str, list[float]] = {"availability": [], "hold": [], "confirm": []}
    with log_file.open() as lines:
        lines.seek(offset)
        for method, path, micros in (hit.groups() for hit in map(ACCESS.match, lines) if hit):
            kind = {"GET": "availability", "POST": "hold"}[method] if path == "/visits/new/times" else None
            kind = "confirm" if CONFIRM.search(path) else kind
            if kind:
                found[kind].append(int(micros) / 1e6)
    return found


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    database, redis_url = sys.argv[1], sys.argv[2]
    from redis import Redis

    Redis.from_url(redis_url).flushdb()
    env = settings_env(database, redis_url)
    os.environ.update(env)
    print(f"preparing: schema, seeds, slots, {USERS} accounts with applications", flush=True)
    plan = prepare()
    port, access_log = free_port(), Path(tempfile.mkdtemp()) / "access.log"
    gunicorn = ["--workers", "2", "--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    gunicorn += ["--access-logfile", str(access_log), "--access-logformat", "%(m)s %(U)s %(s)s/%(D)s"]
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", *gunicorn, "app:create_app()"], env=env, cwd=ROOT)
    try:
        for _ in range(120):
            if asyncio.run(call(port, "GET", "/login", {}))[0] == 200:
                break
            time.sleep(0.5)
        else:
            raise SystemExit("the portal did not start")

        async def bench():
            gate = asyncio.Semaphore(SIGN_IN_AT_ONCE)
            jars = await asyncio.gather(*(sign_in(port, email, gate) for email, _ in plan["people"]))
            print(f"{USERS} signed in; the release", flush=True)
            offset = access_log.stat().st_size
            outcomes, log, seconds = await release(port, plan, jars)
            await asyncio.sleep(1)  # the access log's last lines
            served = worker_times(access_log, offset)
            print(f"the contention run: {CONTENDERS} users on one slot of {CAPACITY}", flush=True)
            statuses, contended = await contention(port, plan, jars[:CONTENDERS])
            return outcomes, log, seconds, served, statuses, contended

        outcomes, log, seconds, served, statuses, contended = asyncio.run(bench())
    finally:
        server.terminate()
        server.wait(timeout=60)
        Redis.from_url(redis_url).flushdb()

    requests = [entry for entry in log if entry[0] != "booking"]
    by_kind = {kind: [s for k, _, s in log if k == kind] for kind in ("availability", "hold", "confirm", "booking")}
    codes = Counter((kind, status) for kind, status, _ in requests)
    release_slots = slots_in_database(database, plan["services"][0])
    contended_slot = slots_in_database(database, plan["services"][1])
    overbooked = [row for row in release_slots + contended_slot if not row[3] == row[2] <= row[1]]
    confirmed_rows = sum(row[4] for row in release_slots)
    hot = next(row for row in release_slots if row[0] == plan["hot"])

    print(f"\n{USERS} users, {len(release_slots)} slots of {CAPACITY} places, two gunicorn sync workers,")
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{os.cpu_count()} cores shared with PostgreSQL, Redis and this client (load average now {load})\n")
    print("| request | count | client: p50 / p95 / p99 | in a worker: p50 / p95 / p99 |")
    print("|---|---|---|---|")
    for kind in ("availability", "hold", "confirm"):
        print(f"| {kind} | {len(by_kind[kind])} | {percentiles(by_kind[kind])} | {percentiles(served[kind])} |")
    print(f"| hold + confirm, one booking | {len(by_kind['booking'])} | {percentiles(by_kind['booking'])} | |")
    print("\n| what | result |\n|---|---|")
    print(f"| throughput | {len(requests)} requests in {seconds:.1f} s: {len(requests) / seconds:.0f}/s |")
    print(f"| answers | {', '.join(f'{k} {s}: {n}' for (k, s), n in sorted(codes.items()))} |")
    print(f"| users' outcomes | {', '.join(f'{k}: {n}' for k, n in outcomes.most_common())} |")
    print(
        f"| database | {confirmed_rows} confirmed visits for {outcomes['confirmed']} confirmations answered; "
        f"places taken {sum(r[2] for r in release_slots)} of {sum(r[1] for r in release_slots)}; hot slot "
        f"{hot[2]}/{hot[1]}; slots with active visits ≠ taken or taken > capacity: {len(overbooked)} |"
    )
    row = contended_slot[0]
    print(
        f"| {CONTENDERS} at once on one slot of {CAPACITY} | holds answered "
        f"{', '.join(f'{s}: {n}' for s, n in sorted(statuses.items()))}; outcomes "
        f"{', '.join(f'{k}: {n}' for k, n in contended.most_common())}; slot taken {row[2]}/{row[1]}, "
        f"{row[3]} active and {row[4]} confirmed visits |"
    )
    errors = outcomes["error"] + contended["error"] + len(overbooked)
    errors += confirmed_rows != outcomes["confirmed"] or row[4] != CAPACITY
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
