"""Managed content. Each row is the editors' working copy; readers see its last published
revision. Every save, publication and restoration is kept as a revision (who, when, what)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from flask_appbuilder import Model
from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.clock import utcnow
from app.content.translation import missing_languages
from config import LANGUAGE_CODES


class ContentRevision(Model):
    __tablename__ = "content_revision"
    __table_args__ = (Index("uq_content_revision_number", "content_type", "entity_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    content_type: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # saved, published, restored
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("ab_user.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)


class SeedRecord(Model):
    """What ``flask seed`` last wrote into a row: the hash of the seed entry it applied and of the
    row's seeded fields as written, so that a later run tells a changed seed from an editor's change
    (``kind`` and ``key`` name the row, e.g. ``legal-act`` / ``foreigners-act``)."""

    __tablename__ = "seed_record"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_seed_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    key: Mapped[str] = mapped_column(String(120), nullable=False)
    seed_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    row_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)


class Publishable:
    """Mixin for content that editors prepare and then publish."""

    content_type: ClassVar[str]
    translated_fields: ClassVar[tuple[str, ...]]

    @declared_attr
    def published_revision_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("content_revision.id", ondelete="SET NULL"), nullable=True)

    @property
    def missing_languages(self) -> str:
        return ", ".join(missing_languages(self, self.translated_fields)) or "—"


def four_languages(field: str, column_type: Callable[[], Any], required: bool = True, deferred: bool = False) -> type:
    """A mixin with ``<field>_pl`` … ``<field>_uk``; only Polish, the authoritative text, is required.
    ``deferred`` texts (long ones that lists and joins never show) are read, all four at once, when
    first asked for, not with every row."""

    def column(code: str):
        nullable = not (required and code == "pl")
        group = f"{field}_texts" if deferred else None
        return declared_attr(
            lambda cls: mapped_column(column_type(), nullable=nullable, deferred=deferred, deferred_group=group)
        )

    return type(f"FourLanguages_{field}", (), {f"{field}_{code}": column(code) for code in LANGUAGE_CODES})


TOPICS = {
    "residence": _l("Residence of foreigners"),
    "work": _l("Work of foreigners"),
    "procedure": _l("Administrative procedure"),
    "fees": _l("Fees"),
    "karta-polaka": _l("Karta Polaka"),
    "accessibility": _l("Digital accessibility"),
}
KINDS = {"act": _l("Act"), "regulation": _l("Regulation")}


class LegalAct(Publishable, Model):
    __tablename__ = "legal_act"
    content_type = "legal-act"
    translated_fields = ("title", "summary")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    topic: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    reference: Mapped[str] = mapped_column(String(80), default="", nullable=False)
    isap_url: Mapped[str] = mapped_column(String(500), nullable=False)
    checked_on: Mapped[dt.date | None] = mapped_column(Date)
    # nullable so that Flask-AppBuilder's forms do not demand a tick or a note
    verified: Mapped[bool | None] = mapped_column(Boolean, default=False)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    title_pl: Mapped[str] = mapped_column(String(400), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(400))
    title_ru: Mapped[str | None] = mapped_column(String(400))
    title_uk: Mapped[str | None] = mapped_column(String(400))
    summary_pl: Mapped[str] = mapped_column(Text, default="", nullable=False)
    summary_en: Mapped[str | None] = mapped_column(Text)
    summary_ru: Mapped[str | None] = mapped_column(Text)
    summary_uk: Mapped[str | None] = mapped_column(Text)

    def __str__(self) -> str:
        return self.title_pl


FAQ_TOPICS = {
    "filing": _l("Filing an application"),
    "visits": _l("Visits at the office"),
    "residence": _l("Residence"),
    "work": _l("Work"),
    "fees": _l("Fees"),
    "deadlines": _l("Deadlines"),
    "documents": _l("Documents and photos"),
    "formal-errors": _l("Common formal errors"),
    "portal": _l("This portal"),
}


class FaqEntry(Publishable, Model):
    """A question and its answer, by topic and, where it concerns one, by kind of case."""

    __tablename__ = "faq_entry"
    content_type = "faq"
    translated_fields = ("question", "answer")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    topic: Mapped[str] = mapped_column(String(32), nullable=False)
    case_type: Mapped[str | None] = mapped_column(String(8), default="")
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")
    question_pl: Mapped[str] = mapped_column(String(500), nullable=False)
    question_en: Mapped[str | None] = mapped_column(String(500))
    question_ru: Mapped[str | None] = mapped_column(String(500))
    question_uk: Mapped[str | None] = mapped_column(String(500))
    answer_pl: Mapped[str] = mapped_column(Text, nullable=False)
    answer_en: Mapped[str | None] = mapped_column(Text)
    answer_ru: Mapped[str | None] = mapped_column(Text)
    answer_uk: Mapped[str | None] = mapped_column(Text)

    def __str__(self) -> str:
        return self.question_pl


class TitleAndBody(Publishable):
    """A title and a Markdown text, each in four languages (pages and announcements)."""

    translated_fields = ("title", "body")

    title_pl: Mapped[str] = mapped_column(String(300), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(300))
    title_ru: Mapped[str | None] = mapped_column(String(300))
    title_uk: Mapped[str | None] = mapped_column(String(300))
    body_pl: Mapped[str] = mapped_column(Text, nullable=False)
    body_en: Mapped[str | None] = mapped_column(Text)
    body_ru: Mapped[str | None] = mapped_column(Text)
    body_uk: Mapped[str | None] = mapped_column(Text)

    def __str__(self) -> str:
        return self.title_pl


class Page(TitleAndBody, Model):
    """A page of text: about the panel, organisation, privacy notice, accessibility statement…
    (linked from every footer), or the text of a section such as the formal requirements' rules
    (slug ``formal-requirements``, shown on that section's page)."""

    __tablename__ = "content_page"
    content_type = "page"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    # nullable so that Flask-AppBuilder's forms do not demand a tick; only False leaves the footer
    in_footer: Mapped[bool | None] = mapped_column(Boolean, default=True)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")


class NewsItem(TitleAndBody, Model):
    """An announcement with the date it applies from, newest first on the portal."""

    __tablename__ = "news_item"
    content_type = "news"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    published_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    editor_note: Mapped[str | None] = mapped_column(Text, default="")
