"""The applicant's side of a case's thread: the office's messages in their language, opening the
page reads them once (the office's read receipt), a reply with files under the scans' rules, a
reply to a waiting request answers it, the unread count in the navigation, and no other
applicant's thread or file."""

import io

import pytest
from flask_babel import force_locale
from pypdf import PdfWriter

from app import signals
from app.cases import tracking
from app.cases.models import CaseAccess
from app.extensions import db
from app.messages import services
from app.messages.models import Message
from tests.factories import csrf_token, make_user
from tests.messages.helpers import open_case, signed_in


def pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def case(app):
    return open_case(language="en")


@pytest.fixture
def clerk(app):
    return make_user("Clerk", first_name="Anna", last_name="Nowak")


def write(case, clerk, text="Please bring the passport.", kind="message"):
    with force_locale("en"):
        message = services.post(case, clerk, services.draft(case, kind, "", text, False, False))
    db.session.commit()
    return message


def reply(client, case, **data):
    data["csrf_token"] = csrf_token(client, f"/my-cases/{case.id}/messages")
    return client.post(f"/my-cases/{case.id}/messages", data=data, content_type="multipart/form-data")


def test_an_empty_thread_says_what_it_is_for(app, case):
    client = signed_in(app, case.applicant)
    page = client.get(f"/my-cases/{case.id}/messages").get_data(as_text=True)
    assert "No messages yet." in page and "Write to the office" in page


def test_opening_the_thread_reads_the_offices_messages_once(app, case, clerk):
    message = write(case, clerk)
    client = signed_in(app, case.applicant)
    assert "1 unread message" in client.get("/my-cases").get_data(as_text=True)  # the navigation's count
    assert "1 unread" in client.get(f"/my-cases/{case.id}").get_data(as_text=True)
    read = []

    def receiver(app, payload):
        read.append(payload)

    signals.message_read.signal.connect(receiver, weak=False)
    try:
        page = client.get(f"/my-cases/{case.id}/messages").get_data(as_text=True)
        client.get(f"/my-cases/{case.id}/messages")
    finally:
        signals.message_read.signal.disconnect(receiver)
    assert "Please bring the passport." in page and "New" in page
    assert read == [signals.MessageRead(message.id, case.id, case.applicant_id)]  # once
    db.session.refresh(message)
    assert message.read_at is not None
    assert "unread message" not in client.get("/my-cases").get_data(as_text=True)
    clerk_client = signed_in(app, clerk)
    assert "read by the applicant on" in clerk_client.get(f"/work/case/{case.id}").get_data(as_text=True)


def test_a_reply_with_a_file_reaches_the_clerk(app, case, clerk):
    client = signed_in(app, case.applicant)
    sent = reply(client, case, text="Here it is.", files=[(io.BytesIO(pdf()), "passport.pdf")])
    assert sent.status_code == 302
    page = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert "Your reply is sent to the office." in page and "passport.pdf" in page
    (message,) = db.session.query(Message).all()
    (file,) = message.attachments
    assert not message.from_office and message.body == "Here it is." and file.media_type == "application/pdf"
    assert file.stored_name != "passport.pdf" and services.path_of(file).read_bytes()[:5] == b"%PDF-"
    own = client.get(f"/my-cases/{case.id}/messages/file/{file.id}")
    assert own.status_code == 200 and own.data[:5] == b"%PDF-"
    clerk_client = signed_in(app, clerk)
    assert "Reply from the applicant" in clerk_client.get(f"/work/case/{case.id}").get_data(as_text=True)
    downloaded = clerk_client.get(f"/work/case/{case.id}/messages/file/{file.id}")
    assert downloaded.status_code == 200
    assert db.session.query(CaseAccess).filter_by(case_id=case.id, action="download").count() == 1


def test_a_file_that_is_not_a_scan_is_refused_keeping_what_was_typed(app, case):
    client = signed_in(app, case.applicant)
    refused = reply(client, case, text="Моє пояснення", files=[(io.BytesIO(b"MZ\x90\x00 not a scan"), "run.exe")])
    body = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "run.exe: the file must be a PDF, JPG or PNG" in body
    assert "Моє пояснення</textarea>" in body and db.session.query(Message).count() == 0
    empty = reply(client, case, text="  ")
    assert empty.status_code == 400 and "Write your message or attach a file." in empty.get_data(as_text=True)


def test_too_many_files_are_refused(app, case):
    app.config["ATTACHMENT_MAX_COUNT"] = 1
    client = signed_in(app, case.applicant)
    refused = reply(client, case, text="x", files=[(io.BytesIO(pdf()), "a.pdf"), (io.BytesIO(pdf()), "b.pdf")])
    assert refused.status_code == 400 and "at most 1 file" in refused.get_data(as_text=True)


def test_a_reply_answers_the_waiting_request(app, case, clerk):
    tracking.request_documents(case, clerk, [], "Please send the work contract.", 14)
    db.session.commit()
    client = signed_in(app, case.applicant)
    page = client.get(f"/my-cases/{case.id}/messages").get_data(as_text=True)
    assert "Please send the work contract." in page and "Your message answers it" in page
    sent = reply(client, case, files=[(io.BytesIO(pdf()), "contract.pdf")])
    assert "Your reply answers the office" in client.get(sent.headers["Location"]).get_data(as_text=True)
    db.session.refresh(case)
    assert case.open_request is None and case.requests[-1].answered_at is not None
    assert [event.kind for event in case.events][-2:] == ["reply", "answered"]


def test_an_applicant_never_reaches_another_applicants_thread_or_file(app, case, clerk):
    client = signed_in(app, case.applicant)
    reply(client, case, text="Mine.", files=[(io.BytesIO(pdf()), "mine.pdf")])
    (file,) = db.session.query(Message).one().attachments
    other = open_case(language="ru")
    stranger = signed_in(app, other.applicant)
    assert stranger.get(f"/my-cases/{case.id}/messages").status_code == 404
    assert stranger.get(f"/my-cases/{case.id}/messages/file/{file.id}").status_code == 404
    assert stranger.get(f"/my-cases/{other.id}/messages/file/{file.id}").status_code == 404  # not via their own case
    token = csrf_token(stranger, f"/my-cases/{other.id}/messages")
    posted = stranger.post(f"/my-cases/{case.id}/messages", data={"csrf_token": token, "text": "Hi"})
    assert posted.status_code == 404 and db.session.query(Message).count() == 1
