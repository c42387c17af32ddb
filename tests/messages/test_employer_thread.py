"""An employer's thread: the office and the employer who filed an annex of the case's application
write to each other in a thread of that annex, shown beside the applicant's on the case page; the
employer replies with files, is told by e-mail only, and reaches no other thread, file or annex."""

import io

import pytest

from app import signals
from app.extensions import db
from app.messages import services
from app.messages.models import Message
from plugins.notifications.models import Notification
from tests.factories import csrf_token, make_user
from tests.messages.helpers import employer_of, open_case, post, signed_in
from tests.messages.test_applicant_thread import pdf


@pytest.fixture
def case(app):
    return open_case(language="uk")


@pytest.fixture
def employer(app, case):
    return employer_of(case, preferred_language="en")


@pytest.fixture
def clerk(app, case):
    user = make_user("Clerk", first_name="Anna", last_name="Nowak")
    return user, signed_in(app, user)


def write_to_employer(client, case, annex, text="Prosimy o umowę o pracę.", **extra):
    page = f"/work/case/{case.id}"
    return post(client, f"{page}/messages", page, annex=str(annex.id), kind="message", text=text, **extra)


def employer_reply(client, annex, **data):
    url = f"/my-cases/annex/{annex.id}/messages"
    data["csrf_token"] = csrf_token(client, url)
    return client.post(url, data=data, content_type="multipart/form-data")


def test_the_clerk_writes_to_the_employer_and_the_applicant_sees_nothing(app, case, employer, clerk):
    employer_user, annex = employer
    _, client = clerk
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "Messages with the applicant" in page
    assert "Messages with the employer Odra Budownictwo sp. z o.o." in page and "Write to the employer" in page
    assert f'id="annex-{annex.id}-message-text"' in page and 'id="message-text"' in page  # one form per thread
    preview = post(
        client, f"/work/case/{case.id}/messages/preview", f"/work/case/{case.id}", annex=str(annex.id), text="Umowa?"
    ).get_data(as_text=True)
    assert "What the employer will read" in preview and "The employer reads the portal in: English." in preview
    got = []

    def receiver(app, payload):
        got.append(payload)

    signals.message_posted.signal.connect(receiver, weak=False)
    try:
        sent = write_to_employer(client, case, annex, email="1").get_data(as_text=True)
    finally:
        signals.message_posted.signal.disconnect(receiver)
    assert "The message is sent and shown to the employer." in sent
    (message,) = db.session.query(Message).all()
    assert message.annex_id == annex.id and message.language == "en" and message.email
    payloads = [(p.annex_id, p.employer_id, p.applicant_id) for p in got]
    assert payloads == [(annex.id, employer_user.id, case.applicant_id)]
    db.session.refresh(case)
    assert case.events[-1].internal_note.startswith("[Odra Budownictwo sp. z o.o.] Prosimy")

    applicant = signed_in(app, case.applicant)
    assert "Prosimy o umowę" not in applicant.get(f"/my-cases/{case.id}/messages").get_data(as_text=True)
    assert "unread" not in applicant.get(f"/my-cases/{case.id}").get_data(as_text=True)
    db.session.refresh(message)
    assert message.read_at is None  # the applicant's opening reads only their own thread

    company = signed_in(app, employer_user)
    listing = company.get("/my-cases").get_data(as_text=True)
    assert "1 unread message" in listing  # the navigation's count
    assert f"/my-cases/annex/{annex.id}/messages" in listing and "1 unread" in listing
    thread = company.get(f"/my-cases/annex/{annex.id}/messages").get_data(as_text=True)
    assert "Prosimy o umowę o pracę." in thread and "Only you and the office read these messages." in thread
    db.session.refresh(message)
    assert message.read_at is not None
    assert "read by the employer on" in client.get(f"/work/case/{case.id}").get_data(as_text=True)


def test_the_employer_is_told_by_email_only_with_a_link_to_their_thread(app, case, employer, clerk):
    employer_user, annex = employer
    _, client = clerk
    applicant_rows = db.session.query(Notification).filter_by(user_id=case.applicant_id).count()
    refused = write_to_employer(client, case, annex, sms="1")
    assert refused.status_code == 400 and "An employer is told by e-mail only." in refused.get_data(as_text=True)
    assert write_to_employer(client, case, annex, email="1").status_code == 200
    rows = db.session.query(Notification).filter_by(user_id=employer_user.id).all()
    assert [(r.event, r.channel, r.address, r.language) for r in rows] == [
        ("message-posted", "email", employer_user.email, "en")
    ]
    assert rows[0].values["link"].endswith(f"/my-cases/annex/{annex.id}/messages")
    assert db.session.query(Notification).filter_by(user_id=case.applicant_id).count() == applicant_rows


