"""The link in a visit's e-mails that changes or cancels it without signing in: signed with the
portal's key, and made for the visit as it is when the e-mail is sent (its time and state), so it
works once: after a change or a cancellation the visit differs and the link is void. It is never
stored; the cutoff still holds."""

from __future__ import annotations

import hashlib

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from app.bookings.models import Visit, VisitState
from app.extensions import db

SALT = "visit-change"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def _fingerprint(visit: Visit) -> str:
    return hashlib.sha256(f"{visit.id}:{visit.slot_id}:{visit.state}:{visit.code}".encode()).hexdigest()[:16]


def change_token(visit: Visit) -> str:
    return _serializer().dumps({"v": visit.id, "f": _fingerprint(visit)})


def visit_of(token: str) -> Visit | None:
    """The booked visit the link was made for, if it is still as it was then; None otherwise."""
    if not token or len(token) > 200:
        return None
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("v"), int):
        return None
    visit = db.session.get(Visit, data["v"])
    if visit is None or visit.state != VisitState.CONFIRMED or _fingerprint(visit) != data.get("f"):
        return None
    return visit
