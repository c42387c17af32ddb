"""The clerk's side of a case's thread: ready texts filled with the case's data and shown in
Polish and in the applicant's language before sending, free text as written, e-mail and SMS
notices within what the applicant allows, a request that is a message too, and the history."""

import pytest

from app import signals
from app.cases import tracking
from app.cases.models import CaseAccess
from app.extensions import db
from app.messages.models import Message
from tests.factories import make_user
from tests.messages.helpers import open_case, post, signed_in


@pytest.fixture
def case(app):
    return open_case()


@pytest.fixture
def clerk(app, case):
    user = make_user("Clerk", first_name="Anna", last_name="Nowak")
    return user, signed_in(app, user)


def heard(event):
    got = []

    def receiver(app, payload):
        got.append(payload)

    event.signal.connect(receiver, weak=False)
    return got, lambda: event.signal.disconnect(receiver)


def test_a_ready_text_is_previewed_in_polish_and_in_the_applicants_language_then_sent(app, case, clerk):
    _, client = clerk
    page = f"/work/case/{case.id}"
    chosen = {"kind": "message", "canned": "missing-photo", "text": "Dziękujemy."}
    preview = post(client, f"{page}/messages/preview", page, **chosen)
    body = preview.get_data(as_text=True)
    assert preview.status_code == 200
    assert f"W sprawie {case.signature} brakuje aktualnej fotografii" in body  # Polish, filled
    assert f"У справі {case.signature} бракує актуальної фотографії" in body  # Ukrainian, filled
    assert db.session.query(Message).count() == 0  # a preview sends nothing
    got, stop = heard(signals.message_posted)
    try:
        sent = post(client, f"{page}/messages", page, **chosen)
    finally:
        stop()
    assert "The message is sent" in sent.get_data(as_text=True)
    (message,) = db.session.query(Message).all()
    assert message.from_office and message.language == "uk" and message.author_name == "Anna Nowak"
    assert message.body.endswith("\n\nDziękujemy.") and message.body.startswith("У справі")  # free text as written
    assert message.body_pl.startswith("W sprawie") and message.canned_key == "missing-photo"
    assert [(p.message_id, p.from_office, p.email, p.sms) for p in got] == [(message.id, True, False, False)]
    db.session.refresh(case)
    assert case.events[-1].kind == "message" and case.events[-1].by_name == "Anna Nowak"
    thread = client.get(page).get_data(as_text=True)
    assert "not read yet" in thread and "Message to the applicant" in thread


def test_an_empty_message_is_refused_keeping_what_was_chosen(app, case, clerk):
    _, client = clerk
    response = post(client, f"/work/case/{case.id}/messages", f"/work/case/{case.id}", kind="information", text="   ")
    body = response.get_data(as_text=True)
    assert response.status_code == 400 and "Write the message or choose a ready text." in body
    assert 'value="information" checked' in body and db.session.query(Message).count() == 0


def test_notices_stay_within_what_the_profile_allows(app, clerk):
    _, client = clerk
    case = open_case(notify_by_email=False)
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "The applicant does not want e-mails about messages" in page
    assert "The applicant has no confirmed phone number." in page  # SMS needs a confirmed phone
    refused = post(
        client, f"/work/case/{case.id}/messages", f"/work/case/{case.id}", kind="message", text="Hi", email="1"
    )
    assert refused.status_code == 400 and db.session.query(Message).count() == 0


def test_sms_goes_only_to_a_confirmed_phone_the_applicant_allows(app, clerk):
    import datetime as dt

    _, client = clerk
    case = open_case(phone="+48600100200", phone_confirmed_at=dt.datetime(2026, 1, 1), notify_by_sms=True)
    post(
        client, f"/work/case/{case.id}/messages", f"/work/case/{case.id}", kind="message", text="Hi", email="1", sms="1"
    )
    (message,) = db.session.query(Message).all()
    assert message.email and message.sms


def test_a_request_is_a_message_of_the_thread_with_its_date(app, case, clerk):
    user, client = clerk
    request = tracking.request_documents(case, user, [], "Proszę dosłać umowę o pracę.", 14)
    db.session.commit()
    (message,) = db.session.query(Message).all()
    assert message.kind == "request" and message.request_id == request.id and message.from_office
    assert "Proszę dosłać umowę o pracę." in message.body
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "Request to complete or pay" in page


def test_opening_the_thread_is_in_the_access_log(app, case, clerk):
    user, client = clerk
    client.get(f"/work/case/{case.id}")
    assert db.session.query(CaseAccess).filter_by(case_id=case.id, user_id=user.id, action="view").count() == 1


def test_the_request_form_offers_e_mail_and_sms_within_the_profile_and_carries_the_choice(app, case, clerk):
    from app.cases.models import CaseRequest

    _, client = clerk
    page = f"/work/case/{case.id}"
    form = client.get(page).get_data(as_text=True).split("What is missing")[1].split("Send the request")[0]
    assert 'name="email" value="1" checked' in form  # e-mail is on by default where the profile allows it
    assert "The applicant has no confirmed phone number." in form
    refused = post(client, f"{page}/request", page, free_text="Proszę o umowę.", days="14", sms="1")
    assert "The applicant has no confirmed phone number." in refused.get_data(as_text=True)
    assert db.session.query(CaseRequest).count() == 0
    got, stop = heard(signals.message_posted)
    try:
        post(client, f"{page}/request", page, free_text="Proszę o umowę.", days="14", email="1")
    finally:
        stop()
    (message,) = db.session.query(Message).filter_by(kind="request").all()
    assert (message.email, message.sms) == (True, False)
    assert [(p.email, p.sms, p.request_id) for p in got] == [(True, False, message.request_id)]
    assert "e-mail notice" in client.get(page).get_data(as_text=True).split('id="thread"')[1]
