"""What a request may carry, checked before any view reads it, so that nothing a client sends
can break a page: text that can be stored and shown again (no NUL, no half of a surrogate pair),
JSON only where an endpoint reads JSON (under /api/; HTML forms read form data only), and JSON
within bounds (size, nesting depth, length of a number), read by a parser that cannot run out of
stack. A refusal is a 400 saying what was wrong, in the reader's language (413 for a body over the size
bound, refused before anything reads it)."""

from __future__ import annotations

import json
import re
from typing import Any

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import RequestEntityTooLarge

from app.web.errors import Refusal

JSON_PATHS = "/api/"  # the only paths whose endpoints read JSON bodies
MAX_DEPTH = 32  # arrays and objects inside each other; the answers of a form need four
MAX_NUMBER = 30  # characters of a number; no form or API field needs more
MAX_JSON = 256 * 1024  # bytes of a JSON body; the answers of the longest form's part take a few kilobytes
HEADERS_READ = ("Authorization", "Accept-Language", "X-CSRFToken", "Referer", "Content-Type")
UNUSABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates: no database or page can keep them

UNREADABLE_TEXT = (
    _l("The text could not be read"),
    _l(
        "What was sent contains characters that cannot be saved (broken or incomplete characters). "
        "Go back, type the text again or remove those characters, and send it again."
    ),
)
FORMS_ONLY = (
    _l("The request could not be read"),
    _l("This page takes its own form only. Go back and send the form from the page."),
)
TOO_DEEP = (
    _l("The data could not be read"),
    _l("What was sent is nested more than %(depth)d levels deep. Send it in the documented shape.", depth=MAX_DEPTH),
)
NUMBER_TOO_LONG = (
    _l("The data could not be read"),
    _l(
        "What was sent holds a number longer than %(length)d characters. Send it in the documented shape.",
        length=MAX_NUMBER,
    ),
)
NOT_JSON = (
    _l("The data could not be read"),
    _l("What was sent is not valid JSON. Send it in the documented shape."),
)


class BoundedJSONError(ValueError):
    """JSON refused before or while it is parsed; ``reason`` is the message for the sender."""

    def __init__(self, reason: tuple) -> None:
        super().__init__(str(reason[1]))
        self.reason = reason


def nesting(text: str) -> int:
    """How deep arrays and objects nest in ``text``, counted without parsing (brackets inside
    strings aside), in one pass over the characters: a pattern for strings would start again at
    every quote of an unclosed string and take time growing with the square of its length."""
    deepest = level = 0
    inside = escaped = False  # inside a string; just after its backslash
    for char in text:
        if inside:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                inside = False
        elif char == '"':
            inside = True
        elif char == "[" or char == "{":
            level += 1
            deepest = max(deepest, level)
        elif char == "]" or char == "}":
            level -= 1
    return deepest


def _number(kind):
    def parse(text: str):
        if len(text) > MAX_NUMBER:
            raise BoundedJSONError(NUMBER_TOO_LONG)
        return kind(text)

    return parse


def _constant(name: str):
    raise BoundedJSONError(NOT_JSON)  # NaN and Infinity are not JSON


def loads(data: str | bytes, **kwargs: Any) -> Any:
    """json.loads within MAX_DEPTH and MAX_NUMBER (raises BoundedJSONError, a ValueError)."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    if nesting(text) > MAX_DEPTH:
        raise BoundedJSONError(TOO_DEEP)
    kwargs.setdefault("parse_int", _number(int))
    kwargs.setdefault("parse_float", _number(float))
    kwargs.setdefault("parse_constant", _constant)
    return json.loads(text, **kwargs)


class BoundedJSONProvider(DefaultJSONProvider):
    """Every JSON body the app reads (request.get_json included) goes through the bounds."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return loads(s, **kwargs)


def unusable(value: Any) -> bool:
    """Whether any text in ``value`` (strings, and the keys and items of JSON) cannot be kept."""
    if isinstance(value, str):
        return UNUSABLE.search(value) is not None
    if isinstance(value, dict):
        return any(unusable(k) or unusable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(unusable(item) for item in value)
    return False


def check_request() -> None:
    """Registered before every request (before CSRF and sign-in checks read anything)."""
    texts = [request.path, *(t for pair in request.args.items(multi=True) for t in pair)]
    texts += [request.headers.get(name, "") for name in HEADERS_READ]
    if unusable(texts):
        raise Refusal(*UNREADABLE_TEXT)
    if request.is_json and (request.content_length or request.method in ("POST", "PUT", "PATCH", "DELETE")):
        _check_json()
    elif request.method in ("POST", "PUT", "PATCH", "DELETE") and request.mimetype in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        fields = [t for pair in request.form.items(multi=True) for t in pair]
        names = [f.filename or "" for f in request.files.values()]
        if unusable(fields + names):
            raise Refusal(*UNREADABLE_TEXT)


def _check_json() -> None:
    if not request.path.startswith(JSON_PATHS):
        raise Refusal(*FORMS_ONLY)
    if (request.content_length or 0) > MAX_JSON:
        raise RequestEntityTooLarge()
    data = request.get_data(cache=True)
    if len(data) > MAX_JSON:  # sent without a length
        raise RequestEntityTooLarge()
    try:
        value = loads(data)
    except BoundedJSONError as error:
        raise Refusal(*error.reason) from None
    except ValueError:  # not UTF-8, not JSON
        raise Refusal(*NOT_JSON) from None
    if unusable(value):
        raise Refusal(*UNREADABLE_TEXT)


def init_app(app: Flask) -> None:
    app.json = BoundedJSONProvider(app)
    # first in line: CSRF protection and the sign-in check would otherwise read the body first
    app.before_request_funcs.setdefault(None, []).insert(0, check_request)
