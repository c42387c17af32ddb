"""The certificate of filing of an electronically filed application: what was filed, when, under
which PIO number, with which scans (each with its SHA-256, so a file can be matched later).
Rendered once by a job and kept beside the printouts."""

from __future__ import annotations

from pathlib import Path

from flask import render_template
from flask_babel import force_locale

from app.forms.models import Submission
from app.forms.printout import font_uris, keep, pdf, qr_image, storage_path

KIND = "certificate"


def stored(submission: Submission) -> Path | None:
    path = storage_path(submission, KIND)
    return path if submission.filed_at is not None and path.exists() else None


def render_and_store(submission_id: int) -> None:
    """Job: render the certificate of a filed application once."""
    from app.extensions import db

    submission = db.session.get(Submission, submission_id)
    if submission is None or submission.filed_at is None or stored(submission):
        return
    keep(storage_path(submission, KIND), render(submission))


def render(submission: Submission) -> bytes:
    from app.accounts.models import PortalUser
    from app.extensions import db

    owner = db.session.get(PortalUser, submission.owner_id) if submission.owner_id else None
    with force_locale("pl"):
        html = render_template(
            "forms/certificate.html",
            submission=submission,
            owner=owner,
            title=submission.definition.data["title"]["pl"],
            qr=qr_image(submission),
            fonts=font_uris(),
        )
    return pdf(html, f"the certificate of {submission.reference}")
