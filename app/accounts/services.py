"""Account operations: registration with e-mail confirmation, login sessions, passwords, profile.

No request or session access here: views pass typed inputs and get results back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from flask import current_app, render_template
from flask_appbuilder.security.sqla.models import Group
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app import signals
from app.accounts import sign_in_check, with_session
from app.accounts.models import AccountType, LoginSession, PortalUser
from app.accounts.passwords import hash_password, spend_verification_time, verify_password
from app.accounts.roles import Role
from app.clock import utcnow
from app.extensions import db
from app.jobs import enqueue
from app.mailer import send_email

ACTIVATION_MAX_AGE = 48 * 3600
RESET_MAX_AGE = 3600
ROLE_FOR_ACCOUNT_TYPE = {AccountType.APPLICANT: Role.APPLICANT, AccountType.EMPLOYER: Role.EMPLOYER}


@dataclass(frozen=True)
class Registration:
    account_type: AccountType
    first_name: str
    last_name: str
    email: str
    password: str
    preferred_language: str
    phone: str | None = None
    company_name: str | None = None
    nip: str | None = None
    regon: str | None = None


@dataclass(frozen=True)
class ProfileChange:
    first_name: str
    last_name: str
    preferred_language: str
    phone: str | None = None
    company_name: str | None = None
    nip: str | None = None
    regon: str | None = None
    notify_by_email: bool = True  # the office may tell the owner of a new message by e-mail
    notify_by_sms: bool = False  # … and by SMS, to a confirmed number


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def find_by_email(email: str) -> PortalUser | None:
    return db.session.scalar(select(PortalUser).where(PortalUser.email == normalise_email(email)))


def _serializer(purpose: str = "account-activation") -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=purpose)


def _password_fingerprint(user: PortalUser) -> str:
    # part of a reset link: once the password changes, every earlier link stops working
    return hashlib.sha256((user.password or "").encode()).hexdigest()[:16]


def activation_token(user: PortalUser) -> str:
    # the password fingerprint voids earlier links when a pending registration is made again
    return _serializer().dumps({"uid": user.id, "email": user.email, "pw": _password_fingerprint(user)})


SUBJECTS = {
    "activation": _l("Confirm your e-mail address"),
    "already_registered": _l("You already have an account"),
    "password_changed": _l("Your password was changed"),
    "password_reset": _l("Set a new password"),
}


def _compose(user: PortalUser, template: str, **context: object) -> tuple[str, str, str]:
    """A message to the account in its own language: (to, subject, body)."""
    with force_locale(user.preferred_language):
        body = render_template(f"accounts/mail/{template}.txt", user=user, **context)
        return user.email, str(SUBJECTS[template]), body


def _mail(user: PortalUser, template: str) -> None:
    """Send a message to the account after the commit. The job row keeps the account's id and the
    message's name only: the message (and a link in it) is written by the job."""
    enqueue(send_account_mail, user.id, template)


def _tell(event: signals.Event, user: PortalUser, template: str) -> None:
    """Send the account's event; its e-mail goes out with it. A receiver that writes the e-mail
    (the notifications plugin, through its outbox) takes the event on; when none does, accounts
    send their own message by a job."""
    if not event.send(signals.AccountChange(user.id)):
        _mail(user, template)


def send_account_mail(user_id: int, template: str) -> None:
    """Job: one of the account's messages, written in the account's language when it is sent."""
    user = db.session.get(PortalUser, user_id)
    if user is None:
        return
    context = {}
    if template == "activation":
        context["link"] = _activation_link(user)
    elif template == "already_registered":
        context["login_url"] = f"{current_app.config['PUBLIC_BASE_URL']}/login"
    elif template == "password_reset":
        context["link"] = password_reset_link(user)
    send_email(*_compose(user, template, **context))


def _activation_link(user: PortalUser) -> str:
    return f"{current_app.config['PUBLIC_BASE_URL']}/activate/{activation_token(user)}"


def activation_link(user: PortalUser) -> str:
    """The confirmation link, made when the e-mail is written (its token is a secret: never stored)."""
    return _activation_link(user)


def password_reset_link(user: PortalUser) -> str:
    """A reset link valid for an hour from now, void once the password changes (never stored)."""
    token = _serializer("password-reset").dumps({"uid": user.id, "pw": _password_fingerprint(user)})
    return f"{current_app.config['PUBLIC_BASE_URL']}/password/reset/{token}"


