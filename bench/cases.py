"""Benchmark of case tracking at scale: "My cases", the public status check and the clerks' work
queue, on registers built by `bench/cases_data.py` (10,000 and 1,000,000 cases).

    .venv/bin/python bench/cases.py postgresql://…/przybysz_bench_10k postgresql://…/przybysz_bench_1m

Method: for each database, an app as in production (PostgreSQL; Redis for the cache and the rate
limits when REDIS_URL is set), signed-in clients for a sample of generated accounts (applicants,
employers, the agency that takes part in 2% of the cases, clerks, supervisors; each client from
its own address, as the rate limits count per address). Each page is requested through Flask's
test client, so a figure is the whole request (routing, session check, the queries, the template)
without the network. Warm-up requests first, then SAMPLES timed ones cycling over the accounts
(or over random signatures for the public check). The sizes are measured in turns, ROUNDS times
each, and a page's figures are the medians over the rounds (a busy moment of the machine moves one
round, not the result). Every SQL statement a request runs is counted,
and for one request of each page the statements are explained with EXPLAIN (ANALYZE, BUFFERS);
the plans are written to bench/plans/<size>/<page>.txt.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAMPLES = 300
ROUNDS = 3
WARM_UP = 30
PLANS = Path(__file__).with_name("plans")
SEED = 20261124


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Statements:
    """The statements the app sends while ``recording`` is on."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.recording = False
        self.seen: list[tuple[str, object]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):
        if self.recording:
            self.seen.append((statement, parameters))

    def start(self):
        self.seen, self.recording = [], True

    def stop(self) -> list[tuple[str, object]]:
        self.recording = False
        return self.seen


def size_label(count: int) -> str:
    return f"{count // 1_000_000}m" if count >= 1_000_000 else f"{count // 1000}k"


def measure(url: str) -> tuple[str, list[tuple[str, float, float, int]]]:
    from sqlalchemy import text

    from app import create_app
    from app.extensions import db
    from bench.cases_data import PASSWORD
    from tests.factories import csrf_token, login
    from tests.fixtures import FreshRequestClient

    os.environ["DATABASE_URL"] = url.replace("postgresql://", "postgresql+psycopg://", 1)
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-use")
    app = create_app({"RATELIMIT_STATUS_CHECK": "1000000 per hour", "RATELIMIT_LOGIN_IP": "1000000 per hour"})
    app.test_client_class = FreshRequestClient
    rng = random.Random(SEED)
    addresses = (f"10.{a}.{b}.{c}" for a in range(1, 250) for b in range(250) for c in range(1, 250))

    def client_for(email: str):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = next(addresses)
        response = login(client, email, PASSWORD)
        assert response.status_code == 302, f"sign-in of {email} failed"
        return client

    with app.app_context():
        statements = Statements(db.engine)
        count = db.session.scalar(text("SELECT count(*) FROM case_record"))
        label = size_label(count)

        def emails(kind: str, sample: int, where: str = "") -> list[str]:
            rows = (
                db.session.execute(
                    text(f"SELECT email FROM ab_user WHERE email LIKE :kind {where} ORDER BY id"),
                    {"kind": f"{kind}%@bench.example.org"},
                )
                .scalars()
                .all()
            )
            return rng.sample(rows, min(sample, len(rows)))

        print(f"{label}: {count} cases; signing in the sample accounts")
        applicants = [client_for(e) for e in emails("applicant", 40)]
        employers = [client_for(e) for e in emails("employer", 20, "AND email <> 'employer1@bench.example.org'")]
        agency = [client_for("employer1@bench.example.org")]
        clerks = [client_for(e) for e in emails("clerk", 20)]
        supervisors = [client_for(e) for e in emails("supervisor", 4)]
        own_case = {}
        for client in applicants:
            page = client.get("/my-cases").get_data(as_text=True)
            own_case[client] = re.search(r'href="/my-cases/(\d+)"', page).group(1)

        checks = db.session.execute(
            text(
                "SELECT c.signature, s.answers FROM case_record c JOIN form_submission s ON s.id = c.submission_id "
                "WHERE c.id = ANY(:ids)"
            ),
            {"ids": rng.sample(range(1, count + 1), 500)},
        ).all()
        public = app.test_client()
        public_token = csrf_token(public, "/case-status")

        def check_request(n: int):
            signature, answers = checks[n % len(checks)]
            born = next(iter(answers.values()))["birth_date"]
            year, month, day = born.split("-")
            if n % 5 == 4:  # one in five with a wrong date of birth: the same answer as an unknown case
                year = str(int(year) + 1)
            public.environ_base["REMOTE_ADDR"] = next(addresses)
            data = {
                "csrf_token": public_token,
                "signature": signature,
                "born-day": day,
                "born-month": month,
                "born-year": year,
            }
            return public.post("/case-status", data=data)

        trp = db.session.scalar(text("SELECT id FROM case_type WHERE code = 'TRP'"))
        pages = {
            "my-cases (applicant)": lambda n: applicants[n % len(applicants)].get("/my-cases"),
            "my-case page (applicant)": lambda n: (c := applicants[n % len(applicants)]).get(
                f"/my-cases/{own_case[c]}"
            ),
            "my-cases (employer)": lambda n: employers[n % len(employers)].get("/my-cases"),
            "my-cases (agency, 2% of all cases)": lambda n: agency[0].get("/my-cases"),
            "my-cases (agency, name search)": lambda n: agency[0].get("/my-cases?employee=olena"),
            "public check": check_request,
        }
        for tab in ("mine", "unassigned", "due", "overdue", "waiting"):
            pages[f"queue {tab} (clerk)"] = lambda n, tab=tab: clerks[n % len(clerks)].get(f"/work/?tab={tab}")
        pages["queue mine, filtered by kind (clerk)"] = lambda n: clerks[n % len(clerks)].get(
            f"/work/?tab=mine&type={trp}"
        )
        pages["queue unassigned (supervisor)"] = lambda n: supervisors[n % len(supervisors)].get(
            "/work/?tab=unassigned"
        )
        # not among the targets: the supervisors' overview counts the whole backlog on purpose
        pages["dashboard (supervisor)"] = lambda n: supervisors[n % len(supervisors)].get("/work/dashboard")

        results = []
        folder = PLANS / label
        folder.mkdir(parents=True, exist_ok=True)
        for name, call in pages.items():
            for n in range(WARM_UP):
                response = call(n)
                assert response.status_code in (200, 302), (name, response.status_code)
            timings, counts = [], []
            for n in range(SAMPLES):
                statements.start()
                started = time.perf_counter()
                response = call(n)
                timings.append((time.perf_counter() - started) * 1000)
                counts.append(len(statements.stop()))
                assert response.status_code == 200, (name, response.status_code)
            statements.start()
            call(0)
            explain(
                db, statements.stop(), folder / (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".txt"), name
            )
            results.append((name, statistics.median(timings), percentile(timings, 0.95), max(counts)))
            print(
                f"  {name}: p50 {results[-1][1]:.1f} ms, p95 {results[-1][2]:.1f} ms, "
                f"{min(counts)}-{max(counts)} statements"
            )
    return label, results


