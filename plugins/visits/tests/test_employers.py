"""Employers follow their employees' visits: the schedule lists the visits about applications whose
annex they filed (no one else's), and a private calendar address, shown once and renewable, serves
them to a calendar program; a wrong or renewed address is 404."""

from __future__ import annotations

import re

from icalendar import Calendar

from app.bookings import services
from app.bookings.models import VisitService
from app.extensions import db
from app.forms.models import Annex
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user
from tests.forms.submissions import paper_submission


def _employee_with_annex(employer, **names):
    """An applicant whose application has the employer's annex, filed; (employee, application's id)."""
    names = names or {"first_name": "Taras", "last_name": "Shevchuk"}
    employee = make_user("Applicant", preferred_language="uk", **names)
    submission_id = paper_submission(employee, "TRW")
    db.session.add(
        Annex(
            code="TRW-ANNEX",
            invite_code=f"EMQ{employee.id:09d}"[:12],
            applicant_id=employee.id,
            application_submission_id=submission_id,
            employer_id=employer.id,
            submission_id=paper_submission(employer, "KPL"),
        )
    )
    db.session.commit()
    return employee, submission_id


def _employees_visit():
    employer = make_user("Employer", company_name="Odra Budownictwo sp. z o.o.")
    employee, submission_id = _employee_with_annex(employer, first_name="Olena", last_name="Kovalenko")
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    service = db.session.query(VisitService).filter_by(service_point_id=point.id, code="paper-application").one()
    slot = services.free_slots(service)[0]
    about = services.VisitFor(employee.id, submission_id, None, "uk")
    visit = services.confirm(services.hold(service, slot.id, about))
    db.session.commit()
    return employer, visit


def _signed_in(app, user):
    client = app.test_client()
    login(client, user.email)
    return client


def test_the_employer_sees_their_employees_visits_and_no_one_elses(app):
    employer, visit = _employees_visit()
    page = _signed_in(app, employer).get("/visits/employees").get_data(as_text=True)
    assert "Olena Kovalenko" in page and "Handing in a paper application" in page and "booked" in page
    other = _signed_in(app, make_user("Employer")).get("/visits/employees").get_data(as_text=True)
    assert "Olena" not in other and "None of your employees has a visit booked." in other
    assert _signed_in(app, visit.person).get("/visits/employees").status_code == 403  # an applicant's account


def test_the_calendar_address_is_shown_once_serves_the_visits_and_is_renewed(app):
    employer, visit = _employees_visit()
    client = _signed_in(app, employer)
    made = client.post("/visits/employees", data={"csrf_token": csrf_token(client, "/visits/employees")})
    address = re.search(r'id="feed-url" value="([^"]+)"', made.get_data(as_text=True)).group(1)
    path = address.removeprefix("http://localhost")
    assert "feed-url" not in client.get("/visits/employees").get_data(as_text=True)  # shown that once
    reader = app.test_client()  # a calendar program: no session
    served = reader.get(path)
    assert served.status_code == 200 and served.mimetype == "text/calendar"
    assert "Set-Cookie" not in served.headers
    [event] = Calendar.from_ical(served.get_data()).walk("VEVENT")
    assert str(event.get("summary")).startswith("Olena Kovalenko: ")
    assert visit.code not in served.get_data(as_text=True)  # the kiosk code stays the employee's
    client.post("/visits/employees", data={"csrf_token": csrf_token(client, "/visits/employees")})
    assert reader.get(path).status_code == 404  # the old address stops working
    assert reader.get("/visits/feed/not-a-secret.ics").status_code == 404


def test_an_employer_books_for_an_employee_who_sees_it_and_is_told_in_their_language(app):
    from sqlalchemy import select

    from app.bookings.models import Visit

    employer = make_user("Employer", company_name="Odra Budownictwo sp. z o.o.", preferred_language="pl")
    employee, submission_id = _employee_with_annex(employer)
    client = _signed_in(app, employer)
    start = client.get("/visits/new").get_data(as_text=True)
    assert f'value="s{submission_id}"' in start and "Taras Shevchuk" in start
    service = db.session.query(VisitService).filter_by(code="paper-application").first()
    slot = services.free_slots(service)[0]
    data = {"csrf_token": csrf_token(client, "/visits"), "about": f"s{submission_id}", "service": service.id}
    held = client.post("/visits/new/times", data={**data, "slot": slot.id})
    assert held.status_code == 302
    client.post(held.headers["Location"], data={"csrf_token": csrf_token(client, held.headers["Location"])})
    visit = db.session.scalars(select(Visit).where(Visit.submission_id == submission_id)).one()
    assert (visit.person_id, visit.booked_by_id, visit.language, visit.state) == (
        employee.id,
        employer.id,
        "uk",
        "confirmed",
    )
    assert client.get(f"/visits/{visit.id}").status_code == 200  # the employer who booked it
    assert _signed_in(app, employee).get(f"/visits/{visit.id}").status_code == 200  # and the employee
    assert "Taras Shevchuk" in client.get("/visits/employees").get_data(as_text=True)
    other = make_user("Employer")
    assert _signed_in(app, other).get(f"/visits/{visit.id}").status_code == 404
    assert f'value="s{submission_id}"' not in _signed_in(app, other).get("/visits/new").get_data(as_text=True)


def test_an_employer_books_no_more_than_the_limit_at_once(app):
    employer = make_user("Employer")
    app.config["VISITS_PER_EMPLOYER"] = 1
    service = db.session.query(VisitService).filter_by(code="paper-application").first()
    client = _signed_in(app, employer)
    answers = []
    for _ in range(2):
        _employee, submission_id = _employee_with_annex(employer)
        slot = services.free_slots(service)[0]
        data = {"csrf_token": csrf_token(client, "/visits"), "about": f"s{submission_id}", "service": service.id}
        answers.append(client.post("/visits/new/times", data={**data, "slot": slot.id}))
    assert [a.status_code for a in answers] == [302, 429]
    assert "as many visits booked for your employees as an employer may have at once (1)" in answers[1].get_data(
        as_text=True
    )
