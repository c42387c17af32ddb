"""Check your answers: "Change" leads back to it after saving, money is written as the reader
writes numbers, a postal code that cannot belong to its locality is warned about, and the
countries to choose from follow the reader's alphabet."""

import re

from app.extensions import db
from app.forms.models import Draft
from plugins.eforms.tests.helpers import PERSONAL, STAY, start
from plugins.eforms.tests.test_every_form import fill, started
from tests.factories import submit


def test_change_saves_the_part_and_returns_to_check_your_answers(client, login_as, sample_form):
    user = login_as("Applicant")
    section_url = start(client)
    submit(client, section_url, {**PERSONAL, "action": "next"})
    stay_url = section_url.replace("/personal", "/stay")
    submit(client, stay_url, {**STAY, "stay-income": "4300,5", "action": "next"})
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    check_url = f"/applications/{draft.id}/check"
    page = client.get(check_url).get_data(as_text=True)
    change = f"/applications/{draft.id}/personal?return_to=check"
    assert f'href="{change}">Change' in page
    form = client.get(change).get_data(as_text=True)
    assert f'class="back-link" href="{check_url}"' in form and "Save and return to check your answers" in form
    wrong = submit(client, change, {**PERSONAL, "personal-pesel": "1", "action": "next"})
    assert wrong.status_code == 200  # an error keeps the applicant on the part, still on the way back
    response = submit(client, change, {**PERSONAL, "personal-surname": "Kowalenko-Nowak", "action": "next"})
    assert response.status_code == 302 and response.headers["Location"] == check_url
    db.session.refresh(draft)
    assert draft.answers["personal"]["surname"] == "Kowalenko-Nowak"
    # from the parts in order, "Save and continue" still leads to the next part
    assert submit(client, section_url, {**PERSONAL, "action": "next"}).headers["Location"].endswith("/stay")


def test_money_on_check_your_answers_is_written_as_the_reader_writes_numbers(client, login_as, sample_form):
    user = login_as("Applicant")
    section_url = start(client)
    submit(client, section_url, {**PERSONAL, "action": "next"})
    submit(client, section_url.replace("/personal", "/stay"), {**STAY, "stay-income": "14300,5", "action": "next"})
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    shown = {
        language: client.get(f"/applications/{draft.id}/check?lang={language}").get_data(as_text=True)
        for language in ("en", "pl", "uk")
    }
    assert "14,300.50 zł" in shown["en"]
    assert "14\u00a0300,50 zł" in shown["pl"]
    assert "14\u00a0300,50 зл" in shown["uk"]
    assert "14300.50" not in "".join(shown.values())


def test_a_postal_code_of_another_locality_is_warned_about_on_check_your_answers(app, client, login_as):
    login_as("Applicant")
    draft_id = started(client, "TRP")
    fill(client, draft_id, "TRP")
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/applications").get_data(as_text=True))[1]
    typed = {"voivodeship": "DOLNOSLASKIE", "city": "Wrocław", "street": "Legnicka", "house_number": "52"}
    body = client.post(
        f"/api/applications/{draft_id}/sections/stay_address",
        json={**typed, "postal_code": "00-000"},
        headers={"X-CSRFToken": token},
    ).get_json()
    warning = "Postal codes in Wrocław begin with 50–54: check the postal code and the locality."
    assert body["errors"] == {} and body["warnings"] == {"stay_address.postal_code": warning}
    page = client.get(f"/applications/{draft_id}/check?lang=en").get_data(as_text=True)
    assert "00-000" in page and warning in page


def test_countries_to_choose_from_follow_the_reader_s_alphabet(client, login_as, sample_form):
    login_as("Applicant")
    page = client.get(start(client) + "?lang=pl").get_data(as_text=True)
    listed = re.findall(r'<option value="[A-Z]{2}">([^<]+)</option>', page)
    assert listed.index("Luksemburg") < listed.index("Łotwa") < listed.index("Macedonia Północna")
