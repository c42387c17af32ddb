"""A submitted application made directly, for pages that follow a submission."""

from __future__ import annotations

import itertools

from app.extensions import db
from app.forms import services
from app.forms.models import Submission

_numbers = itertools.count(900001)


def electronic_submission(user, code: str = "KPL") -> int:
    """An application of ``user`` whose form is filed electronically, not yet filed; its id."""
    submission = Submission(
        reference=f"PIO/2026/{next(_numbers)}",
        verification_code="A1B2C3D4",
        owner_id=user.id,
        definition_id=services.current(code).id,
        answers={},
        content_hash="0" * 64,
        acknowledged=[],
        submission_mode="electronic",
    )
    db.session.add(submission)
    db.session.commit()
    return submission.id
