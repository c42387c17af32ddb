"""Which language a page is in: an explicit choice > the account's language >
the browser's Accept-Language > the office default (Polish)."""

from __future__ import annotations

from flask import Blueprint, current_app, has_request_context, redirect, request, session, url_for
from flask_babel import get_locale
from flask_login import current_user

from app.web.navigation import safe_next_url

bp = Blueprint("language", __name__)


def supported() -> dict:
    return current_app.config["LANGUAGES"]


def select_locale() -> str:
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    if not has_request_context():
        return default
    languages = supported()
    explicit = session.get("locale")
    if explicit in languages:
        return explicit
    user = current_user
    if user and user.is_authenticated and getattr(user, "preferred_language", None) in languages:
        return user.preferred_language
    return from_accept_language(languages) or default


def from_accept_language(languages) -> str | None:
    """The first supported language in the reader's order of preference (pl-PL counts as pl)."""
    for value, _quality in request.accept_languages:  # already sorted by quality
        primary = value.split("-")[0].split("_")[0].lower()
        if primary in languages:
            return primary
    return None


def current_language() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


@bp.route("/language/<code>")
def choose(code: str):
    if code not in supported():
        return redirect(url_for("web.home"))
    session["locale"] = code
    if current_user.is_authenticated:
        from app.accounts.services import set_preferred_language

        set_preferred_language(current_user._get_current_object(), code)
    return redirect(safe_next_url(request.args.get("next")) or url_for("web.home"))


def language_url(code: str) -> str:
    here = request.full_path.rstrip("?") if request else "/"
    return url_for("language.choose", code=code, next=here)