def _fill(user: PortalUser, info: Registration, password_hash: str) -> None:
    user.first_name = info.first_name.strip()
    user.last_name = info.last_name.strip()
    user.password = password_hash
    user.account_type = info.account_type
    user.preferred_language = info.preferred_language
    user.phone = info.phone or None
    user.company_name = info.company_name or None
    user.nip = info.nip or None
    user.regon = info.regon or None
    role = current_app.appbuilder.sm.find_role(ROLE_FOR_ACCOUNT_TYPE[info.account_type])
    if role is None:
        raise RuntimeError("roles are missing: run 'flask seed'")
    user.roles = [role]


def register_account(info: Registration) -> None:
    """Store a new account, not yet confirmed, and send its confirmation link.

    The answer on screen never tells whether the address is known: a confirmed account gets a
    notice instead; a registration still waiting for confirmation is replaced by this one (so
    whoever controls the mailbox decides, and earlier links stop working); a disabled account
    gets nothing.
    """
    email = normalise_email(info.email)
    password_hash = hash_password(info.password)  # spent in every branch: equal timing
    user = find_by_email(email)
    if user is not None and user.email_confirmed_at is not None:
        if user.active:
            _tell(signals.registration_repeated, user, "already_registered")
        return
    created = user is None
    try:
        with db.session.begin_nested():
            if created:
                user = PortalUser(username=email, email=email, active=False)
                db.session.add(user)
            _fill(user, info, password_hash)
    except IntegrityError:  # the same address registered a moment ago in another request
        return register_account(info)
    _tell(signals.account_registered, user, "activation")


def activate_account(token: str) -> PortalUser | None:
    """Confirm the address the link was made for; None for a bad, old, replaced or used link,
    and for an account an administrator has disabled."""
    try:
        data = _serializer().loads(token, max_age=ACTIVATION_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("uid"), int):
        return None
    user = db.session.get(PortalUser, data["uid"])
    if user is None or user.email != data.get("email") or data.get("pw") != _password_fingerprint(user):
        return None
    if user.email_confirmed_at is None:
        user.email_confirmed_at = utcnow()
        user.active = True
        db.session.flush()
        signals.account_activated.send(signals.AccountChange(user.id))
    return user if user.active else None


def request_password_reset(email: str) -> None:
    """Send help by e-mail; the lookup happens in the job, so the answer takes the same time
    for any address."""
    enqueue(send_password_help, normalise_email(email))


def send_password_help(email: str) -> None:
    """Job: a reset link (one hour, void once the password changes) to an active account, the
    confirmation link again to a registration still waiting for it, nothing otherwise. A receiver
    of the event that writes the e-mail takes it on; otherwise it is sent from here."""
    user = find_by_email(email)
    if user is None:
        return
    confirmed = user.email_confirmed_at is not None
    if confirmed and not user.active:
        return
    if not signals.password_reset_requested.send(signals.PasswordResetRequested(user.id, confirmed)):
        send_account_mail(user.id, "password_reset" if confirmed else "activation")


def user_for_reset(token: str) -> PortalUser | None:
    """The active account a reset link was made for, or None when the link is bad, old or used."""
    try:
        data = _serializer("password-reset").loads(token, max_age=RESET_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("uid"), int):
        return None
    user = db.session.get(PortalUser, data["uid"])
    if user is None or not user.active or data.get("pw") != _password_fingerprint(user):
        return None
    return user


def authenticate(email: str, password: str) -> PortalUser | None:
    """The active account these credentials open, or None; the same cost either way."""
    user = find_by_email(email)
    if user is None or not user.active or not user.password:
        spend_verification_time(password)
        return None
    if not verify_password(user.password, password):
        user.fail_login_count = (user.fail_login_count or 0) + 1
        db.session.flush()
        return None
    return user


@dataclass(frozen=True)
class SignInAttempt:
    email: str
    password: str
    solution: str | None = None  # the solved sign-in check, when the page asked for one


@dataclass(frozen=True)
class SignInOutcome:
    user: PortalUser | None  # the account signed in to, or None
    check_missing: bool  # refused before the password was looked at: the address needs the check solved


def sign_in(attempt: SignInAttempt) -> SignInOutcome:
    """The account these credentials open. Past ``RATELIMIT_LOGIN_ACCOUNT`` failed attempts to an
    address, the password is checked only with a solved sign-in check; every failure counts,
    whether or not the address has an account, so the answers tell nothing about it."""
    email = normalise_email(attempt.email)
    if sign_in_check.needed(email) and not sign_in_check.spend(email, attempt.solution):
        sign_in_check.count_failure(email)
        return SignInOutcome(user=None, check_missing=True)
    user = authenticate(email, attempt.password)
    if user is None:
        sign_in_check.count_failure(email)
    return SignInOutcome(user=user, check_missing=False)


