"""Places are counted by the database: 200 people confirming the same slot with three places at the
same moment, each in a transaction and on a connection of their own, end with exactly three visits."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.bookings import services
from app.bookings.models import Visit, VisitSlot, VisitState
from app.clock import utcnow
from app.extensions import db
from tests.bookings.helpers import a_service, a_slot
from tests.factories import make_user
from tests.forms.submissions import paper_submission

pytestmark = pytest.mark.real_transactions  # each person's transaction commits on its own connection
PEOPLE = 200


def test_two_hundred_confirmations_of_three_places_end_with_three_visits(app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (SQLite has one writer)")
    service = a_service(capacity=3)
    slot = a_slot(service, (utcnow() + dt.timedelta(days=3)).replace(second=0, microsecond=0), capacity=3)
    person = make_user("Applicant")
    applications = [paper_submission(person, "TRP") for _ in range(PEOPLE)]
    db.session.commit()
    service_id, slot_id = service.id, slot.id
    start = threading.Barrier(PEOPLE)
    outcomes: list[str] = []

    def book(submission_id: int) -> None:
        with app.app_context():
            try:
                start.wait(timeout=60)
                found = db.session.get(type(service), service_id)
                visit = services.hold(found, slot_id, services.VisitFor(person.id, submission_id, None, "pl"))
                services.confirm(visit)
                db.session.commit()
                outcomes.append("booked")
            except services.PlaceTaken:
                db.session.rollback()
                outcomes.append("place taken")
            except Exception as error:  # anything else is what the test looks for
                db.session.rollback()
                outcomes.append(f"{type(error).__name__}: {error}")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=book, args=(submission_id,)) for submission_id in applications]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert Counter(outcomes) == {"booked": 3, "place taken": PEOPLE - 3}
    db.session.expire_all()
    assert db.session.get(VisitSlot, slot_id).taken == 3
    confirmed = select(func.count()).where(Visit.slot_id == slot_id, Visit.state == VisitState.CONFIRMED)
    assert db.session.scalar(confirmed) == 3
