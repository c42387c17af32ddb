"""Editing legal acts: save, preview, publish, restore; readers see only what is published."""

from __future__ import annotations

import pytest

from app.content.models import ContentRevision, LegalAct
from app.extensions import db
from tests.factories import csrf_token, submit

FORM = {
    "code": "test-act",  # test-* acts are removed after each test
    "topic": "residence",
    "kind": "act",
    "reference": "Dz.U. 2099 poz. 1",
    "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20990000001",
    "position": "990",
    "title_pl": "Ustawa testowa o pobycie",
    "title_en": "Test act on residence",
    "title_ru": "",
    "title_uk": "Тестовий закон про перебування",
    "summary_pl": "Pierwsze *brzmienie*.",
    "summary_en": "First wording.",
    "summary_ru": "",
    "summary_uk": "Перша редакція.",
}


@pytest.fixture
def editor(login_as):
    return login_as("ContentEditor")


def add_act(client, **changes):
    response = submit(client, "/legalactview/add", {**FORM, **changes})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return db.session.query(LegalAct).filter_by(code=changes.get("code", FORM["code"])).one()


def public_page(client, language="en"):
    return client.get("/legal-acts", headers={"Accept-Language": language}).get_data(as_text=True)


def test_seeded_acts_are_published_in_four_languages(client):
    page = public_page(client, "pl")
    assert "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach" in page
    assert "isap.sejm.gov.pl" in page
    for language in ("en", "ru", "uk"):
        assert "This text is not yet available" not in public_page(client, language)


def test_a_new_act_is_not_public_until_published(client, editor):
    act = add_act(client)
    assert "Test act on residence" not in public_page(client)
    [revision] = db.session.query(ContentRevision).filter_by(entity_id=act.id, content_type="legal-act").all()
    assert revision.action == "saved"
    assert revision.author_id == editor.id

    response = submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    assert response.status_code == 302
    assert "Test act on residence" in public_page(client)


def test_readers_keep_seeing_the_published_version_while_the_editor_works(client, editor):
    act = add_act(client)
    submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    submit(client, f"/legalactview/edit/{act.id}", {**FORM, "title_en": "Second wording of the title"})
    page = public_page(client)
    assert "Test act on residence" in page
    assert "Second wording" not in page
    show = client.get(f"/legalactview/show/{act.id}").get_data(as_text=True)
    assert "Published, with changes readers do not see yet." in show


def test_an_earlier_version_can_be_restored_and_published(client, editor):
    act = add_act(client)
    submit(client, f"/legalactview/edit/{act.id}", {**FORM, "title_en": "A mistaken title"})
    history = client.get(f"/legalactview/history/{act.id}").get_data(as_text=True)
    assert "Restore version 1" in history
    assert editor.first_name in history
    response = submit(client, f"/legalactview/restore/{act.id}/1", {}, token_from=f"/legalactview/history/{act.id}")
    assert response.status_code == 302
    db.session.refresh(act)
    assert act.title_en == "Test act on residence"
    revisions = db.session.query(ContentRevision).filter_by(entity_id=act.id, content_type="legal-act")
    assert [r.action for r in revisions.order_by("number")] == [
        "saved",
        "saved",
        "restored",
    ]


def test_preview_shows_the_working_copy_in_the_chosen_language(client, editor):
    act = add_act(client)
    page = client.get(f"/legalactview/preview/{act.id}/uk").get_data(as_text=True)
    assert '<html lang="uk">' in page
    assert "Тестовий закон про перебування" in page
    russian = client.get(f"/legalactview/preview/{act.id}/ru").get_data(as_text=True)
    assert "Ustawa testowa o pobycie" in russian  # Russian is missing: Polish, marked, with a note
    assert 'lang="pl"' in russian
    assert client.get(f"/legalactview/preview/{act.id}/de").status_code == 404


def test_the_editor_is_told_which_languages_are_missing(client, editor):
    act = add_act(client)
    assert act.missing_languages == "ru"
    assert "Missing language versions" in client.get(f"/legalactview/show/{act.id}").get_data(as_text=True)


def test_markdown_is_rendered_and_sanitised(client, editor):
    act = add_act(client, summary_en="**Bold** <script>alert(1)</script> [ISAP](javascript:alert(1))")
    submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    page = public_page(client)
    assert "<strong>Bold</strong>" in page
    assert "<script>alert" not in page
    assert "javascript:" not in page


def test_withdrawn_acts_leave_the_portal(client, editor):
    act = add_act(client)
    submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    submit(client, f"/legalactview/withdraw/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    assert "Test act on residence" not in public_page(client)


@pytest.mark.parametrize("role", ["Applicant", "Clerk"])
def test_only_editors_change_content(client, login_as, role):
    login_as(role)
    act = db.session.query(LegalAct).first()
    token = csrf_token(client, "/account/password")
    responses = [client.get(f"/legalactview/edit/{act.id}"), client.get("/legalactview/add")]
    responses.append(client.post(f"/legalactview/publish/{act.id}", data={"csrf_token": token}))
    for response in responses:
        assert response.status_code == 403 or "/login" in response.headers.get("Location", "")
    assert db.session.get(LegalAct, act.id).published_revision_id is not None


def test_readers_get_a_cached_copy_until_the_next_publication(client, editor):
    from app.content.revisions import published_revision

    act = add_act(client)
    submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    assert "Test act on residence" in public_page(client)
    revision = published_revision(act)
    revision.data = {**revision.data, "title_en": "Changed behind the cache"}
    db.session.commit()
    assert "Changed behind the cache" not in public_page(client)  # served from the cache
    submit(client, f"/legalactview/edit/{act.id}", {**FORM, "title_en": "Second wording of the title"})
    submit(client, f"/legalactview/publish/{act.id}", {}, token_from=f"/legalactview/show/{act.id}")
    assert "Second wording of the title" in public_page(client)


def test_an_act_whose_revision_cannot_be_written_is_not_saved_either(client, editor, monkeypatch):
    """The back office's add and its revision are one change: Flask-AppBuilder's own commit is
    replaced by a flush, and the request's edge commits both or neither."""
    from app.content import revisions

    def broken(item, author):
        raise RuntimeError("the history cannot be written")

    monkeypatch.setattr(revisions, "record_save", broken)
    submit(client, "/legalactview/add", FORM)  # Flask-AppBuilder shows the failure as a message
    assert db.session.query(LegalAct).filter_by(code=FORM["code"]).count() == 0
