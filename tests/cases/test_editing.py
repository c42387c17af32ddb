"""Editors keep the catalogue: add a kind of case with its steps, requirements, statuses and
form; preview before publishing; readers see only what is published."""

from __future__ import annotations

import re

import pytest

from app.catalogue.models import ApplicationForm, CaseStatus, CaseStep, CaseType, CaseTypeStatus, Requirement
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
            "account": "61 1090 1014 0000 0712 1981 2874",
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
    assert "61 1090 1014 0000 0712 1981 2874" in html
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
    db.session.refresh(kind)
    assert kind.name_en == "A mistaken name"
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
    too_far = submit(client, "/casetypeview/add", {**KIND, "position": "99999999999999999999"})
    assert "Enter a number from 0 to 9999." in too_far.get_data(as_text=True)


@pytest.mark.parametrize(
    ("account", "amount", "message"),
    [
        ("PL12", "10 zł", "Enter the 26 digits of a Polish account number"),
        (" " * 26, "", "Enter the amount of the fee, e.g. 340 zł."),
        ("61 1090 1014 0000 0712 1981 2875", "10 zł", "Enter the 26 digits of a Polish account number"),  # checksum
    ],
)
def test_a_fee_needs_an_amount_and_a_valid_account(client, editor, account, amount, message):
    kind = db.session.query(CaseType).first()
    fee = {"case_type": str(kind.id), "kind": "fee", "title_pl": "Opłata", "details_pl": "Zapłać."}
    response = submit(client, "/requirementview/add", {**fee, "account": account, "amount": amount})
    assert message in response.get_data(as_text=True)
    assert db.session.query(Requirement).filter_by(title_pl="Opłata").first() is None


