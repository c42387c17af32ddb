"""The shared cache of public pages: a reader who is not signed in gets the page from it (and a 304
when their copy is current); a change an editor publishes shows at once on every page and language
that shows it; "open now" follows the clock; nothing of a signed-in reader, a form's token or a
flashed message is ever kept or served to someone else."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import update

from app.content import revisions
from app.content.models import FaqEntry
from app.extensions import db
from app.offices.models import OpeningHours, ServicePoint
from app.web import page_cache
from tests.factories import login, make_user

LANGUAGES = ("pl", "en", "ru", "uk")


def test_a_second_reader_gets_the_kept_page_and_a_current_copy_gets_a_304(app):
    first = app.test_client().get("/service-points?lang=en")
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Cache-Control"] == "no-cache"
    # a change behind the portal's back (no flush of a row, so no new generation): the kept page shows
    db.session.execute(update(ServicePoint).where(ServicePoint.code == "legnica").values(street="ul. Ukryta 9"))
    second = app.test_client().get("/service-points?lang=en")
    assert second.get_data() == first.get_data() and second.headers["ETag"] == first.headers["ETag"]
    assert "ul. Ukryta 9" not in second.get_data(as_text=True)
    again = app.test_client().get("/service-points?lang=en", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""
    assert "Accept-Language" in second.headers["Vary"] and "Cookie" in second.headers["Vary"]


def test_a_published_change_shows_at_once_on_every_page_and_language_that_shows_it(app):
    entry = db.session.query(FaqEntry).filter(FaqEntry.published_revision_id.is_not(None)).first()
    pages = ["/faq", f"/cases/{entry.case_type}"] if entry.case_type else ["/faq"]
    before = {
        (path, code): app.test_client().get(f"{path}?lang={code}").get_data(as_text=True)
        for path in pages
        for code in LANGUAGES
    }
    for code in LANGUAGES:
        setattr(entry, f"answer_{code}", f"Nowa odpowiedź ({code}): urząd przyjmuje wnioski także w soboty.")
    revisions.publish(entry, make_user("ContentEditor"))
    db.session.commit()
    for path in pages:
        for code in LANGUAGES:
            page = app.test_client().get(f"{path}?lang={code}").get_data(as_text=True)
            assert f"Nowa odpowiedź ({code})" in page, (path, code)
            assert page != before[(path, code)]


def test_an_edited_service_point_shows_at_once(app):
    app.test_client().get("/service-points?lang=en")
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    point.street = "ul. Nowa 1"
    db.session.commit()
    assert "ul. Nowa 1" in app.test_client().get("/service-points?lang=en").get_data(as_text=True)


def test_open_now_follows_the_clock_through_the_cache(app):
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    db.session.query(OpeningHours).filter_by(service_point_id=point.id).delete()
    db.session.add(OpeningHours(service_point_id=point.id, weekday=2, opens="08:00", closes="16:00"))
    db.session.commit()
    # Wednesday 9 December 2026, 15:59:30 in Warsaw, then 16:00:05
    with time_machine.travel(dt.datetime(2026, 12, 9, 14, 59, 30, tzinfo=dt.UTC), tick=False):
        open_page = app.test_client().get("/service-points?lang=en").get_data(as_text=True)
    with time_machine.travel(dt.datetime(2026, 12, 9, 15, 0, 5, tzinfo=dt.UTC), tick=False):
        closed_page = app.test_client().get("/service-points?lang=en").get_data(as_text=True)
    assert open_page != closed_page


def test_a_signed_in_reader_neither_gets_nor_leaves_a_kept_page(app):
    anonymous = app.test_client().get("/faq?lang=en").get_data(as_text=True)
    olena = make_user("Applicant", first_name="Olena", last_name="Kovalenko")
    taras = make_user("Applicant", first_name="Taras", last_name="Shevchuk")
    olena_client, taras_client = app.test_client(), app.test_client()
    login(olena_client, olena.email)
    login(taras_client, taras.email)
    signed_in = olena_client.get("/faq?lang=en")
    assert signed_in.get_data(as_text=True) != anonymous  # her own navigation, not the kept page
    assert signed_in.headers["Cache-Control"] == "no-store" and "ETag" not in signed_in.headers
    assert "Sign out" not in app.test_client().get("/faq?lang=en").get_data(as_text=True)
    olenas = olena_client.get("/account?lang=en").get_data(as_text=True)
    tarass = taras_client.get("/account?lang=en").get_data(as_text=True)
    assert olena.email in olenas and olena.email not in tarass and taras.email in tarass and taras.email not in olenas


def test_a_page_with_a_form_token_or_a_flashed_message_is_not_kept(app):
    app.test_client().get("/case-status?lang=en")  # the public check: a form with its token, never cacheable
    assert "portal.case_status" not in app.extensions["cacheable_pages"]
    client = app.test_client()
    with client.session_transaction() as session:
        session["_flashes"] = [("success", "Your message was sent.")]
    flashed = client.get("/faq?lang=en").get_data(as_text=True)
    assert "Your message was sent." in flashed
    assert "Your message was sent." not in app.test_client().get("/faq?lang=en").get_data(as_text=True)


@pytest.mark.parametrize("table", sorted(page_cache.PUBLIC_TABLES))
def test_every_public_table_named_exists(table):
    from flask_appbuilder import Model

    assert table in Model.metadata.tables


def test_search_results_are_kept_by_the_process_and_follow_a_publication_at_once(app):
    entry = db.session.query(FaqEntry).filter(FaqEntry.published_revision_id.is_not(None)).first()
    first = app.test_client().get("/search?q=zeppelinowy&lang=pl")
    assert first.status_code == 200 and first.headers["ETag"] and "/faq#faq-" not in first.get_data(as_text=True)
    kept = [key for key in page_cache._IN_PROCESS if key.endswith("/search?q=zeppelinowy&lang=pl")]
    assert kept and not any(key.startswith("page:") for key in kept)  # in the process, under the portal's prefix
    assert app.test_client().get("/search?q=zeppelinowy&lang=pl").headers["ETag"] == first.headers["ETag"]
    entry.answer_pl = "Sterowiec zeppelinowy nie jest środkiem transportu na wizytę w urzędzie."
    revisions.publish(entry, make_user("ContentEditor"))
    db.session.commit()
    found = app.test_client().get("/search?q=zeppelinowy&lang=pl").get_data(as_text=True)
    assert f"/faq#faq-{entry.code}" in found


def test_a_process_keeps_a_bounded_number_of_search_pages(app, monkeypatch):
    monkeypatch.setattr(page_cache, "IN_PROCESS_PAGES", 3)
    client = app.test_client()
    for word in ("karta", "pobyt", "praca", "wiza", "urząd"):
        assert client.get(f"/search?q={word}&lang=pl").status_code == 200
    assert len(page_cache._IN_PROCESS) == 3
    kept = [key.rsplit("q=", 1)[1] for key in page_cache._IN_PROCESS]
    assert kept == ["praca&lang=pl", "wiza&lang=pl", "urząd&lang=pl"]  # the most recently asked


def test_a_page_a_process_kept_is_not_served_once_the_shared_cache_was_emptied(app):
    from app.extensions import cache

    app.test_client().get("/search?q=zeppelinowy&lang=en")
    entry = db.session.query(FaqEntry).filter(FaqEntry.published_revision_id.is_not(None)).first()
    # published while this process was away from the cache (emptied, as after a restart of Redis)
    entry.answer_en = "A zeppelinowy airship is no way to come to the office."
    revisions.publish(entry, make_user("ContentEditor"))
    db.session.commit()
    cache.clear()
    assert f"/faq#faq-{entry.code}" in app.test_client().get("/search?q=zeppelinowy&lang=en").get_data(as_text=True)
