"""A kept public page is answered in front of Flask when the request alone shows that Flask would
serve it, with the same headers; a signed-in reader, a session that fails its signature, a language
asked for in the address and a miss all go to Flask."""

from __future__ import annotations

import pytest

from app.web import page_hits
from app.web.page_hits import KeptPages
from tests.factories import login, make_user


@pytest.fixture
def through_flask(app, monkeypatch):
    """The paths of the requests that reached Flask."""
    layer = app.wsgi_app
    assert isinstance(layer, KeptPages)
    reached: list[str] = []
    inner = layer.wsgi_app

    def counted(environ, start_response):
        reached.append(environ["PATH_INFO"])
        return inner(environ, start_response)

    monkeypatch.setattr(layer, "wsgi_app", counted)
    return reached


def _same(headers) -> dict:
    kept = {k: v for k, v in headers.items() if k not in ("Set-Cookie", "Date", "Content-Security-Policy")}
    kept["Content-Security-Policy"] = headers["Content-Security-Policy"].split("'nonce-")[0]
    return kept


def test_a_kept_page_is_answered_before_flask_with_the_same_headers(app, through_flask):
    rendered = app.test_client().get("/faq", headers={"Accept-Language": "ru"})
    again = app.test_client().get("/faq", headers={"Accept-Language": "ru"})
    assert through_flask == ["/faq"]  # the second never reached Flask
    assert again.get_data() == rendered.get_data() and '<html lang="ru">' in again.get_data(as_text=True)
    assert _same(again.headers) == _same(rendered.headers)
    repeat = app.test_client().get("/faq", headers={"Accept-Language": "ru", "If-None-Match": again.headers["ETag"]})
    assert repeat.status_code == 304 and through_flask == ["/faq"]
    assert repeat.get_data() == b"" and "Content-Type" not in repeat.headers and repeat.headers["ETag"]
    assert repeat.headers["X-Frame-Options"] == "DENY"
    head = app.test_client().head("/faq", headers={"Accept-Language": "ru"})
    assert (
        head.status_code == 200
        and head.get_data() == b""
        and head.headers["Content-Length"] == str(len(rendered.get_data()))
    )


def test_the_language_chosen_in_the_session_picks_the_kept_page(app, through_flask):
    client = app.test_client()
    assert '<html lang="uk">' in client.get("/legal-acts?lang=uk").get_data(as_text=True)  # remembered by Flask
    client.get("/faq")  # rendered in Ukrainian, by Flask
    assert '<html lang="uk">' in client.get("/faq").get_data(as_text=True)
    assert through_flask == ["/legal-acts", "/faq"]


def test_a_signed_in_reader_a_forged_session_and_a_language_in_the_address_go_to_flask(app, through_flask):
    app.test_client().get("/faq?lang=en")
    app.test_client().get("/faq", headers={"Accept-Language": "en"})
    assert through_flask == ["/faq"] * 2  # a language in the address, then a page not kept yet
    olena = make_user("Applicant", first_name="Olena", last_name="Kovalenko")
    client = app.test_client()
    login(client, olena.email)
    through_flask.clear()
    page = client.get("/faq", headers={"Accept-Language": "en"})
    assert through_flask == ["/faq"] and "Sign out" in page.get_data(as_text=True)
    forged = app.test_client()
    forged.set_cookie(app.config["SESSION_COOKIE_NAME"], "eyJsb2NhbGUiOiJ1ayJ9.forged.signature")
    forged.get("/faq", headers={"Accept-Language": "en"})
    app.test_client().get("/faq?lang=en", headers={"Accept-Language": "en"})
    assert through_flask == ["/faq"] * 3


def test_when_the_layer_cannot_read_the_cache_flask_answers(app, through_flask, monkeypatch, caplog):
    from types import SimpleNamespace

    from app.web import page_cache

    app.test_client().get("/faq")

    def unreachable(*args, **kwargs):
        raise ConnectionError("the cache does not answer")

    # the layer's reading fails (Flask's own reading is left as it is)
    monkeypatch.setattr(page_hits, "page_cache", SimpleNamespace(**{**vars(page_cache), "read": unreachable}))
    through_flask.clear()
    answer = app.test_client().get("/faq")
    assert answer.status_code == 200 and through_flask == ["/faq"]
    assert (
        "a kept page left to the application without the shared cache, which did not answer: ConnectionError"
        in caplog.text
    )


def test_a_kept_address_is_matched_against_the_rules_once(app, through_flask, monkeypatch):
    layer = app.wsgi_app
    matched = []
    bind = app.url_map.bind_to_environ
    monkeypatch.setattr(app.url_map, "bind_to_environ", lambda environ, **kw: matched.append(1) or bind(environ, **kw))
    monkeypatch.setattr(layer, "_matched", {})
    for _ in range(3):
        assert app.test_client().get("/cases/TRP").status_code == 200
    assert through_flask == ["/cases/TRP"]  # then kept
    assert list(layer._matched) == ["/cases/TRP"]
    layer_matches = len(matched) - len(through_flask)  # Flask matches each request it gets, too
    assert layer_matches == 1
    assert app.test_client().get("/account").status_code == 302  # not kept: matched each time, not remembered
    assert list(layer._matched) == ["/cases/TRP"]


def test_the_remembered_addresses_are_bounded(app, monkeypatch):
    layer = app.wsgi_app
    monkeypatch.setattr(page_hits, "MATCHED", 2)
    monkeypatch.setattr(layer, "_matched", {})
    for path in ("/faq", "/legal-acts", "/news"):
        app.test_client().get(path)
        app.test_client().get(path)
    assert list(layer._matched) == ["/legal-acts", "/news"]
