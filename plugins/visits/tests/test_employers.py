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


def _employees_visit():
    employee = make_user("Applicant", first_name="Olena", last_name="Kovalenko")
    submission_id = paper_submission(employee, "TRW")
    employer = make_user("Employer", company_name="Odra Budownictwo sp. z o.o.")
    db.session.add(
        Annex(
            code="TRW-ANNEX",
            invite_code=f"EMP{employer.id:09d}"[:12],
            applicant_id=employee.id,
            application_submission_id=submission_id,
            employer_id=employer.id,
            submission_id=paper_submission(employer, "KPL"),
        )
    )
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
    assert _signed_in(app, visit.person).get("/visits/employees").status_code == 404  # an applicant's account


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
