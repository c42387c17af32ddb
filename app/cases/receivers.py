"""What case work does when something happens in another area: an application that reaches the
office (paper accepted at the desk, or filed electronically) opens its case, in the same
transaction."""

from __future__ import annotations

from flask import Flask

from app import signals
from app.accounts.models import PortalUser
from app.cases import tracking
from app.extensions import db
from app.forms.models import Submission


def open_case_for(app: Flask, reached: signals.ApplicationReachedOffice) -> None:
    submission = db.session.get(Submission, reached.submission_id)
    by = db.session.get(PortalUser, reached.by_id) if reached.by_id is not None else None
    tracking.open_case(submission, by=by, service_point_id=reached.service_point_id)


def connect(app: Flask) -> None:
    signals.paper_accepted.connect(open_case_for, app)
    signals.application_filed.connect(open_case_for, app)
