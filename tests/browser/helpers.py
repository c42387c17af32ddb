"""Steps shared by the browser tests."""

from __future__ import annotations

from urllib.parse import quote

from tests.factories import PASSWORD


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def open_in(page, language: str, path: str) -> None:
    page.goto(f"/language/{language}?next={quote(path)}")


def submit_empty(page) -> None:
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