def test_the_employer_replies_with_a_file_and_the_clerk_reads_it_in_the_employers_thread(app, case, employer, clerk):
    employer_user, annex = employer
    _, client = clerk
    company = signed_in(app, employer_user)
    refused = employer_reply(company, annex, text="x", files=[(io.BytesIO(b"MZ\x90\x00"), "a.exe")])
    assert refused.status_code == 400 and "the file must be a PDF, JPG or PNG" in refused.get_data(as_text=True)
    sent = employer_reply(company, annex, text="Umowa w załączniku.", files=[(io.BytesIO(pdf()), "umowa.pdf")])
    assert sent.status_code == 302
    (message,) = db.session.query(Message).all()
    assert message.annex_id == annex.id and not message.from_office and len(message.attachments) == 1
    file_id = message.attachments[0].id
    assert company.get(f"/my-cases/annex/{annex.id}/messages/file/{file_id}").status_code == 200
    page = client.get(f"/work/case/{case.id}").get_data(as_text=True)
    section = page.split(f'id="thread-annex-{annex.id}"')[1]
    assert "Umowa w załączniku." in section and "umowa.pdf" in section
    assert client.get(f"/work/case/{case.id}/messages/file/{file_id}").status_code == 200
    # the applicant reaches neither the employer's message nor its file through their own thread
    applicant = signed_in(app, case.applicant)
    assert "Umowa w załączniku." not in applicant.get(f"/my-cases/{case.id}/messages").get_data(as_text=True)
    assert applicant.get(f"/my-cases/{case.id}/messages/file/{file_id}").status_code == 404


def test_an_employers_reply_does_not_answer_the_applicants_request(app, case, employer):
    from app.cases import tracking

    employer_user, annex = employer
    tracking.request_documents(case, make_user("Clerk"), [], "Proszę dosłać zdjęcie.", 14)
    db.session.commit()
    _, answered = services.reply(case, employer_user, "Umowa.", [], annex)
    assert not answered and case.open_request is not None


def test_an_employer_reaches_only_the_thread_of_their_own_annex(app, case, employer):
    employer_user, annex = employer
    _, other_annex = employer_of(open_case(), company="Inna Firma S.A.")
    own_file = services.reply(case, case.applicant, "Paszport.", [services.Upload("p.pdf", pdf())])[0]
    db.session.commit()
    company = signed_in(app, employer_user)
    assert company.get(f"/my-cases/annex/{other_annex.id}/messages").status_code == 404
    assert employer_reply(company, other_annex, text="x").status_code == 404
    assert company.get(f"/my-cases/{case.id}/messages").status_code == 404  # the applicant's own thread
    assert company.get(f"/my-cases/{case.id}").status_code == 404
    assert company.get(f"/my-cases/annex/{annex.id}/messages/file/{own_file.attachments[0].id}").status_code == 404
    # an annex still being filled in (nothing submitted) has no thread
    annex.submission_id = None
    db.session.commit()
    assert company.get(f"/my-cases/annex/{annex.id}/messages").status_code == 404
    # the applicant, though the annex belongs to their application, does not read the employer's thread
    applicant = signed_in(app, case.applicant)
    assert applicant.get(f"/my-cases/annex/{other_annex.id}/messages").status_code == 404
    # nor does the clerk write to an employer of another case
    clerk = signed_in(app, make_user("Clerk"))
    page = f"/work/case/{case.id}"
    assert post(clerk, f"{page}/messages", page, annex=str(other_annex.id), text="x").status_code == 404
    assert db.session.query(Message).filter(Message.annex_id == other_annex.id).count() == 0


def test_an_employer_with_two_annexes_on_one_application_reaches_both_threads(app, case, employer, clerk):
    import datetime as dt

    from app.forms.models import Annex, Submission
    from tests.forms.submissions import paper_submission

    employer_user, first = employer
    db.session.get(Submission, first.submission_id).submitted_at = dt.datetime(2026, 3, 2, 10, 0)
    second = Annex(  # the first was withdrawn, and the employer filed the annex again
        code="TRW-ANNEX",
        invite_code="EMPLAGAIN002",
        applicant_id=case.applicant_id,
        application_submission_id=case.submission_id,
        employer_id=employer_user.id,
        submission_id=paper_submission(employer_user, "KPL"),
    )
    db.session.add(second)
    db.session.flush()
    db.session.get(Submission, second.submission_id).submitted_at = dt.datetime(2026, 4, 20, 10, 0)
    db.session.commit()
    _, client = clerk
    write_to_employer(client, case, second, text="Prosimy o aktualną umowę.")
    listing = signed_in(app, employer_user).get("/my-cases").get_data(as_text=True)
    for annex, date in ((first, "2 March 2026"), (second, "20 April 2026")):
        assert f'href="/my-cases/annex/{annex.id}/messages">Messages on the annex filed {date}' in listing
    assert listing.count(" unread</span>") == 1
    assert listing.index(f"/my-cases/annex/{second.id}/messages") < listing.index("1 unread</span>")
