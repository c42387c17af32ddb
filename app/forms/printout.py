"""The printout of a submitted application: the official form's sections in Polish, Latin
capitals where the form needs them, NIE DOTYCZY in every empty field, page numbers, the PIO
number and a QR code carrying the number and the hash of the frozen answers.

Rendered by a job (xhtml2pdf, with the DejaVu fonts shipped in app/forms/fonts for Polish and
Cyrillic) and kept outside the web root; an unchanged application is served from storage.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno
from flask import current_app, render_template
from flask_babel import force_locale
from xhtml2pdf import pisa

from app.forms.fields import field_type
from app.forms.models import Submission
from app.web.encoding import sendable

FONTS = Path(__file__).parent / "fonts"
NOT_APPLICABLE = "NIE DOTYCZY"
QR_PREFIX = "PRZYBYSZ"


def qr_payload(submission: Submission) -> str:
    """What the QR code carries and the desk scanner types: prefix, PIO number, content hash."""
    return f"{QR_PREFIX}|{submission.reference}|{submission.content_hash}"


def storage_path(submission: Submission, kind: str = "") -> Path:
    """Where a PDF of the submission is kept (``kind`` tells the printout from other PDFs)."""
    folder = Path(current_app.config["PRINTOUT_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    # the name carries the content hash: changed answers never reuse an old file
    return folder / f"{submission.id}-{submission.content_hash[:32]}{'-' + kind if kind else ''}.pdf"


def keep(path: Path, data: bytes) -> None:
    """Write under a temporary name, then move: a reader never sees half a file."""
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def stored(submission: Submission) -> Path | None:
    path = storage_path(submission)
    return path if path.exists() else None


def render_and_store(submission_id: int) -> None:
    """Job: render the printout once and keep it (written to a temporary name, then moved)."""
    from app.extensions import db

    submission = db.session.get(Submission, submission_id)
    if submission is None or stored(submission):
        return
    keep(storage_path(submission), render(submission))


def prepare(submission_id: int) -> None:
    """Job after a submission or a correction: render and keep the printout, then send
    ``printout-ready`` (in the job's transaction) if this run stored it."""
    from app.extensions import db
    from app.forms import events

    submission = db.session.get(Submission, submission_id)
    if submission is None or stored(submission):
        return
    keep(storage_path(submission), render(submission))
    events.printout_ready(submission)


def render(submission: Submission, specimen: bool = False) -> bytes:
    """The PDF; ``specimen`` for an administrator's preview of a definition (no application)."""
    with force_locale("pl"):
        html = render_template(
            "forms/printout.html",
            submission=submission,
            specimen=specimen,
            title=submission.definition.data["title"]["pl"],
            sections=printed_sections(submission.definition.data, submission.answers),
            qr=qr_image(submission),
            fonts=font_uris(),
        )
    return pdf(html, f"the printout of {submission.reference}")


def qr_image(submission: Submission) -> str:
    return segno.make(qr_payload(submission), error="m").png_data_uri(scale=4, border=2)


def font_uris() -> dict[str, str]:
    return {"regular": (FONTS / "DejaVuSans.ttf").as_uri(), "bold": (FONTS / "DejaVuSans-Bold.ttf").as_uri()}


def pdf(html: str, what: str) -> bytes:
    out = io.BytesIO()
    result = pisa.CreatePDF(sendable(html), dest=out, encoding="utf-8", link_callback=_only_our_fonts)
    if result.err:
        raise RuntimeError(f"{what} could not be rendered")
    return out.getvalue()


def _only_our_fonts(uri: str, _relative: str) -> str:
    """Resources the printout may load: the shipped fonts and inline images, nothing else."""
    if uri.startswith("data:"):
        return uri
    path = Path(uri.removeprefix("file://")).resolve()
    if path.parent != FONTS.resolve():
        raise ValueError(f"resource not allowed in a printout: {uri}")
    return str(path)


@dataclass
class PrintedField:
    label: str
    value: str | list[list[PrintedField]]


@dataclass
class PrintedSection:
    title: str
    fields: list[PrintedField]


def printed_sections(definition: dict, answers: dict) -> list[PrintedSection]:
    return [
        PrintedSection(section["title"]["pl"], _fields(section["fields"], answers.get(section["key"], {})))
        for section in definition["sections"]
    ]


def _fields(fields: list[dict], values: dict) -> list[PrintedField]:
    return [PrintedField(spec["label"]["pl"], printed_value(spec, values.get(spec["key"]))) for spec in fields]


def printed_value(spec: dict, value: Any) -> str | list[list[PrintedField]]:
    """A clean value as the Polish form writes it; a group's, as each item's fields."""
    if value in (None, "", []):
        return NOT_APPLICABLE
    printed = field_type(spec["type"]).print(value, spec, lambda item: _fields(spec["fields"], item))
    # Latin capitals are for a field's own text; a group's items have their own fields
    return printed.upper() if spec.get("latin") and isinstance(printed, str) else printed


def specimen(definition) -> bytes:
    """The printout of a definition with nothing filled in, as administrators preview it."""
    blank = Submission(
        reference="WZÓR",
        verification_code="—",
        definition_id=definition.id,
        answers={},
        content_hash="0" * 64,
        submitted_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    blank.definition = definition
    return render(blank, specimen=True)
