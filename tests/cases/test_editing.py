"""Editors keep the catalogue: add a kind of case with its steps, requirements, statuses and
form; preview before publishing; readers see only what is published."""

from __future__ import annotations

import re

import pytest

from app.cases.models import ApplicationForm, CaseStatus, CaseStep, CaseType, CaseTypeStatus, Requirement
from app.extensions import db
from tests.factories import csrf_token, submit

KIND = {
    "code": "TESTA",  # TEST* kinds of cases are removed after each test
    "position": "990",
    "filed_by": "foreigner",
    "proxy_allowed": "y",
    "legal_basis": "art. 1 ustawy testowej",
    "decision_days": "30",
    "deadline_start": "filing",
    "name_pl": "Sprawa testowa",
    "name_en": "Test case",
    "name_ru": "",
    "name_uk": "Тестова справа",
    "summary_pl": "Krótki opis.",
    "summary_en": "A short summary.",
    "description_pl": "Opis *sprawy*.",
    "description_en": "The *case* described.",
}


@pytest.fixture
def editor(login_as):
    return login_as("ContentEditor")


def add(client, view: str, model, data: dict, **filters):
    response = submit(client, f"/{view}/add", data)
    errors = re.findall(r"(?s)alert-danger\">(.{0,300}?)</div>", response.get_data(as_text=True))
    assert response.status_code == 302, (view, errors)
    return db.session.query(model).filter_by(**filters).order_by(model.id.desc()).first()


def publish(client, view: str, item) -> None:
    response = submit(client, f"/{view}/publish/{item.id}", {}, token_from=f"/{view}/show/{item.id}")
    assert response.status_code == 302


def public(client, path: str, language: str = "en"):
    return client.get(path, headers={"Accept-Language": language})


