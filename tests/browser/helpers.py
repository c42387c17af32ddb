"""Steps shared by the browser tests."""

from __future__ import annotations

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
    """The page in a language by its address (`?lang=`), as a shared link opens it: one request
    instead of the switcher's redirect (the switcher has tests of its own in tests/web)."""
    page.goto(f"{path}{'&' if '?' in path else '?'}lang={language}")


def submit_empty(page) -> None:
    submit(page)


def start_application(page, step: str) -> None:
    """``start:CODE`` opens the first part of a new application from My applications;
    ``:errors`` then sends it empty, ``:check`` goes on to check-your-answers, ``:annex`` to
    inviting the employer to the annex, ``:invited`` shows the invitation's code."""
    _, code, *then = step.split(":")
    with page.expect_navigation():
        page.locator(f"form[action='/applications/start/{code}'] button").click()
    if then == ["errors"]:
        with page.expect_navigation():
            page.locator("main form button.button[value=next]").click()
    elif then == ["check"]:
        page.goto(page.url.rsplit("/", 1)[0] + "/check")
    elif then and then[0] in ("annex", "invited"):
        page.goto(page.url.rsplit("/", 1)[0] + f"/annexes/{code}-ANNEX")
        if then == ["invited"]:
            submit(page)
