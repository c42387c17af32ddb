"""How many drafts one account may keep (``DRAFT_MAX_COUNT``): new applications, corrections and
annexes taken alike. At the limit a new one is refused with what to do: delete a draft no longer
needed."""

from __future__ import annotations

from flask import current_app
from flask_babel import lazy_ngettext
from sqlalchemy import func, select

from app.extensions import db
from app.forms.models import Draft


class TooManyDrafts(Exception):
    """The account keeps as many drafts as it may; ``message`` says what to do."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} drafts")
        self.message = lazy_ngettext(
            "You already have %(num)d application in progress, the most one account can keep. "
            "Delete a draft you no longer need in My applications, then start again.",
            "You already have %(num)d applications in progress, the most one account can keep. "
            "Delete a draft you no longer need in My applications, then start again.",
            limit,
        )


def make_room(owner_id: int) -> None:
    """Raise TooManyDrafts when the owner may not start another draft."""
    limit = current_app.config["DRAFT_MAX_COUNT"]
    count = db.session.scalar(select(func.count()).select_from(Draft).where(Draft.owner_id == owner_id))
    if count >= limit:
        raise TooManyDrafts(limit)
