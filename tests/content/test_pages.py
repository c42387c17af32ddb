"""Pages (about the panel, organisation, privacy notice, accessibility statement): published,
linked from every page's footer, edited with the content workflow."""

import pytest

from app.content.models import Page
from app.extensions import db
from tests.factories import submit

SLUGS = ["about-the-panel", "organisation", "privacy", "accessibility"]


@pytest.mark.parametrize("language", ["pl", "en", "ru", "uk"])
def test_the_pages_are_published_and_in_every_footer(client, language):
    for path in ("/", "/login", "/faq"):
        footer = client.get(path, headers={"Accept-Language": language}).get_data(as_text=True).split("<footer")[1]
        for slug in SLUGS:
            assert f'href="/info/{slug}"' in footer, (path, slug)
    for slug in SLUGS:
        page = client.get(f"/info/{slug}", headers={"Accept-Language": language})
        assert page.status_code == 200
        assert "This text is not yet available" not in page.get_data(as_text=True)


def test_an_unknown_or_unpublished_page_is_not_found(client, login_as):
    assert client.get("/info/no-such-page").status_code == 404
    login_as("ContentEditor")
    data = {"slug": "test-draft", "position": "99", "in_footer": "y", "title_pl": "Szkic", "body_pl": "Treść robocza."}
    assert submit(client, "/pageview/add", data).status_code == 302
    assert client.get("/info/test-draft").status_code == 404
    page = db.session.query(Page).filter_by(slug="test-draft").one()
    submit(client, f"/pageview/publish/{page.id}", {}, token_from=f"/pageview/show/{page.id}")
    assert client.get("/info/test-draft").status_code == 200
    assert 'href="/info/test-draft"' in client.get("/").get_data(as_text=True)


def test_a_page_address_must_be_simple(client, login_as):
    login_as("ContentEditor")
    response = submit(client, "/pageview/add", {"slug": "Bad Slug!", "title_pl": "X", "body_pl": "Y"})
    assert response.status_code == 200
    assert "Use 2 to 64 lower-case letters, digits and hyphens." in response.get_data(as_text=True)
