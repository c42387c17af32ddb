"""Jobs are rows written with the data: run after the commit (by RQ, or in the process in the
embedded mode), retried later, recovered when Redis or a worker loses them, never run twice."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import select, update

from app.clock import utcnow
from app.extensions import db
from app.forms import printout
from app.forms.models import Submission
from app.jobs import enqueue, enqueue_at, job_path, recovery, scheduler, worker
from app.jobs.models import Job, JobState
from app.jobs.scheduler import SchedulerLock
from tests import jobs_fixtures, settings
from tests.factories import make_user
from tests.fixtures import run_queued_jobs
from tests.forms.submissions import electronic_submission
from tests.jobs_fixtures import RedisServer

RECORD = "tests.jobs_fixtures:record"
FAIL = "tests.jobs_fixtures:fail"


@pytest.fixture(scope="module")
def redis_server():
    if not RedisServer.available():
        if settings.CI:  # CI tests with Redis: the tests that stop and restart it must run there
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_queue(app, redis_server, monkeypatch):
    """The app's jobs go through a Redis server of the test's own."""
    if redis_server.process is None:
        redis_server.start()
    connection = Redis.from_url(redis_server.url)
    connection.flushall()
    queue = Queue(f"test-{uuid.uuid4().hex}", connection=connection)
    monkeypatch.setitem(app.extensions, "rq_queue", queue)
    monkeypatch.setitem(app.extensions, "redis", connection)
    return queue


@pytest.fixture
def embedded(app, monkeypatch):
    monkeypatch.delitem(app.extensions, "rq_queue", raising=False)
    monkeypatch.delitem(app.extensions, "redis", raising=False)


@pytest.fixture(params=["embedded", "redis"])
def mode(request, app):
    jobs_fixtures.CALLS.clear()
    request.getfixturevalue("embedded" if request.param == "embedded" else "redis_queue")
    return request.param


def finished_notes(app) -> list[str]:
    folder = Path(app.config["MAIL_OUTBOX_DIR"])
    return sorted(p.stem for p in folder.glob("*.done"))


def done(app) -> list[str]:
    run_queued_jobs(app)
    return finished_notes(app)


def rows(function: str = RECORD) -> list[Job]:
    db.session.expire_all()
    return list(db.session.scalars(select(Job).where(Job.function == function).order_by(Job.id)))


def make_due(job_id: int) -> None:
    """As if the time to retry had come."""
    db.session.execute(update(Job).where(Job.id == job_id).values(run_at=utcnow() - dt.timedelta(seconds=1)))
    db.session.commit()


def test_a_job_is_a_row_that_runs_only_after_the_commit(app, mode):
    job = enqueue(jobs_fixtures.record, "committed")
    assert (job.function, job.args, job.state) == (RECORD, ["committed"], JobState.PENDING)
    assert finished_notes(app) == []
    if mode == "redis":
        assert app.extensions["rq_queue"].count == 0
    db.session.commit()
    assert done(app) == ["committed"]
    [row] = rows()
    assert (row.state, row.attempts, row.args) == (JobState.DONE, 1, [])  # the arguments go once done


def test_a_rolled_back_transaction_leaves_no_row_and_runs_nothing(app, mode):
    enqueue(jobs_fixtures.record, "rolled-back")
    db.session.rollback()
    db.session.commit()
    assert done(app) == []
    assert rows() == []


def test_a_job_from_a_released_savepoint_waits_for_the_real_commit(app, mode):
    with db.session.begin_nested():
        enqueue(jobs_fixtures.record, "in-savepoint")
    assert finished_notes(app) == []
    db.session.commit()
    assert done(app) == ["in-savepoint"]


def test_a_rolled_back_savepoint_drops_only_its_own_jobs(app, mode):
    enqueue(jobs_fixtures.record, "outer")
    savepoint = db.session.begin_nested()
    enqueue(jobs_fixtures.record, "inner")
    savepoint.rollback()
    db.session.commit()
    assert done(app) == ["outer"]
    assert [row.state for row in rows()] == [JobState.DONE]


def test_a_closed_session_sends_nothing(app, mode):
    enqueue(jobs_fixtures.record, "closed")
    db.session.close()
    db.session.commit()
    assert done(app) == []


def test_jobs_must_be_module_level_functions_with_json_arguments_and_a_naive_utc_time(app):
    with pytest.raises(ValueError, match="module-level"):
        job_path(lambda: None)
    with pytest.raises(TypeError, match="must be JSON values"):
        enqueue(jobs_fixtures.record, object())
    with pytest.raises(ValueError, match="naive UTC"):
        enqueue_at(dt.datetime.now(dt.UTC), jobs_fixtures.record, "aware")


def test_the_hand_over_uses_the_row_id_as_the_rq_job_id(app, redis_queue):
    job_id = enqueue(jobs_fixtures.record, "queued").id
    db.session.commit()
    [rq_job] = redis_queue.get_jobs()
    assert rq_job.id == f"job-{job_id}"
    assert rq_job.func_name == "app.jobs.worker.run"
    assert rq_job.args == (job_id,)
    assert rq_job.timeout == app.config["JOB_TIMEOUT_SECONDS"]
    [row] = rows()
    assert (row.state, row.queued_at is not None) == (JobState.QUEUED, True)
    assert done(app) == ["queued"]


def test_a_burst_travels_in_rq_jobs_of_several_rows_named_after_the_first(app, redis_queue):
    jobs_fixtures.CALLS.clear()
    ids = [enqueue(jobs_fixtures.record, f"burst-{n:02}").id for n in range(25)]
    db.session.commit()
    carried = sorted(redis_queue.get_jobs(), key=lambda rq_job: rq_job.args)
    # at most ten rows to an RQ job, and at least four RQ jobs to share among workers: 7, 7, 7, 4
    assert [rq_job.args for rq_job in carried] == [tuple(ids[i : i + 7]) for i in range(0, 25, 7)]
    assert [rq_job.id for rq_job in carried] == [f"job-{ids[i]}" for i in range(0, 25, 7)]
    assert [rq_job.timeout for rq_job in carried] == [app.config["JOB_TIMEOUT_SECONDS"] * n for n in (7, 7, 7, 4)]
    assert [row.handed_as for row in rows()] == [f"job-{ids[i // 7 * 7]}" for i in range(25)]
    assert done(app) == [f"burst-{n:02}" for n in range(25)]
    assert [(row.state, row.attempts) for row in rows()] == [(JobState.DONE, 1)] * 25
    assert sorted(jobs_fixtures.CALLS) == [f"burst-{n:02}" for n in range(25)]


def test_a_few_rows_go_in_an_rq_job_each(app, redis_queue):
    ids = [enqueue(jobs_fixtures.record, f"few-{n}").id for n in range(3)]
    db.session.commit()
    assert sorted(rq_job.args for rq_job in redis_queue.get_jobs()) == [(job_id,) for job_id in ids]


def test_each_row_of_an_rq_job_is_leased_until_the_rq_job_could_still_run(app, redis_queue):
    jobs_fixtures.LEASES.clear()
    for n in range(8):
        enqueue(jobs_fixtures.note_lease, f"lease-{n}")
    db.session.commit()
    started = utcnow()
    run_queued_jobs(app)
    timeout = app.config["JOB_TIMEOUT_SECONDS"]
    assert len(jobs_fixtures.LEASES) == 8
    # two rows to an RQ job, which RQ stops after twice the timeout: no row's lease ends before that
    for _note, lease_until in jobs_fixtures.LEASES:
        assert lease_until >= started + dt.timedelta(seconds=2 * timeout + worker.LEASE_MARGIN_SECONDS)
        assert lease_until <= utcnow() + dt.timedelta(seconds=2 * timeout + worker.LEASE_MARGIN_SECONDS)


def test_a_timeout_ends_the_rq_job_and_the_rows_it_did_not_reach_run_again(app, redis_queue):
    jobs_fixtures.CALLS.clear()
    for n in range(4):  # an RQ job each: they have to be one, as in a larger burst
        enqueue(jobs_fixtures.record, f"before-{n}")
    stuck = enqueue(jobs_fixtures.time_out).id
    for n in range(3):
        enqueue(jobs_fixtures.record, f"after-{n}")
    db.session.commit()
    carriers = {row.handed_as for row in rows()} | {row.handed_as for row in rows("tests.jobs_fixtures:time_out")}
    assert len(carriers) == 4  # 8 rows: two to an RQ job
    run_queued_jobs(app)
    [timed_out] = rows("tests.jobs_fixtures:time_out")
    assert (timed_out.id, timed_out.state, timed_out.attempts) == (stuck, JobState.PENDING, 1)
    assert timed_out.last_error.startswith("JobTimeoutException")
    left = [row for row in rows() if row.state == JobState.QUEUED]
    assert [row.args for row in left] == [["after-0"]]  # carried with the stuck one, not reached
    with app.app_context():
        assert recovery.recover(app) == 1  # its RQ job has ended
        db.session.commit()
    scheduler.run_round(app)
    run_queued_jobs(app)
    assert sorted(jobs_fixtures.CALLS) == sorted([f"before-{n}" for n in range(4)] + [f"after-{n}" for n in range(3)])
    assert {row.state for row in rows()} == {JobState.DONE}


def test_an_rq_job_of_several_rows_is_given_up_on_only_after_its_own_timeout(app, redis_queue):
    for n in range(16):
        enqueue(jobs_fixtures.record, f"slow-{n}")
    db.session.commit()
    [first, *_] = rows()
    carrier = redis_queue.fetch_job(first.handed_as)
    assert len(carrier.args) == 4 and carrier.timeout == 4 * app.config["JOB_TIMEOUT_SECONDS"]
    redis_queue.remove(carrier.id)  # a worker took it and died before claiming a row
    allowed = dt.timedelta(seconds=carrier.timeout + worker.LEASE_MARGIN_SECONDS)
    for started, lost in ((allowed - dt.timedelta(minutes=1), 0), (allowed + dt.timedelta(minutes=1), 4)):
        carrier.set_status("started")
        carrier.started_at = dt.datetime.now(dt.UTC) - started
        carrier.save()
        with app.app_context():
            assert recovery.recover(app) == lost
            db.session.commit()
    assert [row.id for row in rows() if row.state == JobState.PENDING] == list(carrier.args)


def test_a_job_asked_for_later_waits_in_the_table(app, mode):
    job_id = enqueue_at(utcnow() + dt.timedelta(hours=1), jobs_fixtures.record, "later").id
    db.session.commit()
    assert done(app) == []
    scheduler.run_round(app)
    assert done(app) == []
    assert rows()[0].state == JobState.PENDING
    make_due(job_id)
    scheduler.run_round(app)
    assert done(app) == ["later"]


def test_a_failing_job_is_retried_later_and_then_fails_for_good(app, mode, caplog):
    app.config["JOB_RETRIES"] = 2
    job_id = enqueue(jobs_fixtures.fail).id
    db.session.commit()  # in the embedded mode the job fails here; the commit stands
    run_queued_jobs(app)
    for attempt, delay in ((1, 10), (2, 60)):
        [row] = rows(FAIL)
        assert (row.state, row.attempts, row.lease_until) == (JobState.PENDING, attempt, None)
        assert dt.timedelta(seconds=delay - 5) < row.run_at - utcnow() <= dt.timedelta(seconds=delay)
        assert row.last_error == "RuntimeError: job failed on purpose for [e-mail]"
        run_queued_jobs(app)  # not due yet: nothing happens
        assert rows(FAIL)[0].attempts == attempt
        make_due(job_id)
        run_queued_jobs(app)
    [row] = rows(FAIL)
    assert (row.state, row.attempts, row.finished_at is not None) == (JobState.FAILED, 3, True)
    assert f"job {job_id} ({FAIL}) failed, attempt 3 of 3" in caplog.text
    assert "olena@example.org" not in caplog.text


def dead_worker_row(lease_until: dt.datetime) -> int:
    """A row a worker claimed and then stopped working on."""
    job = Job(
        function=RECORD,
        args=["after-a-dead-worker"],
        kwargs={},
        state=JobState.RUNNING,
        attempts=1,
        max_attempts=4,
        lease_until=lease_until,
    )
    db.session.add(job)
    db.session.commit()
    return job.id


def test_a_running_row_with_an_expired_lease_runs_again(app, mode):
    dead_worker_row(utcnow() - dt.timedelta(seconds=1))
    scheduler.run_round(app)
    assert done(app) == ["after-a-dead-worker"]
    [row] = rows()
    assert (row.state, row.attempts) == (JobState.DONE, 2)


def test_a_running_row_with_a_live_lease_is_left_alone(app, mode):
    job_id = dead_worker_row(utcnow() + dt.timedelta(minutes=1))
    scheduler.run_round(app)
    with app.app_context():
        worker.perform(job_id)
    assert done(app) == []
    assert rows()[0].state == JobState.RUNNING


def test_a_queued_row_whose_rq_job_vanished_runs_again(app, redis_queue):
    enqueue(jobs_fixtures.record, "vanished")
    enqueue(jobs_fixtures.record, "still-waiting")
    db.session.commit()
    vanished, _waiting = rows()
    redis_queue.remove(f"job-{vanished.id}")  # as if Redis had lost it
    redis_queue.connection.delete(f"rq:job:job-{vanished.id}")
    with app.app_context():
        assert recovery.recover(app) == 1
        db.session.commit()
    assert [row.state for row in rows()] == [JobState.PENDING, JobState.QUEUED]
    scheduler.run_round(app)
    assert done(app) == ["still-waiting", "vanished"]
    assert [(row.state, row.attempts) for row in rows()] == [(JobState.DONE, 1)] * 2


def test_a_done_row_is_never_run_twice(app, mode):
    job_id = enqueue(jobs_fixtures.record, "once").id
    db.session.commit()
    assert done(app) == ["once"]
    with app.app_context():
        assert worker.claim(job_id) is None
        worker.perform(job_id)
    if mode == "redis":  # a second RQ job for the same row, as after a hand-over made twice
        app.extensions["rq_queue"].enqueue(worker.run, job_id, job_id=f"job-{job_id}")
    scheduler.run_round(app)
    run_queued_jobs(app)
    assert jobs_fixtures.CALLS == ["once"]
    assert rows()[0].attempts == 1


def test_redis_down_at_the_commit_leaves_the_rows_pending(app, redis_queue, redis_server, caplog):
    enqueue(jobs_fixtures.record, "redis-down")
    redis_server.stop()
    db.session.commit()  # no error page: the row waits in the table
    assert "the job queue is unavailable (ConnectionError): jobs stay pending" in caplog.text
    [row] = rows()
    assert row.state == JobState.PENDING
    redis_server.start()
    assert done(app) == ["redis-down"]


def test_finished_rows_are_forgotten_after_the_keeping_time(app, embedded):
    old = utcnow() - dt.timedelta(days=app.config["JOB_KEEP_DAYS"] + 1)
    for state, finished_at in ((JobState.DONE, old), (JobState.FAILED, old), (JobState.DONE, utcnow())):
        db.session.add(Job(function=RECORD, args=[], kwargs={}, state=state, max_attempts=1, finished_at=finished_at))
    db.session.commit()
    scheduler.run_round(app)
    assert [(row.state, row.finished_at > old) for row in rows()] == [(JobState.DONE, True)]


def test_the_worker_command_without_redis_runs_due_jobs_here(app, embedded):
    db.session.add(Job(function=RECORD, args=["by-the-worker"], kwargs={}, max_attempts=1))
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert finished_notes(app) == ["by-the-worker"]


@pytest.mark.parametrize(("options", "runner"), [([], "SimpleWorker"), (["--fork"], "Worker")])
def test_the_worker_command_runs_jobs_in_its_own_process_unless_told_to_fork(app, monkeypatch, options, runner):
    """A fork per job costs more than a notification's whole delivery (bench/RESULTS.md)."""
    from types import SimpleNamespace

    import rq

    ran = []

    class Recorder:
        def __init__(self, name):
            self.name = name

        def __call__(self, queues, connection):
            ran.append((self.name, [queue.name for queue in queues]))
            return self

        def work(self, burst):
            ran.append(("burst", burst))

    monkeypatch.setattr(rq, "SimpleWorker", Recorder("SimpleWorker"))
    monkeypatch.setattr(rq, "Worker", Recorder("Worker"))
    monkeypatch.setitem(app.config, "REDIS_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setitem(app.extensions, "rq_queue", SimpleNamespace(name="test-worker-kind"))
    result = app.test_cli_runner().invoke(args=["worker", "--burst", *options])
    assert result.exit_code == 0, result.output
    assert ran == [(runner, ["test-worker-kind"]), ("burst", True)]


@pytest.mark.skipif(not settings.DATABASE_URL, reason="the scheduler's advisory lock is PostgreSQL's")
def test_only_one_scheduler_holds_the_lock(app):
    first, second = SchedulerLock(db.engine), SchedulerLock(db.engine)
    try:
        assert first.acquire()
        assert first.acquire()  # kept from round to round
        assert not second.acquire()
        first.release()
        assert second.acquire()
        assert not first.acquire()
    finally:
        first.release()
        second.release()


@pytest.mark.parametrize("lost", ["before the hand-over", "after the hand-over"])
def test_a_printout_asked_for_while_redis_restarts_empty_is_made_once(
    app, redis_queue, redis_server, monkeypatch, lost
):
    renders = []
    real_render = printout.render

    def counted_render(submission, **options):
        renders.append(submission.id)
        return real_render(submission, **options)

    monkeypatch.setattr(printout, "render", counted_render)
    submission = db.session.get(Submission, electronic_submission(make_user("Applicant")))
    job_id = enqueue(printout.render_and_store, submission.id).id
    if lost == "before the hand-over":
        redis_server.stop()  # the commit's kick finds no Redis
        db.session.commit()
    else:
        db.session.commit()  # handed over to RQ, then Redis goes down and loses it
        redis_server.stop()
    redis_server.start()
    assert redis_queue.count == 0

    def scheduler_and_worker_round():
        scheduler.run_round(app)
        worker.use_app(app)
        SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)

    scheduler.run_round(app)
    assert redis_queue.job_ids == [f"job-{job_id}"]
    scheduler_and_worker_round()
    path = printout.stored(submission)
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    [row] = rows("app.forms.printout:render_and_store")
    assert (row.state, row.attempts) == (JobState.DONE, 1)
    made_at = path.stat().st_mtime_ns
    scheduler_and_worker_round()
    assert renders == [submission.id]
    assert path.stat().st_mtime_ns == made_at
    assert rows("app.forms.printout:render_and_store")[0].attempts == 1
