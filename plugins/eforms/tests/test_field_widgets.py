"""Each field type is drawn by the widget it names, and a type added by registering it alone is
filled in, read back, shown and printed without a change to the pages or the printout."""

import yaml

from app.extensions import db
from app.forms import services
from app.forms.fields import REGISTRY
from app.forms.models import Draft, Submission
from app.forms.printout import PrintedField, printed_sections
from plugins.eforms.tests.helpers import PERSONAL, STAY, start
from tests.factories import submit
from tests.fixtures import run_queued_jobs
from tests.forms.plate import plate_registered, with_a_plate


def test_every_registered_type_names_a_widget_the_applicants_page_draws(app):
    widgets = app.jinja_env.get_template("eforms/_fields.html").module.widgets
    previews = app.jinja_env.get_template("forms/_definition.html").module.previews
    assert {kind.widget for kind in REGISTRY.values()} <= set(widgets) == set(previews)


def test_a_new_type_is_filled_in_checked_and_printed_once_registered(app, client, login_as):
    with plate_registered():
        services.publish(services.add_version(yaml.safe_dump(with_a_plate()), "plate"))
        user = login_as("Applicant")
        section_url = start(client)
        submit(client, section_url, {**PERSONAL, "action": "next"})
        stay_url = section_url.replace("/personal", "/stay")
        page = client.get(stay_url).get_data(as_text=True)
        assert (
            '<input class="input input--medium" type="text" id="stay-car" name="stay-car" value="" spellcheck="false">'
            in page
        )
        wrong = submit(client, stay_url, {**STAY, "stay-car": "12", "action": "next"}).get_data(as_text=True)
        assert 'href="#stay-car">Car registration: Fill in this field.' in wrong
        assert submit(client, stay_url, {**STAY, "stay-car": "dw 1234a", "action": "next"}).status_code == 302
        draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
        assert draft.answers["stay"]["car"] == "dw 1234a"
        check = client.get(f"/applications/{draft.id}/check").get_data(as_text=True)
        assert "<dt>Car registration</dt>" in check and "DW 1234A" in check
        assert submit(client, f"/applications/{draft.id}/check", {"acknowledged": "no_income"}).status_code == 302
        run_queued_jobs(app)
        submission = db.session.query(Submission).filter_by(owner_id=user.id).one()
        assert submission.answers["stay"]["car"] == "DW1234A"
        shown = client.get(f"/applications/submitted/{submission.id}").get_data(as_text=True)
        assert "DW 1234A" in shown
        printed = printed_sections(submission.definition.data, submission.answers)
        assert printed[1].fields[-1] == PrintedField("Car registration (pl)", "DW1234A")
