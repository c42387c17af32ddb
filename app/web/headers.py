"""Security headers on every answer, and no caching of pages that belong to a signed-in user."""

from __future__ import annotations

import secrets

from flask import Flask, current_app, g, request
from flask_login import current_user


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _is_back_office() -> bool:
    appbuilder = current_app.appbuilder
    blueprint = request.blueprint or ""
    return blueprint == "appbuilder" or any(v.blueprint.name == blueprint for v in appbuilder.baseviews if v.blueprint)


def policy(back_office: bool, nonce: str) -> str:
    # The back office (Flask-AppBuilder's templates) sets style attributes inline; the portal does not.
    style = "'self' 'unsafe-inline'" if back_office else "'self'"
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            f"style-src {style}",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'",
        ]
    )


def content_security_policy() -> str:
    return policy(_is_back_office(), csp_nonce())


_EVERY_ANSWER = [
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]
_PRODUCTION = [("Strict-Transport-Security", "max-age=63072000; includeSubDomains")]


def security_pairs(production: bool) -> list[tuple[str, str]]:
    """The headers every answer carries, but its content security policy."""
    return _EVERY_ANSWER + _PRODUCTION if production else _EVERY_ANSWER


def secure(headers, production: bool, content_policy: str) -> None:
    """The headers every answer carries (an answer's own policy is kept)."""
    headers.setdefault("Content-Security-Policy", content_policy)
    for name, value in security_pairs(production):
        headers[name] = value


def set_headers(response):
    headers = response.headers
    secure(headers, current_app.config["SETTINGS"].production, content_security_policy())
    static = request.endpoint in ("static", "appbuilder.static")  # no user lookup for files
    if not static and current_user and current_user.is_authenticated:
        headers["Cache-Control"] = "no-store"
        headers["Pragma"] = "no-cache"
    return response


def init_app(app: Flask) -> None:
    app.after_request(set_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
