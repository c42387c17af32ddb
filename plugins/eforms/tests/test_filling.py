"""Filling in an application: section by section with the server's checks, drafts kept and
resumed, check your answers, warnings acknowledged, submission under a PIO number."""

import io
import re

from app.extensions import db
from app.forms.drafts import _next_reference
from app.forms.models import Draft, Submission
from plugins.eforms.tests.helpers import PERSONAL, STAY, start, submitted
from tests.factories import csrf_token, make_user, submit
from tests.fixtures import run_queued_jobs


def test_applicants_start_the_forms_their_account_files(client, login_as, sample_form):
    login_as("Applicant")
    html = client.get("/applications").get_data(as_text=True)
    assert 'action="/applications/start/TST"' in html and 'action="/applications/start/TRP"' in html
    assert 'action="/applications/start/WRK"' not in html  # the employer files it
    assert 'action="/applications/start/TRW-ANNEX"' not in html
    assert submit(client, "/applications/start/WRK", {}, token_from="/applications").status_code == 404


def test_employers_start_the_work_permit(client, login_as):
    login_as("Employer")
    html = client.get("/applications").get_data(as_text=True)
    assert 'action="/applications/start/WRK"' in html and 'action="/applications/start/TRP"' not in html


def test_staff_accounts_use_the_back_office_instead(client, login_as):
    login_as("Clerk")
    assert client.get("/applications").status_code == 403


def test_a_section_with_errors_keeps_what_was_typed(client, login_as, sample_form):
    login_as("Applicant")
    section_url = start(client)
    assert section_url.endswith("/personal")
    response = submit(client, section_url, {"personal-surname": "Шевченко", "personal-sex": "M", "action": "next"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#personal-birth_date">Date of birth: Enter the day, month and year.' in html
    assert 'id="personal-birth_date"' in html
    assert 'value="Шевченко"' in html and "SZEWCZENKO" in html  # typed text kept, Latin spelling offered
    accepted = submit(client, section_url, {"personal-surname": "Шевченко", "action": "accept:personal.surname"})
    assert 'value="SZEWCZENKO"' in accepted.get_data(as_text=True)


def test_a_whole_application_from_draft_to_pio_number(client, login_as, sample_form):
    user = login_as("Applicant")
    section_url = start(client)
    assert submit(client, section_url, {**PERSONAL, "action": "next"}).headers["Location"].endswith("/stay")
    stay_url = section_url.replace("/personal", "/stay")
    saved = submit(client, stay_url, {**STAY, "action": "later"})
    assert saved.headers["Location"].endswith("/applications")
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    resumed = client.get(f"/applications/{draft.id}", follow_redirects=True).get_data(as_text=True)
    assert "You are continuing your application from" in resumed and 'value="Olena"' in resumed

    assert submit(client, stay_url, {**STAY, "action": "next"}).headers["Location"].endswith("/check")
    check_url = f"/applications/{draft.id}/check"
    page = client.get(check_url).get_data(as_text=True)
    assert "Kowalenko" in page and "May 14, 1944" in page and "Ukraine" in page
    assert "You gave no income." in page  # the sample's warning
    refused = submit(client, check_url, {})
    assert "Confirm that you have read each warning." in refused.get_data(as_text=True)
    done = submit(client, check_url, {"acknowledged": "no_income"})
    assert done.status_code == 302
    submission = db.session.query(Submission).filter_by(owner_id=user.id).one()
    assert re.fullmatch(r"PIO/\d{4}/\d{6}", submission.reference)
    assert submission.answers["personal"]["birth_date"] == "1944-05-14"
    assert submission.acknowledged == ["no_income"] and len(submission.content_hash) == 64
    assert db.session.get(Draft, draft.id) is None
    confirmation = client.get(done.headers["Location"]).get_data(as_text=True)
    assert submission.reference in confirmation and submission.verification_code in confirmation
    assert submission.reference in client.get("/applications").get_data(as_text=True)


def test_items_are_added_and_removed_without_javascript(client, login_as, sample_form):
    login_as("Applicant")
    stay_url = start(client).replace("/personal", "/stay")
    added = submit(client, stay_url, {"stay-family-count": "0", "action": "add:family"}).get_data(as_text=True)
    assert 'name="stay-family-0-name"' in added and "There is a problem" not in added
    two = submit(client, stay_url, {"stay-family-count": "1", "stay-family-0-name": "A", "action": "add:family"})
    assert 'name="stay-family-1-name"' in two.get_data(as_text=True)
    data = {"stay-family-count": "2", "stay-family-0-name": "A", "stay-family-1-name": "B", "action": "remove:family:0"}
    removed = submit(client, stay_url, data).get_data(as_text=True)
    assert 'value="B"' in removed and 'name="stay-family-1-name"' not in removed


def test_the_live_check_saves_and_answers_with_the_server_s_rules(client, login_as, sample_form):
    user = login_as("Applicant")
    start(client)
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    url = f"/api/applications/{draft.id}/sections/personal"
    token = (
        client.get(f"/applications/{draft.id}/personal")
        .get_data(as_text=True)
        .split('name="csrf_token" value="')[1]
        .split('"')[0]
    )
    headers = {"X-CSRFToken": token}
    response = client.post(url, json={"surname": "Шевченко", "pesel": "123"}, headers=headers)
    assert response.status_code == 200
    body = response.get_json()
    assert body["errors"]["personal.pesel"] == "A PESEL number has 11 digits."
    assert body["suggestions"]["personal.surname"]["value"] == "SZEWCZENKO"
    assert body["suggestions"]["personal.surname"]["rule"] == "the Polish rules of transcription"
    db.session.refresh(draft)
    assert draft.answers["personal"]["pesel"] == "123"  # saved as typed
    assert client.post(url, json={"nope": "x"}, headers=headers).status_code == 400
    assert client.post(url, data="not json", headers={**headers, "Content-Type": "application/json"}).status_code == 400
    assert client.post(url, json=["x"], headers=headers).status_code == 400
    big = {"surname": "x" * (300 * 1024)}
    assert client.post(url, json=big, headers=headers).status_code == 413
    assert client.post(f"/api/applications/{draft.id}/sections/nope", json={}, headers=headers).status_code == 404


def test_another_user_s_draft_and_submission_are_not_found(client, app, login_as, sample_form):
    owner = make_user("Applicant")
    other_client = app.test_client()
    from tests.factories import login

    login(other_client, owner.email)
    location = submit(other_client, "/applications/start/TST", {}, token_from="/applications").headers["Location"]
    draft = db.session.query(Draft).filter_by(owner_id=owner.id).one()
    login_as("Applicant")
    assert client.get(location).status_code == 404
    assert client.get(f"/applications/{draft.id}/check").status_code == 404
    assert client.get(f"/applications/{draft.id}/delete").status_code == 404
    assert submit(client, f"/applications/{draft.id}/delete", {}, token_from="/applications").status_code == 404
    assert db.session.get(Draft, draft.id) is not None


def test_a_draft_can_be_deleted_after_confirmation(client, login_as, sample_form):
    user = login_as("Applicant")
    start(client)
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    assert "Delete this draft?" in client.get(f"/applications/{draft.id}/delete").get_data(as_text=True)
    submit(client, f"/applications/{draft.id}/delete", {})
    assert db.session.query(Draft).filter_by(owner_id=user.id).count() == 0


def test_pio_numbers_count_up_within_a_year(app, sample_form):
    first, second = _next_reference(2031), _next_reference(2031)
    assert (first, second) == ("PIO/2031/000001", "PIO/2031/000002")
    assert _next_reference(2032) == "PIO/2032/000001"


def test_the_printout_is_the_polish_form_with_its_qr_code(app, client, login_as, sample_form):
    import pypdf

    from app.forms.printout import qr_payload, stored

    submission = submitted(app, client, login_as)
    assert stored(submission) is not None  # rendered by the job after the commit
    response = client.get(f"/applications/submitted/{submission.id}/printout")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.data)).pages)
    assert submission.reference in text and "Strona 1 z" in text
    assert "SZEWCZENKO" in text  # Latin capitals where the form needs them
    assert "14.05.1944" in text and "Ukraina" in text and "4300,50 zł" in text
    assert "NIE DOTYCZY" in text  # the empty phone and e-mail
    assert "Test application (pl)" in text
    assert qr_payload(submission) == f"PRZYBYSZ|{submission.reference}|{submission.content_hash}"
    again = client.get(f"/applications/submitted/{submission.id}/printout")
    assert again.data == response.data  # served from storage


