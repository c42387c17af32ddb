"""Search across published content in the reader's language, with the matches marked."""

import pytest

from app.content.search import fold, query_words


def search(client, query, language="en"):
    return client.get("/search", query_string={"q": query}, headers={"Accept-Language": language})


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("pl", "cudzoziemcach", "/legal-acts#act-foreigners-act"),
        ("en", "foreigners act", "/legal-acts#act-foreigners-act"),
        ("uk", "іноземців", "/legal-acts#act-"),
        ("ru", "иностранцев", "/legal-acts#act-"),
        ("en", "Legnica", "/service-points#point-legnica"),
        ("pl", "wałbrzych", "/service-points#point-walbrzych"),
        ("pl", "walbrzych", "/service-points#point-walbrzych"),  # without the diacritic
    ],
)
def test_finds_published_content_in_the_readers_language(client, language, query, expected):
    page = search(client, query, language).get_data(as_text=True)
    assert f'href="{expected}' in page


def test_matches_are_marked_and_escaped(client):
    page = search(client, "stamp duty").get_data(as_text=True)
    assert "<mark>" in page
    assert "result" in page
    hostile = search(client, '<script>alert("x")</script>').get_data(as_text=True)
    assert '<script>alert("x")</script>' not in hostile
    assert "Nothing found" in hostile


def test_an_empty_or_strange_query_is_answered_calmly(client):
    assert "Nothing found" not in search(client, "").get_data(as_text=True)
    for query in ("%", "   ", "a", "ж" * 5000, "((("):
        assert search(client, query).status_code == 200


def test_every_word_must_match(client):
    assert 'href="/service-points#point-legnica' in search(client, "Legnica").get_data(as_text=True)
    assert "Nothing found" in search(client, "Legnica zzqxw").get_data(as_text=True)


def test_words_are_folded_for_matching():
    assert fold("ŁÓDŹ") == "lodz"
    assert query_words("Karta  pobytu, KARTA!", "pl") == ["Karta", "pobytu"]
