"""My cases: the applicant sees their own cases with the public status, the steps, what to do
now and the deadline; an internal status never shows; employers see status lines only."""

import pytest

from app.cases import applicants, tracking
from app.cases.models import Case
from app.catalogue.models import CaseStatus
from app.clock import office_today
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, login, make_user, submit
from tests.forms.submissions import paper_submission
from tests.statements import statements


def status(code: str) -> CaseStatus:
    return db.session.query(CaseStatus).filter_by(code=code).one()


@pytest.fixture
def own_case(app, client, login_as):
    applicant = login_as("Applicant", first_name="Olena", last_name="Kowalenko")
    submission = db.session.get(Submission, paper_submission(applicant, "TRP"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def test_no_cases_yet(client, login_as):
    login_as("Applicant")
    page = client.get("/my-cases").get_data(as_text=True)
    assert "You have no cases yet." in page and 'href="/applications"' in page


def test_the_applicant_follows_the_case(app, client, own_case):
    listing = client.get("/my-cases").get_data(as_text=True)
    assert own_case.signature in listing and status("filed").name_en in listing
    page = client.get(f"/my-cases/{own_case.id}").get_data(as_text=True)
    assert "The legal deadline starts once you have appeared" in page
    assert "not applicable to this case" in page  # filing in MOS: the paper version was accepted at the desk
    clerk = make_user("Clerk")
    request = status("deficiency-request").id
    tracking.change_status(own_case, request, clerk, "passport copy blurred", "Send a clear copy.")
    tracking.change_status(own_case, status("supervisor-approval").id, clerk, "internal step")
    page = client.get(f"/my-cases/{own_case.id}").get_data(as_text=True)
    assert status("deficiency-request").name_en in page and status("supervisor-approval").name_en not in page
    assert "Send a clear copy." in page and "passport copy blurred" not in page and "internal step" not in page
    assert "Action needed" in page and status("deficiency-request").action_en.strip()[:40] in page


def test_the_deadline_counts_down_and_a_closed_case_says_so(app, client, own_case):
    own_case.appearance_on = own_case.complete_on = office_today()
    own_case.deadline = tracking.deadline(own_case)
    db.session.commit()
    assert "60 days left" in client.get(f"/my-cases/{own_case.id}").get_data(as_text=True)
    tracking.change_status(own_case, status("closed").id, make_user("Clerk"), result="granted")
    page = client.get(f"/my-cases/{own_case.id}").get_data(as_text=True)
    assert "The case is closed." in page and "days left" not in page


def test_another_applicant_s_case_is_not_found(app, own_case):
    other = app.test_client()
    login(other, make_user("Applicant").email, PASSWORD)
    assert other.get(f"/my-cases/{own_case.id}").status_code == 404
    assert own_case.signature not in other.get("/my-cases").get_data(as_text=True)
    assert other.get("/my-cases/999999").status_code == 404


def signed_in_employer_of(app, *cases):
    """An employer's account taking part in these cases, and a client signed in to it."""
    employer = make_user("Employer")
    for case in cases:
        case.employer_id = employer.id
    db.session.commit()
    client = app.test_client()
    login(client, employer.email, PASSWORD)
    return employer, client


def accepted_case(first_name: str, last_name: str) -> Case:
    """A case opened by the desk for a new applicant of that name."""
    applicant = make_user("Applicant", first_name=first_name, last_name=last_name)
    submission = db.session.get(Submission, paper_submission(applicant, "CRD"))
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def test_an_employer_sees_the_status_line_of_an_employee_s_case(app, own_case):
    _, client = signed_in_employer_of(app, own_case)
    page = client.get("/my-cases").get_data(as_text=True)
    assert "Cases of your employees" in page and "Olena Kowalenko" in page and status("filed").name_en in page
    assert client.get(f"/my-cases/{own_case.id}").status_code == 404  # no more than the status line


def test_the_public_check_answers_only_for_the_right_pair(app, own_case):
    submission = db.session.get(Submission, own_case.submission_id)
    submission.answers = {"personal": {"birth_date": "1984-05-14"}}
    db.session.commit()
    public = app.test_client()  # no account
    english = {"Accept-Language": "en"}
    right = submit(
        public,
        "/case-status",
        {"signature": own_case.signature, "born-day": "14", "born-month": "05", "born-year": "1984"},
        headers=english,
    ).get_data(as_text=True)
    assert status("filed").name_en in right and "We found no case" not in right
    for signature, day in ((own_case.signature, "15"), ("SOC-II.6151.999.2026", "14")):
        wrong = submit(
            public, "/case-status", {"signature": signature, "born-day": day, "born-month": "5", "born-year": "1984"}
        )
        html = wrong.get_data(as_text=True)
        assert wrong.status_code == 200 and "We found no case with this signature and date of birth" in html
        assert status("filed").name_en not in html
    nonsense = {"signature": "", "born-day": "31", "born-month": "2", "born-year": "x"}
    empty = submit(public, "/case-status", nonsense, headers=english)
    html = empty.get_data(as_text=True)
    assert empty.status_code == 400 and "Enter the case signature" in html
    assert "date of birth: day, month and year" in html and 'value="31"' in html  # kept as typed


def test_an_employer_finds_an_employee_s_status_lines_by_name_a_page_at_a_time(app, own_case, monkeypatch):
    _, client = signed_in_employer_of(app, own_case, accepted_case("Taras", "Łysenko"))
    both = client.get("/my-cases").get_data(as_text=True)
    assert "Olena Kowalenko" in both and "Taras Łysenko" in both and 'id="employee"' in both

    def rows(url):
        return client.get(url).get_data(as_text=True).split("<tbody>")[-1].split("</tbody>")[0]

    assert "Taras Łysenko" in rows("/my-cases?employee=%C5%82ysenko+TARAS")  # "łysenko": folded in any alphabet
    assert "Olena" not in rows("/my-cases?employee=%C5%82ys")
    nobody = client.get("/my-cases?employee=%25").get_data(as_text=True)  # a % is a character, not a wildcard
    assert "<tbody>" not in nobody and "No employee" in nobody
    monkeypatch.setattr(applicants, "EMPLOYEES_PAGE", 1)
    first, second = rows("/my-cases"), rows("/my-cases?page=2")
    olena, taras = (
        ("Olena Kowalenko" in first, "Olena Kowalenko" in second),
        ("Taras Łysenko" in first, "Taras Łysenko" in second),
    )
    assert sorted([olena, taras]) == [(False, True), (True, False)]  # one each, on one page each
    assert "page 2 of 2" in client.get("/my-cases?page=99").get_data(as_text=True)  # past the end: the last page


def test_the_employees_lines_cost_the_same_statements_for_one_case_as_for_three(app, own_case):
    employer, client = signed_in_employer_of(app, own_case)
    employer_id = employer.id
    db.session.expunge_all()
    with statements() as one:
        assert "Olena Kowalenko" in client.get("/my-cases").get_data(as_text=True)
    for first_name in ("Taras", "Iryna"):
        accepted_case(first_name, "Bondar").employer_id = employer_id
    db.session.commit()
    db.session.expunge_all()
    with statements() as three:
        page = client.get("/my-cases").get_data(as_text=True)
    assert "Taras Bondar" in page and "Iryna Bondar" in page
    assert len(three) == len(one)


def test_the_case_page_reads_a_paper_applications_submission_with_its_intake(app, client, own_case):
    case_id = own_case.id
    db.session.commit()
    db.session.expunge_all()
    with statements() as seen:
        page = client.get(f"/my-cases/{case_id}").get_data(as_text=True)
    assert "accepted on paper at a service point" in page
    intakes = [s for s in seen if "FROM form_intake" in s]
    assert len(intakes) == 1 and "form_submission" in intakes[0]  # the submission joined to its intake
    assert not [s for s in seen if s.lstrip().startswith("SELECT form_submission.")]  # and not read again
