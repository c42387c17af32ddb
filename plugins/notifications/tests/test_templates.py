"""Templates: no personal data in any of them, placeholders checked when a version is saved, the
version recorded on each notification, the administrators' page with its preview."""

from __future__ import annotations

import pytest

from app.extensions import db
from plugins.notifications import catalog, outbox
from tests.factories import make_user

# what a case knows about a person: none of it may reach an e-mail or SMS
PERSON = {
    "first_name": "Olena",
    "last_name": "Kovalenko",
    "pesel": "85010112345",
    "passport": "FX1234567",
    "signature": "SOC-II.6151.123.2026",
    "message": "Proszę dosłać zdjęcie paszportowe",
    "email": "olena.kovalenko@example.org",
    "phone": "+48600100200",
}


def _sample(event: str) -> dict[str, str]:
    """The values an event gives, every personal field of the case offered alongside."""
    return {**PERSON, **catalog.sample_values(event)}


@pytest.mark.parametrize("event", catalog.events())
def test_no_template_carries_personal_data(app, event):
    for channel in catalog.channels(event):
        for language in catalog.LANGUAGES:
            subject, body = catalog.render(catalog.current(event, channel, language), _sample(event))
            text = f"{subject or ''}\n{body}"
            leaked = [value for value in PERSON.values() if value.lower() in text.lower()]
            assert leaked == [], f"{event} {channel} {language} shows {leaked}"
            if "link" in catalog.placeholders(event):  # a phone number's code has none: the code only
                assert catalog.sample_values(event)["link"] in text


def test_every_event_has_every_language_and_only_its_placeholders(app):
    for event in catalog.events():
        for channel in catalog.channels(event):
            for language in catalog.LANGUAGES:
                template = catalog.current(event, channel, language)
                catalog.check(event, channel, template.subject, template.body)


@pytest.mark.parametrize(
    "body",
    ["Dzień dobry {first_name}, {link}", "{link.__class__}", "{link!r}", "Otwórz { link", "{0}"],
)
def test_a_placeholder_the_event_does_not_provide_is_refused_when_saved(app, body):
    with pytest.raises(catalog.TemplateRefused):
        catalog.save("message-posted", "sms", "pl", None, body, None)


def test_a_saved_version_is_used_and_recorded(app):
    number = catalog.save("message-posted", "email", "en", "News", "There is news: {link}", None)
    assert number == 2
    user = make_user("Applicant", preferred_language="en")
    row = outbox.notify("message-posted", "email", user.email, "en", {"link": "http://x/1"}, user_id=user.id)
    assert row.template_version == 2
    assert catalog.save("message-posted", "email", "en", "News", "Again: {link}", None) == 3
    template = catalog.version("message-posted", "email", "en", row.template_version)
    assert catalog.render(template, row.values) == ("News", "There is news: http://x/1")


def test_the_administrator_edits_a_template_with_a_preview_in_four_languages(app, login_as, client):
    from tests.factories import csrf_token

    login_as("Admin")
    url = "/back-office/notifications/templates/message-posted/sms/pl"
    page = client.get(url)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for language in catalog.LANGUAGES:
        assert f'lang="{language}"' in html
    token = csrf_token(client, url)
    refused = client.post(url, data={"csrf_token": token, "body": "Witaj {first_name}: {link}"})
    assert refused.status_code == 200
    assert "{first_name}" in refused.get_data(as_text=True)
    assert "Witaj {first_name}" in refused.get_data(as_text=True)  # what was typed stays
    saved = client.post(url, data={"csrf_token": token, "body": "Nowa wiadomość: {link}"})
    assert saved.status_code == 302
    db.session.expire_all()
    assert catalog.current("message-posted", "sms", "pl").body == "Nowa wiadomość: {link}"
    assert client.get("/back-office/notifications/templates").status_code == 200
    assert client.get("/back-office/notifications/").status_code == 200


def test_a_preview_shows_codes_as_the_reader_will_get_them():
    import re

    from app.accounts import phone
    from app.forms import annexes

    assert re.fullmatch(rf"\d{{{phone.CODE_DIGITS}}}", catalog.sample_values("phone-confirmation")["code"])
    annex_code = catalog.sample_values("annex-invited")["code"]
    assert annexes.format_code(annexes.normalise_code(annex_code)) == annex_code
    letters = annex_code.replace("-", "")
    assert len(letters) == annexes.CODE_LENGTH and set(letters) <= set(annexes.ALPHABET)
