"""A closed case's thread: the applicant (and the employer in their annex's thread) may still write
for CLOSED_REPLY_DAYS after the decision, about its delivery or the card, told so and that an
appeal goes another way; afterwards the thread is read only, with where to write instead."""

import datetime as dt

import pytest

from app.cases import tracking
from app.catalogue.models import CaseStatus
from app.clock import utcnow
from app.extensions import db
from app.messages import services
from app.messages.models import Message
from tests.factories import csrf_token, make_user
from tests.messages.helpers import employer_of, open_case, signed_in


@pytest.fixture
def closed(app):
    case = open_case(language="en")
    closing = db.session.query(CaseStatus).filter_by(code="closed").one()
    tracking.change_status(case, closing.id, make_user("Clerk"), result="granted")
    db.session.commit()
    return case


def reply(client, url, text):
    return client.post(
        url, data={"csrf_token": csrf_token(client, url), "text": text}, content_type="multipart/form-data"
    )


def test_a_closed_case_takes_replies_for_a_while_and_says_until_when(app, closed):
    client = signed_in(app, closed.applicant)
    url = f"/my-cases/{closed.id}/messages"
    page = client.get(url).get_data(as_text=True)
    assert "This case is closed. Until" in page and "An appeal is lodged as the decision instructs" in page
    assert reply(client, url, "When can I collect the card?").status_code == 302
    assert db.session.query(Message).filter_by(case_id=closed.id, from_office=False).count() == 1


def test_later_the_thread_is_read_only_with_where_to_write(app, closed):
    employer, annex = employer_of(closed)
    closed.closed_at = utcnow() - dt.timedelta(days=services.CLOSED_REPLY_DAYS, minutes=1)  # closed that long ago
    db.session.commit()
    client = signed_in(app, closed.applicant)
    url = f"/my-cases/{closed.id}/messages"
    page = client.get(url).get_data(as_text=True)
    assert "This case is closed and its messages can only be read." in page
    assert "use the address given in the decision" in page and 'name="text"' not in page
    refused = reply(client, url, "Hello?")
    assert refused.status_code == 400
    assert "The case is closed and its messages can only be read." in refused.get_data(as_text=True)
    # the summary leads to what the page shows instead of the form
    assert 'href="#reply"' in refused.get_data(as_text=True) and 'id="reply"' in refused.get_data(as_text=True)
    assert 'href="#text"' not in refused.get_data(as_text=True)
    company = signed_in(app, employer)
    annex_url = f"/my-cases/annex/{annex.id}/messages"
    assert 'name="text"' not in company.get(annex_url).get_data(as_text=True)
    assert reply(company, annex_url, "Hello?").status_code == 400
    assert db.session.query(Message).filter_by(case_id=closed.id, from_office=False).count() == 0