def sign_in_check_needed(email: str) -> bool:
    return sign_in_check.needed(normalise_email(email))


def new_sign_in_check(email: str) -> dict:
    """A challenge for the next sign-in to the address, as hard as its failed attempts ask."""
    return sign_in_check.new_challenge(normalise_email(email))


def start_session(user: PortalUser) -> LoginSession:
    login = LoginSession(user_id=user.id)
    user.last_login = utcnow()
    user.login_count = (user.login_count or 0) + 1
    user.fail_login_count = 0
    db.session.add(login)
    db.session.flush()
    signals.user_logged_in.send(signals.SignedIn(user.id, login.id))
    return login


def end_session(token: str | None, reason: str = "logout") -> None:
    if not token:
        return
    db.session.execute(
        update(LoginSession)
        .where(LoginSession.token == token, LoginSession.ended_at.is_(None))
        .values(ended_at=utcnow(), end_reason=reason)
    )


def open_session(token: str | None, user_id: int, with_roles: bool = False) -> PortalUser | None:
    """The user whose still-open login session this cookie holds, read with the session in one
    query (``with_roles``: with the roles and the groups' roles too, what the back office's access
    checks ask for; and the values other areas read with the session, ``with_session``); the session
    is refreshed, or ended when idle or too old."""
    if not token:
        return None
    extra = with_session.columns()  # what other areas show of the reader on every page
    query = (
        select(PortalUser, LoginSession, *(column(PortalUser).label(name) for name, column in extra.items()))
        .join(LoginSession, LoginSession.user_id == PortalUser.id)
        .where(LoginSession.token == token, PortalUser.id == user_id, LoginSession.ended_at.is_(None))
    )
    if with_roles:
        query = query.options(joinedload(PortalUser.roles), joinedload(PortalUser.groups).joinedload(Group.roles))
    found = db.session.execute(query).unique().first()
    if found is None:
        return None
    user, login, *values = found
    now = utcnow()
    idle = dt.timedelta(minutes=current_app.config["SESSION_IDLE_MINUTES"])
    absolute = dt.timedelta(seconds=current_app.config["PERMANENT_SESSION_LIFETIME"])
    if now - login.last_seen_at > idle or now - login.created_at > absolute:
        end_session(token, "expired")
        return None
    if now - login.last_seen_at > dt.timedelta(minutes=1):  # one write a minute, not one a request
        login.last_seen_at = now
        db.session.flush()
    with_session.keep(dict(zip(extra, values, strict=True)))
    return user


def end_other_sessions(user_id: int, keep_token: str | None, reason: str) -> None:
    query = update(LoginSession).where(LoginSession.user_id == user_id, LoginSession.ended_at.is_(None))
    if keep_token:
        query = query.where(LoginSession.token != keep_token)
    db.session.execute(query.values(ended_at=utcnow(), end_reason=reason))


def check_current_password(user: PortalUser, password: str) -> bool:
    return verify_password(user.password, password)


def set_password(user: PortalUser, new_password: str, keep_token: str | None = None) -> None:
    """Store a new password and close every other session of the account."""
    user.password = hash_password(new_password)
    user.changed_on = utcnow()
    end_other_sessions(user.id, keep_token, "password-changed")
    db.session.flush()
    _tell(signals.password_changed, user, "password_changed")


def update_profile(user: PortalUser, change: ProfileChange) -> None:
    user.first_name = change.first_name.strip()
    user.last_name = change.last_name.strip()
    user.preferred_language = change.preferred_language
    if (change.phone or None) != user.phone:
        user.phone_confirmed_at = None  # a new number is confirmed again before SMS goes to it
        user.phone_failed_at = None  # and the refusal of the old one no longer holds
        user.phone_code_hash = user.phone_code_expires_at = None  # a code sent to the old one too
    user.phone = change.phone or None
    user.notify_by_email = bool(change.notify_by_email)
    user.notify_by_sms = bool(change.notify_by_sms)
    if user.account_type == AccountType.EMPLOYER:
        user.company_name = change.company_name or None
        user.nip = change.nip or None
        user.regon = change.regon or None
    user.changed_on = utcnow()
    db.session.flush()
