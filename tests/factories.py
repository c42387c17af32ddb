"""Small builders with defaults, for tests."""

from __future__ import annotations

import functools
import itertools
import re

from flask import current_app

from app.accounts.models import AccountType, PortalUser
from app.accounts.passwords import hash_password
from app.clock import utcnow
from app.extensions import db

PASSWORD = "correct horse battery staple"
_numbers = itertools.count(1)

ACCOUNT_TYPE_OF_ROLE = {"Applicant": AccountType.APPLICANT, "Employer": AccountType.EMPLOYER}


@functools.cache
def _hashed(password: str) -> str:
    """scrypt costs a tenth of a second by design; test accounts with one password share its hash."""
    return hash_password(password)


def make_user(role: str = "Applicant", *, email: str | None = None, password: str = PASSWORD, **fields) -> PortalUser:
    n = next(_numbers)
    email = email or f"{role.lower()}{n}@example.org"
    role_object = current_app.appbuilder.sm.find_role(role)
    assert role_object is not None, f"no role {role}: were the seeds loaded?"
    values = {
        "first_name": "Test",
        "last_name": f"User{n}",
        "account_type": ACCOUNT_TYPE_OF_ROLE.get(role, AccountType.STAFF),
        "preferred_language": "en",
        "active": True,
    }
    values.update(fields)
    values.setdefault("email_confirmed_at", utcnow() if values["active"] else None)
    user = PortalUser(email=email, username=email, password=_hashed(password), roles=[role_object], **values)
    if values["account_type"] == AccountType.EMPLOYER:
        user.company_name = user.company_name or "Odra Budownictwo sp. z o.o."
        user.nip = user.nip or "8961000005"
    db.session.add(user)
    db.session.commit()
    return user


CSRF_PATTERN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token(client, url: str = "/login") -> str:
    """The session's CSRF token, read from the page (or, after a redirect, from a form page)."""
    for candidate in (url, "/login", "/account/password"):
        found = CSRF_PATTERN.search(client.get(candidate).get_data(as_text=True))
        if found:
            return found.group(1)
    raise AssertionError(f"no CSRF token on {url}")


def submit(client, url: str, data: dict | None = None, *, token_from: str | None = None, **kwargs):
    """Post a form the way a browser does: with the CSRF token of the page it came from."""
    payload = dict(data or {})
    payload.setdefault("csrf_token", csrf_token(client, token_from or url))
    return client.post(url, data=payload, **kwargs)


def login(client, email: str, password: str = PASSWORD):
    return submit(client, "/login", {"email": email, "password": password})
