"""Keeping form definitions: a new version from YAML, publication, and the version applicants
fill in now."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.clock import utcnow
from app.extensions import db
from app.forms.definitions import load_text
from app.forms.models import FormDefinition


def add_version(text: str, source: str, author: Any = None, note: str = "") -> FormDefinition:
    """Check the definition (raises DefinitionError naming ``source``) and keep it as the next,
    not yet published, version of its form."""
    data = load_text(text, source)
    last = db.session.scalar(select(func.max(FormDefinition.version)).where(FormDefinition.code == data["code"]))
    definition = FormDefinition(
        code=data["code"],
        version=(last or 0) + 1,
        data=data,
        source=text,
        note=note[:500],
        author_id=getattr(author, "id", None),
    )
    db.session.add(definition)
    db.session.flush()
    return definition


def publish(definition: FormDefinition) -> None:
    """From now on new applications use this version; drafts keep the version they started with."""
    definition.published_at = utcnow()
    db.session.flush()


def current(code: str) -> FormDefinition | None:
    """The newest published version of a form."""
    return db.session.scalar(
        select(FormDefinition)
        .where(FormDefinition.code == code, FormDefinition.published_at.isnot(None))
        .order_by(FormDefinition.version.desc())
        .limit(1)
    )


def published_codes() -> list[str]:
    return list(
        db.session.scalars(
            select(FormDefinition.code)
            .where(FormDefinition.published_at.isnot(None))
            .distinct()
            .order_by(FormDefinition.code)
        )
    )
