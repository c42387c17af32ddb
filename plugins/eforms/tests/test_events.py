"""Submitting an application, and submitting a correction of it, send application-submitted."""

from app import signals
from plugins.eforms.tests.helpers import submitted

HEARD: list = []


def hear(app, payload) -> None:
    HEARD.append(payload)


def test_submitting_sends_the_event_with_the_pio_number(app, client, login_as, sample_form):
    HEARD.clear()
    signals.application_submitted.connect(hear, app)
    submission = submitted(app, client, login_as)
    assert [
        signals.ApplicationSubmitted(
            submission_id=submission.id,
            reference=submission.reference,
            owner_id=submission.owner_id,
            form_code="TST",
            submission_mode=submission.submission_mode,
            correction=False,
        )
    ] == HEARD
