"""The scans filed with a case's application, for the office: staff open them from the case page
and the case-management system through the API, each opening written to the case's access log by
the caller. Only a filed application's scans: they are frozen with the filing."""

from __future__ import annotations

from pathlib import Path

from app.cases.models import Case
from app.extensions import db
from app.forms import attachments
from app.forms.models import Attachment, Submission


def of(case: Case) -> list[Attachment]:
    submission = db.session.get(Submission, case.submission_id)
    if submission is None or submission.filed_at is None:
        return []
    return sorted(submission.attachments, key=lambda scan: scan.id)


def of_case(case: Case, scan_id: int) -> Attachment | None:
    """The case's scan with this id whose file is kept, or None (another application's scan is as
    good as missing)."""
    found = next((scan for scan in of(case) if scan.id == scan_id), None)
    return found if found is not None and path_of(found).is_file() else None


def path_of(scan: Attachment) -> Path:
    return attachments.path_of(scan)


def download_name(scan: Attachment) -> str:
    return attachments.download_name(scan)
