"""The office sees the applicant by the name on the application (in Latin letters, as the passport
has it), not by the account's own name: in the work queue, on the case page and at the desk; the
queue finds cases by that name (letter case and Polish diacritics aside), by signature and by PIO
number; a request's ticked items stay in the history; "Assign to me" goes once the case is taken."""

import pytest
from flask_babel import force_locale

from app.cases import queue, tracking
from app.cases.models import Case, CaseEvent
from app.catalogue.models import CaseStatus
from app.extensions import db
from app.forms import desk
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests.factories import PASSWORD, csrf_token, login, make_user
from tests.forms.submissions import electronic_submission
from tests.statements import statements


@pytest.fixture(autouse=True)
def english(app):
    with force_locale("en"):
        yield


def accepted(surname: str, given_names: str, code: str = "TRP") -> Case:
    """A case opened from the paper version of an application with these names, whose account
    is named in Cyrillic."""
    applicant = make_user("Applicant", first_name="Олена", last_name="Коваленко")
    submission = db.session.get(Submission, electronic_submission(applicant, code))
    submission.submission_mode = "paper"
    section = "applicant" if code == "KPL" else "personal"
    submission.answers = {section: {"surname": surname, "given_names": given_names}}
    desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)
    db.session.commit()
    return db.session.query(Case).filter_by(submission_id=submission.id).one()


def signed_in(app, role="Clerk", **fields):
    user = make_user(role, **fields)
    client = app.test_client()
    assert login(client, user.email, PASSWORD).status_code == 302
    return user, client


def found(client, text: str) -> str:
    return client.get("/work/", query_string={"q": text, "lang": "en"}).get_data(as_text=True)


def test_staff_see_the_name_on_the_application_not_the_account_s(app):
    case = accepted("ŁUKASIEWICZ", "Zofia Anna")
    _, client = signed_in(app)
    queue_page = client.get("/work/?tab=unassigned").get_data(as_text=True)
    case_page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    reference = db.session.get(Submission, case.submission_id).reference
    desk_page = client.get("/desk/", query_string={"code": reference}).get_data(as_text=True)
    for page in (queue_page, case_page, desk_page):
        assert "ŁUKASIEWICZ, Zofia Anna" in page and "Коваленко" not in page


def test_the_queue_finds_a_case_by_name_with_or_without_polish_letters(app):
    case = accepted("ŁUKASIEWICZ", "Zofia Anna")
    other = accepted("KOVALENKO", "Olena", "KPL")
    _, client = signed_in(app)
    for text in ("lukasiewicz", "Łukasiewicz", "zofia łukasiewicz", "  LUKASIEW  anna "):
        page = found(client, text)
        assert case.signature in page and other.signature not in page, text
    assert other.signature in found(client, "kovalenko olena") and case.signature not in found(client, "kovalenko")
    assert "No case matches" in found(client, "Коваленко")  # the account's name is not the application's
    page = found(client, "Kowalski")
    assert "No case matches “Kowalski”." in page and case.signature not in page
    assert '<a href="/work/?tab=mine&amp;lang=en">Clear the search</a>' in page  # a way back to the queue
    assert '<label for="q">Find a case</label>' in page and 'role="search"' in page


def test_the_queue_finds_a_case_by_signature_or_pio_number_closed_ones_too(app):
    case, other = accepted("NOWAK", "Jan"), accepted("NOWAK", "Anna")
    reference = db.session.get(Submission, case.submission_id).reference
    _, client = signed_in(app)
    for text in (case.signature.lower(), reference, reference.lower(), reference[-6:]):
        page = found(client, text)
        assert case.signature in page and other.signature not in page, text
    both = found(client, "nowak")
    assert case.signature in both and other.signature in both and "2 cases match “nowak”." in both
    closed = db.session.query(CaseStatus).filter_by(code="closed").one()
    tracking.change_status(case, closed.id, make_user("Clerk"), result="granted")
    db.session.commit()
    assert case.signature in found(client, case.signature)
    assert queue.search("", queue.Filters()) == []


def test_search_results_cost_the_same_statements_for_two_cases_as_for_five(app):
    for _ in range(2):
        accepted("WÓJCIK", "Ewa")
    _, client = signed_in(app)
    db.session.expunge_all()
    with statements() as two:
        assert "2 cases match" in found(client, "wojcik")
    for _ in range(3):
        accepted("WÓJCIK", "Ewa")
    db.session.expunge_all()
    with statements() as five:
        assert "5 cases match" in found(client, "wojcik")
    assert len(five) == len(two)


def test_a_request_s_ticked_items_are_written_in_the_history(app):
    case = accepted("NOWAK", "Jan")
    _, client = signed_in(app)
    passport = next(r for r in case.case_type.requirements if r.kind == "document")
    data = {"csrf_token": csrf_token(client, f"/work/case/{case.id}"), "requirement": [str(passport.id)]}
    data.update(free_text="Proszę o czytelny skan.", days="14")
    page = client.post(f"/work/case/{case.id}/request", data=data, follow_redirects=True).get_data(as_text=True)
    line = db.session.query(CaseEvent).filter_by(case_id=case.id, kind="request").one()
    assert line.request is not None and line.request.items[0]["pl"] == passport.title_pl
    history = page[page.index("<h2>History</h2>") :]
    assert passport.title_pl in history and "Proszę o czytelny skan." in history
    assert f"answer due by {line.request.due_on}" in history


def test_assign_to_me_goes_once_the_case_is_taken_and_says_who_has_it(app):
    case = accepted("NOWAK", "Jan")
    clerk, client = signed_in(app, first_name="Anna", last_name="Wiśniewska")
    assert "Assign to me" in client.get(f"/work/case/{case.id}").get_data(as_text=True)
    data = {"csrf_token": csrf_token(client, f"/work/case/{case.id}"), "clerk": str(clerk.id)}
    page = client.post(f"/work/case/{case.id}/assign", data=data, follow_redirects=True).get_data(as_text=True)
    assert "The case is assigned." in page and "Assign to me" not in page
    assert "This case is assigned to you." in page
    _, other = signed_in(app)
    page = other.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "Assign to me" not in page and "This case is assigned to Anna Wiśniewska." in page
