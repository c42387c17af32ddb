"""Visits → Statistics: places offered and booked, visits that came and that were missed (marked by
the nightly round), walk-ins, and the median waits and service times from the queue's tickets."""

from __future__ import annotations

import datetime as dt

import time_machine

from app.bookings import services
from app.bookings.models import Visit, VisitState
from app.bookings.queue import queue_system
from app.bookings.statistics import service_days
from app.extensions import db
from tests.bookings.queue_helpers import NOON, a_booked_visit, a_queue
from tests.factories import make_user

MINUTE = dt.timedelta(minutes=1)


def test_a_day_of_a_service_in_figures(app):
    service, counter = a_queue(walk_ins=True)
    came = a_booked_visit(service)  # 12:00, three places in its slot
    missed = a_booked_visit(service, NOON + 20 * MINUTE)
    queue = queue_system()
    clerk = make_user("Clerk").id
    point = service.service_point_id
    walk_in = queue.walk_in(point, service.id, "pl", NOON - 20 * MINUTE)
    booked = queue.arrive(point, came.code, "pl", NOON - 10 * MINUTE).ticket
    queue.call_next(counter.id, clerk, NOON + 5 * MINUTE)  # the booked visitor first: waited 5 minutes
    queue.start(booked.id, counter.id, NOON + 6 * MINUTE)
    queue.finish(booked.id, counter.id, NOON + 18 * MINUTE)
    queue.call_next(counter.id, clerk, NOON + 20 * MINUTE)  # the walk-in waited 40 minutes
    queue.start(walk_in.id, counter.id, NOON + 21 * MINUTE)
    queue.finish(walk_in.id, counter.id, NOON + 25 * MINUTE)
    assert services.mark_missed(NOON) == 0  # the day is not over
    assert services.mark_missed(NOON + dt.timedelta(days=1)) == 1
    assert db.session.get(Visit, missed.id).state == VisitState.NO_SHOW
    [row] = [r for r in service_days(point, NOON.date(), NOON.date()) if r.service.id == service.id]
    assert (row.offered, row.booked, row.came, row.missed, row.walk_ins, row.served) == (6, 2, 1, 1, 1, 2)
    assert (row.wait_median, row.wait_longest, row.service_median) == (22.5, 40, 8)


def test_the_statistics_page_for_a_supervisor(app, client, login_as):
    service, _ = a_queue()
    a_booked_visit(service)
    db.session.commit()
    with time_machine.travel(NOON, tick=False):
        login_as("Supervisor")
        page = client.get(f"/visit-statistics/?point={service.service_point_id}&from=2026-12-09&until=2026-12-09")
        text = page.get_data(as_text=True)
        assert page.status_code == 200 and "Usługa testowa" in text and "2026-12-09" in text
        wrong = client.get("/visit-statistics/?from=2026-12-10&until=2026-12-01").get_data(as_text=True)
        assert "The first day must not be after the last one" in wrong
        long = client.get("/visit-statistics/?from=2026-01-01&until=2026-12-01").get_data(as_text=True)
        assert "Choose at most 92 days" in long
        assert client.get("/visit-statistics/?from=nonsense&point=²").status_code == 200
