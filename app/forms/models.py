"""Versions of the form definitions: every draft and submission keeps the version it was filled
with, so an application always renders as it was written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_appbuilder import Model
from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.accounts.models import utcnow


class FormDefinition(Model):
    __tablename__ = "form_definition"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_form_definition_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(17), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)  # the YAML as uploaded, shown to administrators
    note: Mapped[str] = mapped_column(String(500), default="", nullable=False)  # what changed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @property
    def title_pl(self) -> str:
        return self.data["title"]["pl"]

    @property
    def state(self) -> str:
        return "published" if self.published_at else "draft"

    def __str__(self) -> str:
        return f"{self.code} v{self.version}"