def explain(db, statements, path: Path, name: str) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of each reading statement of one request, in order."""
    from sqlalchemy import text

    lines = [f"# {name}: the {len(statements)} statements of one request, explained\n"]
    with db.engine.connect() as conn:
        for number, (statement, parameters) in enumerate(statements, 1):
            lines.append(f"## {number}. {' '.join(statement.split())[:400]}\n")
            if not statement.lstrip().upper().startswith("SELECT"):
                lines.append("(writes: not explained)\n")
                continue
            plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters).scalars().all()
            lines.extend(plan)
            lines.append("")
        conn.execute(text("ROLLBACK"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Each database in its own process (one app per process), then the table and the ratios."""
    import json
    import subprocess

    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        label, results = measure(sys.argv[2])
        print("RESULT " + json.dumps([label, results]))
        return
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    urls = sys.argv[1:]
    runs: dict[str, list[tuple[str, list]]] = {url: [] for url in urls}
    for round_ in range(1, ROUNDS + 1):
        for url in urls:  # the sizes take turns, so a slow spell of the machine hits both alike
            print(f"round {round_} of {ROUNDS}")
            run = subprocess.run([sys.executable, __file__, "--one", url], capture_output=True, text=True)
            print("\n".join(line for line in run.stdout.splitlines() if not line.startswith("RESULT ")))
            if run.returncode:
                raise SystemExit(run.stderr[-3000:])
            runs[url].append(json.loads(run.stdout.rsplit("RESULT ", 1)[1]))
    # per page: the median over the rounds of the p50 and of the p95, and the most statements seen
    tables = []
    for url in urls:
        label, first = runs[url][0]
        rows = []
        for index, (name, *_rest) in enumerate(first):
            values = [results[index] for _, results in runs[url]]
            rows.append(
                (
                    name,
                    statistics.median(v[1] for v in values),
                    statistics.median(v[2] for v in values),
                    max(v[3] for v in values),
                )
            )
        tables.append((label, rows))
    print()
    print(f"Medians over {ROUNDS} rounds of {SAMPLES} requests per page and size")
    print()
    print("| page | " + " | ".join(f"{label}: p50 / p95 (statements)" for label, _ in tables) + " |")
    print("|---|" + "---|" * len(tables))
    for row in range(len(tables[0][1])):
        cells = [f"{t[1][row][1]:.1f} / {t[1][row][2]:.1f} ms ({t[1][row][3]})" for t in tables]
        print(f"| {tables[0][1][row][0]} | " + " | ".join(cells) + " |")
    if len(tables) == 2:
        print()
        for (name, _, small, _), (_, _, large, _) in zip(tables[0][1], tables[1][1], strict=True):
            print(f"{name}: p95 at {tables[1][0]} is {large / small:.2f} times the p95 at {tables[0][0]}")


if __name__ == "__main__":
    main()
