"""Accounts: registration, sign-in, sessions, profile and password of every user."""

from __future__ import annotations

from flask import Flask, request
from flask_babel import lazy_gettext as _l
from flask_limiter.util import get_remote_address
from flask_login import current_user

from app.accounts.services import normalise_email


def _account_key() -> str:
    return "account:" + normalise_email(request.form.get("email", ""))[:254]


def _user_key() -> str:
    return f"user:{current_user.get_id()}"


def _signed_out() -> bool:
    return not current_user.is_authenticated  # sent to sign in, counting nothing


def register(app: Flask, appbuilder) -> None:
    from app.accounts import permissions, phone_views, views  # noqa: F401  (phone_views adds its routes to the blueprint)

    app.register_blueprint(views.bp)
    permissions.init_app(app)
    login_manager = appbuilder.sm.lm
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Sign in to see this page.")
    login_manager.login_message_category = "info"
    limiter = appbuilder.sm.limiter
    per_ip = limiter.limit(
        app.config["RATELIMIT_LOGIN_IP"], key_func=get_remote_address, methods=["POST"], scope="login-ip"
    )
    per_ip_register = limiter.limit(
        app.config["RATELIMIT_REGISTER_IP"], key_func=get_remote_address, methods=["POST"], scope="register-ip"
    )
    per_account_register = limiter.limit(
        app.config["RATELIMIT_REGISTER_ACCOUNT"], key_func=_account_key, methods=["POST"], scope="register-account"
    )
    per_ip_reset = limiter.limit(
        app.config["RATELIMIT_RESET_IP"], key_func=get_remote_address, methods=["POST"], scope="reset-ip"
    )
    per_account_reset = limiter.limit(
        app.config["RATELIMIT_RESET_ACCOUNT"], key_func=_account_key, methods=["POST"], scope="reset-account"
    )
    # each code is an SMS the office pays for, and five wrong codes per code bound the guessing
    per_account_phone_code = limiter.limit(
        app.config["RATELIMIT_PHONE_CODE"],
        key_func=_user_key,
        methods=["POST"],
        scope="phone-code",
        exempt_when=_signed_out,
    )
    functions = app.view_functions
    # failed sign-ins per account lead to a sign-in check instead of a refusal (sign_in_check.py)
    functions["accounts.login"] = per_ip(functions["accounts.login"])
    functions["accounts.register_as"] = per_ip_register(per_account_register(functions["accounts.register_as"]))
    functions["accounts.password_forgotten"] = per_ip_reset(per_account_reset(functions["accounts.password_forgotten"]))
    functions["accounts.phone_code"] = per_account_phone_code(functions["accounts.phone_code"])
