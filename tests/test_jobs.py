"""enqueue(): after the commit, to RQ with Redis, in the process without it."""

from pathlib import Path

import pytest

from app.extensions import db
from app.jobs import enqueue, job_path
from tests import jobs_fixtures, settings
from tests.fixtures import build_app, run_queued_jobs


def done(app) -> list[str]:
    run_queued_jobs(app)
    return sorted(p.stem for p in Path(app.config["MAIL_OUTBOX_DIR"]).glob("*.done"))


def test_a_job_runs_only_after_the_commit(app):
    enqueue(jobs_fixtures.record, "committed")
    assert done(app) == []
    db.session.commit()
    assert done(app) == ["committed"]


def test_a_rolled_back_transaction_sends_nothing(app):
    enqueue(jobs_fixtures.record, "rolled-back")
    db.session.rollback()
    db.session.commit()
    assert done(app) == []


def test_jobs_must_be_module_level_functions():
    with pytest.raises(ValueError, match="module-level"):
        job_path(lambda: None)


@pytest.mark.skipif(not settings.REDIS_URL, reason="the Redis mode needs REDIS_URL")
def test_with_redis_jobs_go_to_rq_with_retries_and_a_timeout(app):
    queue = app.extensions["rq_queue"]
    enqueue(jobs_fixtures.record, "queued")
    db.session.commit()
    [job] = queue.get_jobs()
    assert job.func_name == "app.jobs.run_job"
    assert job.args[0] == "tests.jobs_fixtures:record"
    assert job.timeout == app.config["JOB_TIMEOUT_SECONDS"]
    assert job.retries_left == app.config["JOB_RETRIES"]
    assert done(app) == ["queued"]


def test_without_redis_a_failing_job_does_not_break_the_request(database, tmp_path, caplog):
    app = build_app(tmp_path, REDIS_URL="")
    with app.app_context():
        assert "rq_queue" not in app.extensions
        enqueue(jobs_fixtures.fail)
        db.session.commit()  # the job runs here and fails; the commit stands
        assert "job tests.jobs_fixtures:fail failed" in caplog.text
        db.session.remove()
        db.engine.dispose()


def test_the_worker_command_needs_redis(database, tmp_path):
    app = build_app(tmp_path, REDIS_URL="")
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code != 0
    assert "REDIS_URL is not set" in result.output


def test_a_job_from_a_released_savepoint_waits_for_the_real_commit(app):
    with db.session.begin_nested():
        enqueue(jobs_fixtures.record, "in-savepoint")
    assert done(app) == []
    db.session.rollback()
    assert done(app) == []


def test_a_rolled_back_savepoint_drops_only_its_own_jobs(app):
    enqueue(jobs_fixtures.record, "outer")
    savepoint = db.session.begin_nested()
    enqueue(jobs_fixtures.record, "inner")
    savepoint.rollback()
    db.session.commit()
    assert done(app) == ["outer"]


def test_a_closed_session_sends_nothing(app):
    enqueue(jobs_fixtures.record, "closed")
    db.session.close()
    db.session.commit()
    assert done(app) == []


def test_a_queue_failure_after_the_commit_is_logged_not_raised(app, caplog, monkeypatch):
    class BrokenQueue:
        def enqueue(self, *args, **kwargs):
            raise ConnectionError("redis is down")

    monkeypatch.setitem(app.extensions, "rq_queue", BrokenQueue())
    enqueue(jobs_fixtures.record, "lost")
    db.session.commit()
    assert "could not queue job tests.jobs_fixtures:record" in caplog.text
