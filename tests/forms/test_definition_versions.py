"""Administrators keep the form definitions: upload a version, preview it, publish it; published
versions stay as they were, and new applications use the newest published one."""

import io

import pytest
import yaml
from sqlalchemy import select

from app.extensions import db
from app.forms import services
from app.forms.models import FormDefinition
from seeds.form_definitions import files
from tests.factories import csrf_token, submit
from tests.forms.sample import sample


@pytest.fixture
def admin(login_as):
    return login_as("Admin")


@pytest.fixture
def cleanup(app):
    yield
    db.session.query(FormDefinition).filter(FormDefinition.code == "TST").delete()
    db.session.commit()


def test_the_seeded_forms_are_published_as_version_one(app):
    codes = {yaml.safe_load(path.read_text())["code"] for path in files()}
    assert codes and set(services.published_codes()) >= codes
    for code in codes:
        assert services.current(code).version == 1


def test_an_uploaded_version_waits_for_publication(client, admin, cleanup):
    response = submit(client, "/formdefinitionview/upload", {"definition": yaml.safe_dump(sample()), "note": "first"})
    assert response.status_code == 302
    first = db.session.query(FormDefinition).filter_by(code="TST").one()
    assert first.version == 1 and first.published_at is None and first.author_id == admin.id
    assert services.current("TST") is None
    show = client.get(f"/formdefinitionview/show/{first.id}").get_data(as_text=True)
    assert "Publish this version" in show and f"/formdefinitionview/preview/{first.id}/uk" in show
    preview = client.get(f"/formdefinitionview/preview/{first.id}/uk").get_data(as_text=True)
    assert '<html lang="uk">' in preview and "Test application (uk)" in preview and "Surname (uk)" in preview
    submit(client, f"/formdefinitionview/publish/{first.id}", {}, token_from=f"/formdefinitionview/show/{first.id}")
    assert services.current("TST").id == first.id

    changed = sample()
    changed["title"]["en"] = "Test application, second version"
    upload = {"file": (io.BytesIO(yaml.safe_dump(changed).encode()), "tst.yaml"), "definition": ""}
    response = submit(client, "/formdefinitionview/upload", upload, content_type="multipart/form-data")
    assert response.status_code == 302
    assert services.current("TST").id == first.id  # the new version is not published yet
    second = db.session.query(FormDefinition).filter_by(code="TST", version=2).one()
    assert second.data["title"]["en"] == "Test application, second version"


def test_a_bad_definition_is_refused_with_the_entry_named_and_the_text_kept(client, admin, cleanup):
    broken = sample()
    broken["sections"][0]["fields"][0]["type"] = "colour"
    text = yaml.safe_dump(broken)
    response = submit(client, "/formdefinitionview/upload", {"definition": text})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "pasted text: sections/0/fields/0/type: unknown field type" in html
    assert "colour" in html.split("<textarea")[1]  # what was pasted is still there
    assert db.session.query(FormDefinition).filter_by(code="TST").count() == 0
    empty = submit(client, "/formdefinitionview/upload", {"definition": "  "}).get_data(as_text=True)
    assert "Paste the definition or choose its file." in empty


@pytest.mark.parametrize("role", ["ContentEditor", "Clerk", "Supervisor", "Applicant"])
def test_only_administrators_change_definitions(client, login_as, role, cleanup):
    login_as(role)
    token = csrf_token(client, "/account/password")
    response = client.post(
        "/formdefinitionview/upload", data={"definition": yaml.safe_dump(sample()), "csrf_token": token}
    )
    assert response.status_code == 403 or "/login" in response.headers.get("Location", "")
    assert db.session.query(FormDefinition).filter_by(code="TST").count() == 0


def test_the_printout_of_a_version_can_be_previewed(client, admin):
    import pypdf

    definition = services.current("CRD")
    assert "Printout (PDF)" in client.get(f"/formdefinitionview/show/{definition.id}").get_data(as_text=True)
    response = client.get(f"/formdefinitionview/preview_pdf/{definition.id}")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.data)).pages)
    assert "WZÓR" in text and "NIE DOTYCZY" in text and definition.data["title"]["pl"][:30] in text.replace("\n", " ")
    assert client.get("/formdefinitionview/preview_pdf/999999").status_code == 404


def test_a_questionnaire_is_read_once_per_process_and_not_with_each_row_that_joins_its_version(app, monkeypatch):
    from types import SimpleNamespace

    from app.forms import drafts, models
    from tests.factories import make_user
    from tests.statements import statements

    applicant = make_user("Applicant")
    drafts.start(applicant, "TRP")
    db.session.commit()
    owner = SimpleNamespace(id=applicant.id)
    monkeypatch.setattr(models, "_READ", {})  # as in a new process
    for reading in ("first", "again"):
        db.session.expunge_all()
        with statements() as seen:
            assert drafts.drafts_of(owner)[0].definition.data["code"] == "TRP"
        questionnaire = [s for s in seen if "form_definition.data" in s]
        assert "form_definition.data" not in seen[0]  # the draft's row joins its version without it
        assert len(questionnaire) == (1 if reading == "first" else 0)


def test_a_version_is_known_by_its_content_so_another_row_under_the_same_id_is_read_afresh(app):
    one, other = sample(), sample()
    other["title"]["en"] = "Another test application"
    first = FormDefinition(code="TST", version=1, data=one, source="", note="")
    second = FormDefinition(code="TST", version=1, data=other, source="", note="")
    assert first.digest != second.digest
    assert first.data["title"]["en"] != second.data["title"]["en"]
    db.session.add(first)
    db.session.flush()
    found = db.session.scalar(select(FormDefinition.data).where(FormDefinition.id == first.id))
    assert found["title"]["en"] == one["title"]["en"]
