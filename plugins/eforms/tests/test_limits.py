"""Drafts keep no answer longer than its field allows, on every path that saves one, and an
account keeps a limited number of drafts; each refusal says what to do and loses nothing typed."""

import json

import pytest
import yaml

from app.extensions import db
from app.forms import annexes, drafts, services
from app.forms.draft_quota import TooManyDrafts
from app.forms.fields import REGISTRY
from app.forms.fields.limits import limit
from app.forms.models import Draft
from plugins.eforms.tests.helpers import PERSONAL, start, submitted
from tests.factories import csrf_token, make_user, submit
from tests.forms.sample import sample

HUGE = "A" * 600_000


@pytest.fixture
def short_surname(app):
    """The sample form, its surname limited to 100 characters by the definition."""
    definition = sample()
    definition["sections"][0]["fields"][0]["max_length"] = 100
    version = services.add_version(yaml.safe_dump(definition), "sample")
    services.publish(version)
    return version


def test_every_field_type_has_a_sane_maximum():
    for name, kind in REGISTRY.items():
        assert 1 <= kind.longest <= 2000, name
        assert limit({"type": name, "key": "x"}) == kind.longest
    assert limit({"type": "text", "key": "x", "max_length": 100}) == 100


def test_a_page_refuses_an_answer_over_the_fields_limit_and_shows_it_again(client, login_as, short_surname):
    user = login_as("Applicant")
    url = start(client)
    response = submit(client, url, {**PERSONAL, "personal-surname": HUGE, "action": "next"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Use at most 100 characters." in page
    assert f'value="{HUGE}"' in page  # what was typed is on the page
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    assert "surname" not in draft.answers["personal"]  # and not in the draft
    assert draft.answers["personal"]["citizenship"] == "UA"  # the rest of the page is kept
    later = submit(client, url, {**PERSONAL, "personal-surname": "B" * 101, "action": "later"})
    assert later.status_code == 200 and "Use at most 100 characters." in later.get_data(as_text=True)
    db.session.refresh(draft)
    assert "surname" not in draft.answers["personal"]


def test_the_live_check_refuses_an_answer_over_the_limit(client, login_as, short_surname):
    user = login_as("Applicant")
    start(client)
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    response = client.post(
        f"/api/applications/{draft.id}/sections/personal",
        data=json.dumps({"surname": "B" * 200_000, "citizenship": "UA"}),
        content_type="application/json",
        headers={"X-CSRFToken": csrf_token(client, "/applications")},
    )
    assert response.status_code == 200
    assert response.get_json()["errors"]["personal.surname"] == "Use at most 100 characters."
    db.session.refresh(draft)
    assert draft.answers["personal"] == {"citizenship": "UA"}


PADDED = "Kowalenko" + " " * 400_000  # a short answer, far over the limit with the spaces after it
SPREAD = "B" * 60 + " " * 100 + "B" * 60  # spaces inside an answer are kept, and count


def test_a_page_keeps_an_answer_without_the_spaces_around_it_and_counts_those_inside(client, login_as, short_surname):
    user = login_as("Applicant")
    url = start(client)
    response = submit(client, url, {**PERSONAL, "personal-surname": PADDED, "action": "later"})
    assert response.status_code < 400
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    assert draft.answers["personal"]["surname"] == "Kowalenko"
    response = submit(client, url, {**PERSONAL, "personal-surname": f"  {SPREAD}\n", "action": "later"})
    assert response.status_code == 200 and "Use at most 100 characters." in response.get_data(as_text=True)
    db.session.refresh(draft)
    assert "surname" not in draft.answers["personal"]


def test_the_live_check_keeps_an_answer_without_the_spaces_around_it(client, login_as, short_surname):
    user = login_as("Applicant")
    start(client)
    draft = db.session.query(Draft).filter_by(owner_id=user.id).one()
    url = f"/api/applications/{draft.id}/sections/personal"
    headers = {"X-CSRFToken": csrf_token(client, "/applications")}
    for surname, kept in ((PADDED[:200_000], "Kowalenko"), (" " * 90_000 + SPREAD, None)):
        body = json.dumps({"surname": surname, "citizenship": " UA "})
        response = client.post(url, data=body, content_type="application/json", headers=headers)
        assert response.status_code == 200
        assert response.get_json()["errors"].get("personal.surname") == (
            None if kept else "Use at most 100 characters."
        )
        db.session.refresh(draft)
        assert draft.answers["personal"].get("surname") == kept
        assert draft.answers["personal"]["citizenship"] == "UA"


def test_every_saved_answer_is_within_its_limit(app, login_as, sample_form):
    """The service every path saves through: dates, group items and lists too."""
    user = login_as("Applicant")
    draft = drafts.start(user, "TST")
    refused = drafts.save(
        draft,
        "stay",
        {
            "postal_code": "5" * 201,  # a line of text: 200 characters
            "issued_on": {"day": "1" * 11, "month": "1", "year": "2020"},
            "purposes": ["work", "study", "work"],  # more boxes than choices
            "income": "4300",
            "family": [{"name": "Olena"}, {"name": "N" * 201}],
        },
    )
    assert set(refused) == {"stay.postal_code", "stay.issued_on", "stay.purposes", "stay.family.1.name"}
    assert draft.answers["stay"] == {"income": "4300", "family": [{"name": "Olena"}, {}]}


def test_an_account_keeps_a_limited_number_of_drafts(app, client, login_as, sample_form):
    app.config["DRAFT_MAX_COUNT"] = 2
    user = login_as("Applicant")
    start(client)
    start(client)
    response = submit(client, "/applications/start/TST", {}, token_from="/applications")
    assert response.status_code == 302 and response.headers["Location"].endswith("/applications")
    page = client.get("/applications").get_data(as_text=True)
    assert "You already have 2 applications in progress" in page
    assert "Delete a draft you no longer need" in page
    assert db.session.query(Draft).filter_by(owner_id=user.id).count() == 2


def test_a_correction_counts_towards_the_limit(app, client, login_as, sample_form):
    submission = submitted(app, client, login_as)
    app.config["DRAFT_MAX_COUNT"] = 1
    start(client)
    response = submit(client, f"/applications/submitted/{submission.id}/correct", {}, token_from="/applications")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "You already have 1 application in progress" in page
    assert drafts.correction_of(submission) is None


def test_an_annex_taken_counts_towards_the_limit(app, annexed_form):
    app.config["DRAFT_MAX_COUNT"] = 1
    applicant, employer = make_user("Applicant"), make_user("Employer")
    annex = annexes.invite(applicant, drafts.start(applicant, "TST"), "TST-ANNEX", None)
    db.session.add(Draft(owner_id=employer.id, definition_id=annexed_form.id, answers={}, acknowledged=[], section=""))
    db.session.flush()
    with pytest.raises(TooManyDrafts):
        annexes.take(employer, annex)
    assert annex.employer_id is None


def test_a_correction_keeps_no_answer_over_the_limit_from_before(app, client, login_as, sample_form):
    submission = submitted(app, client, login_as)
    submission.typed_answers = {**submission.typed_answers, "stay": {"postal_code": "5" * 600_000, "income": "4300"}}
    db.session.commit()
    draft = drafts.start_correction(submission)
    assert draft.answers["stay"] == {"income": "4300"}
    assert draft.answers["personal"] == submission.typed_answers["personal"]
