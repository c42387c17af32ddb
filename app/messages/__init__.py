"""Messages: one thread per case between the applicant and the office, with canned texts for the
clerks, read receipts, and replies with attached files."""

from flask import Blueprint


def register(app, appbuilder) -> None:
    from app.messages import models  # noqa: F401  (the threads' tables)

    app.register_blueprint(Blueprint("messages", __name__, template_folder="templates"))
