"""Annexes another party fills in: the applicant invites the employer (by e-mail or by handing
over a code), the employer fills the annex in their own account and submits it, and only then
can the application be submitted. Each side reaches only its own answers; what they share is
the annex's state and the references of what was submitted."""

from __future__ import annotations

import re
import secrets
from typing import Any

from sqlalchemy import select

from app import signals
from app.accounts.models import AccountType
from app.accounts.services import normalise_email
from app.clock import utcnow
from app.extensions import db
from app.forms import services
from app.forms.draft_quota import make_room
from app.forms.models import Annex, Draft, Submission

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud and typed without doubt
CODE_LENGTH = 12
OPEN = (Annex.closed_at.is_(None),)


def format_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(typed: str) -> str:
    return re.sub(r"[\s\-]", "", typed or "").upper()[:40]


def required(definition: dict) -> list[str]:
    return list(definition.get("annexes", []))


def of_application(draft: Draft) -> dict[str, Annex | None]:
    """For each annex the application needs: the open invitation, or None."""
    found = db.session.scalars(select(Annex).where(Annex.application_draft_id == draft.id, *OPEN))
    by_code = {annex.code: annex for annex in found}
    return {code: by_code.get(code) for code in required(draft.definition.data)}


def of_submission(submission: Submission) -> list[Annex]:
    query = select(Annex).where(Annex.application_submission_id == submission.id).order_by(Annex.code)
    return list(db.session.scalars(query))


def missing(draft: Draft) -> list[str]:
    """The annexes not yet submitted by the employer: the application waits for them."""
    return [code for code, annex in of_application(draft).items() if annex is None or annex.state != "completed"]


def invite(applicant: Any, draft: Draft, code: str, email: str | None) -> Annex | None:
    """A new invitation for one of the draft's annexes (None when the form has no such annex,
    its definition is not published, or an invitation is already open)."""
    if draft.owner_id != applicant.id or code not in required(draft.definition.data):
        return None
    if services.current(code) is None or of_application(draft).get(code) is not None:
        return None
    annex = Annex(
        code=code,
        invite_code=_new_code(),
        invited_email=email or None,
        applicant_id=applicant.id,
        application_draft_id=draft.id,
    )
    db.session.add(annex)
    db.session.flush()
    # the invitation e-mail is a notification: whoever listens to the event writes it
    signals.annex_invited.send(signals.AnnexInvited(annex.id, draft.id, applicant.id, by_email=bool(email)))
    return annex


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Annex.id).where(Annex.invite_code == code)) is None:
            return code


def withdraw(applicant: Any, annex: Annex) -> bool:
    """The applicant cancels an invitation (a wrong address, another employer): an employer's
    unfinished annex goes with it; a submitted one stays with the employer, marked withdrawn."""
    if annex.applicant_id != applicant.id or annex.closed_at is not None or annex.application_submission_id:
        return False
    _close(annex, "applicant")
    db.session.flush()
    return True


def _close(annex: Annex, by: str) -> None:
    if annex.draft_id is not None:
        draft = db.session.get(Draft, annex.draft_id)
        annex.draft_id = None
        if draft is not None:
            db.session.delete(draft)
    annex.closed_at = utcnow()
    annex.closed_by = by


def pending_for(employer: Any) -> list[Annex]:
    """Invitations sent to the employer's e-mail address that nobody has taken yet."""
    query = (
        select(Annex)
        .where(Annex.invited_email == normalise_email(employer.email), Annex.employer_id.is_(None), *OPEN)
        .order_by(Annex.created_at.desc())
    )
    return list(db.session.scalars(query))


def of_employer(employer: Any) -> list[Annex]:
    query = select(Annex).where(Annex.employer_id == employer.id).order_by(Annex.created_at.desc())
    return list(db.session.scalars(query))


def employer_annex(employer: Any, annex_id: int) -> Annex | None:
    """An annex this employer took, or an invitation sent to their address; None otherwise."""
    annex = db.session.get(Annex, annex_id)
    if annex is None:
        return None
    if annex.employer_id == employer.id:
        return annex
    if annex.employer_id is None and annex.closed_at is None and annex.invited_email == normalise_email(employer.email):
        return annex
    return None


def by_code(typed: str) -> Annex | None:
    code = normalise_code(typed)
    if len(code) != CODE_LENGTH:
        return None
    return db.session.scalar(select(Annex).where(Annex.invite_code == code, Annex.employer_id.is_(None), *OPEN))


def take(employer: Any, annex: Annex) -> Draft | None:
    """The employer takes the annex: a draft of its current version in the employer's account
    (raises TooManyDrafts at the account's limit)."""
    if employer.account_type != AccountType.EMPLOYER or annex.employer_id is not None or annex.closed_at:
        return None
    if annex.applicant_id == employer.id:
        return None
    definition = services.current(annex.code)
    if definition is None:
        return None
    make_room(employer.id)
    draft = Draft(owner_id=employer.id, definition_id=definition.id, answers={}, acknowledged=[], section="")
    db.session.add(draft)
    db.session.flush()
    annex.employer_id = employer.id
    annex.draft_id = draft.id
    annex.accepted_at = utcnow()
    db.session.flush()
    return draft


def of_draft(draft: Draft) -> Annex | None:
    """The annex an employer's draft fills in, if it is one."""
    return db.session.scalar(select(Annex).where(Annex.draft_id == draft.id))


def annexes_by_draft(drafts: list[Draft]) -> dict[int, Annex]:
    ids = [d.id for d in drafts]
    if not ids:
        return {}
    found = db.session.scalars(select(Annex).where(Annex.draft_id.in_(ids)))
    return {annex.draft_id: annex for annex in found}


def annexes_by_submission(submissions: list[Submission]) -> dict[int, Annex]:
    ids = [s.id for s in submissions]
    if not ids:
        return {}
    found = db.session.scalars(select(Annex).where(Annex.submission_id.in_(ids)))
    return {annex.submission_id: annex for annex in found}


def submitted(draft: Draft, submission: Submission) -> None:
    """Within the submission's transaction: an annex records its submission; an application
    records itself on its annexes."""
    annex = of_draft(draft)
    if annex is not None:
        annex.draft_id = None
        annex.submission_id = submission.id
    for annex in db.session.scalars(select(Annex).where(Annex.application_draft_id == draft.id)):
        annex.application_draft_id = None
        if annex.closed_at is None:
            annex.application_submission_id = submission.id


def discarded(draft: Draft) -> None:
    """Before a draft is deleted: an application's open invitations are withdrawn; an
    employer's annex draft counts as declined."""
    annex = of_draft(draft)
    if annex is not None and annex.closed_at is None:
        annex.draft_id = None
        annex.closed_at, annex.closed_by = utcnow(), "employer"
    for annex in db.session.scalars(select(Annex).where(Annex.application_draft_id == draft.id, *OPEN)):
        _close(annex, "applicant")
        annex.application_draft_id = None
