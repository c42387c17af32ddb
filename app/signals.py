"""Domain events: one signal per business event, each with a typed payload.

A service sends its event inside the transaction, after flushing the change it describes, so a
receiver sees the rows and what it writes commits (or rolls back) with them. Receivers belong to
one app: an area or a plugin connects them in its ``register(app, appbuilder)`` with
``event.connect(receiver, app)``, so a plugin switched off in one app never hears another app's
events. A receiver gets ``(app, payload)``; senders never know who listens.

The table of events, senders, payloads and receivers is in the README's design notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from blinker import Namespace
from flask import Flask, current_app

Payload = TypeVar("Payload")
_events = Namespace()


class Event(Generic[Payload]):
    """A signal that carries exactly one payload type."""

    def __init__(self, name: str, payload: type[Payload], doc: str) -> None:
        self.name = name
        self.payload = payload
        self.signal = _events.signal(name, doc)
        self.__doc__ = doc

    def send(self, payload: Payload) -> bool:
        """Tell this app's receivers; True when one of them took the event on (returned True): a
        receiver that sends the account's own e-mail does, so that accounts send it themselves only
        when nothing else will."""
        if not isinstance(payload, self.payload):
            raise TypeError(f"{self.name} carries {self.payload.__name__}, not {type(payload).__name__}")
        answers = self.signal.send(current_app._get_current_object(), payload=payload)
        return any(answer is True for _receiver, answer in answers)

    def connect(self, receiver: Callable[[Flask, Payload], Any], app: Flask) -> None:
        """Call ``receiver(app, payload)`` for this app's events (held strongly: receivers are
        module-level functions)."""
        self.signal.connect(_adapter(receiver), sender=app, weak=False)

    def receivers_for(self, app: Flask) -> list[str]:
        return [getattr(r, "receiver_name", repr(r)) for r in self.signal.receivers_for(app)]


_adapters: dict[Callable, Callable] = {}


def _adapter(receiver: Callable) -> Callable:
    """One adapter per receiver, so that connecting a receiver twice to an app connects it once."""
    if receiver not in _adapters:

        def call(sender: Flask, payload: Any) -> Any:
            return receiver(sender, payload)

        call.receiver_name = f"{receiver.__module__}.{receiver.__qualname__}"
        _adapters[receiver] = call
    return _adapters[receiver]


# Accounts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountChange:
    user_id: int


account_registered = Event(
    "account-registered",
    AccountChange,
    "A registration is stored, not yet confirmed: a new account, or one still waiting for confirmation made "
    "again (its earlier link stops working); the confirmation e-mail is due. Sent by "
    "accounts.services.register_account.",
)
registration_repeated = Event(
    "registration-repeated",
    AccountChange,
    "Someone registered with the address of an active, confirmed account; its owner is told and nothing "
    "changes. Sent by accounts.services.register_account.",
)
account_activated = Event(
    "account-activated",
    AccountChange,
    "The owner confirmed the account's e-mail address. Sent by accounts.services.activate_account.",
)
password_changed = Event(
    "password-changed",
    AccountChange,
    "A password was changed (other sessions are already ended). Sent by accounts.services.set_password.",
)
phone_confirmation_requested = Event(
    "phone-confirmation-requested",
    AccountChange,
    "The owner asked for a code by SMS to confirm the account's phone number. The code is made, and its "
    "hash kept on the account, when the SMS is sent (accounts.phone.issue_code): the event carries none. "
    "A receiver that sends the SMS takes the event on; with none, the portal cannot confirm numbers. "
    "Sent by accounts.phone.request_code.",
)


@dataclass(frozen=True)
class PasswordResetRequested:
    user_id: int
    confirmed: bool  # False: the account still waits for its address to be confirmed, and gets that link again


password_reset_requested = Event(
    "password-reset-requested",
    PasswordResetRequested,
    "Someone asked for a new password for an active account, or for one still waiting for confirmation (the "
    "address's lookup is done in the job, so the answer on screen takes the same time for any address). Sent "
    "by accounts.services.send_password_help.",
)


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    login_session_id: int


user_logged_in = Event(
    "user-logged-in", SignedIn, "A successful sign-in opened a login session. Sent by accounts.services.start_session."
)

# Content -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicationChange:
    content_type: str
    item_id: int
    published: bool  # False when withdrawn


content_published = Event(
    "content-published",
    PublicationChange,
    "The public version of a content item changed: published or withdrawn (its cached public copy goes "
    "once the change commits). Sent by content.revisions.publish and withdraw.",
)

# Applications --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationSubmitted:
    submission_id: int
    reference: str
    owner_id: int
    form_code: str
    submission_mode: str  # paper, external or electronic
    correction: bool  # a correction submitted again under the same PIO number


application_submitted = Event(
    "application-submitted",
    ApplicationSubmitted,
    "An application (or an employer's annex) was submitted under its PIO number, or a correction of it was. "
    "Sent by forms.drafts.submit.",
)


@dataclass(frozen=True)
class PrintoutReady:
    submission_id: int
    reference: str
    owner_id: int | None
    form_code: str
    submission_mode: str  # paper, external or electronic


printout_ready = Event(
    "printout-ready",
    PrintoutReady,
    "The printout of a submitted application (or of its correction) is rendered and stored, ready to download. "
    "Sent by forms.printout.prepare, the job the submission enqueues.",
)


@dataclass(frozen=True)
class AnnexInvited:
    annex_id: int
    application_draft_id: int
    applicant_id: int
    by_email: bool  # an invitation e-mail goes to the address the applicant typed


annex_invited = Event(
    "annex-invited",
    AnnexInvited,
    "An applicant invited an employer to fill in the annex to an application. Sent by forms.annexes.invite.",
)


@dataclass(frozen=True)
class ApplicationReachedOffice:
    submission_id: int
    reference: str
    owner_id: int
    form_code: str
    by_id: int | None  # the clerk at the desk; None for electronic filing
    service_point_id: int | None


paper_accepted = Event(
    "paper-accepted",
    ApplicationReachedOffice,
    "A clerk accepted the signed paper version of an application at the desk. Sent by forms.desk.accept; "
    "cases opens the application's case.",
)
application_filed = Event(
    "application-filed",
    ApplicationReachedOffice,
    "An applicant filed an application electronically with its scans. Sent by forms.attachments.file; "
    "cases opens the application's case.",
)

# Cases ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseOpened:
    case_id: int
    signature: str
    submission_id: int
    applicant_id: int
    employer_id: int | None
    case_type: str
    status: str


case_opened = Event(
    "case-opened",
    CaseOpened,
    "A case opened for an application that reached the office. Sent by cases.tracking.open_case.",
)


@dataclass(frozen=True)
class CaseStatusChanged:
    case_id: int
    signature: str
    applicant_id: int
    employer_id: int | None
    old_status: str
    new_status: str
    public: bool  # the applicant's status changed too (an internal status keeps the last public one)
    notify: bool  # the status catalogue asks for the applicant to be told
    closed: bool
    by_id: int | None


case_status_changed = Event(
    "case-status-changed",
    CaseStatusChanged,
    "A case moved to another status. Sent by cases.tracking.change_status (also for a request's status).",
)


@dataclass(frozen=True)
class CaseRequestChange:
    case_id: int
    request_id: int
    applicant_id: int
    due_on: dt.date
    by_id: int | None
    email: bool = False  # the clerk asked for the applicant to be told by e-mail (within what the profile allows)
    sms: bool = False  # … and by SMS


case_request_made = Event(
    "case-request-made",
    CaseRequestChange,
    "A clerk asked the applicant to complete the application or pay the fee by a date. "
    "Sent by cases.tracking.request_documents.",
)
case_request_answered = Event(
    "case-request-answered",
    CaseRequestChange,
    "A request to complete or pay was marked as answered. Sent by cases.tracking.request_answered.",
)


# Messages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MessagePosted:
    message_id: int
    case_id: int
    applicant_id: int
    from_office: bool  # the office wrote to the applicant (True) or the applicant or employer replied (False)
    email: bool  # the clerk asked for the applicant to be told by e-mail (within what the profile allows)
    sms: bool  # … and by SMS
    by_id: int | None
    # in an employer's thread (the annex they filed): the office wrote to the employer, or the employer
    # replied; applicant_id is still the case's applicant, who is told nothing of it
    annex_id: int | None = None
    employer_id: int | None = None
    request_id: int | None = None  # the thread's line of a request: case-request-made tells of it, with its date


message_posted = Event(
    "message-posted",
    MessagePosted,
    "A message was added to a case's thread: the office's (a message, information or a request) or a reply. "
    "Sent by messages.services.",
)


@dataclass(frozen=True)
class MessageRead:
    message_id: int
    case_id: int
    reader_id: int


message_read = Event(
    "message-read",
    MessageRead,
    "The applicant opened a message of the office for the first time (the office's read receipt). "
    "Sent by messages.services.",
)


@dataclass(frozen=True)
class VisitChanged:
    visit_id: int
    person_id: int
    booked_by_id: int | None  # an employer or a clerk who booked for the person; None: the person
    language: str


visit_confirmed = Event(
    "visit-confirmed",
    VisitChanged,
    "A visit was booked: a held place confirmed, or a new time chosen for it. Sent by bookings.services.",
)
visit_allocated = Event(
    "visit-allocated",
    VisitChanged,
    "A draw gave a request for a visit its date (the visit is booked). Sent by bookings.draw.run.",
)
visit_offered = Event(
    "visit-offered",
    VisitChanged,
    "A place freed in a service was offered to the first person on its waiting list, held for them for some "
    "hours (the visit is held, not booked). Sent by bookings.waiting_list.offer.",
)
visit_cancelled = Event(
    "visit-cancelled",
    VisitChanged,
    "A booked visit was cancelled by the person, for them, or by the office. Sent by bookings.services.",
)


@dataclass(frozen=True)
class TicketChanged:
    ticket_id: int
    point_id: int
    state: str  # waiting, called, serving, done, no-show


ticket_changed = Event(
    "ticket-changed",
    TicketChanged,
    "A ticket of a service point's queue was issued, called or called again, started, finished, transferred or "
    "given up as a no-show. Sent by bookings.queue.builtin (an external queue system's adapter sends it too).",
)

EVENTS: list[Event] = [value for value in list(globals().values()) if isinstance(value, Event)]
