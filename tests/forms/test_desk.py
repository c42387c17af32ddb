"""The desk and the submission mode: the clerk sees how an application reaches the office, and the
desk takes on paper only what is submitted on paper (shown when the printout is scanned or the
number typed, and refused on the accept action itself). An accepted scan stays a scan and links
to the case it opened."""

from __future__ import annotations

import pytest

from app.cases.models import Case
from app.clock import utcnow
from app.extensions import db
from app.forms import desk
from app.forms.models import Annex, Intake, Submission
from app.forms.printout import qr_payload
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user
from tests.forms.submissions import electronic_submission, paper_submission

PAPER_FORM = "KPL"  # submitted on paper in the seeded catalogue


def clerk(app):
    client = app.test_client()
    login(client, make_user("Clerk").email)
    return client


def external(code: str) -> Submission:
    submission = db.session.get(Submission, electronic_submission(make_user("Applicant"), code))
    submission.submission_mode = "external"
    db.session.commit()
    return submission


def filed_electronically() -> Submission:
    submission = db.session.get(Submission, electronic_submission(make_user("Applicant"), "KPL"))
    submission.filed_at = utcnow()
    db.session.commit()
    return submission


REFUSED = {
    "in MOS": (lambda: external("TRP"), "filed only in the national system mos.cudzoziemcy.gov.pl"),
    "in praca.gov.pl": (lambda: external("WRK"), "filed only in the national system www.praca.gov.pl"),
    "electronically, not yet filed": (
        lambda: db.session.get(Submission, electronic_submission(make_user("Applicant"), "KPL")),
        "filed electronically in this portal, with scans of the documents",
    ),
    "electronically, filed": (filed_electronically, "was filed electronically in this portal on"),
}


def accept(client, submission: Submission, printed_hash: str = "", **extra):
    point = db.session.query(ServicePoint).first()
    data = {"csrf_token": csrf_token(client, "/desk/"), "service_point": str(point.id), "printed_hash": printed_hash}
    return client.post(f"/desk/accept/{submission.id}", data={**data, **extra})


def test_the_desk_shows_how_each_application_is_submitted(app):
    desk_client = clerk(app)
    paper = db.session.get(Submission, paper_submission(make_user("Applicant"), PAPER_FORM))
    page = desk_client.get("/desk/", query_string={"code": paper.reference}).get_data(as_text=True)
    assert "How it is submitted" in page and "On paper: fill in, print, sign and bring" in page
    assert f'action="/desk/accept/{paper.id}"' in page
    mos = external("TRP")
    page = desk_client.get("/desk/", query_string={"code": mos.reference}).get_data(as_text=True)
    assert "In a national electronic system" in page
    assert '<a href="https://mos.cudzoziemcy.gov.pl" rel="noopener">mos.cudzoziemcy.gov.pl</a>' in page


def test_an_application_kept_on_paper_says_that_the_form_goes_another_way_today(app):
    # submitted on paper before the residence forms moved to MOS: taken as it was submitted
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), "TRP"))
    page = clerk(app).get("/desk/", query_string={"code": submission.reference}).get_data(as_text=True)
    assert "The form is submitted differently today (In a national electronic system)" in page
    assert f'action="/desk/accept/{submission.id}"' in page


@pytest.mark.parametrize("mode", list(REFUSED))
def test_a_scan_of_an_application_not_submitted_on_paper_is_refused_with_the_reason(app, mode):
    make, reason = REFUSED[mode]
    submission = make()
    desk_client = clerk(app)
    for code in (qr_payload(submission), submission.reference):  # scanned or typed
        page = desk_client.get("/desk/", query_string={"code": code}).get_data(as_text=True)
        assert "Not accepted on paper" in page and reason in page
        assert f'action="/desk/accept/{submission.id}"' not in page


@pytest.mark.parametrize("mode", list(REFUSED))
def test_the_accept_action_refuses_an_application_not_submitted_on_paper(app, mode):
    make, reason = REFUSED[mode]
    submission = make()
    desk_client = clerk(app)
    response = accept(desk_client, submission, submission.content_hash)
    assert response.status_code == 302
    page = desk_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Not accepted on paper" in page and reason in page
    assert db.session.query(Intake).filter_by(submission_id=submission.id).count() == 0
    assert db.session.query(Case).filter_by(submission_id=submission.id).count() == 0
    with pytest.raises(desk.PaperRefused):
        desk.accept(submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)


def test_an_annex_goes_the_way_of_its_application(app):
    application = external("TRW")
    annex_submission = db.session.get(Submission, paper_submission(make_user("Employer"), PAPER_FORM))
    db.session.add(
        Annex(
            code="TRW-ANNEX",
            invite_code="ANNEXDESK234",
            applicant_id=application.owner_id,
            application_submission_id=application.id,
            submission_id=annex_submission.id,
        )
    )
    db.session.commit()
    page = clerk(app).get("/desk/", query_string={"code": qr_payload(annex_submission)}).get_data(as_text=True)
    assert "filed only in the national system mos.cudzoziemcy.gov.pl" in page
    with pytest.raises(desk.PaperRefused):
        desk.accept(annex_submission, make_user("Clerk"), db.session.query(ServicePoint).first().id, True)


def test_an_accepted_scan_stays_a_scan_and_links_to_the_case_it_opened(app):
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), PAPER_FORM))
    desk_client = clerk(app)
    scanned = desk_client.get("/desk/", query_string={"code": qr_payload(submission)}).get_data(as_text=True)
    assert "The code on the paper matches the application as submitted" in scanned
    response = accept(desk_client, submission, submission.content_hash)
    assert response.status_code == 302
    page = desk_client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"Paper version of {submission.reference} accepted." in page
    assert "The code on the paper matches the application as submitted" in page
    assert "The number was typed" not in page
    case = db.session.query(Case).filter_by(submission_id=submission.id).one()
    assert f'<a href="/work/case/{case.id}">Open case {case.signature}</a>' in page
    assert desk_client.get(f"/work/case/{case.id}").status_code == 200


def test_a_scan_stays_a_scan_when_the_service_point_is_missing_and_a_typed_number_stays_typed(app):
    submission = db.session.get(Submission, paper_submission(make_user("Applicant"), PAPER_FORM))
    desk_client = clerk(app)
    response = accept(desk_client, submission, submission.content_hash, service_point="")
    page = desk_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Choose the service point" in page
    assert "The code on the paper matches the application as submitted" in page
    typed = accept(desk_client, submission, "")
    page = desk_client.get(typed.headers["Location"]).get_data(as_text=True)
    assert f"Paper version of {submission.reference} accepted." in page
    assert "The number was typed, so there is no code to compare" in page
    assert "Open case" in page
