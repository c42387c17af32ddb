"""Log records never carry personal identifiers: PESEL numbers, passport numbers, e-mail
addresses and phone numbers are masked before any handler sees the message."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_plus

PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"(?<!\d)\d{11}(?!\d)"), "[pesel]"),
    (re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,3}\s?\d{6,7}(?![A-Za-z0-9])"), "[document]"),
    # 9 to 13 digits, optionally grouped by spaces or dashes, with + or 00 before an international one:
    # Polish mobiles and landlines (600 100 200, 71 701 11 00), Ukrainian numbers (067 123 45 67); not
    # the status and size after an access log's request line ("GET / HTTP/1.1" 302 123456)
    (re.compile(r'(?<![\w.:/-])(?<!\d" )(?:\+|00)?\d(?:[ -]?\d){8,12}(?![\w.:/-])'), "[phone]"),
]
_ESCAPED = re.compile(r"%[0-9A-Fa-f]{2}")


def mask(text: str) -> str:
    if _ESCAPED.search(text):  # addresses from URLs, e.g. ?email=olena%40example.org
        text = unquote_plus(text)
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log what there is, masked
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


_base_factory = logging.getLogRecordFactory()
_filter = MaskingFilter()


def _masking_factory(*args, **kwargs) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    _filter.filter(record)
    return record


def install(level: str = "INFO") -> None:
    """Mask every record at creation, whichever logger or handler it goes to."""
    if logging.getLogRecordFactory() is not _masking_factory:
        logging.setLogRecordFactory(_masking_factory)
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
