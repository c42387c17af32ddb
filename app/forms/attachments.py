"""Scans attached to an electronically filed application: PDF, JPEG or PNG, told by their content
(never by the file's name), within size and count limits, kept outside the web root under
generated names. Filing freezes them and issues a certificate of filing."""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import secrets
import unicodedata
from pathlib import Path

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from pikepdf import PdfError
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from app.clock import utcnow
from app.extensions import db
from app.forms import events, scan_checks
from app.forms.models import Attachment, Submission
from app.forms.printout import keep
from app.jobs import enqueue
from app.unit_of_work import after_commit

SIGNATURES = {b"%PDF-": "application/pdf", b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
log = logging.getLogger(__name__)
Image.MAX_IMAGE_PIXELS = scan_checks.MAX_PIXELS  # Pillow refuses twice this on opening, scan_checks anything over it


class Refused(ValueError):
    """Why a file was not accepted, in words for the applicant."""


def folder() -> Path:
    path = Path(current_app.config["ATTACHMENT_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def media_type(data: bytes) -> str | None:
    """PDF, JPEG or PNG by the first bytes, confirmed by opening the whole file; raises Refused
    for what the file carries that the office cannot accept (scan_checks.py). A file its readers
    fail on, however they fail, is not a file of these kinds."""
    kind = next((kind for magic, kind in SIGNATURES.items() if data.startswith(magic)), None)
    if kind is None:
        return None
    try:
        readable = _pdf_readable(data) if kind == "application/pdf" else _image_readable(data)
    except scan_checks.Unsafe as unsafe:
        raise Refused(unsafe.message) from None
    except Image.DecompressionBombError:
        raise Refused(scan_checks.TOO_MANY_PIXELS) from None
    except Refused:
        raise
    except (scan_checks.Damaged, PyPdfError, PdfError, UnidentifiedImageError, OSError, ValueError):
        return None
    except Exception as error:  # a malformed file breaks a reader in ways of its own (pypdf, Pillow)
        log.info("An attached file could not be read: %s: %s", type(error).__name__, error)
        return None
    return kind if readable else None


def _pdf_readable(data: bytes) -> bool:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise Refused(_l("The PDF is protected with a password. Save it without the password and attach it again."))
    if len(reader.pages) == 0:
        return False
    scan_checks.check_pdf(data)
    return True


def _image_readable(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as image:
        scan_checks.check_image_size(*image.size)
        image.verify()
    return True


def may_attach(submission: Submission) -> bool:
    return submission.submission_mode == "electronic" and submission.filed_at is None


def add(submission: Submission, name: str, data: bytes, description: str) -> Attachment:
    """Keep one scan (raises Refused with the reason)."""
    config = current_app.config
    if not may_attach(submission):
        raise Refused(_l("This application is already filed: its attachments cannot change."))
    if len(submission.attachments) >= config["ATTACHMENT_MAX_COUNT"]:
        limit = config["ATTACHMENT_MAX_COUNT"]
        raise Refused(
            lazy_ngettext(
                "An application can carry at most %(num)d file. Join pages of one document into one PDF.",
                "An application can carry at most %(num)d files. Join pages of one document into one PDF.",
                limit,
            )
        )
    if not data:
        raise Refused(_l("The selected file is empty."))
    if len(data) > config["ATTACHMENT_MAX_BYTES"]:
        raise Refused(_l("The file must be smaller than %(size)s MB.", size=_megabytes(config["ATTACHMENT_MAX_BYTES"])))
    kind = media_type(data)
    if kind is None:
        raise Refused(
            _l("The file must be a PDF, JPG or PNG. Scan the document again or save it in one of these formats.")
        )
    stored_name = secrets.token_hex(16) + EXTENSIONS[kind]
    keep(folder() / stored_name, data)
    attachment = Attachment(
        submission_id=submission.id,
        stored_name=stored_name,
        original_name=display_name(name),
        description=description.strip()[:200],
        media_type=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    submission.attachments.append(attachment)
    db.session.flush()
    return attachment


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:g}"


def display_name(name: str) -> str:
    """The file's own name as shown back (no path, no control characters); never used on disk."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    clean = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    return clean.strip()[:200] or "—"


def download_name(attachment: Attachment) -> str:
    """The applicant's name for the file, with the extension its content has."""
    stem = Path(attachment.original_name).stem or "plik"
    return stem + EXTENSIONS[attachment.media_type]


def path_of(attachment: Attachment) -> Path:
    return folder() / attachment.stored_name


def remove(submission: Submission, attachment: Attachment) -> None:
    if not may_attach(submission):
        raise Refused(_l("This application is already filed: its attachments cannot change."))
    submission.attachments.remove(attachment)
    db.session.flush()
    after_commit(functools.partial(path_of(attachment).unlink, missing_ok=True))  # kept if the removal rolls back


def file(submission: Submission) -> None:
    """Send the application with its scans (its case opens on the event): nothing changes after
    this; the certificate of filing is rendered by a job."""
    from app.forms.certificate import render_and_store

    if not may_attach(submission):
        raise Refused(_l("This application is already filed."))
    if not submission.attachments:
        raise Refused(_l("Attach at least one scan before filing: the documents the application needs."))
    submission.filed_at = utcnow()
    events.reached_office(submission)
    enqueue(render_and_store, submission.id)
