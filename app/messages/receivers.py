"""What the thread does when something happens in case work: a request to complete or pay is a
message of the thread as well, in the same transaction."""

from __future__ import annotations

from flask import Flask

from app import signals
from app.accounts.models import PortalUser
from app.cases.models import Case, CaseRequest
from app.extensions import db
from app.messages import services


def request_in_thread(app: Flask, change: signals.CaseRequestChange) -> None:
    case = db.session.get(Case, change.case_id)
    request = db.session.get(CaseRequest, change.request_id)
    if case is None or request is None or case.applicant_id is None:
        return
    by = db.session.get(PortalUser, change.by_id) if change.by_id is not None else None
    services.post_request(case, request, by, change.email, change.sms)


def connect(app: Flask) -> None:
    signals.case_request_made.connect(request_in_thread, app)
