"""Error pages in the reader's language, without traces; JSON for API clients."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DataError
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError

log = logging.getLogger(__name__)

MESSAGES = {
    400: (_l("The request could not be read"), _l("Something in what was sent is not right. Go back and try again.")),
    401: (_l("Sign in needed"), _l("Sign in to see this page.")),
    403: (_l("No access"), _l("Your account does not give access to this page.")),
    404: (
        _l("Page not found"),
        _l("If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
    ),
    405: (_l("This action is not possible here"), _l("Go back and use the buttons on the page.")),
    413: (_l("Too much data"), _l("What was sent is too large. Shorten it or send smaller files.")),
    429: (
        _l("Too many attempts"),
        _l("For your safety we paused this for a while. Wait a few minutes and try again."),
    ),
    500: (
        _l("Sorry, there is a problem with the service"),
        _l("Try again later. What you saved before is not lost."),
    ),
}


class Refusal(BadRequest):
    """A 400 whose page says what was wrong with the request, in the reader's language."""

    def __init__(self, title, body) -> None:
        super().__init__()
        self.title, self.body = title, body


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def render_error(code: int, title=None, body=None):
    default_title, default_body = MESSAGES.get(code, MESSAGES[400 if code < 500 else 500])
    title, body = title or default_title, body or default_body
    if _wants_json():
        return jsonify(error=str(title), message=str(body), status=code), code
    return render_template("web/error.html", code=code, title=title, body=body), code


def handle_http(error: HTTPException):
    code = error.code or 500
    if isinstance(error, Refusal):
        return render_error(400, error.title, error.body)
    return render_error(code if code in MESSAGES else (400 if code < 500 else 500))


def handle_csrf(error: CSRFError):
    return render_error(
        400,
        _l("The form has expired"),
        _l("For your safety, forms stop working after a while. Go back, reload the page and send it again."),
    )


def handle_bad_data(error: DataError | OverflowError):
    """The database (or its driver) refused a value from the request, such as an id out of range."""
    from app.extensions import db

    db.session.rollback()
    log.info("database refused request data on %s %s: %s", request.method, request.path, type(error).__name__)
    return render_error(400)


def handle_unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return handle_http(error)
    log.exception("unhandled error on %s %s", request.method, request.path)
    return render_error(500)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(DataError, handle_bad_data)
    app.register_error_handler(OverflowError, handle_bad_data)
    app.register_error_handler(InternalServerError, handle_unexpected)
    app.register_error_handler(Exception, handle_unexpected)
