"""The calendar of visits: slots from the weekly plans in office time, stored in UTC; no slots on
Polish public holidays or in a closure; a break between two periods; a remainder too short for a
visit left out."""

from __future__ import annotations

import datetime as dt

from app.bookings import calendar
from app.bookings.models import VisitClosure, VisitPlan
from tests.bookings.helpers import a_service

MONDAY_WINTER = dt.date(2027, 1, 11)
MONDAY_SUMMER = dt.date(2027, 7, 12)


def test_a_plan_gives_slots_of_the_services_length_in_office_time(app):
    service = a_service(duration_minutes=25)  # 09:00–10:00: two slots of 25 minutes; 10 minutes left over
    slots = calendar.planned_slots(service, MONDAY_WINTER, [])
    assert [(s.starts, s.ends, s.capacity) for s in slots] == [("09:00", "09:25", 3), ("09:25", "09:50", 3)]
    assert slots[0].starts_at() == dt.datetime(2027, 1, 11, 8, 0)  # CET: UTC+1
    assert calendar.planned_slots(service, MONDAY_SUMMER, [])[0].starts_at() == dt.datetime(2027, 7, 12, 7, 0)


def test_two_periods_leave_a_break(app):
    service = a_service(duration_minutes=30)
    service.plans = [
        VisitPlan(weekday=0, starts="09:00", ends="10:00", capacity=1),
        VisitPlan(weekday=0, starts="10:30", ends="11:30", capacity=2),
    ]
    slots = calendar.planned_slots(service, MONDAY_WINTER, [])
    assert [(s.starts, s.capacity) for s in slots] == [("09:00", 1), ("09:30", 1), ("10:30", 2), ("11:00", 2)]


def test_public_holidays_are_closed_by_themselves(app):
    service = a_service()
    for holiday in (dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2027, 1, 6), dt.date(2027, 5, 3)):
        assert calendar.is_public_holiday(holiday)
        assert calendar.planned_slots(service, holiday, []) == []
    assert calendar.planned_slots(service, dt.date(2026, 12, 28), [])  # an ordinary Monday


def test_a_closure_takes_the_whole_day_or_the_part_it_says(app):
    service = a_service(duration_minutes=20)
    point = service.service_point_id
    whole = VisitClosure(service_point_id=point, day=MONDAY_WINTER)
    assert calendar.planned_slots(service, MONDAY_WINTER, [whole]) == []
    morning = VisitClosure(service_point_id=point, day=MONDAY_WINTER, starts="09:00", ends="09:30")
    assert [s.starts for s in calendar.planned_slots(service, MONDAY_WINTER, [morning])] == ["09:40"]
    other_service = VisitClosure(service_point_id=point, service_id=-1, day=MONDAY_WINTER)
    assert len(calendar.planned_slots(service, MONDAY_WINTER, [other_service])) == 3


def test_a_plan_applies_within_its_dates_only(app):
    service = a_service()
    for plan in service.plans:
        plan.valid_from = dt.date(2027, 2, 1)
    assert calendar.planned_slots(service, MONDAY_WINTER, []) == []
    assert calendar.planned_slots(service, dt.date(2027, 2, 1), [])
