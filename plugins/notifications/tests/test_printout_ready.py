"""The printout job tells the applicant by e-mail that the printout to sign and bring is ready:
once, naming nothing of the application, in the applicant's language."""

from __future__ import annotations

from app.extensions import db
from app.forms import printout
from app.forms.models import Submission
from plugins.notifications.models import Notification
from tests.factories import make_user
from tests.forms.submissions import electronic_submission, paper_submission


def _rows(user) -> list[Notification]:
    return db.session.query(Notification).filter_by(user_id=user.id, event="printout-ready").all()


def test_the_stored_printout_is_told_once_by_an_email_naming_nothing(app, outbox):
    user = make_user("Applicant", preferred_language="uk")
    submission = db.session.get(Submission, paper_submission(user))
    printout.prepare(submission.id)
    assert printout.stored(submission) is not None
    [row] = _rows(user)
    assert (row.channel, row.address, row.language) == ("email", user.email, "uk")
    assert row.values == {"link": f"http://localhost/applications/submitted/{submission.id}"}
    printout.prepare(submission.id)  # stored already: a repeated job tells nothing again
    assert len(_rows(user)) == 1
    [message] = outbox()
    text = f"{message['Subject']}\n{message.get_content()}"
    assert "Роздруківка" in text and row.values["link"] in text
    assert submission.reference not in text and user.last_name not in text


def test_an_application_filed_electronically_needs_no_printout_email(app):
    user = make_user("Applicant")
    submission_id = electronic_submission(user)
    printout.prepare(submission_id)
    assert _rows(user) == []
