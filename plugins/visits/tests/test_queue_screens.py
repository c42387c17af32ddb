"""The kiosk and the display board, as a visitor and a board see them: a booking code typed at the
kiosk gives a printable ticket (and the same ticket again), a wrong code keeps what was typed and
says why in the visitor's language, a walk-in ticket; the board shows ticket numbers and counters,
never a name, by polling and by its live stream, which hears of each call through Redis."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
import time_machine

from app.bookings.queue import queue_system
from app.extensions import db
from tests.bookings.queue_helpers import NOON, a_booked_visit, a_queue
from tests.factories import csrf_token, make_user

LANGUAGES = ("pl", "en", "ru", "uk")


def _kiosk_post(client, point_id, code, language="en"):
    token = csrf_token(client, f"/kiosk/{point_id}?lang={language}")
    return client.post(f"/kiosk/{point_id}?lang={language}", data={"csrf_token": token, "code": code})


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kiosk_speaks_the_visitors_language_and_offers_walk_ins(app, language):
    service, _ = a_queue(walk_ins=True)
    db.session.commit()
    page = app.test_client().get(f"/kiosk/{service.service_point_id}?lang={language}")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and f'<html lang="{language}">' in text
    assert f'name="service" value="{service.id}"' in text  # a ticket without a booking for this service


def test_a_booking_code_gives_a_ticket_to_print_and_the_same_ticket_again(app):
    service, _ = a_queue(walk_ins=False)
    visit = a_booked_visit(service)
    person_name = visit.person.first_name
    db.session.commit()
    client = app.test_client()
    with time_machine.travel(NOON - dt.timedelta(minutes=10), tick=False):
        answer = _kiosk_post(client, service.service_point_id, f"{visit.code[:4]}-{visit.code[4:]}".lower(), "uk")
        assert answer.status_code == 302 and "/kiosk/ticket/" in answer.headers["Location"]
        ticket = client.get(answer.headers["Location"])
        text = ticket.get_data(as_text=True)
        assert ticket.status_code == 200 and f"{service.letter}001" in text and '<html lang="uk">' in text
        assert person_name not in text and visit.code not in text  # no name, no code on the screen
        again = _kiosk_post(client, service.service_point_id, visit.code)
        assert again.headers["Location"].split("?")[0] == answer.headers["Location"].split("?")[0]


def test_a_code_too_early_or_wrong_is_told_and_kept_in_the_field(app):
    service, _ = a_queue(walk_ins=False)
    visit = a_booked_visit(service)
    db.session.commit()
    client = app.test_client()
    with time_machine.travel(NOON - dt.timedelta(minutes=40), tick=False):
        early = _kiosk_post(client, service.service_point_id, visit.code, "pl")
        text = early.get_data(as_text=True)
        assert early.status_code == 422 and "12:00" in text and f'value="{visit.code}"' in text
        assert 'aria-invalid="true"' in text and 'role="alert"' in text
        wrong = _kiosk_post(client, service.service_point_id, "ABCD-EFGH", "en")
        assert wrong.status_code == 422 and 'value="ABCD-EFGH"' in wrong.get_data(as_text=True)
        assert "No visit booked for today has this code" in wrong.get_data(as_text=True)
        empty = _kiosk_post(client, service.service_point_id, "   ", "en")
        assert empty.status_code == 422 and "Type the code" in empty.get_data(as_text=True)


def test_a_walk_in_ticket_and_a_service_without_walk_ins(app):
    open_service, _ = a_queue(walk_ins=True)
    strict, _ = a_queue(walk_ins=False)
    db.session.commit()
    client = app.test_client()
    point = open_service.service_point_id
    url = f"/kiosk/{point}/walk-in?lang=ru"
    given = client.post(url, data={"csrf_token": csrf_token(client, f"/kiosk/{point}"), "service": open_service.id})
    assert given.status_code == 302 and f"{open_service.letter}001" in client.get(given.headers["Location"]).get_data(
        as_text=True
    )
    refused = client.post(url, data={"csrf_token": csrf_token(client, f"/kiosk/{point}"), "service": strict.id})
    assert refused.status_code == 422
    nonsense = client.post(url, data={"csrf_token": csrf_token(client, f"/kiosk/{point}"), "service": "²"})
    assert nonsense.status_code == 422


def test_the_board_shows_numbers_and_counters_only(app):
    service, counter = a_queue()
    visit = a_booked_visit(service, language="uk")
    db.session.commit()
    queue = queue_system()
    with time_machine.travel(NOON, tick=False):
        ticket = queue.arrive(service.service_point_id, visit.code, "uk", NOON).ticket
        queue.call_next(counter.id, make_user("Clerk").id, NOON)
        db.session.commit()
        client = app.test_client()
        state = client.get(f"/board/{service.service_point_id}/state.json").get_json()
        mine = [call for call in state["calls"] if call["id"] == ticket.id]
        assert mine == [
            {
                "id": ticket.id,
                "ticket": ticket.label,
                "counter": counter.number,
                "language": "uk",
                "calls": 1,
                "at": "2026-12-09T11:00:00Z",
            }
        ]
        page = client.get(f"/board/{service.service_point_id}?lang=uk").get_data(as_text=True)
        assert ticket.label in page and visit.person.first_name not in page and visit.code not in page
        spoken = json.loads(page.split('data-spoken="')[1].split('"')[0].replace("&#34;", '"'))
        assert set(spoken) == set(LANGUAGES) and all(
            "{ticket}" in said and "{counter}" in said for said in spoken.values()
        )


def test_without_redis_the_board_is_told_to_poll(app):
    if app.config["REDIS_URL"]:
        pytest.skip("the embedded mode has no Redis")
    service, _ = a_queue()
    db.session.commit()
    assert app.test_client().get(f"/board/{service.service_point_id}/events").status_code == 204


def test_a_call_reaches_a_boards_live_stream_through_redis(app):
    if not app.config["REDIS_URL"]:
        pytest.skip("the live stream needs Redis")
    service, counter = a_queue()
    db.session.commit()
    point = service.service_point_id
    queue_system().walk_in(point, service.id, "ru", NOON)
    db.session.commit()
    app.config["BOARD_STREAM_SECONDS"] = 5
    answer = app.test_client().get(f"/board/{point}/events", buffered=False)
    assert answer.status_code == 200 and answer.mimetype == "text/event-stream"
    events: list[str] = []

    def read():
        for chunk in answer.response:
            events.append(chunk.decode() if isinstance(chunk, bytes) else chunk)
            if sum(part.count("event: board") for part in events) >= 2:
                return

    reader = threading.Thread(target=read)
    reader.start()
    # the stream hears of the call only through Redis: a call from any web process reaches it the same way
    with app.app_context(), time_machine.travel(NOON, tick=False):
        called = queue_system().call_next(counter.id, make_user("Clerk").id, NOON)
        db.session.commit()
        reader.join(10)  # the stream reads the board of the day it is in
    answer.close()
    boards = [
        json.loads(part.split("data: ", 1)[1]) for part in "".join(events).split("\n\n") if "event: board" in part
    ]
    assert len(boards) == 2 and boards[0]["calls"] == []
    assert [(c["ticket"], c["counter"], c["language"]) for c in boards[1]["calls"]] == [
        (called.label, counter.number, "ru")
    ]


def test_a_board_hears_only_its_own_portal_on_a_shared_redis_server(app):
    if not app.config["REDIS_URL"]:
        pytest.skip("the live stream needs Redis")
    from types import SimpleNamespace

    from plugins.visits import board

    other_prefix = SimpleNamespace(config={**app.config, "CACHE_KEY_PREFIX": "another:"}, extensions=app.extensions)
    other_database = SimpleNamespace(config={**app.config, "REDIS_URL": "redis://127.0.0.1:6379/15"}, extensions={})
    assert len({board.channel(app, 1), board.channel(other_prefix, 1), board.channel(other_database, 1)}) == 3
    subscription = board.subscribe(app, 1)
    try:
        board._publish(other_prefix, [1])  # another portal's change on the same server
        assert subscription.get_message(timeout=0.5) is None
        board._publish(app, [1])
        assert subscription.get_message(timeout=2) == {
            "type": "message",
            "pattern": None,
            "channel": board.channel(app, 1).encode(),
            "data": b"changed",
        }
    finally:
        subscription.close()


def test_codes_typed_and_tickets_taken_at_a_kiosk_are_limited_per_address_together(app):
    service, _ = a_queue(walk_ins=True)
    db.session.commit()
    point = service.service_point_id
    limit = int(app.config["RATELIMIT_KIOSK"].split()[0])
    client = app.test_client()
    token = csrf_token(client, f"/kiosk/{point}")
    address = {"REMOTE_ADDR": "10.0.7.1"}
    statuses = [
        client.post(
            f"/kiosk/{point}/walk-in", data={"csrf_token": token, "service": service.id}, environ_base=address
        ).status_code
        for _ in range(limit - 1)
    ]
    statuses.append(
        client.post(f"/kiosk/{point}", data={"csrf_token": token, "code": "ZZZZ"}, environ_base=address).status_code
    )
    statuses.append(
        client.post(
            f"/kiosk/{point}/walk-in", data={"csrf_token": token, "service": service.id}, environ_base=address
        ).status_code
    )
    assert statuses == [302] * (limit - 1) + [422, 429]
    assert client.get(f"/kiosk/{point}", environ_base=address).status_code == 200  # the page itself still shows
