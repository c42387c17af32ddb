"""Time as the portal stores it and as people read it.

Stored: naive UTC datetimes (PostgreSQL `timestamp without time zone`). Read: Warsaw time, the office's, on every page,
PDF and e-mail (Flask-Babel's ``format_datetime`` converts, its default time zone being the office's). Machines (the
API) get UTC with its offset.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

OFFICE_TIMEZONE = "Europe/Warsaw"
OFFICE_TZ = ZoneInfo(OFFICE_TIMEZONE)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_stored(value: dt.datetime) -> dt.datetime:
    """``value`` as the portal stores it: an aware time converted to UTC, a naive one taken as UTC already."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def office_time(value: dt.datetime) -> dt.datetime:
    """A stored (UTC) time as the office's clock shows it."""
    return value.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ) if value.tzinfo is None else value.astimezone(OFFICE_TZ)


def run_in_utc() -> None:
    """Make the process's local time UTC. Flask-AppBuilder stamps its own rows (a user's last sign-in, created and
    changed) with ``datetime.now()``, the local time: in UTC they are stored like every other time of the portal."""
    if os.environ.get("TZ") != "UTC":
        os.environ["TZ"] = "UTC"
        time.tzset()


def office_date(value: dt.datetime) -> dt.date:
    """The office's calendar day of a stored (UTC) time: 23:30 UTC on 1 July is 2 July in Warsaw."""
    return office_time(value).date()


def office_today() -> dt.date:
    """Today by the office's calendar (deadlines, days left, what is filed today)."""
    return office_date(utcnow())