def test_a_valid_account_is_stored_grouped_as_printed(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    fee = {"case_type": str(kind.id), "kind": "fee", "position": "1", "amount": "10 zł", "title_pl": "Opłata"}
    fee["details_pl"] = "Zapłać."
    item = add(
        client, "requirementview", Requirement, {**fee, "account": "61109010140000071219812874"}, case_type_id=kind.id
    )
    assert item.account == "61 1090 1014 0000 0712 1981 2874"


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
    kind = db.session.query(CaseType).filter_by(code="KPL").one()
    place = {"case_type": str(kind.id), "position": "15", "status": str(status.id), "step": str(kind.steps[0].id)}
    row = add(client, "casetypestatusview", CaseTypeStatus, place, status_id=status.id)
    try:
        assert "Test waiting" not in public(client, "/cases/KPL").get_data(as_text=True)  # order not published yet
        assert "Published, with changes readers do not see yet." in client.get(
            f"/casetypeview/show/{kind.id}"
        ).get_data(as_text=True)
        assert "Test waiting" in client.get(f"/casetypeview/preview/{kind.id}/en").get_data(as_text=True)
        publish(client, "casetypeview", kind)
        html = public(client, "/cases/KPL").get_data(as_text=True)
        assert "Test waiting" in html and "We wait." in html
    finally:
        db.session.delete(db.session.get(CaseTypeStatus, row.id))
        db.session.commit()
        publish(client, "casetypeview", kind)


@pytest.mark.parametrize("role", ["Applicant", "Employer", "Clerk", "Supervisor"])
def test_only_editors_change_the_catalogue(client, login_as, role):
    login_as(role)
    kind = db.session.query(CaseType).filter_by(code="TRP").one()
    line = kind.status_order[0]
    token = csrf_token(client, "/account/password")
    attempts = [
        ("GET", f"/casetypeview/edit/{kind.id}", {}),
        ("POST", f"/casetypeview/edit/{kind.id}", {**KIND, "code": "TRP", "name_pl": "Zmieniona"}),
        ("POST", "/casetypeview/add", KIND),
        ("POST", f"/casetypeview/delete/{kind.id}", {}),
        ("POST", f"/casetypeview/withdraw/{kind.id}", {}),
        ("POST", f"/casetypeview/publish/{kind.id}", {}),
        ("POST", f"/casestepview/edit/{kind.steps[0].id}", {"title_pl": "Zmieniony"}),
        ("POST", f"/casetypestatusview/edit/{line.id}", {"position": "999"}),
        ("POST", f"/casetypestatusview/delete/{line.id}", {}),
        ("POST", "/casetypestatusview/add", {"case_type": str(kind.id), "position": "5"}),
    ]
    for method, url, data in attempts:
        response = client.open(url, method=method, data={**data, "csrf_token": token})
        assert response.status_code == 403 or "/login" in response.headers.get("Location", ""), url
    db.session.expire_all()
    kind = db.session.get(CaseType, kind.id)
    assert kind.published_revision_id is not None and kind.name_pl == "Zezwolenie na pobyt czasowy"
    assert db.session.get(CaseTypeStatus, line.id).position == line.position
    assert db.session.query(CaseType).filter_by(code="TESTA").first() is None


def test_a_published_item_is_withdrawn_before_it_is_deleted(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    publish(client, "casetypeview", kind)
    submit(client, f"/casetypeview/delete/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
    assert db.session.get(CaseType, kind.id) is not None
    assert "withdraw it from the portal first" in client.get("/casetypeview/list/").get_data(as_text=True)
    assert public(client, "/cases/TESTA").status_code == 200
    submit(client, f"/casetypeview/withdraw/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
    submit(client, f"/casetypeview/delete/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
    db.session.expire_all()
    assert db.session.get(CaseType, kind.id) is None
    assert public(client, "/cases/TESTA").status_code == 404


def test_a_kind_of_case_with_a_form_keeps_it_until_the_form_is_deleted(client, editor):
    kind = db.session.query(CaseType).filter_by(code="KPL").one()
    submit(client, f"/casetypeview/withdraw/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
    try:
        submit(client, f"/casetypeview/delete/{kind.id}", {}, token_from=f"/casetypeview/show/{kind.id}")
        assert "An application form belongs to this kind of case" in client.get("/casetypeview/list/").get_data(
            as_text=True
        )
        assert db.session.get(CaseType, kind.id) is not None
    finally:
        publish(client, "casetypeview", db.session.get(CaseType, kind.id))


def test_previews_follow_the_working_copy_even_when_its_code_changed(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    step_data = {"case_type": str(kind.id), "position": "1", "title_pl": "Krok", "description_pl": "Opis."}
    step = add(client, "casestepview", CaseStep, step_data, case_type_id=kind.id)
    publish(client, "casetypeview", kind)
    submit(client, f"/casetypeview/edit/{kind.id}", {**KIND, "code": "TESTB", "name_en": "Renamed test case"})
    preview = client.get(f"/casestepview/preview/{step.id}/en")
    assert preview.status_code == 200
    assert "Test case" in preview.get_data(as_text=True)  # readers' version of the kind, with the new step
    assert "Krok" in preview.get_data(as_text=True)
    own = client.get(f"/casetypeview/preview/{kind.id}/en").get_data(as_text=True)
    assert "Renamed test case" in own and "(TESTB)" in own


def test_two_published_kinds_of_cases_cannot_share_a_code(client, editor):
    kind = add(client, "casetypeview", CaseType, KIND, code="TESTA")
    publish(client, "casetypeview", kind)
    submit(client, f"/casetypeview/edit/{kind.id}", {**KIND, "code": "TESTB"})  # renamed, not yet published
    other = add(client, "casetypeview", CaseType, {**KIND, "name_en": "Another test case"}, code="TESTA")
    publish(client, "casetypeview", other)
    assert db.session.get(CaseType, other.id).published_revision_id is None
    assert "Another published item already has the code TESTA." in client.get(
        f"/casetypeview/show/{other.id}"
    ).get_data(as_text=True)
    assert "Another test case" not in public(client, "/cases/TESTA").get_data(as_text=True)