def test_an_editor_builds_a_kind_of_case_that_readers_see_once_published(app, client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    assert public(client, "/cases/TESTA").status_code == 404

    step = add(
        client,
        "casestepview",
        CaseStep,
        {
            "case_type": str(kind.id),
            "position": "1",
            "title_pl": "Złożenie",
            "title_en": "Filing the test",
            "description_pl": "Składasz wniosek.",
        },
        case_type_id=kind.id,
    )
    requirement = add(
        client,
        "requirementview",
        Requirement,
        {
            "case_type": str(kind.id),
            "kind": "fee",
            "position": "10",
            "amount": "99 zł",
            "recipient": "Gmina Wrocław",
            "account": "00 1111 2222 3333 4444 5555 6666",
            "title_pl": "Opłata testowa",
            "title_en": "Test fee",
            "details_pl": "Zapłać przed złożeniem.",
        },
        case_type_id=kind.id,
    )
    filed = db.session.query(CaseStatus).filter_by(code="filed").one()
    add(
        client,
        "casetypestatusview",
        CaseTypeStatus,
        {"case_type": str(kind.id), "position": "10", "status": str(filed.id), "step": str(step.id)},
        case_type_id=kind.id,
    )
    form = add(
        client,
        "applicationformview",
        ApplicationForm,
        {
            "code": "TESTA",
            "case_type": str(kind.id),
            "submission_mode": "paper",
            "position": "990",
            "title_pl": "Wniosek testowy",
            "title_en": "Test application",
            "instructions_pl": "Wypełnij.",
            "instructions_en": "Fill it in.",
        },
        code="TESTA",
    )

    # The preview shows the working copy before anything is published.
    preview = client.get(f"/casestepview/preview/{step.id}/en").get_data(as_text=True)
    assert "Filing the test" in preview and "Test case" in preview
    assert kind.missing_languages == "ru, uk"

    for view, item in [
        ("casetypeview", kind),
        ("casestepview", step),
        ("requirementview", requirement),
        ("applicationformview", form),
    ]:
        publish(client, view, item)
    html = public(client, "/cases/TESTA").get_data(as_text=True)
    assert "Test case" in html and "Filing the test" in html and "Test fee" in html and "99 zł" in html
    assert "00 1111 2222 3333 4444 5555 6666" in html
    assert "Check the account number with the office" not in html  # every fee has its account
    assert filed.name_en in html
    assert "The office should decide within 30 days" in html
    russian = public(app.test_client(), "/cases/TESTA", "ru").get_data(as_text=True)  # a reader, not the editor
    assert '<span lang="pl">Sprawa testowa</span>' in russian
    assert 'href="/forms/TESTA"' in public(client, "/forms").get_data(as_text=True)
    assert "Fill it in." in public(client, "/forms/TESTA").get_data(as_text=True)


def test_a_withdrawn_kind_of_case_leaves_the_catalogue_with_its_form(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    publish(client, "casetypeview", kind)
    assert 'href="/cases/TESTA"' in public(client, "/cases").get_data(as_text=True)
    submit(client, f"/casetypeview/withdraw/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
    assert public(client, "/cases/TESTA").status_code == 404
    assert 'href="/cases/TESTA"' not in public(client, "/cases").get_data(as_text=True)


def test_an_earlier_wording_of_a_kind_of_case_can_be_restored(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    submit(client, f"/casetypeview/edit/{kind.id}", {**KIND, "name_en": "A mistaken name"})
    response = submit(client, f"/casetypeview/restore/{kind.id}/1", {}, token_from=f"/casetypeview/history/{kind.id}")
    assert response.status_code == 302
    db.session.refresh(kind)
    assert kind.name_en == "Test case"


def test_a_deadline_needs_its_starting_point_and_keeps_what_was_typed(client, editor):
    response = submit(client, "/casetypeview/add", {**KIND, "deadline_start": ""})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Choose from when the deadline is counted." in html
    assert "Тестова справа" in html  # nothing typed is lost
    assert db.session.query(CaseType).filter_by(code="TESTA").first() is None
    bad = submit(client, "/casetypeview/add", {**KIND, "code": "test a"}).get_data(as_text=True)
    assert "Use 2 to 8 capital letters, e.g. TRP." in bad
    kind = db.session.query(CaseType).first()
    fee = {"case_type": str(kind.id), "kind": "fee", "account": "PL12", "title_pl": "Opłata", "details_pl": "Zapłać."}
    assert "Enter the 26 digits of the account number." in submit(client, "/requirementview/add", fee).get_data(
        as_text=True
    )


def test_a_status_is_placed_once_and_only_under_a_step_of_its_own_kind(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    seeded = db.session.query(CaseType).filter(CaseType.code != "TESTA").first()
    other_step = seeded.steps[0]
    filed = db.session.query(CaseStatus).filter_by(code="filed").one()
    data = {"case_type": str(kind.id), "position": "10", "status": str(filed.id), "step": str(other_step.id)}
    response = submit(client, "/casetypestatusview/add", data)
    assert "Choose a step of the same kind of case." in response.get_data(as_text=True)
    duplicate = {"case_type": str(seeded.id), "position": "999", "status": str(filed.id), "step": ""}
    assert "This kind of case already has this status." in submit(
        client, "/casetypestatusview/add", duplicate
    ).get_data(as_text=True)
    assert db.session.query(CaseTypeStatus).filter_by(case_type_id=kind.id).count() == 0


def test_a_status_in_use_cannot_be_deleted(client, editor):
    filed = db.session.query(CaseStatus).filter_by(code="filed").one()
    response = submit(client, f"/casestatusview/delete/{filed.id}", {}, token_from="/casestatusview/list/")
    assert response.status_code == 302
    assert db.session.get(CaseStatus, filed.id) is not None
    assert "Kinds of cases use this status" in client.get("/casestatusview/list/").get_data(as_text=True)


def test_a_new_status_is_edited_published_and_previewed(client, editor):
    status = add(
        client,
        "casestatusview",
        CaseStatus,
        {
            "code": "test-waiting",
            "visible": "y",
            "name_pl": "Oczekiwanie testowe",
            "name_en": "Test waiting",
            "explanation_pl": "Czekamy.",
            "explanation_en": "We wait.",
            "action_en": "",
        },
        code="test-waiting",
    )
    preview = client.get(f"/casestatusview/preview/{status.id}/en").get_data(as_text=True)
    assert "Test waiting" in preview and "We wait." in preview
    publish(client, "casestatusview", status)
    assert db.session.get(CaseStatus, status.id).published_revision_id is not None


@pytest.mark.parametrize("role", ["Applicant", "Employer", "Clerk"])
def test_only_editors_change_the_catalogue(client, login_as, role):
    login_as(role)
    kind = db.session.query(CaseType).first()
    token = csrf_token(client, "/account/password")
    responses = [
        client.get(f"/casetypeview/edit/{kind.id}"),
        client.post(f"/casetypeview/withdraw/{kind.id}", data={"csrf_token": token}),
        client.get("/casetypestatusview/add"),
    ]
    for response in responses:
        assert response.status_code == 403 or "/login" in response.headers.get("Location", "")
    assert db.session.get(CaseType, kind.id).published_revision_id is not None
