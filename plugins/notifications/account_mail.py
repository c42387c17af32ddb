"""The account's own e-mails through the outbox: the address's confirmation, a notice that the
address already has an account, a link to set a new password, a changed password; and the SMS with
the code that confirms the account's phone number.

Their links carry a secret token (whoever holds it may confirm the address or set the password).
The row keeps no token: for ``account-activation`` and ``password-reset`` it keeps no values at all,
and the link is made from the account as it is when the e-mail is sent (``values_when_sent``), as the
accounts' own job would. So a retry or a requeue writes a fresh link (a reset link's hour counts from
the sending), and an account disabled in the meantime gets no link. The receivers return True: the
e-mail is taken on, and accounts do not send their own.

The phone number's code is a secret too: the ``phone-confirmation`` row keeps no values either, and
the code is made when the SMS is sent (``accounts.phone.issue_code``, which keeps only its hash on the
account); a retry sends a new code, and an SMS to a number changed or confirmed since is not sent.
"""

from __future__ import annotations

from flask import Flask, current_app

from app import signals
from app.extensions import db
from plugins.notifications.outbox import notify
from plugins.notifications.states import Channel

# events whose link is a secret, made when the e-mail is sent (never stored in the row)
SECRET_LINKS = ("account-activation", "password-reset")
PHONE_CODE = "phone-confirmation"  # its code is made when the SMS is sent (never stored in the row)


def _account(user_id: int):
    from app.accounts.models import PortalUser

    return db.session.get(PortalUser, user_id)


def _write(user_id: int, event: str, values: dict[str, str] | None = None) -> bool:
    user = _account(user_id)
    if user is None or not user.email:
        return True  # nobody to write to, and nothing for accounts to send either
    notify(event, Channel.EMAIL, user.email, user.preferred_language, values or {}, user_id=user.id)
    return True


def registered(app: Flask, change: signals.AccountChange) -> bool:
    return _write(change.user_id, "account-activation")


def registered_again(app: Flask, change: signals.AccountChange) -> bool:
    return _write(change.user_id, "account-already-registered", {"link": f"{_base()}/login"})


def reset_requested(app: Flask, request: signals.PasswordResetRequested) -> bool:
    return _write(request.user_id, "password-reset" if request.confirmed else "account-activation")


def password_changed(app: Flask, change: signals.AccountChange) -> bool:
    return _write(change.user_id, "password-changed", {"link": f"{_base()}/login"})


def phone_code_requested(app: Flask, change: signals.AccountChange) -> bool:
    """The SMS with the code, to the account's number as it is now, at any hour (outbox.AT_ANY_HOUR)."""
    user = _account(change.user_id)
    if user is None or not user.phone:
        return True
    notify(PHONE_CODE, Channel.SMS, user.phone, user.preferred_language, {}, user_id=user.id)
    return True


def _base() -> str:
    return current_app.config["PUBLIC_BASE_URL"]


def values_when_sent(event: str, user_id: int | None, address: str = "") -> dict[str, str] | None:
    """The secret link of an account e-mail or the phone number's code, made now; {} for other
    events; None when it can no longer be made (the account is gone, or disabled since; the number
    changed or is confirmed already)."""
    if event == PHONE_CODE:
        from app.accounts.phone import issue_code

        code = issue_code(_account(user_id) if user_id is not None else None, address)
        return {"code": code} if code is not None else None
    if event not in SECRET_LINKS:
        return {}
    from app.accounts.services import activation_link, password_reset_link

    user = _account(user_id) if user_id is not None else None
    if user is None:
        return None
    if event == "account-activation":
        return {"link": activation_link(user)}
    return {"link": password_reset_link(user)} if user.active else None


def connect(app: Flask) -> None:
    signals.account_registered.connect(registered, app)
    signals.registration_repeated.connect(registered_again, app)
    signals.password_reset_requested.connect(reset_requested, app)
    signals.password_changed.connect(password_changed, app)
    signals.phone_confirmation_requested.connect(phone_code_requested, app)
