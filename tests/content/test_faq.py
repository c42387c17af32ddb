"""Questions and answers: seeded in four languages, edited with the same workflow as every content."""

from app.content.models import FaqEntry
from app.extensions import db
from tests.factories import submit

QUESTION = {
    "code": "test-question",  # test-* items are removed after each test
    "topic": "visits",
    "case_type": "TRP",
    "position": "990",
    "question_pl": "Czy mogę przyjść bez rezerwacji?",
    "question_en": "Can I come without a booking?",
    "question_ru": "Можно прийти без записи?",
    "question_uk": "Чи можна прийти без запису?",
    "answer_pl": "Najpierw zarezerwuj wizytę.",
    "answer_en": "Book a visit first.",
    "answer_ru": "Сначала запишитесь на приём.",
    "answer_uk": "Спершу запишіться на прийом.",
}


def test_at_least_25_questions_are_published_in_every_language(client):
    published = db.session.query(FaqEntry).filter(FaqEntry.published_revision_id.isnot(None)).count()
    assert published >= 25
    for language in ("pl", "en", "ru", "uk"):
        page = client.get("/faq", headers={"Accept-Language": language}).get_data(as_text=True)
        assert page.count('class="faq-entry"') == published
        assert "This text is not yet available" not in page


def test_an_editor_adds_and_publishes_a_question(client, login_as):
    login_as("ContentEditor")
    assert submit(client, "/faqview/add", QUESTION).status_code == 302
    entry = db.session.query(FaqEntry).filter_by(code="test-question").one()
    assert "Can I come without a booking?" not in client.get("/faq").get_data(as_text=True)
    submit(client, f"/faqview/publish/{entry.id}", {}, token_from=f"/faqview/show/{entry.id}")
    assert "Can I come without a booking?" in client.get("/faq").get_data(as_text=True)
    preview = client.get(f"/faqview/preview/{entry.id}/ru").get_data(as_text=True)
    assert "Можно прийти без записи?" in preview


def test_a_question_about_one_kind_of_case_appears_on_its_page_and_links_to_it(client, login_as):
    login_as("ContentEditor")
    refused = submit(client, "/faqview/add", {**QUESTION, "case_type": "NOPE"})
    assert refused.status_code == 200 and "Not a valid choice" in refused.get_data(as_text=True)
    assert 'value="TRP"' in client.get("/faqview/add").get_data(as_text=True)
    assert submit(client, "/faqview/add", QUESTION).status_code == 302
    entry = db.session.query(FaqEntry).filter_by(code="test-question").one()
    submit(client, f"/faqview/publish/{entry.id}", {}, token_from=f"/faqview/show/{entry.id}")
    assert "Can I come without a booking?" in client.get("/cases/TRP").get_data(as_text=True)
    assert "Can I come without a booking?" not in client.get("/cases/WRK").get_data(as_text=True)
    faq = client.get("/faq").get_data(as_text=True)
    entry_html = faq.split('id="faq-test-question"')[1].split("</article>")[0]
    assert 'href="/cases/TRP"' in entry_html
