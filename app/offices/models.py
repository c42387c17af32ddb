"""The office's service points (the Wrocław seat and its delegations) and their opening hours."""

from __future__ import annotations

from flask_appbuilder import Model
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.content.models import four_languages

WEEKDAYS = range(7)  # 0 = Monday, as in datetime.weekday()


class ServicePoint(four_languages("accessibility", Text, required=False), Model):
    __tablename__ = "service_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name_pl: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_ru: Mapped[str | None] = mapped_column(String(200))
    name_uk: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), nullable=False)
    postal_code: Mapped[str] = mapped_column(String(6), nullable=False)
    city: Mapped[str] = mapped_column(String(100), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="service_point", cascade="all, delete-orphan", order_by="OpeningHours.weekday"
    )

    def name_language(self, language: str) -> str:
        """The language the name is shown in: the reader's, or Polish when that version is missing."""
        return language if getattr(self, f"name_{language}", None) else "pl"

    def name(self, language: str) -> str:
        return getattr(self, f"name_{self.name_language(language)}")

    def __str__(self) -> str:
        return self.name_pl


class OpeningHours(Model):
    __tablename__ = "opening_hours"
    __table_args__ = (
        UniqueConstraint("service_point_id", "weekday", name="uq_opening_hours_day"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_opening_hours_weekday"),
        CheckConstraint("opens < closes", name="ck_opening_hours_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id", ondelete="CASCADE"), nullable=False)
    weekday: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    # "HH:MM" in office time (Europe/Warsaw); zero-padded, so text order is time order
    opens: Mapped[str] = mapped_column(String(5), nullable=False)
    closes: Mapped[str] = mapped_column(String(5), nullable=False)

    service_point: Mapped[ServicePoint] = relationship(back_populates="hours")

    def __str__(self) -> str:
        return f"{self.weekday}: {self.opens}–{self.closes}"
