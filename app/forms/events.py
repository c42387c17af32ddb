"""The forms area's events, built from a submission (see app/signals.py)."""

from __future__ import annotations

from app import signals
from app.forms.models import Submission


def submitted(submission: Submission, correction: bool) -> None:
    signals.application_submitted.send(
        signals.ApplicationSubmitted(
            submission_id=submission.id,
            reference=submission.reference,
            owner_id=submission.owner_id,
            form_code=submission.definition.code,
            submission_mode=submission.submission_mode,
            correction=correction,
        )
    )


def reached_office(submission: Submission, by_id: int | None = None, service_point_id: int | None = None) -> None:
    """The paper version accepted at the desk (by a clerk), or the application filed electronically."""
    event = signals.paper_accepted if by_id is not None else signals.application_filed
    event.send(
        signals.ApplicationReachedOffice(
            submission_id=submission.id,
            reference=submission.reference,
            owner_id=submission.owner_id,
            form_code=submission.definition.code,
            by_id=by_id,
            service_point_id=service_point_id,
        )
    )


def printout_ready(submission: Submission) -> None:
    signals.printout_ready.send(
        signals.PrintoutReady(
            submission_id=submission.id,
            reference=submission.reference,
            owner_id=submission.owner_id,
            form_code=submission.definition.code,
            submission_mode=submission.submission_mode,
        )
    )
