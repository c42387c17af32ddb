"""Real queries per language (search_queries.yaml) against the seeded content, and the examples
the search page itself gives under its box, in every language."""

import html
import re
from pathlib import Path

import pytest
import yaml

QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yaml").read_text(encoding="utf-8"))
LANGUAGES = ("pl", "en", "ru", "uk")
CASES = [(language, entry) for language in LANGUAGES for entry in QUERIES[language]]


def search(client, query: str, language: str) -> str:
    response = client.get("/search", query_string={"q": query, "lang": language})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def found(page: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'<h3><a href="([^"]+)"', page)]


def marked(page: str) -> set[str]:
    return {html.unescape(word) for word in re.findall(r"<mark>(.*?)</mark>", page)}


def examples(client, language: str) -> list[str]:
    """The examples in the hint under the search box: "For example: a, b, c."."""
    page = client.get("/search", query_string={"lang": language}).get_data(as_text=True)
    hint = html.unescape(re.search(r'<div class="hint" id="q-hint">(.*?)</div>', page).group(1))
    return [example.strip(" .") for example in hint.split(":", 1)[1].split(",")]


def test_every_language_has_at_least_ten_queries_with_expectations():
    for language in LANGUAGES:
        assert len(QUERIES[language]) >= 10, language
        for entry in QUERIES[language]:
            assert entry.get("finds") or entry.get("nothing"), entry


@pytest.mark.parametrize(("language", "entry"), CASES, ids=[f"{lang}-{e['query']}" for lang, e in CASES])
def test_a_real_query_finds_what_it_must(client, language, entry):
    page = search(client, entry["query"], language)
    results = found(page)
    if entry.get("nothing"):
        assert results == [], results
        return
    for url in entry["finds"]:
        assert url in results, f"{entry['query']!r} ({language}) does not find {url}: {results}"
    for url in entry.get("not", []):
        assert url not in results, f"{entry['query']!r} ({language}) finds {url}"
    assert set(entry.get("marks", [])) <= marked(page), marked(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_example_under_the_search_box_finds_results(client, language):
    shown = examples(client, language)
    assert len(shown) >= 3, shown
    listed = {entry["query"] for entry in QUERIES[language]}
    for example in shown:
        assert example in listed, f"{example!r} is not among the queries in search_queries.yaml"
        assert found(search(client, example, language)), f"the example {example!r} ({language}) finds nothing"