def test_a_printout_not_ready_yet_is_prepared_and_the_reader_told(app, client, login_as, sample_form):
    from app.forms.printout import stored

    submission = submitted(app, client, login_as)
    stored(submission).unlink()
    waiting = client.get(f"/applications/submitted/{submission.id}/printout")
    assert waiting.status_code == 202 and "The printout is being prepared" in waiting.get_data(as_text=True)
    run_queued_jobs(app)
    assert stored(submission) is not None


def test_another_user_s_printout_is_not_found(client, app, login_as, sample_form):
    from tests.factories import login

    submission = submitted(app, client, login_as)
    other = app.test_client()
    login(other, make_user("Applicant").email)
    assert other.get(f"/applications/submitted/{submission.id}/printout").status_code == 404
    assert other.get(f"/applications/submitted/{submission.id}").status_code == 404


def test_text_rendered_by_a_job_needs_no_signed_in_user(app):
    from flask import render_template

    from app.accounts.access import signed_in_applicant

    assert signed_in_applicant() is False  # no request: an e-mail rendered by a worker
    user = make_user("Applicant")
    body = render_template("accounts/mail/password_reset.txt", user=user, link="http://localhost/x")
    assert "http://localhost/x" in body


def test_a_draft_keeps_its_version_when_a_new_one_is_published(client, login_as, sample_form):
    import yaml

    from app.forms import services
    from tests.forms.sample import sample, t

    login_as("Applicant")
    old_location = start(client)
    old = db.session.query(Draft).one()
    newer = sample()
    newer["sections"][0]["fields"].append({"key": "nickname", "type": "text", "label": t("Nickname")})
    services.publish(services.add_version(yaml.safe_dump(newer), "sample v2"))
    assert "Nickname" not in client.get(old_location).get_data(as_text=True)
    token = csrf_token(client, "/applications")
    refused = client.post(
        f"/api/applications/{old.id}/sections/personal", json={"nickname": "Sasha"}, headers={"X-CSRFToken": token}
    )
    assert refused.status_code == 400  # a field of another version: nothing stored
    db.session.refresh(old)
    assert old.answers == {} and old.definition.version == 1
    new_location = start(client)
    assert "Nickname" in client.get(new_location).get_data(as_text=True)
    new = db.session.query(Draft).filter(Draft.id != old.id).one()
    accepted = client.post(
        f"/api/applications/{new.id}/sections/personal", json={"nickname": "Sasha"}, headers={"X-CSRFToken": token}
    )
    assert accepted.status_code == 200 and new.definition.version == 2
