"""The application factory. Read top to bottom, it is the startup checklist."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_appbuilder import AppBuilder
from sqlalchemy import event
from werkzeug.middleware.proxy_fix import ProxyFix

from config import INSTANCE_DIR, Settings

# Core areas in menu order; each has register(app, appbuilder).
AREAS = (
    "app.web",
    "app.accounts",
    "app.offices",
    "app.content",
    "app.catalogue",
    "app.forms",
    "app.cases",
    "app.messages",
    "app.bookings",
)


def _sqlite_connection(dbapi_connection, _record) -> None:
    """Foreign keys enforced, lower() for every alphabet (SQLite's own folds only A-Z, so a
    search for "łukasz" would miss "Łukasz"), and transactions begun by SQLAlchemy rather than
    by the driver, which otherwise breaks savepoints."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _lower(value):
    return value.lower() if isinstance(value, str) else value


def create_app(overrides: dict[str, Any] | None = None, env: dict[str, str] | None = None) -> Flask:
    from app import clock, jobs, plugins, unit_of_work
    from app.accounts.passwords import fab_password_validator
    from app.extensions import cache, csrf, db, migrate
    from app.web import logmask

    # 1. Settings: typed, from the environment; production refuses to start without its secrets.
    settings = Settings.from_env(env)
    clock.run_in_utc()
    app = Flask(
        __name__,
        instance_path=str(INSTANCE_DIR),
        template_folder="web/templates",
        static_folder="web/static",
        static_url_path="/static",
    )
    app.config.update(settings.flask_config())
    app.config.update(overrides or {})
    app.config["FAB_PASSWORD_COMPLEXITY_VALIDATOR"] = fab_password_validator
    INSTANCE_DIR.mkdir(exist_ok=True)

    # 2. Logging that never writes personal identifiers.
    logmask.install(app.config["LOG_LEVEL"])
    if app.config["PROXY_FIX_HOPS"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXY_FIX_HOPS"], x_proto=1)

    # 3. Database (SQLite enforcing foreign keys, as PostgreSQL does), one transaction per request,
    #    migrations, CSRF on every state-changing form, the cache, the job queue.
    db.init_app(app)
    unit_of_work.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", _sqlite_connection)
            event.listen(db.engine, "begin", _sqlite_begin)
    migrate.init_app(app, db, directory=str(INSTANCE_DIR.parent / "migrations"))
    csrf.init_app(app)
    cache.init_app(app)
    jobs.init_app(app)

    # 4. Plugins are imported first (a broken one stops startup here) so their catalogs are known.
    enabled = plugins.discover(app)

    with app.app_context():
        # 5. A fresh AppBuilder for this app: security, languages, back office.
        appbuilder = AppBuilder(update_perms=False)
        appbuilder.init_app(app, db.session)

        # 6. Core areas, then plugins, each registering its own views.
        import importlib

        for area in AREAS:
            importlib.import_module(area).register(app, appbuilder)
        plugins.register_all(app, appbuilder, enabled)

    # 7. Operator commands.
    from app.cli import register_commands

    register_commands(app)
    return app
