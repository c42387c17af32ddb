"""Search matches words in their inflected forms (lemmas, stems, families) in the four languages,
marks them as written, and looks the words of published texts up once per publication."""

import pytest
from markupsafe import Markup

from app.content import search as search_module
from app.content.lemmas import word
from app.content.models import FaqEntry
from app.content.revisions import words_cache_key
from app.content.search import Document, query_words, search
from app.extensions import cache, db
from app.offices.services import active_points
from tests.factories import submit


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("pl", "Legnica", "Legnicy"),
        ("pl", "Legnica", "Legnicą"),
        ("pl", "legnica", "Legnicę"),
        ("pl", "Wrocław", "Wrocławiu"),
        ("pl", "wroclawiu", "Wrocław"),
        ("pl", "oplata", "opłacie"),  # the base form without diacritics meets the dictionary's forms
        ("pl", "odwolanie", "odwołania"),
        ("pl", "karta", "kartę"),
        ("pl", "cudzoziem", "cudzoziemców"),  # a word typed in part
        ("en", "fees", "fee"),
        ("en", "appeal", "appealed"),
        ("en", "children", "child"),
        ("ru", "Легница", "Легнице"),
        ("ru", "Вроцлав", "Вроцлаве"),
        ("ru", "сбор", "сбора"),
        ("ru", "обжалование", "обжаловать"),
        ("uk", "Легниця", "Легниці"),
        ("uk", "Легниця", "Легницю"),
        ("uk", "Вроцлав", "Вроцлаві"),
        ("uk", "оскарження", "оскаржити"),
        ("uk", "Гура", "Гурі"),
    ],
)
def test_a_query_word_meets_its_inflected_forms(language, typed, written):
    assert word(typed, language).meets(word(written, language))


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("pl", "Legnica", "Wałbrzych"),
        ("pl", "karta", "kartka"),
        ("pl", "praca", "pracownik"),
        ("pl", "sąd", "sądny"),
        ("en", "employer", "employee"),
        ("en", "fee", "feed"),
        ("ru", "Легница", "Лейпциг"),
        ("uk", "рішення", "вирішення"),
        ("uk", "карта", "картка"),
    ],
)
def test_different_words_do_not_meet(language, typed, written):
    assert not word(typed, language).meets(word(written, language))


def test_words_without_meaning_alone_count_only_when_there_is_nothing_else():
    assert query_words("How to appeal a decision?", "en") == ["appeal", "decision"]
    assert query_words("karta pobytu dla studenta", "pl") == ["karta", "pobytu", "studenta"]
    assert query_words("как", "ru") == ["как"]
    assert query_words("Я загубив карту", "uk") == ["загубив", "карту"]


def point(language_texts: dict, address: str) -> Document:
    names = {f"name_{code}": text for code, text in language_texts.items()}
    return Document("Service point", "/service-points#point-x", "name", "address", {**names, "address_pl": address})


def test_marks_land_on_the_inflected_word_as_written():
    documents = [
        point({"pl": "Delegatura w Legnicy", "uk": "Відділення в Легниці"}, "ul. F. Skarbka 3, 59-220 Legnica")
    ]
    [result] = search("Легниця", documents, "uk")
    assert result.title == Markup("Відділення в <mark>Легниці</mark>")
    [result] = search("legnica", documents, "pl")
    assert result.title == Markup("Delegatura w <mark>Legnicy</mark>")
    assert result.excerpt == Markup("ul. F. Skarbka 3, 59-220 <mark>Legnica</mark>")
    assert search("Wałbrzych", documents, "pl") == []


def test_every_word_is_required_in_some_form():
    documents = [point({"pl": "Delegatura w Legnicy"}, "ul. F. Skarbka 3, 59-220 Legnica")]
    assert search("delegatury Legnica", documents, "pl")
    assert search("delegatury Wałbrzych", documents, "pl") == []


def test_a_text_with_markup_characters_is_shown_as_written():
    documents = [
        Document(
            "Question", "/faq#faq-x", "question", "answer", {"question_en": "Fees", "answer_en": "Fees & costs < 5 zł"}
        )
    ]
    [result] = search("costs", documents, "en")
    assert result.excerpt == Markup("Fees &amp; <mark>costs</mark> &lt; 5 zł")


QUESTION = {
    "code": "test-question",  # test-* items are removed after each test
    "topic": "visits",
    "case_type": "",
    "position": "990",
    "question_pl": "Czy mogę złożyć wniosek w Zgorzelcu?",
    "question_en": "Can I file the application in Zgorzelec?",
    "question_ru": "Можно ли подать заявление в Згожелеце?",
    "question_uk": "Чи можна подати заяву у Згожельці?",
    "answer_pl": "Nie. Wnioski przyjmują punkty obsługi urzędu.",
    "answer_en": "No. Applications are received at the office's service points.",
    "answer_ru": "Нет. Заявления принимают пункты обслуживания управления.",
    "answer_uk": "Ні. Заяви приймають пункти обслуговування управління.",
}


def found(client, query: str, language: str) -> str:
    return client.get("/search", query_string={"q": query, "lang": language}).get_data(as_text=True)


def test_words_of_published_texts_are_looked_up_once_per_publication(client, login_as, monkeypatch):
    assert 'href="/faq#faq-service-points"' in found(client, "Legnicy", "pl")
    assert cache.get(words_cache_key(FaqEntry.content_type, "pl"))

    analysed = []

    def counting(source, language, markdown):
        analysed.append(source)
        return analyse(source, language, markdown)

    analyse = search_module.analyse
    monkeypatch.setattr(search_module, "analyse", counting)
    assert 'href="/faq#faq-appeal-deadline"' in found(client, "odwołania", "pl")
    assert len(analysed) == 2 * len(active_points())  # service points only: they are not published content

    login_as("ContentEditor")
    assert submit(client, "/faqview/add", QUESTION).status_code == 302
    entry = db.session.query(FaqEntry).filter_by(code="test-question").one()
    submit(client, f"/faqview/publish/{entry.id}", {}, token_from=f"/faqview/show/{entry.id}")
    assert cache.get(words_cache_key(FaqEntry.content_type, "pl")) is None  # forgotten with the snapshots

    assert 'href="/faq#faq-test-question"' in found(client, "Zgorzelec", "pl")
    assert "<mark>Zgorzelcu</mark>" in found(client, "Zgorzelec", "pl")
    assert 'href="/faq#faq-test-question"' in found(client, "Згожелец", "ru")
