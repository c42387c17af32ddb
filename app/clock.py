"""Time as the portal stores it: naive UTC datetimes (PostgreSQL `timestamp without time zone`)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
