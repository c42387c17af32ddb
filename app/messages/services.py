"""The rules of a case's thread: the office writes (a message, information, or a request to
complete or pay), the applicant replies (with files, under the rules of an application's scans),
each side's first reading is recorded, and every message is a line of the case's history. An
employer who filed an annex of the case's application has a thread of their own with the office
(``annex``: the messages of that annex; ``None`` is the applicant's thread, see employers.py).
Services flush and never commit; each message sends ``message_posted``, each first reading of an
office's message by the applicant ``message_read``."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import signals
from app.accounts import reach
from app.cases import tracking
from app.cases.models import Case, CaseEvent, CaseRequest
from app.clock import utcnow
from app.extensions import db
from app.forms import attachments as scans
from app.forms.models import Annex
from app.forms.printout import keep
from app.messages.canned import fill
from app.messages.employers import employer_name
from app.messages.models import CannedText, Message, MessageAttachment

CLOSED_REPLY_DAYS = 30  # after the decision: its delivery, collecting the card; past the 14 days for an appeal
OFFICE_KINDS = ("message", "information")  # what a clerk writes here; a request is written as the case's request
MAX_BODY = 4000


class Refused(ValueError):
    """Why a message was not sent, in words for its writer; nothing was changed."""


def in_thread(annex: Annex | None):
    """The condition on a message of the applicant's thread (None) or of an employer's annex."""
    return Message.annex_id.is_(None) if annex is None else Message.annex_id == annex.id


def thread(case: Case, annex: Annex | None = None) -> list[Message]:
    """The thread's messages, the oldest first (the newest last, as a conversation reads)."""
    query = select(Message).where(Message.case_id == case.id, in_thread(annex)).order_by(Message.id)
    return list(db.session.scalars(query.options(selectinload(Message.attachments))))


def recipient(case: Case, annex: Annex | None = None) -> Any:
    """Whom the office writes to in the thread: the applicant, or the annex's employer."""
    return case.applicant if annex is None else annex.employer


def author_name(user: Any) -> str:
    return f"{user.first_name} {user.last_name}".strip()[:200]


Channels = reach.Reach  # what the recipient's profile allows the office to tell them outside the portal


def channels(case: Case, annex: Annex | None = None) -> Channels:
    if annex is not None and annex.employer is not None:  # an employer's notices go to the company's address only
        return _employer_channels(annex.employer)
    return reach.of_applicant(case.applicant)


def _employer_channels(employer: Any) -> Channels:
    email_reason = None
    if not employer.notify_by_email:
        email_reason = _l("The employer does not want e-mails about messages (their profile).")
    elif not employer.email:
        email_reason = _l("The employer's account has no e-mail address.")
    return Channels(email_reason is None, email_reason, False, _l("An employer is told by e-mail only."))


def reader_language(case: Case, annex: Annex | None = None) -> str:
    applicant = recipient(case, annex)
    language = getattr(applicant, "preferred_language", None) or "pl"
    return language if language in current_app.config["LANGUAGES"] else "pl"


@dataclass(frozen=True)
class Draft:
    """What the clerk is about to send: the text the applicant will read and the Polish text."""

    kind: str
    body: str  # in ``language``
    body_pl: str
    language: str
    canned_key: str | None
    email: bool
    sms: bool


def draft(
    case: Case, kind: str, canned_key: str, free_text: str, email: bool, sms: bool, annex: Annex | None = None
) -> Draft:
    """The clerk's message as the applicant will read it (raises Refused with the reason): a
    canned text filled with the case's data in the applicant's language and in Polish, and the
    clerk's own words after it, as written."""
    if kind not in OFFICE_KINDS:
        raise Refused(_l("Choose what kind of message this is."))
    free_text = (free_text or "").strip()
    if len(free_text) > MAX_BODY:
        raise Refused(_l("A message has at most %(n)d characters.", n=MAX_BODY))
    canned = None
    if canned_key:
        canned = db.session.scalar(select(CannedText).where(CannedText.key == canned_key, CannedText.active))
        if canned is None:
            raise Refused(_l("This ready text is no longer offered. Choose another or write your own."))
    if canned is None and not free_text:
        raise Refused(_l("Write the message or choose a ready text."))
    allowed = channels(case, annex)
    if email and not allowed.email:
        raise Refused(allowed.email_reason)
    if sms and not allowed.sms:
        raise Refused(allowed.sms_reason)
    language = reader_language(case, annex)
    parts = [fill(canned, case, language)] if canned else []
    parts_pl = [fill(canned, case, "pl")] if canned else []
    body = "\n\n".join([*parts, free_text] if free_text else parts)
    body_pl = "\n\n".join([*parts_pl, free_text] if free_text else parts_pl)
    return Draft(kind, body, body_pl, language, canned_key or None, email, sms)


