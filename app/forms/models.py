"""Versions of the form definitions: every draft and submission keeps the version it was filled
with, so an application always renders as it was written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from flask_appbuilder import Model
from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.clock import utcnow

_READ: dict[str, dict[str, Any]] = {}  # questionnaires by digest, in this process
_KEEP = 64  # a dozen forms with a few versions each; more only while versions are being tried out


def digest_of(data: dict[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FormDefinition(Model):
    __tablename__ = "form_definition"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_form_definition_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(17), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # The questionnaire (up to about 150 kB of JSON) is not read with the row, nor with every draft,
    # submission or intake that joins its version: ``data`` reads it once per process and digest (a
    # version never changes), and the YAML is read only where it is shown.
    stored: Mapped[dict[str, Any]] = mapped_column("data", JSON, nullable=False, deferred=True)
    digest: Mapped[str] = mapped_column(String(64), nullable=False)  # of the JSON: see digest_of
    source: Mapped[str] = mapped_column(Text, nullable=False, deferred=True)  # the YAML as uploaded
    note: Mapped[str] = mapped_column(String(500), default="", nullable=False)  # what changed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @hybrid_property
    def data(self) -> dict[str, Any]:
        """The questionnaire, shared by every reader in the process: never change it in place."""
        found = _READ.get(self.digest)
        if found is None:
            if len(_READ) >= _KEEP:
                _READ.clear()
            found = _READ[self.digest] = self.stored
        return found

    @data.inplace.setter
    def _set_data(self, value: dict[str, Any]) -> None:
        self.stored = value
        self.digest = digest_of(value)

    @data.inplace.expression
    @classmethod
    def _data_column(cls):
        return cls.stored

    @property
    def title_pl(self) -> str:
        return self.data["title"]["pl"]

    @property
    def state(self) -> str:
        return "published" if self.published_at else "draft"

    def __str__(self) -> str:
        return f"{self.code} v{self.version}"


class Draft(Model):
    """An application being filled in: the answers as typed, with the version they belong to."""

    __tablename__ = "form_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("ab_user.id", ondelete="CASCADE"), nullable=False, index=True)
    definition_id: Mapped[int] = mapped_column(ForeignKey("form_definition.id", ondelete="RESTRICT"), nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    acknowledged: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)  # warnings seen and accepted
    section: Mapped[str] = mapped_column(String(40), default="", nullable=False)  # where the applicant stopped
    # a correction of a submitted application (submitting it replaces that application's answers)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("form_submission.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)

    definition: Mapped[FormDefinition] = relationship(lazy="joined")
    corrects: Mapped[Submission | None] = relationship("Submission", foreign_keys=[corrects_id])


class Submission(Model):
    """A submitted application: a frozen copy of the clean answers under its PIO number."""

    __tablename__ = "form_submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)  # PIO/2026/000123
    verification_code: Mapped[str] = mapped_column(String(16), nullable=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"), index=True)
    definition_id: Mapped[int] = mapped_column(ForeignKey("form_definition.id", ondelete="RESTRICT"), nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    acknowledged: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    # how it reaches the office, as the catalogue said when it was submitted: paper, electronic, external
    submission_mode: Mapped[str] = mapped_column(String(12), default="paper", server_default="paper", nullable=False)
    filed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # electronic filing: scans attached and sent
    typed_answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # as typed, to correct them
    corrected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    definition: Mapped[FormDefinition] = relationship(lazy="joined")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="submission", order_by="Attachment.id", cascade="all, delete-orphan"
    )


class SubmissionVersion(Model):
    """An earlier version of a corrected application, kept so the desk can say what differs
    between a printout of it and the application as it is now."""

    __tablename__ = "form_submission_version"
    __table_args__ = (UniqueConstraint("submission_id", "number", name="uq_form_submission_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("form_submission.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    definition_id: Mapped[int] = mapped_column(ForeignKey("form_definition.id", ondelete="RESTRICT"), nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    definition: Mapped[FormDefinition] = relationship(lazy="joined")


class Attachment(Model):
    """A scan attached to an electronically filed application. The file is kept outside the
    web root under a generated name; the name the applicant's file had is only shown."""

    __tablename__ = "form_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("form_submission.id", ondelete="CASCADE"), nullable=False, index=True
    )
    stored_name: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    original_name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(40), nullable=False)  # found from the content
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    submission: Mapped[Submission] = relationship(back_populates="attachments")


class ReferenceCounter(Model):
    """The last PIO number given in a year; taken with one atomic upsert, so parallel submissions
    never share a number."""

    __tablename__ = "reference_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class Intake(Model):
    """The paper version of a submission accepted at the desk: who, when and where (the case
    tracking opens the case from it)."""

    __tablename__ = "form_intake"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("form_submission.id", ondelete="RESTRICT"), unique=True, nullable=False
    )
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    clerk_name: Mapped[str] = mapped_column(String(200), nullable=False)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="RESTRICT"), nullable=False)
    # the scanned code was the submission's (True) or another's (False); None: the number was typed, so
    # nothing was compared (rows from before migration 0035 say True for a typed number too)
    hash_matched: Mapped[bool | None] = mapped_column(nullable=True)
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    submission: Mapped[Submission] = relationship(lazy="joined")


class Annex(Model):
    """A part of an application that another party fills in: the employer's annex to the
    temporary residence and work application. The applicant invites (by e-mail, or by handing
    over the code); the employer who enters the code fills the annex in their own account. Each
    side reaches only its own answers: the applicant sees the annex's state, the employer the
    application's."""

    __tablename__ = "form_annex"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(17), nullable=False)  # the annex's form, e.g. TRW-ANNEX
    invite_code: Mapped[str] = mapped_column(String(12), unique=True, nullable=False)
    invited_email: Mapped[str | None] = mapped_column(String(254), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("ab_user.id", ondelete="CASCADE"), nullable=False, index=True)
    application_draft_id: Mapped[int | None] = mapped_column(
        ForeignKey("form_draft.id", ondelete="SET NULL"), index=True
    )
    application_submission_id: Mapped[int | None] = mapped_column(
        ForeignKey("form_submission.id", ondelete="SET NULL"), index=True
    )
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"), index=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("form_draft.id", ondelete="SET NULL"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("form_submission.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(16))  # "applicant" (withdrawn) or "employer" (declined)

    applicant = relationship("PortalUser", foreign_keys=[applicant_id], lazy="joined")
    employer = relationship("PortalUser", foreign_keys=[employer_id], lazy="joined")
    submission: Mapped[Submission | None] = relationship(foreign_keys=[submission_id])
    application_submission: Mapped[Submission | None] = relationship(foreign_keys=[application_submission_id])

    @property
    def state(self) -> str:
        """invited → in-progress (an employer took it) → completed (submitted); or withdrawn by
        the applicant, declined by the employer."""
        if self.closed_at is not None:
            return "withdrawn" if self.closed_by == "applicant" else "declined"
        if self.submission_id is not None:
            return "completed"
        return "in-progress" if self.employer_id is not None else "invited"
