"""Generator of a case register at scale, in PostgreSQL, for `bench/cases.py`.

    .venv/bin/python bench/cases_data.py postgresql://postgres@127.0.0.1:5432/przybysz_bench_1m 1000000

The database is built by the migrations and seeds first (the script runs them), then filled with
set-based INSERT … SELECT over generate_series, so a million cases take minutes, not hours:

- applicants: 0.6 per case (each has one or two cases), employers: one per 100 cases plus one
  agency that takes part in 2% of all cases, one clerk per 16,000 cases (at least 3: an office's
  staff grows with its register, so each clerk's queue is about as full at every size) and 4
  supervisors; every account has its
  role and the same password (``PASSWORD``), so the benchmark can sign any of them in;
- one submission per case (its answers hold only the date of birth the public check reads);
- cases filed over the last ten years, oldest first; the newest 8% are open. Kinds of case are
  weighted as at a voivodeship office (temporary residence and work first). An open case is
  assigned to a clerk four times in five; its status is one of its kind's open statuses (one case
  in ten waits for the applicant); the legal deadline follows the kind's rule, so most of the
  open cases of a kind with a deadline are overdue, as in a real backlog;
- five history rows per case (opened, then status changes), so 1,000,000 cases give 5,000,000.

Everything is derived from the case number (its position in the ten years, and a hash of it for
the clerk, the service point, the employer and the status, so that these do not follow the kind of
case), so two runs with the same size give the same data.
Refuses to run on a database that already has cases.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "bench password for generated accounts"
CLERKS_PER_CASES = 16_000  # one clerk per 16,000 cases of the register: about 1,300 open cases each
SUPERVISORS = 4
# kind of case: weight out of 20 (temporary residence and work permits are most of the work)
WEIGHTS = {"TRP": 6, "TRW": 5, "BLU": 2, "PRM": 1, "LTR": 1, "CHG": 1, "CRD": 1, "TRV": 1, "WRK": 1, "KPL": 1}
OPEN_SHARE = 0.08


def prepare(url: str) -> None:
    """Schema and seeds, as `make run` builds them."""
    os.environ["DATABASE_URL"] = url.replace("postgresql://", "postgresql+psycopg://", 1)
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-use")
    from flask_migrate import upgrade

    from app import create_app
    from app.extensions import db
    from seeds import run as run_seeds

    app = create_app({"RATELIMIT_ENABLED": False})
    with app.app_context():
        upgrade()
        run_seeds()
        db.session.commit()


def _request_statuses() -> tuple:
    from app.catalogue.models import REQUEST_STATUSES

    return REQUEST_STATUSES


def password_hash() -> str:
    from werkzeug.security import generate_password_hash

    from app.accounts.passwords import normalise

    return generate_password_hash(normalise(PASSWORD))


def generate(url: str, cases: int) -> None:
    import psycopg

    applicants = max(1, int(cases * 0.6))
    employers = max(20, cases // 100)
    clerks = max(3, cases // CLERKS_PER_CASES)
    open_from = int(cases * (1 - OPEN_SHARE))
    with psycopg.connect(url, autocommit=False) as conn, conn.cursor() as cur:
        if cur.execute("SELECT count(*) FROM case_record").fetchone()[0]:
            raise SystemExit("this database already has cases: use a new one")

        def step(label: str, sql: str, params: dict | None = None) -> None:
            started = time.perf_counter()
            cur.execute(sql, params or {})
            print(f"  {label}: {cur.rowcount if cur.rowcount >= 0 else ''} ({time.perf_counter() - started:.1f} s)")

        roles = dict(cur.execute("SELECT name, id FROM ab_role").fetchall())
        base = cur.execute("SELECT coalesce(max(id), 0) FROM ab_user").fetchone()[0]
        # ids: applicants base+1…, employers after them, then clerks and supervisors
        first = {"applicant": base, "employer": base + applicants, "clerk": base + applicants + employers}
        first["supervisor"] = first["clerk"] + clerks
        params = {"hash": password_hash(), **{f"b_{k}": v for k, v in first.items()}}
        user_sql = """
            INSERT INTO ab_user (id, first_name, last_name, username, email, password, active, account_type,
                                 preferred_language, created_on, changed_on, email_confirmed_at, login_count,
                                 fail_login_count, company_name, nip)
            SELECT %(b_{kind})s + g, {first}, {last}, '{kind}' || g || '@bench.example.org',
                   '{kind}' || g || '@bench.example.org', %(hash)s, true, '{account}',
                   (ARRAY['pl','en','ru','uk'])[1 + g %% 4], now(), now(), now(), 0, 0, {company}, {nip}
            FROM generate_series(1, {count}) g"""
        groups = [
            ("applicant", applicants, "Applicant", "applicant", "NULL", "NULL"),
            ("employer", employers, "Employer", "employer", "'Firma ' || g || ' sp. z o.o.'", "'8961000005'"),
            ("clerk", clerks, "Clerk", "staff", "NULL", "NULL"),
            ("supervisor", SUPERVISORS, "Supervisor", "staff", "NULL", "NULL"),
        ]
        for kind, count, role, account, company, nip in groups:
            names = (
                "(ARRAY['Olena','Mykola','Aliaksandra','Rahul','Maria','Ivan','Aigerim','Juan'])[1 + g %% 8]",
                "'" + kind.capitalize() + "' || g",
            )
            step(
                f"{count} {kind} accounts",
                user_sql.format(
                    kind=kind, first=names[0], last=names[1], account=account, company=company, nip=nip, count=count
                ),
                params,
            )
            step(
                f"{kind} roles",
                f"INSERT INTO ab_user_role (user_id, role_id) SELECT %(b_{kind})s + g, {roles[role]} "
                f"FROM generate_series(1, {count}) g",
                params,
            )
        cur.execute("SELECT setval('ab_user_id_seq', (SELECT max(id) FROM ab_user))")
        cur.execute("SELECT setval('ab_user_role_id_seq', (SELECT max(id) FROM ab_user_role))")

        # the kinds of case as a small table: weight slots, statuses in order, the definition to file on
        cur.execute(
            """
            CREATE TEMP TABLE bench_kind AS
            SELECT t.id AS case_type_id, t.code, t.decision_days,
                   (SELECT d.id FROM form_definition d JOIN application_form f ON f.code = d.code
                     WHERE f.case_type_id = t.id AND d.published_at IS NOT NULL ORDER BY d.version DESC LIMIT 1)
                     AS definition_id,
                   array(SELECT s.id FROM case_type_status l JOIN case_status s ON s.id = l.status_id
                         WHERE l.case_type_id = t.id AND NOT coalesce(s.final, false) ORDER BY l.position, l.id)
                     AS open_statuses,
                   array(SELECT s.id FROM case_type_status l JOIN case_status s ON s.id = l.status_id
                         WHERE l.case_type_id = t.id AND s.code = ANY(%(waiting)s) ORDER BY l.position)
                     AS waiting_statuses,
                   (SELECT s.id FROM case_type_status l JOIN case_status s ON s.id = l.status_id
                     WHERE l.case_type_id = t.id AND s.final ORDER BY (s.code = 'closed') DESC, l.position LIMIT 1)
                     AS final_status
            FROM case_type t""",
            {"waiting": [str(code) for code in _request_statuses()]},
        )
        slots = [code for code, weight in WEIGHTS.items() for _ in range(weight)]
        cur.execute("CREATE TEMP TABLE bench_slot (slot int PRIMARY KEY, code text)")
        cur.executemany("INSERT INTO bench_slot VALUES (%s, %s)", list(enumerate(slots)))
        cur.execute("""
            ALTER TABLE bench_kind ADD COLUMN section text;
            UPDATE bench_kind k SET section = (
                SELECT s->>'key' FROM form_definition d, json_array_elements(d.data->'sections') s
                WHERE d.id = k.definition_id AND s::text LIKE '%%"birth_date"%%' LIMIT 1)""")
        missing = cur.execute(
            "SELECT code FROM bench_kind WHERE code IN (SELECT code FROM bench_slot) "
            "AND (definition_id IS NULL OR section IS NULL OR final_status IS NULL)"
        ).fetchall()
        if missing:
            raise SystemExit(f"kinds of case without a form, a date of birth or a final status: {missing}")
        points = [row[0] for row in cur.execute("SELECT id FROM service_point ORDER BY id").fetchall()]
        filed = "CURRENT_DATE - ((%(cases)s - g)::bigint * 3650 / %(cases)s)::int"
        sizes = {
            "cases": cases,
            "applicants": applicants,
            "employers": employers,
            "open_from": open_from,
            "points": points,
            "clerks": clerks,
            **params,
        }

        step(
            "cases, as a working table",
            f"""
            CREATE TEMP TABLE bench_case AS
            SELECT g, abs(hashtext('case ' || g)) AS h, k.case_type_id, k.definition_id, k.section,
                   k.decision_days, k.final_status,
                   {filed} AS filed_on, g > %(open_from)s AS open,
                   CASE WHEN abs(hashtext('wait ' || g)) %% 10 = 0 AND cardinality(k.waiting_statuses) > 0
                        THEN k.waiting_statuses[1 + g %% cardinality(k.waiting_statuses)]
                        ELSE k.open_statuses[1 + abs(hashtext('status ' || g)) %% cardinality(k.open_statuses)]
                   END AS open_status,
                   k.open_statuses
            FROM generate_series(1, %(cases)s) g
            JOIN bench_slot sl ON sl.slot = g %% {len(slots)}
            JOIN bench_kind k ON k.code = sl.code""",
            sizes,
        )
        step(
            "submissions",
            """
            INSERT INTO form_submission (id, reference, verification_code, owner_id, definition_id, answers,
                                         content_hash, acknowledged, submitted_at, submission_mode)
            SELECT g, 'PIO/' || extract(year FROM filed_on) || '/' || lpad(g::text, 8, '0'),
                   upper(substr(md5(g::text), 1, 8)), %(b_applicant)s + 1 + (g - 1) %% %(applicants)s,
                   definition_id,
                   json_build_object(section, json_build_object(
                       'birth_date', to_char(DATE '1960-01-01' + g * 37 %% 16000, 'YYYY-MM-DD'))),
                   md5(g::text) || md5('x' || g), '[]', filed_on, 'paper'
            FROM bench_case""",
            sizes,
        )
        step(
            "cases",
            """
            INSERT INTO case_record (id, signature, case_type_id, submission_id, applicant_id, employer_id,
                service_point_id, clerk_id, status_id, public_status_id, status_changed_at, public_changed_at,
                filed_on, appearance_on, complete_on, decision_on, deadline, suspended_days, result, closed_at,
                created_at)
            SELECT g, 'SOC-II.6151.' || g || '.' || extract(year FROM filed_on), case_type_id, g,
                   %(b_applicant)s + 1 + (g - 1) %% %(applicants)s,
                   CASE WHEN h %% 50 = 0 THEN %(b_employer)s + 1
                        WHEN h %% 10 < 3 THEN %(b_employer)s + 1 + h / 10 %% %(employers)s END,
                   (%(points)s::int[])[1 + h / 500 %% cardinality(%(points)s::int[])],
                   CASE WHEN open AND h / 7 %% 5 = 0 THEN NULL ELSE %(b_clerk)s + 1 + h / 35 %% %(clerks)s END,
                   CASE WHEN open THEN open_status ELSE final_status END,
                   CASE WHEN NOT open THEN final_status
                        WHEN (SELECT visible FROM case_status WHERE id = open_status) THEN open_status
                        ELSE open_statuses[1] END,
                   filed_on + 35 + g %% 20, filed_on + 35 + g %% 20,
                   filed_on, filed_on + 14 + g %% 10, filed_on + 20 + g %% 30,
                   CASE WHEN NOT open THEN filed_on + 40 + g %% 200 END,
                   CASE WHEN decision_days IS NOT NULL
                        THEN filed_on + 20 + g %% 30 + decision_days END,
                   0,
                   CASE WHEN open THEN NULL WHEN g %% 20 = 0 THEN 'refused' WHEN g %% 50 = 1 THEN 'discontinued'
                        ELSE 'granted' END,
                   CASE WHEN NOT open THEN (filed_on + 40 + g %% 200)::timestamp + interval '10 hours' END,
                   filed_on
            FROM bench_case""",
            sizes,
        )
        step(
            "history: five rows per case",
            """
            INSERT INTO case_event (case_id, kind, status_id, at, by_name, internal_note, public_note)
            SELECT c.g, CASE WHEN n = 1 THEN 'opened' ELSE 'status' END,
                   CASE WHEN n = 5 THEN (CASE WHEN c.open THEN c.open_status ELSE c.final_status END)
                        ELSE c.open_statuses[least(n, cardinality(c.open_statuses))] END,
                   c.filed_on + n * 7, 'Clerk ' || (1 + c.h / 35 %% %(clerks)s), '', ''
            FROM bench_case c CROSS JOIN generate_series(1, 5) n""",
            sizes,
        )
        for table in ("form_submission", "case_record", "case_event"):
            cur.execute(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
        cur.execute("""
            INSERT INTO case_signature_counter (year, last)
            SELECT extract(year FROM filed_on)::int, count(*) FROM case_record GROUP BY 1
            ON CONFLICT (year) DO UPDATE SET last = excluded.last""")
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute("VACUUM (ANALYZE) ab_user, ab_user_role, form_submission, case_record, case_event")
        print(f"  vacuum and analyze ({time.perf_counter() - started:.1f} s)")


def main() -> None:
    if len(sys.argv) != 3 or not sys.argv[2].isdigit():
        raise SystemExit(__doc__)
    url, cases = sys.argv[1], int(sys.argv[2])
    started = time.perf_counter()
    prepare(url)
    print(f"generating {cases} cases into {url}")
    generate(url, cases)
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
