"""Every page and document can be sent: text that UTF-8 cannot carry (half of a surrogate pair,
kept before the portal refused such input) goes out as a replacement character instead of
failing the page."""

from __future__ import annotations

import re

from flask import Flask
from flask.wrappers import Response

_SURROGATES = re.compile("[\ud800-\udfff]")


def sendable(text: str) -> str:
    """``text`` with every half of a surrogate pair replaced by U+FFFD, so UTF-8 can carry it."""
    return _SURROGATES.sub("\ufffd", text)


class PortalResponse(Response):
    def set_data(self, value: bytes | str) -> None:
        if isinstance(value, str):
            try:
                value = value.encode()
            except UnicodeEncodeError:
                value = sendable(value).encode()
        super().set_data(value)


def init_app(app: Flask) -> None:
    app.response_class = PortalResponse
