"""Accounts that must stay closed stay closed; a pending registration belongs to the mailbox."""

import re

from app.accounts.models import PortalUser
from app.extensions import db
from tests.accounts.test_registration import APPLICANT, activation_link
from tests.factories import PASSWORD, csrf_token, login, make_user, submit


def test_a_disabled_account_cannot_switch_itself_back_on(client, outbox):
    user = make_user("Applicant", email="olena.kovalenko@example.org")
    user.active = False  # disabled by an administrator
    db.session.commit()
    submit(client, "/password/forgot", {"email": user.email})
    submit(client, "/register/applicant", APPLICANT)
    assert outbox() == []
    db.session.refresh(user)
    assert user.active is False
    assert login(client, user.email).status_code == 200


def test_an_old_confirmation_link_cannot_reopen_a_disabled_account(client, outbox):
    submit(client, "/register/applicant", APPLICANT)
    link = activation_link(outbox()[0])
    client.get(link)
    user = db.session.query(PortalUser).filter_by(email="olena.kovalenko@example.org").one()
    user.active = False
    db.session.commit()
    assert client.get(link).status_code == 400
    db.session.refresh(user)
    assert user.active is False


def test_a_registration_made_again_replaces_the_pending_one(app, client, outbox):
    intruder = app.test_client()
    submit(
        intruder,
        "/register/applicant",
        {
            **APPLICANT,
            "first_name": "Mallory",
            "password": "intruder pass phrase",
            "password_confirm": "intruder pass phrase",
        },
    )
    first_link = activation_link(outbox()[0])
    submit(client, "/register/applicant", APPLICANT)
    second_link = activation_link(outbox()[1])

    assert client.get(first_link).status_code == 400  # replaced: the earlier link is void
    assert client.get(second_link).status_code == 302
    user = db.session.query(PortalUser).filter_by(email="olena.kovalenko@example.org").one()
    assert user.first_name == "Olena"
    assert login(app.test_client(), user.email, "intruder pass phrase").status_code == 200
    assert login(app.test_client(), user.email, PASSWORD).status_code == 302


def test_registration_is_limited_per_address(app):
    limit = int(app.config["RATELIMIT_REGISTER_ACCOUNT"].split()[0])
    statuses = [
        submit(
            app.test_client(), "/register/applicant", APPLICANT, environ_base={"REMOTE_ADDR": f"10.0.2.{n + 1}"}
        ).status_code
        for n in range(limit + 1)
    ]
    assert statuses == [302] * limit + [429]


def test_a_deleted_users_session_ends(app, client):
    user = make_user("Applicant")
    login(client, user.email)
    admin = app.test_client()
    login(admin, make_user("Admin").email)
    token = csrf_token(admin, f"/users/show/{user.id}")
    admin.post(f"/users/delete/{user.id}", data={"csrf_token": token})
    assert db.session.get(PortalUser, user.id) is None
    make_user("Applicant")  # may take the freed id on SQLite
    assert client.get("/account").status_code == 302


def test_the_new_password_may_not_be_the_e_mail_address(client):
    user = make_user("Applicant", email="olena.password@example.org")
    login(client, user.email)
    response = submit(
        client,
        "/account/password",
        {"current_password": PASSWORD, "password": user.email, "password_confirm": user.email},
    )
    assert "Do not use your e-mail address or your name as the password." in response.get_data(as_text=True)


def test_the_registration_form_starts_in_the_page_language(client):
    page = client.get("/register/applicant", headers={"Accept-Language": "uk"}).get_data(as_text=True)
    assert re.search(r'<input[^>]*checked[^>]*value="uk"|<input[^>]*value="uk"[^>]*checked', page)
