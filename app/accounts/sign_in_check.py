"""The sign-in check: after too many failed sign-ins to one address (from any client address), the
next attempt needs a proof of work solved by the browser (ALTCHA's challenge), instead of a
lockout that would keep the owner out as well.

A challenge is made here, signed with a key derived from the app's secret, expires after
``LOGIN_CHECK_MINUTES`` and is spent by its first use: its signature is remembered in the
rate-limit storage (Redis when configured) until it would have expired anyway. The failed
attempts are counted in the same storage, under ``RATELIMIT_LOGIN_ACCOUNT``; with rate limits
switched off (``RATELIMIT_ENABLED``) there is no count and no check.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import time

from altcha import create_challenge_v1, extract_params_v1, verify_solution_v1
from flask import current_app
from limits import RateLimitItemPerSecond, parse

from app.web import input_bounds

ALGORITHM = "SHA-256"
SOLUTION_MAX_LENGTH = 2000  # a solution is about 300 characters; anything longer is not one


def _limiter():
    limiter = current_app.appbuilder.sm.limiter
    return limiter.limiter if limiter.enabled else None


def _identifiers(*parts: str) -> tuple[str, ...]:
    prefix = current_app.config.get("RATELIMIT_KEY_PREFIX") or ""
    return (prefix, *parts) if prefix else parts


def _failures(email: str) -> tuple[object, tuple[str, ...]]:
    item = parse(current_app.config["RATELIMIT_LOGIN_ACCOUNT"])
    return item, _identifiers("account:" + email[:254], "login-account")


def needed(email: str) -> bool:
    """Whether the address (normalised) has had its share of failed sign-ins in the window."""
    limiter = _limiter()
    if limiter is None:
        return False
    item, identifiers = _failures(email)
    return not limiter.test(item, *identifiers)


def count_failure(email: str) -> None:
    limiter = _limiter()
    if limiter is not None:
        item, identifiers = _failures(email)
        limiter.hit(item, *identifiers)


def _hmac_key() -> str:
    # a key of its own, derived from the app's secret, so a challenge's signature signs nothing else
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, b"sign-in-check", hashlib.sha256).hexdigest()


def _lifetime() -> int:
    return current_app.config["LOGIN_CHECK_MINUTES"] * 60


def new_challenge() -> dict:
    """A fresh challenge for the browser: algorithm, challenge, maxNumber, salt, signature."""
    expires = dt.datetime.fromtimestamp(time.time() + _lifetime(), dt.UTC)
    challenge = create_challenge_v1(
        algorithm=ALGORITHM,
        hmac_key=_hmac_key(),
        max_number=current_app.config["LOGIN_CHECK_DIFFICULTY"],
        expires=expires,
    )
    return challenge.to_dict()


def _read(solution: str | None) -> dict | None:
    """The solution's fields when it has the shape of one (base64 of a JSON object)."""
    if not solution or len(solution) > SOLUTION_MAX_LENGTH:
        return None
    try:  # the bounded parser: a solution nested deeper than the stack is refused, not a server error
        data = input_bounds.loads(base64.b64decode(solution, validate=True))
    except ValueError:  # not base64, not UTF-8, not JSON, or out of bounds
        return None
    if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM or input_bounds.unusable(data):
        return None
    if not all(isinstance(data.get(key), str) for key in ("challenge", "salt", "signature")):
        return None
    number = data.get("number")
    if type(number) is not int or not 0 <= number <= current_app.config["LOGIN_CHECK_DIFFICULTY"]:
        return None
    if not extract_params_v1(data).get("expires"):  # every challenge made here expires
        return None
    return data


def spend(solution: str | None) -> bool:
    """True for a solved challenge made here, not expired and not used before; it is used now."""
    data = _read(solution)
    if data is None:
        return False
    verified, _error = verify_solution_v1(data, _hmac_key(), check_expires=True)
    if not verified:
        return False
    limiter = _limiter()
    if limiter is None:
        return True
    # the first use of a signature passes; the mark outlives the challenge, so a replay never does
    return limiter.hit(RateLimitItemPerSecond(1, _lifetime()), *_identifiers("sign-in-check", data["signature"]))
