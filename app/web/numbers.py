"""Whole numbers sent in a request (an id, a page, a count of days): ASCII digits only.

``str.isdigit()`` also takes "²" and "٣": int() refuses the first (a server error where a view
checked isdigit() and then called int()) and reads the second; and int() refuses text of more than
4,300 digits. No id, page or count the portal reads has more than nine digits."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]{1,9}")


def whole_number(text: object, most: int = 999_999_999) -> int | None:
    """``text`` as a whole number from 0 to ``most``; None for anything else."""
    if not isinstance(text, str) or not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if value <= most else None
