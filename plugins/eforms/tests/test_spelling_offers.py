"""What the applicant sees of a Latin spelling: the live check and the page name the rule that gave
it, "Use this spelling" puts the passport's spelling in place, and answers in Cyrillic that are
printed as typed get a warning on the page, in the live check and on check your answers."""

import html
import re

import yaml

from app.extensions import db
from app.forms import services
from app.forms.models import Draft
from plugins.eforms.tests.helpers import PERSONAL, STAY, start
from tests.factories import csrf_token, submit
from tests.forms.test_spelling import with_passport_names

UKRAINE = "Ukraine's national transliteration (Cabinet of Ministers resolution No. 55 of 2010)"
WARNING = "The form is filed in Polish and this answer is printed as you typed it: write it in Polish."


def begin(client, login_as):
    services.publish(services.add_version(yaml.safe_dump(with_passport_names()), "passport names"))
    user = login_as("Applicant")
    section_url = start(client)
    return db.session.query(Draft).filter_by(owner_id=user.id).one(), section_url


def test_the_live_check_names_the_rule_and_warns_of_cyrillic_free_text(client, login_as):
    draft, section_url = begin(client, login_as)
    headers = {"X-CSRFToken": csrf_token(client, section_url)}
    body = client.post(
        f"/api/applications/{draft.id}/sections/personal",
        json={"surname": "Коваленко", "citizenship": "UA"},
        headers=headers,
    ).get_json()
    offered = body["suggestions"]["personal.surname"]
    assert offered["value"] == "KOVALENKO" and offered["rule"] == UKRAINE and UKRAINE in offered["message"]
    assert body["warnings"] == {}
    body = client.post(
        f"/api/applications/{draft.id}/sections/stay",
        json={"notes": "Мой муж работает во Вроцлаве.", "country": "PL"},
        headers=headers,
    ).get_json()
    assert body["warnings"] == {"stay.notes": WARNING} and "stay.notes" not in body["errors"]


def test_use_this_spelling_takes_the_passport_s_spelling_and_the_page_names_its_rule(client, login_as):
    draft, section_url = begin(client, login_as)
    typed = {**PERSONAL, "personal-surname": "Коваленко"}
    page = html.unescape(submit(client, section_url, {**typed, "action": "next"}).get_data(as_text=True))
    assert UKRAINE in page and '<strong class="suggestion-value">KOVALENKO</strong>' in page
    assert 'value="accept:personal.surname">' in page
    submit(client, section_url, {**typed, "action": "accept:personal.surname"})
    db.session.refresh(draft)
    assert draft.answers["personal"]["surname"] == "KOVALENKO"


def test_a_country_that_cannot_be_told_offers_no_spelling_and_says_so(client, login_as):
    _, section_url = begin(client, login_as)
    typed = {**PERSONAL, "personal-surname": "Коваленко", "personal-citizenship": ""}
    page = submit(client, section_url, {**typed, "action": "next"}).get_data(as_text=True)
    assert "We cannot tell which country issued the passport" in page
    assert '<strong class="suggestion-value" hidden></strong>' in page
    assert 'value="accept:personal.surname" hidden>' in page


def test_check_your_answers_shows_the_warning_on_the_answer(client, login_as):
    draft, section_url = begin(client, login_as)
    submit(client, section_url, {**PERSONAL, "action": "next"})
    stay_url = section_url.replace("/personal", "/stay")
    submit(
        client, stay_url, {**STAY, "stay-family-0-citizenship": "UA", "stay-notes": "Живу у дочки.", "action": "next"}
    )
    page = client.get(f"/applications/{draft.id}/check").get_data(as_text=True)
    assert "Живу у дочки." in page
    assert f'<p class="note-message"><span class="visually-hidden">Warning:</span> {WARNING}</p>' in page


def test_the_warning_describes_its_answer(client, login_as):
    """A screen reader announces the warning with the input it is about, as it does a hint or an error."""
    _, section_url = begin(client, login_as)
    submit(client, section_url, {**PERSONAL, "action": "next"})
    stay_url = section_url.replace("/personal", "/stay")
    typed = {**STAY, "stay-family-0-citizenship": "UA", "stay-notes": "Живу у дочки.", "stay-postal_code": ""}
    page = submit(client, stay_url, {**typed, "action": "next"}).get_data(as_text=True)  # shown again: no postal code
    assert '<p id="stay-notes-note" class="note-message">' in page
    assert re.search(r'<textarea[^>]* id="stay-notes"[^>]* aria-describedby="[^"]*\bstay-notes-note\b', page)
