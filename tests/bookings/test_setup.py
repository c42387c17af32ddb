"""Supervisors keep what each service point offers for visits in the back office; a saved closure,
plan or service releases the service's slots again after the commit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.bookings import calendar
from app.bookings.models import VisitService, VisitSlot
from app.clock import office_today
from app.extensions import db
from app.offices.models import ServicePoint
from tests.factories import csrf_token, login, make_user
from tests.fixtures import run_queued_jobs


def _supervisor(app):
    client = app.test_client()
    login(client, make_user("Supervisor").email)
    return client


def _next_working_day() -> dt.date:
    day = office_today() + dt.timedelta(days=7)
    while day.weekday() > 4 or calendar.is_public_holiday(day):
        day += dt.timedelta(days=1)
    return day


def _slots_on(service: VisitService, day: dt.date) -> int:
    start, end = calendar.day_start(day), calendar.day_start(day + dt.timedelta(days=1))
    query = select(func.count()).where(
        VisitSlot.service_id == service.id, VisitSlot.starts_at >= start, VisitSlot.starts_at < end
    )
    return db.session.scalar(query)


def test_a_closure_saved_by_a_supervisor_withdraws_the_days_free_slots(app):
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    services = db.session.query(VisitService).filter_by(service_point_id=point.id).all()
    day = _next_working_day()
    assert all(_slots_on(service, day) > 0 for service in services)  # released by the seeds
    client = _supervisor(app)
    response = client.post(
        "/visitclosureview/add",
        data={
            "csrf_token": csrf_token(client, "/visitclosureview/add"),
            "service_point": str(point.id),
            "day": day.isoformat(),
            "reason_pl": "Awaria systemu",
        },
    )
    assert response.status_code == 302
    run_queued_jobs(app)
    db.session.expire_all()
    assert [_slots_on(service, day) for service in services] == [0] * len(services)
    other = db.session.query(VisitService).filter(VisitService.service_point_id != point.id).first()
    assert _slots_on(other, day) > 0  # another point is not closed


def test_a_closure_with_a_malformed_time_is_refused_with_a_message(app):
    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    client = _supervisor(app)
    response = client.post(
        "/visitclosureview/add",
        data={
            "csrf_token": csrf_token(client, "/visitclosureview/add"),
            "service_point": str(point.id),
            "day": _next_working_day().isoformat(),
            "starts": "9am",
        },
    )
    assert response.status_code == 200
    assert "Enter a time as HH:MM, like 09:00." in response.get_data(as_text=True)


def test_the_services_forms_and_kinds_of_cases_are_chosen_from_the_catalogue(app):
    service = db.session.query(VisitService).filter_by(code="paper-application").first()
    client = _supervisor(app)
    url = f"/visitserviceview/edit/{service.id}"
    page = client.get(url).get_data(as_text=True)
    assert 'value="TRP"' in page and 'value="TRW"' in page
    data = {
        "csrf_token": csrf_token(client, url),
        "service_point": str(service.service_point_id),
        "code": service.code,
        "letter": service.letter,
        "name_pl": service.name_pl,
        "duration_minutes": "30",
        "needs": "application",
        "form_codes": ["TRP", "TRW"],
        "mode": "choose",
        "lead_hours": "24",
        "horizon_days": "60",
        "cutoff_hours": "24",
        "position": "0",
        "active": "y",  # walk-ins not ticked: an unticked box is an answer, not a missing one
    }
    assert client.post(url, data=data).status_code == 302
    db.session.expire_all()
    service = db.session.get(VisitService, service.id)
    assert (service.form_codes, service.duration_minutes, service.walk_ins) == (["TRP", "TRW"], 30, False)
