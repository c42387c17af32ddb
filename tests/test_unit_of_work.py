"""One transaction per request: services flush and never commit; the edge commits what a
successful request did and rolls back a failed one, together with what receivers wrote."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cases import tracking
from app.cases.models import Case
from app.extensions import db
from app.forms.models import Intake, Submission
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user
from tests.forms.submissions import electronic_submission

pytestmark = pytest.mark.real_transactions  # what another connection sees is the point here
ROOT = Path(__file__).resolve().parent.parent
# The edges: the request's end, operator commands, jobs, and the error and health pages, which
# roll back a failed statement before they answer. Nothing else commits or rolls back.
EDGES = {
    "app/unit_of_work.py",
    "app/cli.py",
    "app/jobs/relay.py",
    "app/jobs/worker.py",
    "app/jobs/scheduler.py",
    "app/web/errors.py",
    "app/web/health.py",
}


def committed(sql: str, **params) -> list:
    """What another connection sees: only committed rows."""
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


def test_only_the_edges_commit():
    offenders = []
    for path in [*ROOT.glob("app/**/*.py"), *ROOT.glob("plugins/*/*.py"), *ROOT.glob("seeds/**/*.py")]:
        name = str(path.relative_to(ROOT))
        if name in EDGES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("commit", "rollback"):
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == [], "services flush; only the edge commits or rolls back"


def _route(app, status: int):
    def write():
        db.session.execute(text("UPDATE service_point SET phone = 'changed' WHERE code = 'legnica'"))
        return "written", status

    app.add_url_rule(f"/test-write-{status}", f"test_write_{status}", write)


@pytest.mark.parametrize("status, kept", [(200, True), (302, True), (400, False), (409, False), (500, False)])
def test_a_request_commits_on_success_and_rolls_back_on_failure(app, fresh_app, status, kept):
    before = committed("SELECT phone FROM service_point WHERE code = 'legnica'")[0][0]
    other = fresh_app()
    _route(other, status)
    assert other.test_client().get(f"/test-write-{status}").status_code == status
    after = committed("SELECT phone FROM service_point WHERE code = 'legnica'")[0][0]
    try:
        assert (after == "changed") is kept
    finally:
        db.session.execute(text("UPDATE service_point SET phone = :p WHERE code = 'legnica'"), {"p": before})
        db.session.commit()


def test_an_error_in_a_view_rolls_back_what_it_wrote(fresh_app):
    def broken():
        db.session.execute(text("UPDATE service_point SET phone = 'half-done' WHERE code = 'legnica'"))
        raise RuntimeError("fails after writing")

    other = fresh_app()
    other.add_url_rule("/test-broken", "test_broken", broken)
    assert other.test_client().get("/test-broken").status_code == 500
    assert committed("SELECT count(*) FROM service_point WHERE phone = 'half-done'")[0][0] == 0


def test_a_service_leaves_the_commit_to_its_caller(app):
    applicant = make_user("Applicant")
    submission = db.session.get(Submission, electronic_submission(applicant, "TRP"))
    submission.submission_mode = "paper"
    db.session.commit()
    from app.forms import desk

    point = db.session.query(ServicePoint).first()
    desk.accept(submission, make_user("Clerk"), point.id, True)
    assert db.session.query(Case).filter_by(submission_id=submission.id).count() == 1  # flushed
    assert committed("SELECT count(*) FROM case_record WHERE submission_id = :s", s=submission.id)[0][0] == 0
    db.session.rollback()
    assert db.session.query(Intake).filter_by(submission_id=submission.id).count() == 0


def test_a_failing_receiver_rolls_back_the_intake_with_it(app, monkeypatch):
    """The case opens by a receiver of the desk's event, in the desk's transaction: when opening
    the case fails, the paper acceptance is not recorded either."""
    applicant = make_user("Applicant")
    submission_id = electronic_submission(applicant, "TRP")
    db.session.get(Submission, submission_id).submission_mode = "paper"
    db.session.commit()
    point = db.session.query(ServicePoint).first()

    def refuse(*args, **kwargs):
        raise RuntimeError("the case register is unavailable")

    monkeypatch.setattr(tracking, "open_case", refuse)
    desk_client = app.test_client()
    login(desk_client, make_user("Clerk").email)
    token = csrf_token(desk_client, "/desk/")
    response = desk_client.post(
        f"/desk/accept/{submission_id}", data={"csrf_token": token, "service_point": str(point.id)}
    )
    assert response.status_code == 500
    assert committed("SELECT count(*) FROM form_intake WHERE submission_id = :s", s=submission_id)[0][0] == 0


def test_a_bulk_assignment_is_all_or_nothing(app, monkeypatch):
    """Three ticked cases, the third refused: none of them changes hands."""
    from tests.cases.test_work import open_case, signed_in

    cases = [open_case("TRP"), open_case("CRD"), open_case("KPL")]
    db.session.commit()
    clerk, _ = signed_in(app)
    _, supervisor = signed_in(app, "Supervisor")
    real_assign = tracking.assign
    calls = []

    def assign(case, to, by):
        calls.append(case.id)
        if len(calls) == 3:  # the first two are assigned (and flushed) by then
            raise tracking.Refused("refused on purpose")
        real_assign(case, to, by)

    monkeypatch.setattr(tracking, "assign", assign)
    token = csrf_token(supervisor, "/work/")
    data = {"csrf_token": token, "case": [str(c.id) for c in cases], "clerk": str(clerk.id)}
    page = supervisor.post("/work/assign", data=data, follow_redirects=True).get_data(as_text=True)
    assert "refused on purpose" in page and len(calls) == 3
    ids = [c.id for c in cases]
    rows = committed("SELECT clerk_id FROM case_record WHERE id IN (:a, :b, :c)", a=ids[0], b=ids[1], c=ids[2])
    assert [row[0] for row in rows] == [None, None, None]
    events = committed(
        "SELECT count(*) FROM case_event WHERE kind = 'assigned' AND case_id IN (:a, :b, :c)",
        a=ids[0],
        b=ids[1],
        c=ids[2],
    )
    assert events[0][0] == 0
