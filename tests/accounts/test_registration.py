"""Registration of foreigners and employers, with the e-mail confirmation."""

import re

import pytest

from app.accounts.models import PortalUser
from app.extensions import db
from tests.factories import PASSWORD, login, make_user, submit

APPLICANT = {
    "first_name": "Olena",
    "last_name": "Kovalenko",
    "email": "Olena.Kovalenko@Example.org",
    "phone": "+380 44 123 4567",
    "preferred_language": "uk",
    "password": PASSWORD,
    "password_confirm": PASSWORD,
}
EMPLOYER = {
    **APPLICANT,
    "email": "kadry@odra.example.org",
    "company_name": "Odra Budownictwo sp. z o.o.",
    "nip": "896-100-00-05",
    "regon": "021234003",
    "preferred_language": "pl",
}


def activation_link(message) -> str:
    found = re.search(r"http://localhost(/activate/\S+)", message.get_content())
    assert found, "the message has no activation link"
    return found.group(1)


def test_applicant_registers_confirms_and_signs_in(client, outbox):
    response = submit(client, "/register/applicant", APPLICANT)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/register/sent")
    page = client.get("/register/sent").get_data(as_text=True)
    assert "olena.kovalenko@example.org" in page

    user = db.session.query(PortalUser).filter_by(email="olena.kovalenko@example.org").one()
    assert user.active is False
    assert user.account_type == "applicant"
    assert user.phone == "+380441234567"
    assert user.preferred_language == "uk"
    assert [r.name for r in user.roles] == ["Applicant"]
    assert login(client, user.email).status_code == 200  # not confirmed yet: no sign-in

    [message] = outbox()
    assert message["To"] == "olena.kovalenko@example.org"
    assert "48" in message.get_content()
    assert "Вітаємо" in message.get_content() or "Доброго" in message.get_content()  # in the chosen language

    response = client.get(activation_link(message))
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.active is True
    assert login(client, user.email).status_code == 302


def test_employer_registration_stores_company_data(client, outbox):
    assert submit(client, "/register/employer", EMPLOYER).status_code == 302
    user = db.session.query(PortalUser).filter_by(email="kadry@odra.example.org").one()
    assert (user.account_type, user.company_name, user.nip, user.regon) == (
        "employer",
        "Odra Budownictwo sp. z o.o.",
        "8961000005",
        "021234003",
    )
    assert [r.name for r in user.roles] == ["Employer"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("nip", "1234567890", "Enter a valid NIP"),
        ("regon", "123456789", "Enter a valid REGON"),
        ("company_name", "", "Enter the employer"),
    ],
)
def test_employer_fields_are_checked(client, field, value, message):
    response = submit(client, "/register/employer", {**EMPLOYER, field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message in page
    assert 'value="kadry@odra.example.org"' in page  # what was typed stays


def test_known_address_gets_the_same_answer_and_a_notice(client, outbox):
    existing = make_user("Applicant", email="olena.kovalenko@example.org")
    response = submit(client, "/register/applicant", APPLICANT)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/register/sent")
    assert db.session.query(PortalUser).filter_by(email=existing.email).count() == 1
    [message] = outbox()
    assert "/login" in message.get_content()
    assert "/activate/" not in message.get_content()


def test_unconfirmed_address_gets_a_fresh_link(client, outbox):
    make_user("Applicant", email="olena.kovalenko@example.org", active=False)
    submit(client, "/register/applicant", APPLICANT)
    [message] = outbox()
    assert "/activate/" in message.get_content()


def test_a_tampered_activation_link_does_not_work(client, outbox):
    submit(client, "/register/applicant", APPLICANT)
    link = activation_link(outbox()[0])
    response = client.get(link[:-3] + "xyz")
    assert response.status_code == 400
    user = db.session.query(PortalUser).filter_by(email="olena.kovalenko@example.org").one()
    assert user.active is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "not-an-address"}, "Enter an e-mail address in the right format"),
        ({"first_name": ""}, "Enter your given name."),
        ({"phone": "12"}, "Enter a phone number"),
        ({"password": "short pass", "password_confirm": "short pass"}, "Use at least 12 characters."),
        ({"password": "password1234", "password_confirm": "password1234"}, "commonly used passwords"),
        ({"password_confirm": "another long passphrase"}, "The passwords are not the same."),
    ],
)
def test_bad_registration_input_gets_a_specific_message(client, changes, message):
    response = submit(client, "/register/applicant", {**APPLICANT, **changes})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message in page
    assert 'class="error-summary"' in page
    assert 'value="Kovalenko"' in page
    assert db.session.query(PortalUser).count() == 0


def test_unknown_account_kind_is_not_found(client):
    assert client.get("/register/company").status_code == 404


def _stored_text() -> str:
    """Every row of every table, as text: what waits in the database (and in its backups)."""
    from sqlalchemy import select

    return "\n".join(
        str(tuple(row)) for table in db.metadata.sorted_tables for row in db.session.execute(select(table))
    )


def test_no_row_keeps_the_message_or_its_link(client, outbox):
    """The message and its activation link are written when it is sent, whichever way it goes (the
    accounts' own job, or the notifications' outbox): no row holds the link or its token, before or
    after the sending."""
    assert submit(client, "/register/applicant", APPLICANT).status_code == 302
    db.session.flush()
    assert "/activate/" not in _stored_text()
    [message] = outbox()
    token = activation_link(message).rsplit("/", 1)[1]
    stored = _stored_text()
    assert token not in stored and "/activate/" not in stored


def test_with_the_notifications_plugin_off_accounts_send_their_own_e_mails(app, fresh_app):
    """No receiver takes the account's events on: each e-mail goes by the accounts' own job, whose
    row holds the account's id and the message's name only."""
    import email
    from pathlib import Path

    from sqlalchemy import event

    from app.jobs.models import Job
    from tests.fixtures import run_queued_jobs

    bare = fresh_app(PLUGINS="none")
    assert "notifications" not in bare.extensions["plugins"]
    client = bare.test_client()
    # the rows as queued: in the embedded mode a job runs at the commit, and a done job keeps no arguments
    written = []

    def queued(mapper, connection, job):
        written.append((job.function, list(job.args), dict(job.kwargs)))

    event.listen(Job, "after_insert", queued)
    try:
        assert submit(client, "/register/applicant", APPLICANT).status_code == 302
        assert submit(client, "/password/forgot", {"email": APPLICANT["email"]}).status_code == 302
    finally:
        event.remove(Job, "after_insert", queued)
    user = db.session.query(PortalUser).filter_by(email="olena.kovalenko@example.org").one()
    [(_, args, kwargs)] = [row for row in written if row[0].endswith("send_account_mail")]
    assert args == [user.id, "activation"] and kwargs == {}
    run_queued_jobs(bare)
    run_queued_jobs(bare)
    folder = Path(bare.config["MAIL_OUTBOX_DIR"])
    messages = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in folder.glob("*.eml")]
    assert len(messages) == 2  # registered, then asked for help before confirming: the link again
    assert {m["To"] for m in messages} == {"olena.kovalenko@example.org"}
    # like every e-mail of the portal, the accounts' own text names nobody: the mailbox may be read by others
    assert not any("Olena" in m.get_content() or "Kovalenko" in m.get_content() for m in messages)
    assert client.get(activation_link(messages[0])).status_code == 302
