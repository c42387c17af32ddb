"""Slots: plugins fill named places in core pages; an empty slot leaves plain text or nothing."""

import pytest
from flask import render_template_string
from markupsafe import Markup

from app.web.slots import fill, slot_parts, slot_url
from tests.fixtures import build_app

LINK = """{% from "web/macros.html" import slot_link %}
{%- call slot_link('form.page', code='TRP') %}Karta{% endcall %}"""


def test_a_link_slot_nobody_fills_leaves_the_text(database, tmp_path):
    app = build_app(tmp_path, PLUGINS="none")
    with app.test_request_context():
        assert slot_url("form.page", code="TRP") is None
        assert render_template_string(LINK) == "Karta"
        assert slot_parts("footer.links") == ""


def test_a_filled_link_slot_links_the_text(app):
    with app.test_request_context():
        assert render_template_string(LINK) == '<a href="/forms/TRP">Karta</a>'
        assert slot_url("case_type.page", code="TRP", anchor="requirements") == "/cases/TRP#requirements"


def test_each_part_is_joined_as_html(app):
    fill(app, "footer.links", lambda: Markup("<li>extra</li>"))
    with app.test_request_context():
        assert str(slot_parts("footer.links")).endswith("<li>extra</li>")


def test_a_link_leads_to_one_page_and_slots_are_declared(app):
    with pytest.raises(RuntimeError, match=r"slot 'form\.page' is already filled"):
        fill(app, "form.page", lambda code: f"/elsewhere/{code}")
    with pytest.raises(KeyError, match=r"no slot named 'nosuch\.page'"):
        fill(app, "nosuch.page", lambda: "/")
    with app.test_request_context(), pytest.raises(KeyError, match=r"no slot named 'nosuch\.page'"):
        slot_url("nosuch.page")
