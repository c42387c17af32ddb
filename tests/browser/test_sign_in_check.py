"""The sign-in check in a real browser: after too many failed sign-ins to one address, the
portal's own script solves the proof of work with Web Crypto, says so, and the owner signs in;
without JavaScript the page says what to do. The shared live portal runs without rate limits, so
these tests run one of their own with them."""

from __future__ import annotations

import functools

import pytest
from altcha import create_challenge_v1
from playwright.sync_api import expect

from app.accounts import sign_in_check
from tests import factories
from tests.browser.conftest import LiveServer
from tests.browser.helpers import submit
from tests.factories import PASSWORD, make_user
from tests.fixtures import build_app, clean_database

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def limited(database, tmp_path_factory):
    app = build_app(tmp_path_factory.mktemp("limited"))
    with LiveServer(app) as server:
        yield app, server


@pytest.fixture
def target(limited):
    """An account whose address has had its share of wrong passwords, from other addresses."""
    app, _server = limited
    with app.app_context():
        email = make_user("Applicant").email
        limit = int(app.config["RATELIMIT_LOGIN_ACCOUNT"].split()[0])
        for n in range(limit):
            factories.submit(
                app.test_client(),
                "/login",
                {"email": email, "password": "wrong password here"},
                environ_base={"REMOTE_ADDR": f"10.1.0.{n + 1}"},
            )
    yield email
    with app.app_context():
        clean_database()
        app.appbuilder.sm.limiter.reset()


def _sign_in(page, email: str) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    submit(page)


def test_the_browser_solves_the_check_and_the_owner_signs_in(browser, limited, target):
    _app, server = limited
    context = browser.new_context(base_url=server.url, locale="en-GB")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.set_default_timeout(15_000)
    _sign_in(page, target)
    expect(page.locator(".error-summary")).to_contain_text("several unsuccessful attempts")
    expect(page.locator("[data-sign-in-check-status]")).to_have_text("The check is complete. You can sign in.")
    assert page.input_value("input[name=altcha]")
    page.fill("#password", PASSWORD)
    submit(page)
    assert page.url.endswith("/account")
    assert problems == []  # the script ran under the portal's content security policy
    context.close()


def test_a_long_check_says_how_far_it_has_gone_and_the_page_keeps_working(browser, limited, target, monkeypatch):
    app, server = limited
    hardest = 2_000_000
    monkeypatch.setitem(app.config, "LOGIN_CHECK_DIFFICULTY", hardest)
    # the number the check hides is its last one, so the browser tries every number before it
    monkeypatch.setattr(sign_in_check, "create_challenge_v1", functools.partial(create_challenge_v1, number=hardest))
    context = browser.new_context(base_url=server.url, locale="pl-PL")
    page = context.new_page()
    _sign_in(page, target)
    progress = page.locator("[data-sign-in-check-progress]")
    expect(progress).to_contain_text("Wykonano dotąd:", timeout=60_000)
    page.fill("#password", PASSWORD)  # the page answers while the check runs
    expect(page.locator("[data-sign-in-check-status]")).to_have_text(
        "Sprawdzenie zakończone. Możesz się zalogować.", timeout=300_000
    )
    expect(progress).to_be_empty()
    submit(page)
    assert page.url.endswith("/account")
    context.close()


def test_without_javascript_the_page_says_what_to_do(browser, limited, target):
    _app, server = limited
    context = browser.new_context(base_url=server.url, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    _sign_in(page, target)
    message = page.locator("[data-sign-in-check] noscript p")
    expect(message).to_be_visible()
    expect(message).to_contain_text("which is turned off. Turn JavaScript on and sign in again")
    assert page.url.endswith("/login")
    context.close()
