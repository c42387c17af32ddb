"""The public service points page."""

from app.extensions import db
from app.offices.models import ServicePoint


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
