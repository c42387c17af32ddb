"""Fixtures (loaded by the root conftest.py): a migrated and seeded database per run, a fresh app
per test, clients, login_as, outbox."""

from __future__ import annotations

import contextlib
import email
import uuid
from pathlib import Path

import pytest
from flask import g, has_app_context
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from app import create_app
from app.extensions import cache, db
from tests import isolation, settings
from tests.factories import PASSWORD, login, make_user

TEST_SECRET = "test-secret-key-0123456789abcdef0123456789"


def pytest_configure(config):
    problems = settings.check_services()
    if problems:
        raise pytest.UsageError("test services not ready:\n- " + "\n- ".join(problems))


class FreshRequestClient(FlaskClient):
    """Each test runs inside an app context, which requests then share; a browser's requests
    never share ``g``, so each request here starts with an empty one (no cached login).
    Its browser asks for English, the source language the assertions are written in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.environ_base.setdefault("HTTP_ACCEPT_LANGUAGE", "en")

    def open(self, *args, **kwargs):
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


def app_env(**extra: str) -> dict[str, str]:
    env = {
        "APP_ENV": "test",
        "DATABASE_URL": settings.database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "SECRET_KEY": TEST_SECRET,
        "LOG_LEVEL": "WARNING",
    }
    env.update(extra)
    return env


def build_app(tmp_path: Path, overrides: dict | None = None, **env: str):
    config = {
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex}:",
        "JOB_QUEUE_NAME": f"test-{uuid.uuid4().hex}",
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
        "PRINTOUT_DIR": str(tmp_path / "printouts"),
        "ATTACHMENT_DIR": str(tmp_path / "attachments"),
        "PUBLIC_BASE_URL": "http://localhost",
        "LOGIN_CHECK_DIFFICULTY": 200,  # a sign-in check solved in a moment
    }
    config.update(overrides or {})
    app = create_app(config, env=app_env(**env))
    app.test_client_class = FreshRequestClient
    return app


def _reset_schema(url: str) -> None:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    if settings.WORKER:
        settings.create_database(url)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    """The test database, built by the real migrations and seeds once per run."""
    from flask_migrate import upgrade

    from seeds import run as run_seeds

    url = settings.database_url()
    _reset_schema(url)
    app = build_app(tmp_path_factory.mktemp("setup"))
    with app.app_context():
        upgrade()
        run_seeds()
        db.session.commit()
        with db.engine.connect() as connection:
            SEEDED.update(isolation.marks(connection))
        db.engine.dispose()
    yield url
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


SEEDED: dict[str, int] = {}  # the highest key of each table after the seeds (isolation.marks)


def clean_database() -> None:
    """After a test that committed for real: back to the seeded rows."""
    isolation.back_to_marks(db.engine, SEEDED)


@pytest.fixture(scope="session")
def shared_app(database, tmp_path_factory):
    """One app for the run (building one costs half a second)."""
    return build_app(tmp_path_factory.mktemp("app"))


@pytest.fixture
def app(shared_app, tmp_path, request):
    """The shared app, with this test's folders, in a transaction rolled back at the end (see
    tests/isolation.py); its settings and extensions are put back afterwards. A test marked
    ``real_transactions`` commits for real instead, and the seeded state is restored afterwards."""
    app = shared_app
    config, extensions = dict(app.config), dict(app.extensions)
    slots = {name: list(filled) for name, filled in app.extensions.get("slots", {}).items()}
    app.config.update(
        MAIL_OUTBOX_DIR=str(tmp_path / "mail"),
        PRINTOUT_DIR=str(tmp_path / "printouts"),
        ATTACHMENT_DIR=str(tmp_path / "attachments"),
    )
    real = request.node.get_closest_marker("real_transactions") is not None
    with app.app_context():
        isolated = contextlib.nullcontext() if real else isolation.test_transaction(db, db.engine)
        try:
            with isolated:
                yield app
        finally:
            db.session.remove()
            if real:
                clean_database()
            app.config.clear()
            app.config.update(config)
            app.extensions.clear()
            app.extensions.update(extensions, slots=slots)
            _forget_shared_state(app)


@pytest.fixture
def fresh_app(app, tmp_path):
    """A new app in the same test transaction, for a test that adds routes or needs settings
    read at startup."""

    def build(**env: str):
        return build_app(tmp_path / f"fresh-{uuid.uuid4().hex}", **env)

    return build


def _forget_shared_state(app) -> None:
    """What outlives the transaction: the cache, rate-limit counters, queued jobs."""
    cache.clear()
    app.appbuilder.sm.limiter.reset()
    queue = app.extensions.get("rq_queue")
    if queue is not None:
        queue.empty()
        queue.delete(delete_jobs=True)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login_as(app, client):
    """login_as("Clerk") creates an account with that role, signs the client in, returns the user."""

    def _login_as(role: str, **fields):
        user = make_user(role, **fields)
        response = login(client, user.email, PASSWORD)
        assert response.status_code == 302, f"login as {role} failed"
        return user

    return _login_as


def run_queued_jobs(app) -> None:
    """Run the due jobs as the worker and the scheduler would, in this process: with Redis the
    relay hands them to RQ and a burst worker runs them; in the embedded mode they run one by one
    (those the commit could run already have)."""
    from rq import SimpleWorker

    from app.jobs import relay, scheduler, worker

    queue = app.extensions.get("rq_queue")
    if queue is None:
        scheduler.run_due(app)
        return
    with app.app_context():
        relay.hand_over(app)
    worker.use_app(app)
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


@pytest.fixture
def outbox(app):
    """outbox() runs queued jobs and returns the e-mails sent so far, oldest first."""

    def _outbox() -> list[email.message.EmailMessage]:
        run_queued_jobs(app)
        folder = Path(app.config["MAIL_OUTBOX_DIR"])
        files = sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns) if folder.exists() else []
        return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]

    return _outbox
