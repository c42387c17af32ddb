"""Password policy (OWASP ASVS 5.0, V6): length and a common-password list, no composition rules.

At least 12 and at most 256 characters, any Unicode (normalised to NFKC before hashing, so
the same password typed on another keyboard still matches), rejected when on the bundled list
of common passwords or when zxcvbn rates it trivially guessable.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from flask import current_app
from flask_appbuilder.exceptions import PasswordComplexityValidationError
from flask_babel import lazy_gettext as _l
from werkzeug.security import check_password_hash, generate_password_hash
from zxcvbn import zxcvbn

MIN_LENGTH = 12
MAX_LENGTH = 256
_ZXCVBN_INPUT_LIMIT = 100  # zxcvbn slows down sharply on long inputs; long passwords pass anyway
_COMMON_LIST = Path(__file__).with_name("data") / "common-passwords.txt"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = _COMMON_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def normalise(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def password_problem(password: str, context: tuple[str, ...] = ()) -> str | None:
    """The reason the password is refused, in the reader's language, or None."""
    password = normalise(password or "")
    if len(password) < MIN_LENGTH:
        return str(_l("Use at least %(n)d characters.", n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        return str(_l("Use at most %(n)d characters.", n=MAX_LENGTH))
    folded = password.casefold()
    if folded in common_passwords():
        return str(_l("This password is on a list of commonly used passwords. Choose another one."))
    if folded in {c.casefold() for c in context if c}:
        return str(_l("Do not use your e-mail address or your name as the password."))
    words = [c for c in context if c] + ["przybysz", "duw", "wroclaw"]
    if zxcvbn(password[:_ZXCVBN_INPUT_LIMIT], user_inputs=words)["score"] < 2:
        return str(_l("This password is too easy to guess. A few unrelated words make a strong password."))
    return None


def hash_password(password: str) -> str:
    return generate_password_hash(
        normalise(password),
        method=current_app.config.get("FAB_PASSWORD_HASH_METHOD", "scrypt"),
        salt_length=16,
    )


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or not password:
        return False
    return check_password_hash(password_hash, normalise(password))


# A valid hash of a random string, checked when no account matches, so that known and
# unknown e-mail addresses cost the same time.
_DUMMY_HASH = generate_password_hash("not-a-password-of-any-account", method="scrypt", salt_length=16)


def spend_verification_time(password: str) -> None:
    check_password_hash(_DUMMY_HASH, normalise(password or "x"))


def fab_password_validator(password: str) -> None:
    """The same policy for the back office's own user forms (FAB_PASSWORD_COMPLEXITY_VALIDATOR)."""
    problem = password_problem(password)
    if problem:
        raise PasswordComplexityValidationError(problem)
