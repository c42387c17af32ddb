"""Open now / closed now in office time, closed on Polish public holidays."""

import datetime as dt
from zoneinfo import ZoneInfo

import holidays
import pytest
import time_machine

from app.extensions import db
from app.offices.models import ServicePoint
from app.offices.public_holidays import RUSSIAN, holiday_name
from app.offices.services import open_state

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize(
    ("moment", "is_open", "holiday"),
    [
        (dt.datetime(2026, 11, 25, 17, 30, tzinfo=WARSAW), True, None),  # Wednesday: open until 18
        (dt.datetime(2026, 11, 24, 17, 30, tzinfo=WARSAW), False, None),  # Tuesday: closed at 16
        (dt.datetime(2026, 11, 24, 8, 59, tzinfo=WARSAW), False, None),
        (dt.datetime(2026, 11, 24, 9, 0, tzinfo=WARSAW), True, None),
        (dt.datetime(2026, 11, 28, 10, 0, tzinfo=WARSAW), False, None),  # Saturday
        (dt.datetime(2026, 11, 11, 10, 0, tzinfo=WARSAW), False, "Narodowe Święto Niepodległości"),  # a Wednesday
        (dt.datetime(2026, 11, 24, 8, 30, tzinfo=dt.UTC), True, None),  # 9:30 in Warsaw
    ],
)
def test_open_state(app, moment, is_open, holiday):
    wroclaw = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    state = open_state(wroclaw, moment)
    assert (state.open, state.holiday) == (is_open, holiday)


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("pl", "Wigilia Bożego Narodzenia"),
        ("en", "Christmas Eve"),
        ("ru", "Сочельник"),
        ("uk", "Святий вечір"),
    ],
)
def test_a_public_holiday_is_named_in_the_readers_language(app, client, language, name):
    wroclaw = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    assert open_state(wroclaw, dt.datetime(2026, 12, 24, 10, tzinfo=WARSAW), language).holiday == name
    with time_machine.travel(dt.datetime(2026, 12, 24, 10, tzinfo=WARSAW), tick=False):
        page = client.get(f"/service-points?lang={language}").get_data(as_text=True)
    assert f'<span class="holiday-name">{name}</span>' in page


def test_every_public_holiday_has_a_russian_name_of_its_own():
    for year in (2025, 2026, 2027, 2030):
        for day in holidays.Poland(years=year):
            assert holiday_name(day, "ru") in RUSSIAN.values(), day


def test_editors_pick_weekdays_by_name(app, login_as, client):
    from tests.factories import csrf_token

    login_as("ContentEditor")
    form = client.get("/openinghoursview/add").get_data(as_text=True)
    assert '<option value="2">Wednesday</option>' in form
    token = csrf_token(client, "/openinghoursview/add")
    point = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    response = client.post(
        "/openinghoursview/add",
        data={"csrf_token": token, "service_point": str(point.id), "weekday": "9", "opens": "09:00", "closes": "10:00"},
    )
    assert response.status_code == 200
    assert "Not a valid choice" in response.get_data(as_text=True)
    listing = client.get("/openinghoursview/list/").get_data(as_text=True)
    assert "Wednesday" in listing
