"""Announcements: newest first, each with its date in the reader's language."""

from app.content.models import NewsItem
from app.extensions import db
from tests.factories import submit

ITEM = {
    "code": "test-closed-on-friday",  # test-* items are removed after each test
    "published_on": "2099-01-02",
    "title_pl": "Urząd nieczynny w piątek",
    "title_en": "The office is closed on Friday",
    "body_pl": "W piątek punkty obsługi są nieczynne.",
    "body_en": "On Friday the service points are closed.",
}


def test_seeded_announcements_are_listed_with_dates(client):
    page = client.get("/news", headers={"Accept-Language": "pl"}).get_data(as_text=True)
    assert "Wnioski pobytowe składane tylko przez system MOS" in page
    assert '<time datetime="2026-04-27">27 kwietnia 2026</time>' in page
    assert page.index("2026-04-27") < page.index("2025-06-01")  # newest first
    item = client.get("/news/mos-residence-applications", headers={"Accept-Language": "uk"})
    assert "mos.cudzoziemcy.gov.pl" in item.get_data(as_text=True)
    assert client.get("/news/no-such-news").status_code == 404


def test_an_editor_publishes_an_announcement_that_goes_first(client, login_as):
    login_as("ContentEditor")
    assert submit(client, "/newsview/add", ITEM).status_code == 302
    item = db.session.query(NewsItem).filter_by(code=ITEM["code"]).one()
    assert "The office is closed on Friday" not in client.get("/news").get_data(as_text=True)
    submit(client, f"/newsview/publish/{item.id}", {}, token_from=f"/newsview/show/{item.id}")
    page = client.get("/news").get_data(as_text=True)
    assert page.index("The office is closed on Friday") < page.index("Residence applications filed only through MOS")
    reader = client.application.test_client()
    russian = reader.get(f"/news/{ITEM['code']}", headers={"Accept-Language": "ru"}).get_data(as_text=True)
    assert "Urząd nieczynny w piątek" in russian  # no Russian version: Polish, with a note
    assert 'lang="pl"' in russian
