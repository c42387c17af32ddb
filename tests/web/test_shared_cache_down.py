"""With the shared cache (Redis) not answering, the portal answers as it does without a cache: the
public pages, search, error pages, signing in, a reader's own pages and the back office; none is a
500, and what the cache would have kept is read from the database instead."""

from __future__ import annotations

import socket
import threading

import pytest

from app.content.models import FaqEntry
from app.extensions import db
from tests.factories import login, make_user

PUBLIC = ["/", "/cases", "/cases/TRP", "/forms", "/forms/TRP", "/faq", "/legal-acts", "/service-points", "/news"]


@pytest.fixture
def cacheless(fresh_app):
    """An app whose Redis (cache, rate limits, jobs) is an address where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return fresh_app(REDIS_URL=f"redis://127.0.0.1:{port}/0")


def test_public_pages_and_search_answer_from_the_database(cacheless, caplog):
    client = cacheless.test_client()
    for path in PUBLIC:
        assert client.get(path).status_code == 200, path
    entry = db.session.query(FaqEntry).filter(FaqEntry.published_revision_id.is_not(None)).first()
    assert entry.question_en.split("?")[0] in client.get("/faq?lang=en").get_data(as_text=True)
    search = client.get("/search?q=karta")
    assert search.status_code == 200 and "/cases/" in search.get_data(as_text=True)
    missing = cacheless.test_client().get("/no-such-page", headers={"Accept-Language": "uk"})
    assert missing.status_code == 404 and '<html lang="uk">' in missing.get_data(as_text=True)
    assert "without the shared cache, which did not answer" in caplog.text


def test_signing_in_and_a_readers_own_pages_work(cacheless):
    client = cacheless.test_client()
    user = make_user("Applicant")
    assert login(client, user.email).status_code == 302
    for path in ["/my-cases", "/applications", "/account", "/visits"]:
        assert client.get(path).status_code == 200, path


def test_the_back_office_works(cacheless):
    client = cacheless.test_client()
    clerk = make_user("Clerk")
    assert login(client, clerk.email).status_code == 302
    for path in ["/backoffice/", "/work/", "/desk/"]:
        assert client.get(path).status_code == 200, path


def test_a_redis_that_hangs_is_given_up_and_left_alone(fresh_app, caplog):
    """An address that takes the connection and never answers (a Redis that hangs): the page is
    answered without the cache, and the next ones do not wait for it again."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)  # connections are taken into the backlog and never answered
        app = fresh_app(REDIS_URL=f"redis://127.0.0.1:{silent.getsockname()[1]}/0")
        answers: list[int] = []

        def read_pages():
            client = app.test_client()
            answers.extend(client.get(path).status_code for path in ("/faq", "/legal-acts", "/cases/TRP"))

        reader = threading.Thread(target=read_pages, daemon=True)
        reader.start()
        reader.join(timeout=60)  # without a timeout on the client the first page would wait for ever
        assert not reader.is_alive() and answers == [200, 200, 200]
    assert caplog.text.count("which did not answer: TimeoutError") == 1  # then left alone
