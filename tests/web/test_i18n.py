"""The language of a page: explicit choice > account language > Accept-Language > Polish."""

import re

import pytest

from app.extensions import db
from tests.factories import login, make_user

LANG = re.compile(r'<html lang="([a-z]+)"')


def page_language(response) -> str:
    return LANG.search(response.get_data(as_text=True)).group(1)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("", "pl"),
        ("de-DE,de", "pl"),
        ("uk-UA,uk;q=0.9", "uk"),
        ("ru", "ru"),
        ("en-GB", "en"),
        ("pl-PL,en;q=0.5", "pl"),
        ("uk-UA,ru;q=0.9", "uk"),
        ("de,ru;q=0.8,uk;q=0.9", "uk"),
    ],
)
def test_accept_language_then_polish(client, accept, expected):
    assert page_language(client.get("/", headers={"Accept-Language": accept})) == expected


def test_each_language_has_its_own_texts(client):
    expected = {"pl": "Zaloguj się", "en": "Sign in", "ru": "Войти", "uk": "Увійти"}
    for code, text in expected.items():
        page = client.get(f"/language/{code}?next=/login", follow_redirects=True)
        assert page_language(page) == code
        assert text in page.get_data(as_text=True)


def test_explicit_choice_beats_the_browser(client):
    client.get("/language/ru?next=/")
    assert page_language(client.get("/", headers={"Accept-Language": "uk"})) == "ru"


def test_account_language_beats_the_browser_and_a_choice_changes_the_page_only(client):
    user = make_user("Applicant", preferred_language="uk")
    login(client, user.email)
    assert page_language(client.get("/account", headers={"Accept-Language": "en"})) == "uk"
    client.get("/language/pl?next=/account")
    assert page_language(client.get("/account")) == "pl"
    db.session.refresh(user)
    assert user.preferred_language == "uk"  # the office's messages keep the profile's language


def test_an_unknown_language_changes_nothing(client):
    response = client.get("/language/xx?next=/login")
    assert response.status_code == 302
    assert page_language(client.get("/")) == "en"


def test_the_switcher_only_returns_to_local_pages(client):
    assert client.get("/language/uk?next=https://evil.example/").headers["Location"] == "/?lang=uk"
    assert client.get("/language/uk?next=//evil.example/").headers["Location"] == "/?lang=uk"
    assert client.get("/language/uk?next=/service-points").headers["Location"] == "/service-points?lang=uk"


def test_the_back_office_speaks_the_chosen_language(client):
    user = make_user("Admin", preferred_language="uk")
    login(client, user.email)
    response = client.get("/users/list/")
    assert page_language(response) == "uk"
    assert "Користувачі" in response.get_data(as_text=True) or "користувач" in response.get_data(as_text=True)


def test_a_page_is_shareable_in_a_language(app, client):
    assert page_language(client.get("/cases/TRP?lang=ru", headers={"Accept-Language": "en"})) == "ru"
    # the reader who followed the link stays in that language on the next page
    assert page_language(client.get("/forms", headers={"Accept-Language": "en"})) == "ru"
    other = app.test_client()
    assert page_language(other.get("/cases/TRP?lang=xx", headers={"Accept-Language": "uk"})) == "uk"
    html = other.get("/forms?lang=pl").get_data(as_text=True)
    for code in ("pl", "en", "ru", "uk"):
        assert f'<link rel="alternate" hreflang="{code}" href="http://localhost/forms?lang={code}">' in html


def test_the_switcher_lands_on_the_page_in_the_chosen_language(client):
    html = client.get("/cases/TRP?lang=ru").get_data(as_text=True)
    assert 'href="/language/uk?next=/cases/TRP"' in html  # the old lang is not carried along
    response = client.get("/language/uk?next=/cases/TRP")
    assert response.headers["Location"] == "/cases/TRP?lang=uk"


def test_error_pages_name_no_language_versions(client):
    html = client.get("/cases/NOPE").get_data(as_text=True)
    assert 'hreflang="uk"' not in html.split("<body")[0]
