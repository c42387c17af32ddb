"""The templates' ``_()`` finds the translations once per request, and still follows a language
forced within the request (an e-mail in the recipient's language, a preview in another)."""

from __future__ import annotations

from flask import render_template_string
from flask_babel import force_locale, refresh

from app.web import template_gettext

HOME = "{{ _('Home') }}|{{ ngettext('%(num)d place', '%(num)d places', 5) }}"


def test_a_request_in_one_language_then_another_forced_then_back(app):
    with app.test_request_context("/?lang=pl"):
        assert render_template_string(HOME) == "Strona główna|5 miejsc"
        with force_locale("uk"):
            assert render_template_string(HOME) == "Головна|5 місць"
        assert render_template_string(HOME) == "Strona główna|5 miejsc"


def test_refreshed_locale_is_followed(app):
    with app.test_request_context("/?lang=pl"):
        assert render_template_string("{{ _('Home') }}") == "Strona główna"
        app.extensions["babel"].locale_selector, selector = (lambda: "uk"), app.extensions["babel"].locale_selector
        try:
            refresh()
            assert render_template_string("{{ _('Home') }}") == "Головна"
        finally:
            app.extensions["babel"].locale_selector = selector


def test_translations_are_found_once_per_request(app, monkeypatch):
    calls = []
    original = template_gettext.get_translations
    monkeypatch.setattr(template_gettext, "get_translations", lambda: calls.append(1) or original())
    with app.test_request_context("/?lang=en"):
        render_template_string("{{ _('Home') }} {{ _('Sign in') }} {{ _('Home') }}")
        assert len(calls) == 1


def test_outside_a_request_the_office_language_is_used(app):
    with app.app_context():
        assert render_template_string("{{ _('Home') }}") == "Strona główna"
