"""Who a page is for: foreigners' and employers' accounts, as opposed to the office's staff."""

from __future__ import annotations

import functools

from flask import abort
from flask_login import current_user, login_required

from app.accounts.models import AccountType

APPLICANT_TYPES = (AccountType.APPLICANT, AccountType.EMPLOYER)


def applicants_only(view):
    """Foreigners' and employers' accounts; staff accounts have the back office instead."""

    @functools.wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if current_user.account_type not in APPLICANT_TYPES:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def signed_in_applicant() -> bool:
    """Whether the page is for a signed-in foreigner or employer (never in a job's e-mail)."""
    user = current_user
    return bool(user) and user.is_authenticated and user.account_type in APPLICANT_TYPES


def signed_in_employer() -> bool:
    user = current_user
    return bool(user) and user.is_authenticated and user.account_type == AccountType.EMPLOYER
