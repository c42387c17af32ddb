"""The sign-in check: after too many failed sign-ins to one address (from any client address), the
next attempt needs a proof of work solved by the browser (ALTCHA's challenge), instead of a
lockout that would keep the owner out as well.

A challenge is made here, signed with a key derived from the app's secret, expires after
``LOGIN_CHECK_MINUTES`` and is spent by its first use: its signature is remembered in the
rate-limit storage (Redis when configured) until it would have expired anyway. The failed
attempts are counted in the same storage, under ``RATELIMIT_LOGIN_ACCOUNT``; with rate limits
switched off (``RATELIMIT_ENABLED``) there is no count and no check.

The work grows with the failures, so that guessing costs more and more while the owner's one
sign-in stays short: ``LOGIN_CHECK_DIFFICULTY`` at first, doubled for every
``LOGIN_CHECK_DOUBLE_EVERY`` further failures in the window, at most ``LOGIN_CHECK_MAX_DIFFICULTY``.
A challenge carries the difficulty it was made for in its salt, which its signature covers, and
counts only while the address asks for no more.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import time

from altcha import create_challenge_v1, extract_params_v1, verify_solution_v1
from flask import current_app
from limits import RateLimitItemPerSecond, parse

from app.web import input_bounds

ALGORITHM = "SHA-256"
SOLUTION_MAX_LENGTH = 2000  # a solution is about 300 characters; anything longer is not one
DIFFICULTY = "difficulty"  # the salt's parameter naming the largest number the challenge was made with


def _limiter():
    limiter = current_app.appbuilder.sm.limiter
    return limiter.limiter if limiter.enabled else None


def _identifiers(*parts: str) -> tuple[str, ...]:
    prefix = current_app.config.get("RATELIMIT_KEY_PREFIX") or ""
    return (prefix, *parts) if prefix else parts


def _failures(email: str) -> tuple[object, tuple[str, ...]]:
    item = parse(current_app.config["RATELIMIT_LOGIN_ACCOUNT"])
    return item, _identifiers("account:" + email[:254], "login-account")


def _failed(email: str) -> int:
    """Failed sign-ins to the address in the window (past the limit too: a fixed window counts every hit)."""
    limiter = _limiter()
    if limiter is None:
        return 0
    item, identifiers = _failures(email)
    return int(limiter.storage.get(item.key_for(*identifiers)) or 0)


def difficulty(email: str) -> int:
    """The largest number the browser may have to try for the address (half of it on average)."""
    config = current_app.config
    further = _failed(email) - parse(config["RATELIMIT_LOGIN_ACCOUNT"]).amount
    doublings = min(max(further, 0) // config["LOGIN_CHECK_DOUBLE_EVERY"], 64)  # beyond any maximum already
    return min(config["LOGIN_CHECK_DIFFICULTY"] << doublings, config["LOGIN_CHECK_MAX_DIFFICULTY"])


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


def new_challenge(email: str) -> dict:
    """A fresh challenge for the browser, as hard as the address (normalised) now asks: algorithm,
    challenge, maxNumber, salt (with the expiry and the difficulty, both signed), signature."""
    expires = dt.datetime.fromtimestamp(time.time() + _lifetime(), dt.UTC)
    max_number = difficulty(email)
    challenge = create_challenge_v1(
        algorithm=ALGORITHM,
        hmac_key=_hmac_key(),
        max_number=max_number,
        expires=expires,
        params={DIFFICULTY: str(max_number)},
    )
    return challenge.to_dict()


def _read(solution: str | None) -> tuple[dict, int] | None:
    """The solution's fields and the difficulty its challenge names, when it has the shape of a
    solution (base64 of a JSON object) to a challenge made here (expiring, with its difficulty)."""
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
    params = extract_params_v1(data)
    if not params.get("expires"):  # every challenge made here expires
        return None
    made_for = params.get(DIFFICULTY, [""])
    if len(made_for) != 1 or not re.fullmatch(r"[0-9]{1,12}", made_for[0]):
        return None
    number = data.get("number")
    if type(number) is not int or not 0 <= number <= int(made_for[0]):
        return None
    return data, int(made_for[0])


def spend(email: str, solution: str | None) -> bool:
    """True for a solved challenge made here, not expired, not used before and at least as hard as
    the address (normalised) now asks; it is used now."""
    read = _read(solution)
    if read is None or read[1] < difficulty(email):  # made before the address asked for more
        return False
    data = read[0]
    verified, _error = verify_solution_v1(data, _hmac_key(), check_expires=True)
    if not verified:
        return False
    limiter = _limiter()
    if limiter is None:
        return True
    # the first use of a signature passes; the mark outlives the challenge, so a replay never does
    return limiter.hit(RateLimitItemPerSecond(1, _lifetime()), *_identifiers("sign-in-check", data["signature"]))
