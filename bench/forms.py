"""Benchmark of the e-forms: the live-check endpoint with the largest form's full data, and the
printout of that form. Run: `.venv/bin/python bench/forms.py` (writes nothing to the project;
prints the numbers recorded in bench/RESULTS.md).

Method: an app on a throwaway SQLite database (migrations and seeds as in `make run`), a signed-in
applicant, a draft of the largest seeded form (most fields, repeatable groups with three items)
filled with answers of the right shape for every field. The endpoint is called through Flask's
test client (the full request path: routing, session, CSRF, saving the draft, validation, JSON),
so the figures exclude only the network. Each measurement is repeated; the first runs warm up.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ENDPOINT_RUNS = 400
PRINT_RUNS = 15
WARM_UP = 20


def sample_value(spec: dict):
    kind = spec["type"]
    values = {
        "date": {"day": "14", "month": "5", "year": "1984"},
        "yes_no": "no",
        "number": "3",
        "money": "4300,50",
        "country": "UA",
        "citizenship": "UA",
        "pesel": "84051401456",
        "passport_number": "FA123456",
        "phone": "+48 71 701 11 00",
        "email": "olena@example.com",
        "postal_code": "50-153",
        "nip": "5260001246",
        "regon": "123456785",
        "krs": "0000012345",
        "long_text": "Opis " * 40,
    }
    if kind in ("choice", "radio"):
        return spec["choices"][0]["value"]
    if kind == "checkboxes":
        return [spec["choices"][0]["value"]]
    return values.get(kind, "KOWALENKO")


def full_answers(definition: dict) -> dict:
    def fields(specs):
        answers = {}
        for spec in specs:
            if spec["type"] == "group":
                answers[spec["key"]] = [fields(spec["fields"]) for _ in range(min(3, spec.get("max_items", 3)))]
            else:
                answers[spec["key"]] = sample_value(spec)
        return answers

    return {section["key"]: fields(section["fields"]) for section in definition["sections"]}


def count_fields(definition: dict) -> int:
    def count(specs):
        return sum(count(s["fields"]) * 3 if s["type"] == "group" else 1 for s in specs)

    return sum(count(section["fields"]) for section in definition["sections"])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    import os

    folder = Path(tempfile.mkdtemp(prefix="przybysz-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.db'}"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-use")
    from flask_migrate import upgrade

    from app import create_app
    from app.extensions import db
    from app.forms import drafts, printout, services
    from seeds import run as run_seeds
    from tests.factories import login, make_user
    from tests.fixtures import FreshRequestClient

    app = create_app({"PRINTOUT_DIR": str(folder / "printouts"), "RATELIMIT_ENABLED": False})
    app.test_client_class = FreshRequestClient  # each request starts with an empty g, as in a browser
    with app.app_context():
        upgrade()
        run_seeds()
        db.session.commit()
        largest = max(
            (services.current(code) for code in services.published_codes()),
            key=lambda d: count_fields(d.data),
        )
        answers = full_answers(largest.data)
        biggest_section = max(largest.data["sections"], key=lambda s: count_fields({"sections": [s]}))
        user = make_user("Applicant")
        client = app.test_client()
        login(client, user.email)
        draft = drafts.start(user, largest.code)
        draft.answers = answers
        db.session.commit()
        page = client.get(f"/applications/{draft.id}/{biggest_section['key']}").get_data(as_text=True)
        token = page.split('name="csrf_token" value="')[1].split('"')[0]
        url = f"/api/applications/{draft.id}/sections/{biggest_section['key']}"
        body = answers[biggest_section["key"]]

        timings = []
        for run in range(WARM_UP + ENDPOINT_RUNS):
            started = time.perf_counter()
            response = client.post(url, json=body, headers={"X-CSRFToken": token})
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (response.status_code, response.get_data(as_text=True)[:300])
            if run >= WARM_UP:
                timings.append(elapsed)

        whole = []
        for run in range(WARM_UP + ENDPOINT_RUNS // 4):
            started = time.perf_counter()
            result = drafts.check(draft, None, "uk")
            if run >= WARM_UP:
                whole.append((time.perf_counter() - started) * 1000)

        submission = _submission(largest, answers, result)
        renders = []
        for _ in range(PRINT_RUNS):
            started = time.perf_counter()
            pdf = printout.render(submission)
            renders.append((time.perf_counter() - started) * 1000)

        def spread(values: list[float]) -> str:
            return f"p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 0.95):.1f} ms"

        part = biggest_section["key"]
        print(f"form {largest.code}: {count_fields(largest.data)} fields with groups of 3 items")
        print(f"live check of part '{part}' ({count_fields({'sections': [biggest_section]})} fields)")
        print(f"  endpoint, {ENDPOINT_RUNS} runs: {spread(timings)}")
        print(f"  whole application check, {len(whole)} runs: {spread(whole)}")
        print(f"printout, {PRINT_RUNS} runs: median {statistics.median(renders):.0f} ms ({len(pdf) // 1024} KiB)")


def _submission(definition, answers, result):
    """A submission built in memory (not stored) with the clean values the check produced."""
    import datetime as dt

    from app.forms.models import Submission

    submission = Submission(
        reference="PIO/2026/000001",
        verification_code="ABCD1234",
        definition_id=definition.id,
        answers=result.values or answers,
        content_hash="0" * 64,
        submitted_at=dt.datetime(2026, 11, 24, 10, 0),
    )
    submission.definition = definition
    return submission


if __name__ == "__main__":
    main()
