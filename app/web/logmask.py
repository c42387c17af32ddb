"""Log records never carry personal identifiers: PESEL numbers, passport numbers, e-mail
addresses and phone numbers are masked before any handler sees the message."""

from __future__ import annotations

import logging
import re

PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"(?<!\d)\d{11}(?!\d)"), "[pesel]"),
    (re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,3}\s?\d{6,7}(?![A-Za-z0-9])"), "[document]"),
    (re.compile(r"\+\d[\d ()-]{7,}\d(?!\d)"), "[phone]"),
    (re.compile(r"(?<![\d.])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d.])"), "[phone]"),
]


def mask(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logged as it is
            return True
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
