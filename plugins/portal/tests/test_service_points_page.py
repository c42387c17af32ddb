"""The public service points page."""

from app.extensions import db
from app.offices.models import ServicePoint
from seeds.offices import ACCESSIBILITY


def test_the_page_lists_every_point_with_its_state(client):
    page = client.get("/service-points").get_data(as_text=True)
    for street in ("pl. Powstańców Warszawy 1", "ul. F. Skarbka 3", "ul. Słowackiego 23a", "ul. Piłsudskiego 12"):
        assert street in page
    assert page.count("tag--") == 4
    assert "openstreetmap.org/search?query=" in page


def test_a_hidden_point_is_not_shown(client):
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    point.active = False
    db.session.commit()
    try:
        assert "Skarbka" not in client.get("/service-points").get_data(as_text=True)
    finally:
        point.active = True
        db.session.commit()


def test_the_page_speaks_the_readers_language(client):
    page = client.get("/service-points", headers={"Accept-Language": "uk"}).get_data(as_text=True)
    assert "Відділення в Легниці" in page
    assert "Понеділок" in page


def test_each_point_has_accessibility_notes_in_the_readers_language(client):
    page = client.get("/service-points", headers={"Accept-Language": "uk"}).get_data(as_text=True)
    assert page.count('id="access-') == 4
    assert "індукційна петля" in page
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    point.accessibility_uk = None
    db.session.commit()
    try:
        page = client.get("/service-points", headers={"Accept-Language": "uk"}).get_data(as_text=True)
        assert '<div class="prose" lang="pl"><p>Przed wizytą zapytaj' in page  # Polish, marked as such
    finally:
        point.accessibility_uk = ACCESSIBILITY["accessibility_uk"]
        db.session.commit()
