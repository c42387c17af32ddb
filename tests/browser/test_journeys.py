"""What a person does in a browser: register, confirm, sign in, switch language, sign out;
with the keyboard only; on a 320 px wide phone."""

from __future__ import annotations

import email
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import open_in, sign_in, submit
from tests.browser.pages import LANGUAGES, PAGES
from tests.factories import PASSWORD, make_user
from tests.fixtures import run_queued_jobs
from tests.forms.submissions import page_values

pytestmark = pytest.mark.browser


def last_mail(app):
    run_queued_jobs(app)
    files = sorted(Path(app.config["MAIL_OUTBOX_DIR"]).glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    assert files, "no e-mail was sent"
    return email.message_from_bytes(files[-1].read_bytes(), policy=email.policy.default)


def test_a_foreigner_registers_confirms_signs_in_and_out(page, live_app, live):
    open_in(page, "uk", "/register")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("Іноземець|іноземця", re.I)).click()
    page.fill("#first_name", "Olena")
    page.fill("#last_name", "Kovalenko")
    page.fill("#email", "olena.browser@example.org")
    page.fill("#phone", "+380 44 123 4567")
    page.check("#preferred_language-3")  # Українська
    page.fill("#password", PASSWORD)
    page.fill("#password_confirm", PASSWORD)
    submit(page)
    assert "olena.browser@example.org" in page.locator("main").inner_text()

    link = re.search(r"(/activate/\S+)", last_mail(live_app).get_content()).group(1)
    page.goto(link)
    assert page.url.endswith("/login")
    sign_in(page, "olena.browser@example.org")
    assert page.url.endswith("/account")
    assert page.locator("html").get_attribute("lang") == "uk"

    with page.expect_navigation():
        page.get_by_role("link", name="English").click()
    assert page.locator("h1").inner_text() == "My account"
    with page.expect_navigation():
        page.get_by_role("link", name="Sign out").first.click()
    submit(page)
    assert page.locator(".notice").inner_text() == "You have signed out."
    page.goto("/account")
    assert "/login" in page.url
    assert page.console_problems == []


def test_errors_are_summarised_and_the_summary_takes_focus(page, live):
    open_in(page, "en", "/register/applicant")
    page.fill("#last_name", "Kovalenko")
    submit(page)
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    expect(summary).to_be_focused()
    assert page.input_value("#last_name") == "Kovalenko"
    summary.get_by_role("link", name="Enter your given name.").click()
    expect(page.locator("#first_name")).to_be_focused()


def test_the_skip_link_is_the_first_stop_and_leads_to_the_content(page, live):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


def test_signing_in_with_the_keyboard_only(page, live_app, live):
    with live_app.app_context():
        user_email = make_user("Applicant").email
    page.goto("/login")
    page.focus("#email")
    page.keyboard.type(user_email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/account")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_fit_a_320_pixel_screen(browser, live_app, live, language):
    overflowing = []
    for role in (None, "Applicant", "Employer"):  # the back office is for desktop work
        context = browser.new_context(base_url=live.url, viewport={"width": 320, "height": 640})
        page = context.new_page()
        values = {}
        if role:
            with live_app.app_context():
                user = make_user(role)
                email = user.email
                values = {
                    key: value for p in PAGES if p.role == role for key, value in page_values(p.path, user).items()
                }
            sign_in(page, email)
        for entry in (p for p in PAGES if p.role == role):
            open_in(page, language, entry.path.format(language=language, **values))
            if page.evaluate("document.documentElement.scrollWidth") > 320:
                overflowing.append(entry.name)
            overflowing += [f"{entry.name}: {number}" for number in page.evaluate(CLIPPED_REFERENCES)]
        context.close()
    assert overflowing == []


# Every PIO number shown (the application's reference, typed at the ticket machine and the desk)
# lies within the screen and is not cut off by a box that hides what overflows it.
CLIPPED_REFERENCES = """() => {
  const clipped = [];
  const width = document.documentElement.clientWidth;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const number = (node.data.match(/PIO\\/\\d{4}\\/\\d+/) || [])[0];
    if (!number || node.parentElement.closest(".visually-hidden")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    let cut = Array.from(range.getClientRects()).some((r) => r.right > width + 0.5 || r.left < -0.5);
    for (let box = node.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible" && box.scrollWidth > box.clientWidth + 1) cut = true;
    }
    if (cut) clipped.push(number);
  }
  return clipped;
}"""
