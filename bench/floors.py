"""The two floors the portal's pages are measured against, served the same way (gunicorn, 2 sync
workers): a bare Flask page, and the index page of a bare Flask-AppBuilder app (its own SQLite file,
its default security, no views of ours) — what the framework itself costs per request.

    gunicorn 'bench.floors:bare_flask()'     gunicorn 'bench.floors:bare_fab()'
"""

from __future__ import annotations

import os
import tempfile

from flask import Flask

PAGE = "<!DOCTYPE html><html lang='en'><head><title>Floor</title></head><body><p>Hello</p></body></html>"


def bare_flask() -> Flask:
    app = Flask("floor")

    @app.route("/")
    def index():
        return PAGE

    return app


def bare_fab() -> Flask:
    from flask_appbuilder import AppBuilder
    from flask_appbuilder.utils.legacy import get_sqla_class

    folder = os.environ.get("FLOOR_DIR") or tempfile.mkdtemp(prefix="fab-floor-")
    app = Flask("fab-floor")
    app.config.update(
        SECRET_KEY="bench-floor-only",
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{folder}/fab.db",
        SQLALCHEMY_TRACK_MODIFICATIONS=False,
        WTF_CSRF_ENABLED=True,
    )
    db = get_sqla_class()(app)
    with app.app_context():
        AppBuilder(app, db.session)
    return app
