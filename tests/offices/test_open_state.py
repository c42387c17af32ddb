"""Open now / closed now in office time, closed on Polish public holidays."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.extensions import db
from app.offices.models import ServicePoint
from app.offices.services import open_state

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize(
    ("moment", "is_open", "holiday"),
    [
        (dt.datetime(2026, 11, 25, 17, 30, tzinfo=WARSAW), True, False),  # Wednesday: open until 18
        (dt.datetime(2026, 11, 24, 17, 30, tzinfo=WARSAW), False, False),  # Tuesday: closed at 16
        (dt.datetime(2026, 11, 24, 8, 59, tzinfo=WARSAW), False, False),
        (dt.datetime(2026, 11, 24, 9, 0, tzinfo=WARSAW), True, False),
        (dt.datetime(2026, 11, 28, 10, 0, tzinfo=WARSAW), False, False),  # Saturday
        (dt.datetime(2026, 11, 11, 10, 0, tzinfo=WARSAW), False, True),  # Independence Day, a Wednesday
        (dt.datetime(2026, 11, 24, 8, 30, tzinfo=dt.UTC), True, False),  # 9:30 in Warsaw
    ],
)
def test_open_state(app, moment, is_open, holiday):
    wroclaw = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    state = open_state(wroclaw, moment)
    assert (state.open, state.holiday) == (is_open, holiday)


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
