"""The employer's annex: the applicant invites, the employer takes it by code or by e-mail and
fills it in their own account, the application waits for it; each side sees only its own
answers and the other's state."""

import re

import pytest
import yaml

from app.cases.models import Case
from app.extensions import db
from app.forms import annexes, services
from app.forms.definitions import DefinitionError
from app.forms.desk import accept
from app.forms.models import Annex, Draft, Submission
from app.offices.models import ServicePoint
from plugins.eforms.tests.conftest import ANNEX
from plugins.eforms.tests.helpers import PERSONAL, STAY, start
from tests.factories import PASSWORD, login, make_user, submit
from tests.fixtures import run_queued_jobs


def filled_application(client, user):
    """The applicant's sample application with every part valid; returns the draft."""
    section_url = start(client)
    submit(client, section_url, {**PERSONAL, "action": "next"})
    submit(client, section_url.replace("/personal", "/stay"), {**STAY, "stay-income": "4300", "action": "next"})
    return db.session.query(Draft).filter_by(owner_id=user.id).one()


def signed_in(app, role="Employer", **fields):
    user = make_user(role, **fields)
    other = app.test_client()
    assert login(other, user.email, PASSWORD).status_code == 302
    return user, other


def invite(client, draft, email=""):
    url = f"/applications/{draft.id}/annexes/TST-ANNEX"
    response = submit(client, url, {"email": email})
    assert response.status_code == 302, response.status_code
    return db.session.query(Annex).filter_by(application_draft_id=draft.id, closed_at=None).one()


def take_by_code(employer_client, code):
    return submit(employer_client, "/annexes", {"code": code})


def fill_annex(employer_client, location):
    assert submit(employer_client, location, {"work-position": "Spawacz", "action": "next"}).status_code == 302
    annex_draft_id = int(re.search(r"/applications/(\d+)/", location).group(1))
    return submit(employer_client, f"/applications/{annex_draft_id}/check", {})