def post(case: Case, by: Any, ready: Draft, annex: Annex | None = None) -> Message:
    """Send the clerk's message to the thread (the applicant's, or the annex's employer's)."""
    if annex is None and case.applicant_id is None:
        raise Refused(_l("The case has no applicant's account."))
    if annex is not None and (annex.application_submission_id != case.submission_id or annex.employer_id is None):
        raise Refused(_l("This employer takes no part in the case."))
    message = Message(
        case_id=case.id,
        annex_id=annex.id if annex is not None else None,
        author_id=by.id,
        author_name=author_name(by),
        from_office=True,
        kind=ready.kind,
        body=ready.body,
        body_pl=ready.body_pl,
        language=ready.language,
        canned_key=ready.canned_key,
        email=ready.email,
        sms=ready.sms,
        created_at=utcnow(),
    )
    return _posted(case, message, by)


def post_request(case: Case, request: CaseRequest, by: Any, email: bool = False, sms: bool = False) -> Message:
    """A request to complete or pay, as the thread shows it: what is missing in the applicant's
    language, the clerk's words, and the date the answer is due; ``email`` and ``sms`` are the
    notices the clerk chose for it (checked by the request)."""
    language = reader_language(case)

    def text(lang: str) -> str:
        lines = [f"• {item.get(lang) or item.get('pl') or ''}" for item in request.items]
        return "\n".join([*lines, request.free_text] if request.free_text else lines)

    message = Message(
        case_id=case.id,
        author_id=getattr(by, "id", None),
        author_name=request.by_name,
        from_office=True,
        kind="request",
        request_id=request.id,
        body=text(language),
        body_pl=text("pl"),
        language=language,
        email=email,
        sms=sms,
        created_at=request.created_at,
    )
    return _posted(case, message, by, history=False)  # the request's own line is in the history


def _posted(case: Case, message: Message, by: Any, history: bool = True) -> Message:
    annex = db.session.get(Annex, message.annex_id) if message.annex_id is not None else None
    db.session.add(message)
    if history:
        case.events.append(
            CaseEvent(
                kind="message" if message.from_office else "reply",
                status_id=case.status_id,
                status=case.status,
                at=message.created_at,
                by_id=getattr(by, "id", None),
                by_name=message.author_name,
                internal_note=_summary(message, annex),
            )
        )
    db.session.flush()
    signals.message_posted.send(
        signals.MessagePosted(
            message_id=message.id,
            case_id=case.id,
            applicant_id=case.applicant_id,
            from_office=message.from_office,
            email=message.email,
            sms=message.sms,
            by_id=getattr(by, "id", None),
            annex_id=annex.id if annex is not None else None,
            employer_id=annex.employer_id if annex is not None else None,
            request_id=message.request_id,
        )
    )
    return message


def _summary(message: Message, annex: Annex | None = None) -> str:
    text = " ".join((message.body_pl or message.body).split())
    files = len(message.attachments)
    summary = text[:200] + ("…" if len(text) > 200 else "")
    summary = f"[{employer_name(annex)}] {summary}" if annex is not None else summary  # the employer's thread
    return f"{summary} [+{files}]" if files else summary


def replies_until(case: Case) -> dt.datetime | None:
    """Until when (UTC) a closed case's threads take replies; None while the case is open."""
    return case.closed_at + dt.timedelta(days=CLOSED_REPLY_DAYS) if case.closed_at is not None else None


