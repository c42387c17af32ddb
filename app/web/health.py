"""/health: the state of the database and of Redis, for load balancers and operators."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from app.extensions import db

bp = Blueprint("health", __name__)


def _database() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
        return {"ok": True}
    except Exception as error:  # reported, not raised: this endpoint describes failures
        db.session.rollback()
        return {"ok": False, "error": type(error).__name__}


def _redis() -> dict:
    connection = current_app.extensions.get("redis")
    if connection is None:
        return {"ok": True, "configured": False}
    try:
        connection.ping()
        return {"ok": True, "configured": True}
    except Exception as error:
        return {"ok": False, "configured": True, "error": type(error).__name__}


@bp.route("/health")
def health():
    checks = {"database": _database(), "redis": _redis()}
    healthy = all(check["ok"] for check in checks.values())
    return jsonify(status="ok" if healthy else "failing", **checks), (200 if healthy else 503)
