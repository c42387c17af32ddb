"""The clerks' work queue and case page: tabs, filters, assigning, status changes with their
rules, dates and the deadline; every refusal is a message and changes nothing."""

import datetime as dt

import pytest

from app.cases import queue, tracking
from app.cases.models import Case, CaseAccess
from app.catalogue.models import CaseStatus
from app.clock import office_today
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, csrf_token, login, make_user
from tests.forms.submissions import paper_submission
from tests.statements import statements


def status_id(code: str) -> int:
    return db.session.query(CaseStatus).filter_by(code=code).one().id


def open_case(code="TRP") -> Case:
    applicant = make_user("Applicant", first_name="Олена", last_name="Коваленко")  # the account's own spelling
    submission = db.session.get(Submission, paper_submission(applicant, code))
    submission.answers = {"personal": {"surname": "KOVALENKO", "given_names": "OLENA"}}  # as in the passport
    point = db.session.query(ServicePoint).first()
    desk.accept(submission, make_user("Clerk"), point.id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def signed_in(app, role="Clerk", **fields):
    user = make_user(role, **fields)
    client = app.test_client()
    assert login(client, user.email, PASSWORD).status_code == 302
    return user, client


def act(client, case, action, **data):
    data["csrf_token"] = csrf_token(client, f"/work/case/{case.id}")
    return client.post(f"/work/case/{case.id}/{action}", data=data, follow_redirects=True).get_data(as_text=True)


@pytest.fixture
def case(app):
    return open_case()


def test_a_new_case_waits_unassigned_and_a_clerk_takes_it(app, case):
    clerk, client = signed_in(app)
    queue = client.get("/work/?tab=unassigned").get_data(as_text=True)
    assert case.signature in queue and "KOVALENKO, OLENA" in queue and "Коваленко" not in queue
    assert case.signature not in client.get("/work/?tab=mine").get_data(as_text=True)
    assert "The case is assigned." in act(client, case, "assign", clerk=str(clerk.id))
    assert case.signature in client.get("/work/?tab=mine").get_data(as_text=True)
    other, other_client = signed_in(app)
    page = act(other_client, case, "assign", clerk=str(other.id))
    assert "Only a supervisor can give a case to someone else" in page
    db.session.refresh(case)
    assert case.clerk_id == clerk.id
    _, supervisor = signed_in(app, "Supervisor")
    assert "The case is assigned." in act(supervisor, case, "assign", clerk=str(other.id))
    db.session.refresh(case)
    assert case.clerk_id == other.id


def test_status_changes_keep_their_rules(app, case):
    _, client = signed_in(app)
    page = act(client, case, "status", status=str(status_id("formal-check")), public_note="We check the documents.")
    assert "The status is changed." in page and "We check the documents." in page
    refused = act(client, case, "status", status=str(status_id("filed")))
    assert "Only a supervisor can move a case back" in refused
    assert "Choose the result before closing" in act(client, case, "status", status=str(status_id("closed")))
    assert "Choose the new status." in act(client, case, "status", status="x")
    db.session.refresh(case)
    assert case.status.code == "formal-check" and case.closed_at is None
    closed = act(client, case, "status", status=str(status_id("closed")), result="granted")
    assert "The status is changed." in closed and "Granted" in closed


def test_dates_start_the_deadline(app, case):
    _, client = signed_in(app)
    assert "Enter dates as day, month and year." in act(client, case, "dates", appearance_on="31.02.2026")
    future = (office_today() + dt.timedelta(days=5)).isoformat()
    assert "between the filing of the application and today" in act(client, case, "dates", appearance_on=future)
    today = office_today().isoformat()
    page = act(client, case, "dates", appearance_on=today, complete_on=today)
    assert "The dates are saved." in page
    db.session.refresh(case)
    assert case.deadline == office_today() + dt.timedelta(days=60)
    assert case.deadline.isoformat() in page


def test_overdue_and_due_tabs_and_filters(app, case):
    other = open_case("CRD")
    case.deadline = office_today() - dt.timedelta(days=1)
    other.deadline = office_today() + dt.timedelta(days=2)
    db.session.commit()
    _, client = signed_in(app)
    overdue = client.get("/work/?tab=overdue").get_data(as_text=True)
    assert case.signature in overdue and other.signature not in overdue
    due = client.get("/work/?tab=due").get_data(as_text=True)
    assert other.signature in due and case.signature not in due
    filtered = client.get(f"/work/?tab=unassigned&type={other.case_type_id}").get_data(as_text=True)
    assert other.signature in filtered and case.signature not in filtered
    nonsense = client.get("/work/?tab=nope&type=abc&from=yesterday&page=-3")
    assert nonsense.status_code == 200


def test_an_unknown_case_is_not_found(app):
    _, client = signed_in(app)
    assert client.get("/work/case/999999").status_code == 404
    token = csrf_token(client, "/work/")
    assert client.post("/work/case/999999/status", data={"csrf_token": token}).status_code == 404


def test_opening_a_case_is_logged_and_shown_to_supervisors_and_the_applicant(app, case):
    clerk, client = signed_in(app, first_name="Anna", last_name="Nowak")
    assert "Who opened this case" not in client.get(f"/work/case/{case.id}").get_data(as_text=True)
    (entry,) = db.session.query(CaseAccess).filter_by(case_id=case.id).all()
    assert (entry.user_id, entry.user_name, entry.role, entry.action) == (clerk.id, "Anna Nowak", "Clerk", "view")
    _, supervisor = signed_in(app, "Supervisor")
    page = supervisor.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "Who opened this case" in page and "Anna Nowak" in page
    assert db.session.query(CaseAccess).filter_by(case_id=case.id).count() == 2
    applicant = app.test_client()
    login(applicant, case.applicant.email, PASSWORD)
    mine = applicant.get(f"/my-cases/{case.id}").get_data(as_text=True)
    assert "a clerk" in mine and "a supervisor" in mine and "Anna Nowak" not in mine


def test_a_request_for_documents_reaches_the_applicant_with_its_deadline(app, case):
    _, client = signed_in(app)
    assert "Say what is missing" in act(client, case, "request", days="7")
    assert "The time to answer is 7 to 60 days." in act(client, case, "request", free_text="Photo", days="3")
    passport = next(r for r in case.case_type.requirements if r.kind == "document")
    page = act(client, case, "request", requirement=str(passport.id), free_text="Zdjęcie 35x45 mm.", days="14")
    assert "The request is recorded and shown to the applicant." in page
    db.session.refresh(case)
    assert case.status.code == "deficiency-request" and case.open_request.due_on == office_today() + dt.timedelta(14)
    applicant = app.test_client()
    login(applicant, case.applicant.email, PASSWORD)
    mine = applicant.get(f"/my-cases/{case.id}").get_data(as_text=True)
    assert "Action needed by" in mine and passport.title_en in mine and "Zdjęcie 35x45 mm." in mine
    assert "You have 14 days from this request" in mine
    waiting = client.get("/work/?tab=waiting").get_data(as_text=True)
    assert case.signature in waiting
    assert "The request is marked as answered." in act(client, case, "answered")
    db.session.refresh(case)
    assert case.open_request is None
    assert "No request is waiting" in act(client, case, "answered")


def test_suspension_days_do_not_count_towards_the_deadline(app, case):
    _, client = signed_in(app)
    today = office_today().isoformat()
    act(client, case, "dates", appearance_on=today, complete_on=today)
    assert "Give the reason for the suspension." in act(client, case, "suspend", reason=" ")
    assert "The proceedings are suspended." in act(client, case, "suspend", reason="Czekamy na opinię SG")
    assert "Only a running case can be suspended." in act(client, case, "suspend", reason="again")
    db.session.refresh(case)
    case.suspended_on = office_today() - dt.timedelta(days=10)  # suspended ten days ago
    db.session.commit()
    assert "The proceedings are resumed." in act(client, case, "resume")
    db.session.refresh(case)
    assert case.suspended_days == 10 and case.deadline == office_today() + dt.timedelta(days=70)
    assert "The case is not suspended." in act(client, case, "resume")


def test_the_supervisors_dashboard_counts_and_measures(app, case):
    other = open_case("CRD")
    case.deadline = office_today() - dt.timedelta(days=3)
    other.filed_on = office_today() - dt.timedelta(days=20)
    db.session.commit()
    clerk, clerk_client = signed_in(app)
    tracking.change_status(other, status_id("closed"), clerk, result="granted")
    db.session.commit()  # services leave the commit to their caller
    assert clerk_client.get("/work/dashboard").status_code in (302, 403)  # supervisors only
    _, supervisor = signed_in(app, "Supervisor")
    page = supervisor.get("/work/dashboard").get_data(as_text=True)
    assert "Open cases by status" in page and case.status.name_pl in page
    assert "Overdue cases" in page and case.signature in page
    assert '<th scope="row">CRD</th><td>20</td><td>1</td>' in page


def test_a_supervisor_assigns_many_cases_at_once(app, case):
    other = open_case("CRD")
    clerk, clerk_client = signed_in(app)
    token = csrf_token(clerk_client, "/work/")
    refused = clerk_client.post("/work/assign", data={"csrf_token": token, "case": [str(case.id)], "clerk": clerk.id})
    assert refused.status_code in (302, 403) and case.clerk_id is None
    _, supervisor = signed_in(app, "Supervisor")
    queue_page = supervisor.get("/work/?tab=unassigned").get_data(as_text=True)
    assert f'name="case" value="{case.id}"' in queue_page
    token = csrf_token(supervisor, "/work/")
    ticked = [str(case.id), str(other.id)]
    data = {"csrf_token": token, "case": ticked, "clerk": str(clerk.id), "back": "/work/?tab=mine"}
    done = supervisor.post("/work/assign", data=data, follow_redirects=True).get_data(as_text=True)
    assert "Cases assigned: 2." in done
    db.session.refresh(case)
    db.session.refresh(other)
    assert case.clerk_id == other.clerk_id == clerk.id


def test_staff_download_the_printout_and_it_is_logged(app, case):
    _, client = signed_in(app)
    response = client.get(f"/work/case/{case.id}/document/printout")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    actions = [a.action for a in db.session.query(CaseAccess).filter_by(case_id=case.id)]
    assert actions == ["download"]
    assert client.get(f"/work/case/{case.id}/document/certificate").status_code == 404  # filed on paper
    assert client.get(f"/work/case/{case.id}/document/other").status_code == 404


def overdue_case_of(clerk_name: str) -> Case:
    case = open_case()
    case.clerk_id = make_user("Clerk", last_name=clerk_name).id
    case.deadline = office_today() - dt.timedelta(days=5)
    db.session.commit()
    return case


def test_a_queue_page_costs_the_same_statements_for_two_cases_as_for_five(app):
    """The names on each line (applicant, clerk) come with the page's own query, not one per line."""
    first = [overdue_case_of(f"Clerk{n}").signature for n in range(2)]
    _, supervisor = signed_in(app, "Supervisor")
    db.session.expunge_all()  # the requests share the test's session: start each from nothing, as in production
    with statements() as two:
        page = supervisor.get("/work/?tab=overdue").get_data(as_text=True)
    assert all(signature in page for signature in first) and "Clerk1" in page
    more = [overdue_case_of(f"Clerk{n}").signature for n in range(2, 5)]
    db.session.expunge_all()
    with statements() as five:
        page = supervisor.get("/work/?tab=overdue").get_data(as_text=True)
    assert all(signature in page for signature in more) and "Clerk4" in page
    assert len(five) == len(two)


def test_a_tab_beyond_the_count_cap_says_so(app, monkeypatch):
    for _ in range(3):
        open_case()
    _, client = signed_in(app, "Clerk", preferred_language="en")
    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    assert '<span class="badge">2+</span>' in client.get("/work/?tab=unassigned").get_data(as_text=True)
    monkeypatch.setattr(queue, "COUNT_CAP", 3)
    assert '<span class="badge">3</span>' in client.get("/work/?tab=unassigned").get_data(as_text=True)


NOT_NUMBERS = ("²", "٣", "9" * 5000, "-1", "")  # a superscript two passed str.isdigit() and then broke int()


@pytest.mark.parametrize("value", NOT_NUMBERS)
def test_a_number_that_is_not_one_is_refused_with_a_message_not_a_server_error(app, case, value):
    _, supervisor = signed_in(app, "Supervisor")
    assert "Choose the new status." in act(supervisor, case, "status", status=value)
    assert "The time to answer is 7 to 60 days." in act(supervisor, case, "request", days=value, free_text="Paszport")
    assert act(supervisor, case, "assign", clerk=value)  # no clerk named: the page answers
    token = csrf_token(supervisor, "/work/")
    data = {"csrf_token": token, "case": [value, str(case.id)], "clerk": value}
    assert supervisor.post("/work/assign", data=data).status_code < 500
    for query in ("page", "type", "status", "point"):
        assert supervisor.get("/work/", query_string={query: value}).status_code == 200
    db.session.refresh(case)
    assert case.clerk_id is None and case.status.code == "filed"
