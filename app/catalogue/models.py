"""The case-type catalogue: kinds of cases, their procedure steps, formal requirements, application
forms and the ordered statuses an applicant sees. Editors keep the texts (published like all
content); case tracking uses the same rows as its single source of status types."""

from __future__ import annotations

import enum
import functools

from flask_appbuilder import Model
from flask_babel import lazy_gettext as _l
from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.content.models import Publishable, four_languages

FILERS = {
    "foreigner": _l("Foreigner"),
    "employer": _l("Employer"),
    "inviting-person": _l("Inviting person"),
}
DEADLINE_STARTS = {
    "filing": _l("counted from the filing of a complete application"),
    "appearance-and-completeness": _l(
        "counted from the latest of: your personal appearance, a complete application and the last documents filed"
    ),
}
REQUIREMENT_KINDS = {
    "document": _l("Documents to attach"),
    "fee": _l("Fees"),
    "photo": _l("Photos"),
    "appearance": _l("Personal appearance"),
    "deadline": _l("Deadlines"),
}
SUBMISSION_MODES = {
    "paper": _l("On paper: fill in, print, sign and bring"),
    "electronic": _l("Electronically in this portal, with scans"),
    "external": _l("In a national electronic system"),
}

Short = functools.partial(String, 300)


class CaseType(
    Publishable,
    four_languages("name", Short),
    four_languages("summary", Text, deferred=True),
    four_languages("description", Text, deferred=True),
    Model,
):
    """A kind of case, e.g. temporary residence (code TRP, the code of its application form)."""

    __tablename__ = "case_type"
    content_type = "case-type"
    translated_fields = ("name", "summary", "description")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True, nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    filed_by: Mapped[str] = mapped_column(String(20), nullable=False)
    # nullable so that Flask-AppBuilder's forms do not demand a tick; None reads as False
    proxy_allowed: Mapped[bool | None] = mapped_column(Boolean, default=True)
    legal_basis: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    decision_days: Mapped[int | None] = mapped_column(Integer)
    deadline_start: Mapped[str | None] = mapped_column(String(40))
    editor_note: Mapped[str | None] = mapped_column(Text, default="")

    steps: Mapped[list[CaseStep]] = relationship(
        back_populates="case_type", cascade="all, delete-orphan", order_by="CaseStep.position"
    )
    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="case_type", cascade="all, delete-orphan", order_by="Requirement.position"
    )
    status_order: Mapped[list[CaseTypeStatus]] = relationship(
        back_populates="case_type", cascade="all, delete-orphan", order_by="CaseTypeStatus.position"
    )

    def published_structure(self) -> dict:
        """The order of statuses goes out with the kind of case: readers see a changed order once
        the kind of case is published again."""
        return {
            "status_order": [
                [line.status_id, line.step_id, line.position]
                for line in sorted(self.status_order, key=lambda line: (line.position, line.id or 0))
            ]
        }

    def __str__(self) -> str:
        return f"{self.code} – {self.name_pl}"


class CaseStep(Publishable, four_languages("title", Short), four_languages("description", Text, deferred=True), Model):
    """One step of a kind of case's procedure, as explained to applicants."""

    __tablename__ = "case_step"
    content_type = "case-step"
    translated_fields = ("title", "description")

    id: Mapped[int] = mapped_column(primary_key=True)
    case_type_id: Mapped[int] = mapped_column(ForeignKey("case_type.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    case_type: Mapped[CaseType] = relationship(back_populates="steps", lazy="joined")

    def __str__(self) -> str:
        return f"{self.case_type.code} {self.position}. {self.title_pl}"


class StatusCode(enum.StrEnum):
    """The statuses the rules of case work name; every other status is the catalogue's data."""

    FILED = "filed"  # a new case starts here
    DEFICIENCY_REQUEST = "deficiency-request"  # the office asked for missing documents
    FEE_REQUEST = "fee-request"  # the office asked for the fee


REQUEST_STATUSES = (StatusCode.DEFICIENCY_REQUEST, StatusCode.FEE_REQUEST)  # the office waits for the applicant


class CaseStatus(
    Publishable,
    four_languages("name", Short),
    four_languages("explanation", Text, deferred=True),
    four_languages("action", Text, required=False, deferred=True),
    Model,
):
    """A status type (e.g. "formal-check"); each kind of case orders the ones it uses."""

    __tablename__ = "case_status"
    content_type = "case-status"
    translated_fields = ("name", "explanation", "action")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    # nullable so that Flask-AppBuilder's forms do not demand a tick; None reads as False
    visible: Mapped[bool | None] = mapped_column(Boolean, default=True)
    notify: Mapped[bool | None] = mapped_column(Boolean, default=False)
    final: Mapped[bool | None] = mapped_column(Boolean, default=False)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")

    def __str__(self) -> str:
        return f"{self.name_pl} ({self.code})"


class CaseTypeStatus(Model):
    """The place of a status in a kind of case's ordered list, and the step it belongs to."""

    __tablename__ = "case_type_status"
    __table_args__ = (UniqueConstraint("case_type_id", "status_id", name="uq_case_type_status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_type_id: Mapped[int] = mapped_column(ForeignKey("case_type.id", ondelete="CASCADE"), nullable=False)
    status_id: Mapped[int] = mapped_column(ForeignKey("case_status.id", ondelete="RESTRICT"), nullable=False)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("case_step.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, nullable=False)

    case_type: Mapped[CaseType] = relationship(back_populates="status_order", lazy="joined")
    status: Mapped[CaseStatus] = relationship(lazy="joined")
    step: Mapped[CaseStep | None] = relationship(lazy="joined")

    def __str__(self) -> str:
        return f"{self.case_type.code} {self.position}. {self.status.code}"


class Requirement(Publishable, four_languages("title", Short), four_languages("details", Text, deferred=True), Model):
    """A formal requirement of a kind of case: a document, a fee, photos, appearance or a deadline."""

    __tablename__ = "case_requirement"
    content_type = "requirement"
    translated_fields = ("title", "details")

    id: Mapped[int] = mapped_column(primary_key=True)
    case_type_id: Mapped[int] = mapped_column(ForeignKey("case_type.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    amount: Mapped[str | None] = mapped_column(String(60), default="")
    recipient: Mapped[str | None] = mapped_column(String(200), default="")
    account: Mapped[str | None] = mapped_column(String(64), default="")
    editor_note: Mapped[str | None] = mapped_column(Text, default="")
    case_type: Mapped[CaseType] = relationship(back_populates="requirements", lazy="joined")

    def __str__(self) -> str:
        return f"{self.case_type.code}: {self.title_pl}"


class ApplicationForm(
    Publishable, four_languages("title", Short), four_languages("instructions", Text, deferred=True), Model
):
    """An application form of the catalogue, with how it is submitted and how to fill it in."""

    __tablename__ = "application_form"
    content_type = "form"
    translated_fields = ("title", "instructions")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True, nullable=False)
    case_type_id: Mapped[int] = mapped_column(ForeignKey("case_type.id", ondelete="RESTRICT"), nullable=False)
    submission_mode: Mapped[str] = mapped_column(String(16), nullable=False)
    external_url: Mapped[str | None] = mapped_column(String(500), default="")
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")
    case_type: Mapped[CaseType] = relationship(lazy="joined")

    def __str__(self) -> str:
        return f"{self.code} – {self.title_pl}"
