"""The clerks' work queue shows the cases with a reply the office has not read: a tab and a
marker on the case's line; the clerk's opening of the case page reads them."""

from app.cases import queue
from app.extensions import db
from tests.factories import csrf_token, make_user
from tests.messages.helpers import open_case, signed_in


def reply(client, case, text):
    token = csrf_token(client, f"/my-cases/{case.id}/messages")
    return client.post(f"/my-cases/{case.id}/messages", data={"csrf_token": token, "text": text})


def test_the_work_queue_marks_cases_with_unread_replies(app):
    case, clerk = open_case(), make_user("Clerk")
    reply(signed_in(app, case.applicant), case, "A question.")
    clerk_client = signed_in(app, clerk)
    listed = clerk_client.get("/work/?tab=replies").get_data(as_text=True)
    assert case.signature in listed and "unread reply" in listed
    clerk_client.get(f"/work/case/{case.id}")  # the clerk reads the thread
    assert case.signature not in clerk_client.get("/work/?tab=replies").get_data(as_text=True)


def test_the_tab_counts_only_cases_with_unread_replies(app):
    quiet, talking = open_case(), open_case()
    reply(signed_in(app, talking.applicant), talking, "Hello.")
    clerk = make_user("Clerk")
    assert queue.counts(clerk, queue.Filters())["replies"] == 1
    assert queue.with_unread_replies([quiet, talking]) == {talking.id}
    db.session.rollback()


def test_the_case_page_shows_when_the_applicant_read_a_message_in_warsaw_time(app):
    import datetime as dt

    from app.messages import services

    case, clerk = open_case(), make_user("Clerk")
    message = services.post(case, clerk, services.draft(case, "information", "", "Decision soon.", False, False))
    message.read_at = dt.datetime(2026, 1, 15, 23, 30)  # UTC: half past midnight on the 16th in Warsaw
    db.session.commit()
    page = signed_in(app, clerk).get(f"/work/case/{case.id}").get_data(as_text=True)
    assert "read by the applicant on 2026-01-16 00:30" in page
