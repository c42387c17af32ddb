"""The portal's ``html_params`` writes exactly what WTForms' own writes, and is the one widgets use."""

import pytest
from markupsafe import Markup
from wtforms import Form, SelectField, StringField
from wtforms.widgets import core

from app.web import html_params


@pytest.mark.parametrize(
    "attributes",
    [
        {},
        {"id": "email", "name": "email", "type": "email", "value": "olena@example.org", "required": True},
        {"value": "a\"b<c>&'d", "class_": "input", "for_": "x", "data_row_id": 3, "aria_described_by": "hint"},
        {"title": Markup('<b title="x">bold</b>'), "checked": False, "disabled": True, "placeholder": "Жовтень"},
        {"value": 0, "min": 1.5, "max": None},
    ],
)
def test_the_attributes_are_written_as_wtforms_writes_them(attributes):
    ours, theirs = html_params.html_params(**attributes), html_params.ORIGINAL(**attributes)
    assert ours == theirs and type(ours) is type(theirs) is Markup


def test_the_widgets_use_it(app):
    assert core.html_params is html_params.html_params
    assert core.Input.html_params is html_params.html_params and core.TextInput.html_params is html_params.html_params

    class Sample(Form):
        name = StringField()
        country = SelectField(choices=["PL", "UA"])

    form = Sample(data={"name": 'O"Brien <x>', "country": "UA"})
    assert str(form.name()) == '<input id="name" name="name" type="text" value="O&#34;Brien &lt;x&gt;">'
    assert '<option selected value="UA">UA</option>' in str(form.country())
