"""Which language a page is in: the address (``?lang=uk``) > an explicit choice > the account's
language > the browser's Accept-Language > the office default (Polish).

Every page can be shared in a given language: the language switcher lands on the page's address
with ``lang``, and each page names its versions in the other languages (``hreflang``)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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
    requested = request.args.get("lang")
    if requested in languages:
        return requested
    explicit = session.get("locale")
    if explicit in languages:
        return explicit
    user = current_user
    if user and user.is_authenticated and getattr(user, "preferred_language", None) in languages:
        return user.preferred_language
    return from_accept_language(languages, request.accept_languages) or default


def from_accept_language(languages, accepted) -> str | None:
    """The first supported language in the reader's order of preference (pl-PL counts as pl)."""
    for value, _quality in accepted:  # already sorted by quality
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
    session["locale"] = code  # the page's language only: the office writes in the profile's language
    return redirect(in_language(safe_next_url(request.args.get("next")) or url_for("web.home"), code))


@bp.before_app_request
def remember_requested_language() -> None:
    """A shared link in a language keeps the reader in it on the next pages (this session only)."""
    requested = request.args.get("lang")
    if requested in supported() and session.get("locale") != requested:
        session["locale"] = requested


def in_language(url: str, code: str | None) -> str:
    """``url`` with its ``lang`` argument set to ``code`` (or removed when ``code`` is None)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"]
    if code:
        query.append(("lang", code))
    return urlunsplit(parts._replace(query=urlencode(query)))


def language_url(code: str) -> str:
    here = in_language(request.full_path.rstrip("?"), None) if request else "/"
    return url_for("language.choose", code=code, next=here)


def page_in_language(code: str) -> str:
    """The address of this page in another language, for ``<link rel="alternate" hreflang>``."""
    base = current_app.config["PUBLIC_BASE_URL"]
    return base + in_language(request.full_path.rstrip("?"), code)