def test_the_application_waits_for_the_annex(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    check = client.get(f"/applications/{draft.id}/check").get_data(as_text=True)
    assert "not requested yet" in check and f'href="/applications/{draft.id}/annexes/TST-ANNEX"' in check
    refused = submit(client, f"/applications/{draft.id}/check", {})
    assert refused.status_code == 200
    assert "Your employer has not submitted the annex yet." in refused.get_data(as_text=True)
    assert db.session.query(Submission).count() == 0


def test_a_whole_annex_by_code_then_the_application(app, client, login_as, annexed_form):
    user = login_as("Applicant", first_name="Olena", last_name="Kowalenko")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    page = client.get(f"/applications/{draft.id}/annexes/TST-ANNEX").get_data(as_text=True)
    code = annexes.format_code(annex.invite_code)
    assert code in page and "waiting for the employer" in page

    employer, employer_client = signed_in(app, company_name="Odra Spawanie sp. z o.o.")
    wrong = take_by_code(employer_client, "AAAA-BBBB-CCCC")
    assert wrong.status_code == 400 and "We found no open invitation with this code" in wrong.get_data(as_text=True)
    assert 'value="AAAA-BBBB-CCCC"' in wrong.get_data(as_text=True)  # kept as typed
    taken = take_by_code(employer_client, " " + code.lower().replace("-", " ") + " ")  # as read over the phone
    assert taken.status_code == 302
    location = taken.headers["Location"]
    assert location.endswith("/work")

    following = client.get(f"/applications/{draft.id}/annexes/TST-ANNEX").get_data(as_text=True)
    assert "Odra Spawanie sp. z o.o. took the annex" in following and code not in following
    assert submit(client, f"/applications/{draft.id}/check", {}).status_code == 200  # still waiting

    done = fill_annex(employer_client, location)
    assert done.status_code == 302
    annex_submission = db.session.query(Submission).filter_by(owner_id=employer.id).one()
    employer_page = employer_client.get(done.headers["Location"]).get_data(as_text=True)
    assert "Annex submitted" in employer_page and "Give the signed annex to Olena Kowalenko" in employer_page

    completed = client.get(f"/applications/{draft.id}/annexes/TST-ANNEX").get_data(as_text=True)
    assert annex_submission.reference in completed and "submitted by the employer" in completed
    assert "Spawacz" not in completed  # the employer's answers stay with the employer

    submitted = submit(client, f"/applications/{draft.id}/check", {})
    assert submitted.status_code == 302
    run_queued_jobs(app)
    application = db.session.query(Submission).filter_by(owner_id=user.id).one()
    confirmation = client.get(submitted.headers["Location"]).get_data(as_text=True)
    assert annex_submission.reference in confirmation and "Odra Spawanie" in confirmation

    overview = employer_client.get("/annexes").get_data(as_text=True)
    assert "Olena Kowalenko" in overview and application.reference in overview
    assert (
        "Kowalenko"
        not in employer_client.get(f"/applications/submitted/{annex_submission.id}")
        .get_data(as_text=True)
        .split("Your answers")[1]
    )  # the annex's answers, not the applicant's
    assert employer_client.get(f"/applications/submitted/{application.id}").status_code == 404
    assert client.get(f"/applications/submitted/{annex_submission.id}").status_code == 404


def test_each_side_reaches_only_its_own_answers(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    _, employer_client = signed_in(app)
    location = take_by_code(employer_client, annex.invite_code).headers["Location"]
    db.session.refresh(annex)
    assert client.get(location).status_code == 404  # the employer's draft
    assert client.get(f"/applications/{annex.draft_id}").status_code == 404
    assert employer_client.get(f"/applications/{draft.id}/personal").status_code == 404
    assert employer_client.get(f"/applications/{draft.id}/annexes/TST-ANNEX").status_code == 404
    assert submit(employer_client, f"/applications/{draft.id}/annexes/TST-ANNEX/withdraw", {}).status_code == 404
    assert client.get("/annexes").status_code == 403  # an applicant's account takes no annexes


def test_a_code_works_once(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    annex = invite(client, filled_application(client, user))
    _, first = signed_in(app)
    _, second = signed_in(app)
    assert take_by_code(first, annex.invite_code).status_code == 302
    assert take_by_code(second, annex.invite_code).status_code == 400
    assert db.session.query(Draft).join(Annex, Annex.draft_id == Draft.id).count() == 1


def test_an_e_mailed_invitation_reaches_only_that_address(app, client, login_as, annexed_form, outbox):
    user = login_as("Applicant", first_name="Olena", last_name="Kowalenko")
    draft = filled_application(client, user)
    bad = submit(client, f"/applications/{draft.id}/annexes/TST-ANNEX", {"email": "kadry@odra"})
    assert bad.status_code == 400
    assert "Enter an e-mail address in the right format" in bad.get_data(as_text=True)
    assert 'value="kadry@odra"' in bad.get_data(as_text=True)
    assert db.session.query(Annex).count() == 0

    invited, invited_client = signed_in(app, email="kadry@odra.example", preferred_language="pl")
    annex = invite(client, draft, "Kadry@Odra.example")
    assert annex.invited_email == "kadry@odra.example"
    (message,) = outbox()
    assert message["To"] == "kadry@odra.example"
    body = message.get_content()
    assert annexes.format_code(annex.invite_code) in body
    assert f"http://localhost/annexes?code={annexes.format_code(annex.invite_code)}" in body  # the plugin's slot
    assert "Dzień dobry" in body  # the account's language
    assert "Olena" not in body and "Kowalenko" not in body  # an e-mail names no one

    _, stranger = signed_in(app)
    assert "Olena Kowalenko" not in stranger.get("/annexes").get_data(as_text=True)
    assert submit(stranger, f"/annexes/{annex.id}/accept", {}, token_from="/annexes").status_code == 404
    listed = invited_client.get("/annexes").get_data(as_text=True)
    assert "Olena Kowalenko" in listed and f'action="/annexes/{annex.id}/accept"' in listed
    assert submit(invited_client, f"/annexes/{annex.id}/accept", {}, token_from="/annexes").status_code == 302
    db.session.refresh(annex)
    assert annex.employer_id == invited.id and annex.state == "in-progress"


def test_cancelling_an_invitation_deletes_the_employers_unfinished_annex(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    _, employer_client = signed_in(app)
    take_by_code(employer_client, annex.invite_code)
    cancelled = submit(
        client, f"/applications/{draft.id}/annexes/TST-ANNEX/withdraw", {}, token_from=f"/applications/{draft.id}/check"
    )
    assert cancelled.status_code == 302
    db.session.refresh(annex)
    assert annex.state == "withdrawn" and annex.draft_id is None
    assert db.session.query(Draft).filter(Draft.owner_id != user.id).count() == 0
    assert "cancelled by the applicant" in employer_client.get("/annexes").get_data(as_text=True)
    assert take_by_code(employer_client, annex.invite_code).status_code == 400  # the code is void
    again = invite(client, draft)
    assert again.invite_code != annex.invite_code


def test_an_employer_declines_and_the_applicant_invites_again(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    _, employer_client = signed_in(app)
    take_by_code(employer_client, annex.invite_code)
    db.session.refresh(annex)
    confirm = employer_client.get(f"/applications/{annex.draft_id}/delete").get_data(as_text=True)
    assert "Decline this annex?" in confirm
    declined = submit(employer_client, f"/applications/{annex.draft_id}/delete", {})
    assert declined.headers["Location"].endswith("/annexes")
    page = client.get(f"/applications/{draft.id}/annexes/TST-ANNEX").get_data(as_text=True)
    assert "The employer declined the annex" in page and "Create the invitation" in page
    assert "declined by the employer" in employer_client.get("/annexes").get_data(as_text=True)


def test_deleting_the_application_cancels_its_invitation(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    assert "The invitation to your employer is cancelled" in client.get(f"/applications/{draft.id}/delete").get_data(
        as_text=True
    )
    submit(client, f"/applications/{draft.id}/delete", {})
    db.session.refresh(annex)
    assert annex.state == "withdrawn"
    _, employer_client = signed_in(app)
    assert take_by_code(employer_client, annex.invite_code).status_code == 400


def test_one_open_invitation_per_annex(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    invite(client, draft)
    again = submit(client, f"/applications/{draft.id}/annexes/TST-ANNEX", {"email": ""})
    assert again.status_code == 200  # the page shows the open invitation; nothing new is made
    assert db.session.query(Annex).count() == 1
    assert client.get(f"/applications/{draft.id}/annexes/TRW-ANNEX").status_code == 404  # not this form's


def test_wrong_codes_are_limited_per_account(app, client, login_as, annexed_form):
    _, employer_client = signed_in(app)
    limit = int(app.config["RATELIMIT_ANNEX_CODE"].split()[0])
    statuses = [take_by_code(employer_client, f"WRONG{n:07d}").status_code for n in range(limit + 1)]
    assert statuses == [400] * limit + [429]


def test_an_employer_cannot_take_their_own_invitation_to_an_applicant_account(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    annex = invite(client, filled_application(client, user))
    assert annexes.take(user, annex) is None  # not an employer's account


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"annexes": ["XYZ-ANNEX"]}, "annexes/0: an annex's code starts with the form's code"),
        ({"code": "TST-OTHER", "annexes": ["TST-OTHER-X"]}, "annexes/0"),
    ],
)
def test_definitions_name_their_annexes_by_their_own_code(app, change, message):
    with pytest.raises(DefinitionError, match=message):
        services.add_version(yaml.safe_dump({**ANNEX, "filed_by": "foreigner", **change}), "x.yaml")


def test_the_desk_links_the_application_and_its_annex(app, client, login_as, annexed_form):
    user = login_as("Applicant")
    draft = filled_application(client, user)
    annex = invite(client, draft)
    employer, employer_client = signed_in(app)
    fill_annex(employer_client, take_by_code(employer_client, annex.invite_code).headers["Location"])
    assert submit(client, f"/applications/{draft.id}/check", {}).status_code == 302
    application = db.session.query(Submission).filter_by(owner_id=user.id).one()
    annex_submission = db.session.query(Submission).filter_by(owner_id=employer.id).one()
    _, desk = signed_in(app, "Clerk")
    page = desk.get("/desk/", query_string={"code": application.reference}).get_data(as_text=True)
    assert f"The employer's annex belongs to this application: {annex_submission.reference}" in page
    page = desk.get("/desk/", query_string={"code": annex_submission.reference}).get_data(as_text=True)
    assert f"This is the employer's annex to application {application.reference}" in page
    point = db.session.query(ServicePoint).first()
    accept(application, make_user("Clerk"), point.id, True)
    case = db.session.query(Case).filter_by(submission_id=application.id).one()
    assert case.employer_id == employer.id and case.applicant_id == user.id
    accept(annex_submission, make_user("Clerk"), point.id, True)
    assert db.session.query(Case).count() == 1  # the annex goes with its application
