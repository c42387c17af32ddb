"""A kept public page answered in front of Flask's request machinery.

The page cache (``page_cache``) serves a kept page from the first of Flask's before-request hooks;
by then Flask has built the request's contexts, opened the session and matched the address, and
its after-request hooks still run. This WSGI layer answers the same kept page before all of that,
when it can tell from the request alone that Flask would serve it: a GET or HEAD of a cacheable
endpoint, a reader whose session cookie (checked with the app's own signing key) holds no account
and no flashed message, and no ``lang`` in the address (that choice is remembered in the session,
which only Flask writes). The language is chosen as ``i18n.select_locale`` chooses it for such a
reader: the session's choice, then Accept-Language, then Polish. The answer carries the same
validators and security headers. Anything else, and every miss, goes to Flask unchanged.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable

from flask import Flask
from itsdangerous import BadSignature
from werkzeug.exceptions import HTTPException
from werkzeug.http import http_date, is_resource_modified, parse_etags, quote_etag, remove_entity_headers
from werkzeug.wrappers import Request

from app.web import headers, page_cache, shared_cache
from app.web.i18n import from_accept_language

MATCHED = 4096  # addresses of kept pages whose endpoint each process remembers


class KeptPages:
    def __init__(self, app: Flask, wsgi_app: Callable) -> None:
        self.app = app
        self.wsgi_app = wsgi_app
        self._matched: dict[str, str] = {}  # path → endpoint of a kept page, oldest first

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            response = None if shared_cache.down(self.app) else self._kept(environ)
        except shared_cache.UNANSWERED as error:  # the cache cannot be read: Flask answers, without it
            shared_cache.failed(self.app, "a kept page left to the application", error)
            response = None
        except Exception as error:  # anything unforeseen: Flask answers as always
            self.app.logger.warning("a kept page was left to the application: %s", type(error).__name__)
            response = None
        if response is None:
            return self.wsgi_app(environ, start_response)
        status, answer_headers, body = response
        start_response(status, answer_headers)
        return [body]

    def _kept(self, environ: dict):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        request = Request(environ)
        if "lang" in request.args:
            return None
        policy = self._policy(environ)
        if policy is None:
            return None
        session = self._session(request)
        if session is None:
            return None
        config = self.app.config
        languages = config["LANGUAGES"]
        chosen = session.get("locale")
        if chosen not in languages:
            chosen = from_accept_language(languages, request.accept_languages) or config["BABEL_DEFAULT_LOCALE"]
        key = page_cache.page_key(self.app, policy, chosen, request.full_path)
        _, kept = page_cache.read(self.app, policy, key)
        if kept is None:
            return None
        return _answer(kept, environ, config["SETTINGS"].production)

    def _policy(self, environ: dict):
        """The cache policy of the address's endpoint, None for an address that is not kept. An
        address found to be kept is remembered (the most recent ``MATCHED`` of them): matching it
        against every rule again was a tenth of a hit."""
        path = environ.get("PATH_INFO", "")
        endpoint = self._matched.get(path)
        if endpoint is None:
            try:
                rule, _ = self.app.url_map.bind_to_environ(environ).match(return_rule=True)
            except HTTPException:
                return None
            endpoint = rule.endpoint
        policy = self.app.extensions.get("cacheable_pages", {}).get(endpoint)
        if policy is not None and path not in self._matched:
            self._matched[path] = endpoint
            if len(self._matched) > MATCHED:
                self._matched.pop(next(iter(self._matched)), None)
        return policy

    def _session(self, request: Request) -> dict | None:
        """The reader's session if it is anonymous (no account, no flashed message); None when it
        is not, or when its cookie does not pass the signature (Flask then starts a new one)."""
        cookie = request.cookies.get(self.app.config["SESSION_COOKIE_NAME"])
        if not cookie:
            return {}
        serializer = self.app.session_interface.get_signing_serializer(self.app)
        if serializer is None:
            return None
        try:
            data = serializer.loads(cookie, max_age=int(self.app.permanent_session_lifetime.total_seconds()))
        except BadSignature:
            return None
        if not isinstance(data, dict) or "_user_id" in data or "_flashes" in data:
            return None
        return data


def _answer(kept: dict, environ: dict, production: bool) -> tuple[str, list[tuple[str, str]], bytes]:
    """What ``page_cache.answer`` and the security headers make of a kept page, as a WSGI status,
    headers and body, written out: Werkzeug's response and header objects cost a third of a hit.
    A 304 when the reader's copy is current (a 412 for an ``If-Match`` that it satisfies, as
    Werkzeug answers), no body for HEAD."""
    etag = quote_etag(kept["etag"])
    content_policy = headers.policy(back_office=False, nonce=secrets.token_urlsafe(16))
    pairs = [
        ("Content-Type", kept["content_type"]),
        ("ETag", etag),
        ("Cache-Control", "no-cache"),
        ("Vary", "Accept-Language, Cookie"),
        ("Date", http_date()),
        ("Content-Security-Policy", content_policy),
        *headers.security_pairs(production),
    ]
    body = kept["body"]
    status = "200 OK"
    if not is_resource_modified(environ, etag):
        if not parse_etags(environ.get("HTTP_IF_MATCH")):
            remove_entity_headers(pairs)
            return "304 NOT MODIFIED", pairs, b""
        status = "412 PRECONDITION FAILED"
    pairs.append(("Content-Length", str(len(body))))
    return status, pairs, b"" if environ.get("REQUEST_METHOD") == "HEAD" else body


def init_app(app: Flask) -> None:
    app.wsgi_app = KeptPages(app, app.wsgi_app)
