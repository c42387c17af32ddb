"""Where the suite runs: PostgreSQL and Redis when TEST_DATABASE_URL and REDIS_URL are set,
SQLite and the embedded job mode otherwise. With CI=true, a configured service that cannot be
reached fails the run instead of quietly falling back."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

CI = os.environ.get("CI", "").lower() == "true"
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1 … when `make test` runs the suite in parallel
DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
SQLITE_PATH = Path(tempfile.gettempdir()) / f"przybysz-test-{os.getpid()}.db"


def _own_redis_database(url: str) -> str:
    """Each parallel worker uses the next Redis database of its own (its rate-limit counters and
    queues are emptied between its tests)."""
    if not url or not WORKER:
        return url
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + 1 + int(WORKER.removeprefix("gw"))
    return urlunsplit(parts._replace(path=f"/{number}"))


REDIS_URL = _own_redis_database(os.environ.get("REDIS_URL", ""))
# Production refuses to start without Redis. A run without one gives its production apps an
# address nobody listens at, and keeps their rate-limit counters and cache in memory instead.
PRODUCTION_REDIS_URL = REDIS_URL or "redis://127.0.0.1:1/0"
PRODUCTION_OVERRIDES = {} if REDIS_URL else {"RATELIMIT_STORAGE_URI": "memory://", "CACHE_TYPE": "SimpleCache"}


def database_url() -> str:
    """TEST_DATABASE_URL, or for a parallel worker a database of its own beside it (test_gw0 …)."""
    if not DATABASE_URL:
        return f"sqlite:///{SQLITE_PATH}"
    if not WORKER:
        return DATABASE_URL
    base, _, name = DATABASE_URL.rpartition("/")
    name, question, query = name.partition("?")
    return f"{base}/{name}_{WORKER}{question}{query}"


def create_database(url: str) -> None:
    """The worker's own PostgreSQL database, made once beside TEST_DATABASE_URL's."""
    from sqlalchemy import create_engine, make_url, text

    target = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    server = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database})
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    server.dispose()


def check_services() -> list[str]:
    """Problems with the configured services, as messages."""
    problems = []
    if CI and not DATABASE_URL:
        problems.append("CI=true but TEST_DATABASE_URL is not set: CI must test on PostgreSQL")
    if CI and not REDIS_URL:
        problems.append("CI=true but REDIS_URL is not set: CI must test with Redis")
    if DATABASE_URL:
        from sqlalchemy import create_engine, text

        url = DATABASE_URL
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        try:
            with create_engine(url).connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            problems.append(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {error}")
        if "test" not in url.rsplit("/", 1)[-1]:
            problems.append("TEST_DATABASE_URL must name a database with 'test' in its name: the suite empties it")
    if REDIS_URL:
        from redis import Redis

        try:
            Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        except Exception as error:
            problems.append(f"Redis at REDIS_URL is unreachable: {error}")
    return problems