def takes_replies(case: Case) -> bool:
    """An open case's threads take replies, and a closed one's for CLOSED_REPLY_DAYS after closing
    (questions about the decision's delivery or the card); later they are read only."""
    until = replies_until(case)
    return until is None or utcnow() < until


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def reply(case: Case, by: Any, body: str, files: list[Upload], annex: Annex | None = None) -> tuple[Message, bool]:
    """The applicant's reply (or the employer's, in their annex's thread), with files (raises
    Refused, keeping nothing); the applicant's reply while a request waits answers it. Returns the
    message and whether it answered a request."""
    if not takes_replies(case):
        raise Refused(
            _l(
                "The case is closed and its messages can only be read. "
                "Write to the office at the address given in the decision."
            )
        )
    body = (body or "").strip()
    files = [upload for upload in files if upload.name or upload.data]
    if len(body) > MAX_BODY:
        raise Refused(_l("A message has at most %(n)d characters.", n=MAX_BODY))
    if not body and not files:
        raise Refused(_l("Write your message or attach a file."))
    limit = current_app.config["ATTACHMENT_MAX_COUNT"]
    if len(files) > limit:
        raise Refused(
            lazy_ngettext(
                "A message can carry at most %(num)d file. Join pages of one document into one PDF.",
                "A message can carry at most %(num)d files. Join pages of one document into one PDF.",
                limit,
            )
        )
    kept = [_checked(upload) for upload in files]
    message = Message(
        case_id=case.id,
        annex_id=annex.id if annex is not None else None,
        author_id=by.id,
        author_name=author_name(by),
        from_office=False,
        kind="message",
        body=body,
        language=reader_language(case, annex),
        created_at=utcnow(),
    )
    for upload, kind in kept:
        stored_name = secrets.token_hex(16) + scans.EXTENSIONS[kind]
        keep(scans.folder() / stored_name, upload.data)
        message.attachments.append(
            MessageAttachment(
                stored_name=stored_name,
                original_name=scans.display_name(upload.name),
                media_type=kind,
                size=len(upload.data),
                sha256=hashlib.sha256(upload.data).hexdigest(),
            )
        )
    answered = annex is None and case.open_request is not None and case.closed_at is None
    _posted(case, message, by)
    if answered:
        tracking.request_answered(case, by)
    return message, answered


def _checked(upload: Upload) -> tuple[Upload, str]:
    """The file's kind by its content, within the size limit (an application's scans' rules)."""
    name = scans.display_name(upload.name)
    limit = current_app.config["ATTACHMENT_MAX_BYTES"]
    if not upload.data:
        raise Refused(_l("%(name)s: the selected file is empty.", name=name))
    if len(upload.data) > limit:
        raise Refused(_l("%(name)s: the file must be smaller than %(size)s MB.", name=name, size=f"{limit / 2**20:g}"))
    try:
        kind = scans.media_type(upload.data)
    except scans.Refused as refused:
        raise Refused(f"{name}: {refused}") from None
    if kind is None:
        raise Refused(
            _l(
                "%(name)s: the file must be a PDF, JPG or PNG. "
                "Scan the document again or save it in one of these formats.",
                name=name,
            )
        )
    return upload, kind


def attachment_of(case: Case, attachment_id: int, annex: Annex | None = None) -> MessageAttachment | None:
    """A file of this thread of the case (the applicant's, or the annex's) whose file is kept, or
    None (another case's or another thread's is as good as missing)."""
    return _kept(attachment_id, Message.case_id == case.id, in_thread(annex))


def office_attachment(case: Case, attachment_id: int) -> MessageAttachment | None:
    """A file of any thread of the case, for the office, which reads them all."""
    return _kept(attachment_id, Message.case_id == case.id)


def _kept(attachment_id: int, *where) -> MessageAttachment | None:
    found = db.session.scalar(
        select(MessageAttachment)
        .join(Message, Message.id == MessageAttachment.message_id)
        .where(MessageAttachment.id == attachment_id, *where)
    )
    return found if found is not None and path_of(found).is_file() else None


def path_of(attachment: MessageAttachment):
    return scans.folder() / attachment.stored_name


def download_name(attachment: MessageAttachment) -> str:
    return scans.download_name(attachment)


def opened_by_applicant(case: Case, reader: Any, annex: Annex | None = None) -> list[Message]:
    """The applicant (or the annex's employer) opened their thread: the office's messages not read
    before are read now (the office's read receipts); returns them."""
    unread = _unread(case.id, True, in_thread(annex))
    now = utcnow()
    for message in unread:
        message.read_at = now
    db.session.flush()
    for message in unread:
        signals.message_read.send(signals.MessageRead(message_id=message.id, case_id=case.id, reader_id=reader.id))
    return unread


def opened_by_office(case: Case) -> int:
    """A member of staff opened the case's thread: the replies not read before are read now."""
    unread = _unread(case.id, False)
    now = utcnow()
    for message in unread:
        message.read_at = now
    db.session.flush()
    return len(unread)


def _unread(case_id: int, from_office: bool, *where) -> list[Message]:
    query = select(Message).where(
        Message.case_id == case_id, Message.from_office.is_(from_office), Message.read_at.is_(None), *where
    )
    return list(db.session.scalars(query.order_by(Message.id)))
