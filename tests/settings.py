"""Where the suite runs: PostgreSQL and Redis when TEST_DATABASE_URL and REDIS_URL are set,
SQLite and the embedded job mode otherwise. With CI=true, a configured service that cannot be
reached fails the run instead of quietly falling back."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CI = os.environ.get("CI", "").lower() == "true"
DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
SQLITE_PATH = Path(tempfile.gettempdir()) / f"przybysz-test-{os.getpid()}.db"
# Production refuses to start without Redis. A run without one gives its production apps an
# address nobody listens at, and keeps their rate-limit counters and cache in memory instead.
PRODUCTION_REDIS_URL = REDIS_URL or "redis://127.0.0.1:1/0"
PRODUCTION_OVERRIDES = {} if REDIS_URL else {"RATELIMIT_STORAGE_URI": "memory://", "CACHE_TYPE": "SimpleCache"}


def database_url() -> str:
    return DATABASE_URL or f"sqlite:///{SQLITE_PATH}"


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
