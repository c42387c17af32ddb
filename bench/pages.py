"""Page speed under load: the portal's pages beside two floors, served the same way, one command.

    createdb -h 127.0.0.1 -U postgres przybysz_bench_pages
    .venv/bin/python bench/pages.py postgresql://postgres@127.0.0.1:5432/przybysz_bench_pages \\
        redis://127.0.0.1:6379/8 [--seconds 15] [--only /faq] [--write]

Method: the database is built by the migrations and the seeds with the demo accounts; then the
portal runs under gunicorn with 2 sync workers and APP_ENV=production (PostgreSQL, Redis for the
cache, the rate limits and the jobs), beside the two floors of ``bench/floors.py`` (a bare Flask
page and a bare Flask-AppBuilder index page, each under gunicorn with 2 sync workers). The demo
accounts sign in first (outside the measured part), and their session cookies go with the requests;
they hold what a real account holds (``bench/pages_data.py``; then VACUUM ANALYZE, as autovacuum
would have left a database in use), and a page of one case or one form part is the first link of its
kind on their listing page. Each page is loaded by wrk over loopback, 2 threads and 16 connections
for ``--seconds`` (15 by default), one page after another, after 2 s of warm-up. The table gives
requests per second, p50 and p99, and the ratio to the bare Flask-AppBuilder index measured in the
same run: the machine's speed drifts by up to a fifth over the run, so the bare FAB index is loaded
first, again before the applicants' pages and before the clerks' pages, and last, and each page is
divided by the mean of the measurements just before and just after it (shown as "floor around it").
Non-2xx/3xx answers are counted, and a page with any is marked. Afterwards the resident memory of
each portal worker is read from /proc. ``--write`` appends the table to bench/RESULTS.md with the
date, commit and machine.

wrk is Debian's package (``apt-get install wrk``; ``make bench-tools`` installs it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-only-secret-key-not-for-production-use"
DEMO_PASSWORD = "demo przybysz wroclaw 2026"
FLOOR_FAB = "bare FAB index (floor)"
FLOOR_FAB_AGAIN = "bare FAB index (floor, again)"

# (name, path, role): role None is a reader who is not signed in
PAGES = [
    ("bare Flask page (floor)", "floor-flask:/", None),
    (FLOOR_FAB, "floor-fab:/", None),
    ("home", "/", None),
    ("kinds of cases", "/cases", None),
    ("a kind of case", "/cases/TRP", None),
    ("forms", "/forms", None),
    ("a form", "/forms/TRP", None),
    ("requirements", "/requirements", None),
    ("FAQ", "/faq", None),
    ("legal acts", "/legal-acts", None),
    ("service points", "/service-points", None),
    ("news", "/news", None),
    ("a page", "/info/privacy", None),
    ("search (pl)", "/search?q=karta", None),
    ("search (en)", "/search?q=card&lang=en", None),
    ("search (ru)", "/search?q=%D0%BA%D0%B0%D1%80%D1%82%D0%B0&lang=ru", None),
    ("search (uk)", "/search?q=%D0%BA%D0%B0%D1%80%D1%82%D0%B0&lang=uk", None),
    # the floor again before each group: the machine's speed drifts over a run of several minutes
    ("bare FAB index (floor, before the applicants' pages)", "floor-fab:/", None),
    ("my cases (applicant)", "/my-cases", "applicant"),
    ("one case (applicant)", "{case of the applicant}", "applicant"),
    ("my applications (applicant)", "/applications", "applicant"),
    ("a form part (applicant)", "{draft of the applicant}/personal", "applicant"),
    ("account (applicant)", "/account", "applicant"),
    ("my visits (applicant)", "/visits", "applicant"),
    ("my cases (employer)", "/my-cases", "employer"),
    ("bare FAB index (floor, before the clerks' pages)", "floor-fab:/", None),
    ("work queue (clerk)", "/work/", "clerk"),
    ("work queue, unassigned (clerk)", "/work/?tab=unassigned", "clerk"),
    ("case page (clerk)", "{case in the queue}", "clerk"),
    ("desk (clerk)", "/desk/", "clerk"),
    ("back office (clerk)", "/backoffice/", "clerk"),
    ("bare Flask page (floor, again)", "floor-flask:/", None),
    (FLOOR_FAB_AGAIN, "floor-fab:/", None),
]
# a page whose address holds an id: {name} is the first link matching the pattern on a listing page
LINKED = {
    "{case of the applicant}": ("applicant", "/my-cases", r'href="(/my-cases/\d+)"'),
    "{draft of the applicant}": ("applicant", "/applications", r'href="(/applications/\d+)"'),
    "{case in the queue}": ("clerk", "/work/", r'href="(/work/case/\d+)"'),
}


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def portal_env(database: str, redis: str, production: bool) -> dict[str, str]:
    return {
        **os.environ,
        "APP_ENV": "production" if production else "development",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": database,
        "REDIS_URL": redis,
        "LOG_LEVEL": "WARNING",
        "PUBLIC_BASE_URL": "https://przybysz.example",  # production asks for https; no link is followed here
    }


def prepare(database: str, redis: str) -> None:
    """Schema and seeds with the demo accounts (refused in production, so built in development), and
    what those accounts hold (``bench/pages_data.py``)."""
    code = (
        "from flask_migrate import upgrade\n"
        "from app import create_app\nfrom app.extensions import db\nfrom seeds import run\n"
        "from bench import pages_data\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    upgrade(); run(demo=True); db.session.commit()\n"
        "    print(*pages_data.fill(), sep='\\n'); db.session.commit()\n"
        "    pages_data.settle(db.engine)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=portal_env(database, redis, False), check=True)


def serve(target: str, port: int, env: dict[str, str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}"]
    command += ["--log-level", "warning", target]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(300):
        try:
            if requests.get(f"http://127.0.0.1:{port}/", timeout=30).status_code < 500:
                return process
        except requests.RequestException:  # not listening yet, or a worker's first answer is slow
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit(f"{target} did not start")


def sign_in(base: str, email: str) -> str:
    """The session cookie of a demo account (taken from the answer: it is Secure in production)."""
    page = requests.get(f"{base}/login", timeout=10)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text).group(1)
    cookies = {c.name: c.value for c in page.cookies}
    answer = requests.post(
        f"{base}/login",
        data={"csrf_token": token, "email": email, "password": DEMO_PASSWORD},
        cookies=cookies,
        allow_redirects=False,
        timeout=10,
    )
    found = re.search(r"(przybysz_session=[^;]+)", answer.headers.get("Set-Cookie", ""))
    if answer.status_code != 302 or not found:
        raise SystemExit(f"{email} could not sign in ({answer.status_code})")
    return found.group(1)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * UNITS[unit]


def linked(base: str, path: str, cookies: dict[str, str]) -> str:
    """``path`` with its {name} replaced by the address found on the listing page (``LINKED``)."""
    for name, (role, listing, pattern) in LINKED.items():
        if name in path:
            page = requests.get(base + listing, headers={"Cookie": cookies[role]}, timeout=30).text
            found = re.search(pattern, page)
            if found is None:
                raise SystemExit(f"no link like {pattern} on {listing}: was bench/pages_data.py run?")
            path = path.replace(name, found.group(1))
    return path


def load(url: str, seconds: int, cookie: str | None) -> tuple[float, float, float, int]:
    answer = requests.get(url, headers={"Cookie": cookie} if cookie else {}, allow_redirects=False, timeout=30)
    if answer.status_code != 200:  # a redirect to the sign-in page would be measured instead of the page
        raise SystemExit(f"{url} answers {answer.status_code}, not the page")
    header = ["-H", f"Cookie: {cookie}"] if cookie else []
    warm = ["wrk", "-t2", "-c16", "-d2s", *header, url]
    subprocess.run(warm, capture_output=True, check=True)
    run = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", *header, url]
    out = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: .*timeout (\d+)", out)
    return (
        rps,
        p50,
        p99,
        (int(errors.group(1)) if errors else 0) + (int(socket_errors.group(1)) if socket_errors else 0),
    )


def rss_mib(master: subprocess.Popen) -> list[float]:
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def is_fab_floor(result: Result) -> bool:
    return result.name.startswith("bare FAB index (floor")


def floor_around(results: list[Result], i: int) -> float:
    """The bare FAB index as measured around the i-th page: the mean of the last measurement before
    it and the first after it (the machine's speed drifts by up to a fifth over a run)."""
    before = [r.rps for r in results[:i] if is_fab_floor(r)][-1:]
    after = [r.rps for r in results[i + 1 :] if is_fab_floor(r)][:1]
    measured = before + after
    return sum(measured) / len(measured)


def table(results: list[Result]) -> str:
    """A page's ratio is to the floor measured around it; a floor's, to the first measurement of the
    bare FAB index (how far the machine drifted)."""
    first = next(r.rps for r in results if is_fab_floor(r))
    lines = [
        "| page | req/s | p50 | p99 | floor around it | ratio to the bare FAB index |",
        "|---|---|---|---|---|---|",
    ]
    for i, r in enumerate(results):
        mark = f" ({r.errors} errors)" if r.errors else ""
        floor = first if r.name.startswith("bare ") else floor_around(results, i)
        around = "" if r.name.startswith("bare ") else f"{floor:,.0f}"
        timing = f"{r.rps:,.0f} | {r.p50_ms:.1f} ms | {r.p99_ms:.1f} ms"
        lines.append(f"| {r.name}{mark} | {timing} | {around} | {r.rps / floor:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("redis")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument(
        "--only", action="append", default=[], help="a page's path or name (repeatable); the floors always run"
    )
    parser.add_argument("--write", action="store_true", help="append the table to bench/RESULTS.md")
    parser.add_argument("--no-prepare", action="store_true", help="the database is prepared already")
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk (or make bench-tools)")
    if not options.no_prepare:
        prepare(options.database, options.redis)
    env = portal_env(options.database, options.redis, True)
    ports = {"portal": free_port(), "floor-flask": free_port(), "floor-fab": free_port()}
    floor_env = {**os.environ, "FLOOR_DIR": tempfile.mkdtemp(prefix="fab-floor-")}
    servers = {}
    try:
        servers["portal"] = serve("app:create_app()", ports["portal"], env)
        servers["floor-flask"] = serve("bench.floors:bare_flask()", ports["floor-flask"], floor_env)
        servers["floor-fab"] = serve("bench.floors:bare_fab()", ports["floor-fab"], floor_env)
        base = f"http://127.0.0.1:{ports['portal']}"
        cookies = {role: sign_in(base, f"{role}@demo.przybysz.pl") for role in ("applicant", "employer", "clerk")}
        results = []
        for name, path, role in PAGES:
            server, _, local = path.rpartition(":") if path.startswith("floor-") else ("portal", "", path)
            if options.only and server == "portal" and not {path, name} & set(options.only):
                continue
            url = f"http://127.0.0.1:{ports[server]}{linked(base, local, cookies)}"
            rps, p50, p99, errors = load(url, options.seconds, cookies.get(role))
            results.append(Result(name, rps, p50, p99, errors))
            print(f"{name:40} {rps:9.1f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  errors {errors}", flush=True)
        memory = rss_mib(servers["portal"])
    finally:
        for process in servers.values():
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    text = table(results)
    print(text)
    print("portal workers' resident memory after the run: " + ", ".join(f"{m:.0f} MiB" for m in memory))
    if options.write:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        heading = (
            f"\n### {dt.date.today().isoformat()}, on commit {commit.stdout.strip()} "
            f"({os.cpu_count()} cores, Python {platform.python_version()}, {options.seconds} s per page)\n\n"
        )
        memory_line = "\n\nResident memory of each portal worker after the run: "
        memory_line += ", ".join(f"{m:.0f} MiB" for m in memory) + ".\n"
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as results_file:
            results_file.write(heading + text + memory_line)


if __name__ == "__main__":
    main()
