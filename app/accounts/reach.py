"""How the office may reach an applicant outside the portal, as their profile allows: by e-mail (on
by default, to the account's address) and by SMS (off by default, only to a number confirmed by a
code). A clerk's choice of notices for a message or a request stays within it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Reach:
    """What the account allows, with why not in words for the clerk (None when allowed)."""

    email: bool
    email_reason: Any
    sms: bool
    sms_reason: Any


def of_applicant(applicant: Any) -> Reach:
    if applicant is None:
        none = _l("The case has no applicant's account.")
        return Reach(False, none, False, none)
    email_reason = None
    if not applicant.notify_by_email:
        email_reason = _l("The applicant does not want e-mails about messages (their profile).")
    elif not applicant.email:
        email_reason = _l("The applicant's account has no e-mail address.")
    sms_reason = None
    if not applicant.phone or applicant.phone_confirmed_at is None:
        sms_reason = _l("The applicant has no confirmed phone number.")
    elif not applicant.notify_by_sms:
        sms_reason = _l("The applicant does not want text messages (their profile).")
    return Reach(email_reason is None, email_reason, sms_reason is None, sms_reason)


def refusal(allowed: Reach, email: bool, sms: bool) -> Any:
    """Why a chosen notice may not go (None when both may)."""
    if email and not allowed.email:
        return allowed.email_reason
    if sms and not allowed.sms:
        return allowed.sms_reason
    return None
