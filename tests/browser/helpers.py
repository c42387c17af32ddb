"""Steps shared by the browser tests."""

from __future__ import annotations

from urllib.parse import quote

from tests.factories import PASSWORD


def submit(page) -> None:
    """Press the form's button and wait for the page it leads to (not just the current one)."""
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    submit(page)


def open_in(page, language: str, path: str) -> None:
    page.goto(f"/language/{language}?next={quote(path)}")


def submit_empty(page) -> None:
    submit(page)
