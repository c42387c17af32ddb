"""The office's ready texts in the back office: administrators and supervisors edit them in four
languages with a preview on a made-up case; a placeholder the case does not give is refused when
saved, with what was typed kept; clerks choose the saved text at once, and the seed leaves it."""

import pytest

from app.extensions import db
from app.messages import canned
from app.messages.models import CannedText
from seeds import canned_texts
from tests.factories import make_user
from tests.messages.helpers import open_case, post, signed_in

LANGS = ("pl", "en", "ru", "uk")


def typed(key="translation-needed", body="Dokumenty w sprawie {signature} wpłynęły.", **changes):
    form = {"key": key, "active": "1"}
    for lang in LANGS:
        form[f"title-{lang}"] = f"Dokumenty {lang}"
        form[f"body-{lang}"] = body if lang == "pl" else f"{lang}: {{signature}} ({{kind_of_case}})"
    form.update(changes)
    return form


@pytest.fixture
def supervisor(app):
    return signed_in(app, make_user("Supervisor", first_name="Ewa", last_name="Lis"))


def test_a_supervisor_adds_a_ready_text_that_clerks_choose_at_once(app, supervisor):
    listing = supervisor.get("/back-office/ready-texts/").get_data(as_text=True)
    assert "Brak fotografii" in listing and "as delivered" in listing
    sent = post(supervisor, "/back-office/ready-texts/new", "/back-office/ready-texts/new", **typed(action="save"))
    assert "The ready text is saved" in sent.get_data(as_text=True)
    row = db.session.query(CannedText).filter_by(key="translation-needed").one()
    assert row.title["uk"] == "Dokumenty uk" and row.edited_by == "Ewa Lis" and row.edited_at is not None
    case = open_case()
    clerk = signed_in(app, make_user("Clerk"))
    assert 'value="translation-needed"' in clerk.get(f"/work/case/{case.id}").get_data(as_text=True)
    previewed = post(
        clerk, f"/work/case/{case.id}/messages/preview", f"/work/case/{case.id}", canned="translation-needed"
    ).get_data(as_text=True)
    assert f"Dokumenty w sprawie {case.signature} wpłynęły." in previewed and f"uk: {case.signature}" in previewed


def test_a_placeholder_the_case_does_not_give_is_refused_when_saved_keeping_what_was_typed(app, supervisor):
    row = db.session.query(CannedText).filter_by(key="missing-photo").one()
    before = dict(row.body)
    url = f"/back-office/ready-texts/{row.id}"
    refused = post(supervisor, url, url, **typed(key="missing-photo", body="Prosimy, {applicant_name}.", action="save"))
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "The case gives no {applicant_name}. Use only {signature}, {kind_of_case}, {deadline}, {due_on}." in page
    assert "Prosimy, {applicant_name}." in page  # kept as typed
    db.session.refresh(row)
    assert row.body == before and row.edited_at is None
    empty = post(supervisor, url, url, key="Bad Key", action="save").get_data(as_text=True)
    assert "The key is 1 to 60 small Latin letters" in empty and "Enter the text in this language." in empty
    taken = post(supervisor, "/back-office/ready-texts/new", url, **typed(key="fee-not-paid", action="save"))
    assert taken.status_code == 400 and "Another ready text has this key." in taken.get_data(as_text=True)


def test_the_preview_fills_each_language_with_a_made_up_case_and_saves_nothing(app, supervisor):
    row = db.session.query(CannedText).filter_by(key="missing-photo").one()
    url = f"/back-office/ready-texts/{row.id}"
    page = post(supervisor, url, url, **typed(key="missing-photo", action="preview")).get_data(as_text=True)
    sample = app.config["CASE_SIGNATURE_PATTERN"].format(number=1234, year=2026)
    assert f"Dokumenty w sprawie {sample} wpłynęły." in page
    assert f"uk: {sample} (дозвіл на тимчасове проживання)" in page
    db.session.refresh(row)
    assert row.edited_at is None and row.title["pl"] == "Brak fotografii"


def test_the_seed_leaves_a_text_the_office_saved(app):
    row = db.session.query(CannedText).filter_by(key="missing-photo").one()
    with app.test_request_context():
        canned.save(
            canned.Edited("missing-photo", row.title, {**row.body, "pl": "Nasz tekst."}, True), row, make_user("Admin")
        )
    db.session.commit()
    canned_texts.load()
    db.session.refresh(row)
    assert row.body["pl"] == "Nasz tekst."


def test_a_clerk_does_not_edit_ready_texts(app):
    clerk = signed_in(app, make_user("Clerk"))
    assert clerk.get("/back-office/ready-texts/").status_code in (302, 403)
