"""A foreigner's visit from booking to the counter, in the browser and in each language: booking by
keyboard only for their submitted application (a time chosen, or a request for the draw), the
confirmation by e-mail, the employer's schedule, the ticket at the kiosk by the booking code, the
call on the display board (live) and the visit served at the counter."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from pathlib import Path

import pytest
import time_machine
from playwright.sync_api import expect

from app.bookings import draw
from app.bookings.models import Counter, Visit, VisitState
from app.extensions import db
from plugins.visits.tests.test_employers import _employee_with_annex
from tests.bookings.helpers import a_service
from tests.browser.helpers import open_in, sign_in
from tests.browser.pages import LANGUAGES
from tests.factories import make_user
from tests.fixtures import run_queued_jobs

pytestmark = pytest.mark.browser


def _tab_to(page, selector: str, most: int = 80) -> None:
    """Press Tab until the element that has the focus matches ``selector``."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _arrow_to(page, selector: str, most: int = 40) -> None:
    """In a radio group (or a list box) with the focus: the arrow keys until ``selector`` is chosen."""
    for _ in range(most):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrows never reached {selector}")


def _press_enter(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _setting(live_app, mode: str = "choose"):
    """An employee with an application carrying the employer's annex, and a service of Wrocław's with
    a counter of its own."""
    with live_app.app_context():
        from app.bookings import release

        employer = make_user("Employer", company_name="Odra Budownictwo sp. z o.o.")
        employee, submission_id = _employee_with_annex(employer)
        service = a_service(
            capacity=2, lead_hours=24, walk_ins=False, mode=mode, needs="either", name_en="Visit (test)"
        )
        counter = Counter(service_point_id=service.service_point_id, number=98, services=[service])
        db.session.add(counter)
        db.session.flush()
        release.release(service)
        db.session.commit()
        return employer.email, employee.email, submission_id, service.id, service.service_point_id, counter.id


def _signed_in(browser, live, email: str):
    """A browser of the person's own, signed in."""
    context = browser.new_context(base_url=live.url)
    page = context.new_page()
    sign_in(page, email)
    page.wait_for_load_state("networkidle")  # nothing of the sign-in still in flight to write the session
    return context, page


def _booking_page(browser, live, email: str, language: str):
    """Signed in, on the first booking page in ``language``."""
    context, page = _signed_in(browser, live, email)
    open_in(page, language, "/visits/new")
    return context, page


def _book_by_keyboard(page, submission_id: int, point_id: int, service_id: int) -> None:
    page.locator("h1").focus()
    _tab_to(page, f"input[name=about][value=s{submission_id}]")
    page.keyboard.press("Space")
    _tab_to(page, "select#point")
    _arrow_to(page, f"select#point:has(option[value='{point_id}']:checked)")
    _tab_to(page, "main form button[type=submit]")
    _press_enter(page)
    page.locator("h1").focus()
    _tab_to(page, "input[name=service]")
    _arrow_to(page, f"input[name=service][value='{service_id}']")
    page.keyboard.press("Space")
    _tab_to(page, "main form button[type=submit]")
    _press_enter(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_booked_by_keyboard_checked_in_called_on_the_board_and_served(browser, live_app, live, language):
    employer_email, employee_email, submission_id, service_id, point_id, counter_id = _setting(live_app)
    applicant, page = _booking_page(browser, live, employee_email, language)
    _book_by_keyboard(page, submission_id, point_id, service_id)
    # a day with free times, then a time on it
    page.locator("h1").focus()
    _tab_to(page, "ul.day-list a")
    _press_enter(page)
    _tab_to(page, "input[name=slot]")
    page.keyboard.press("Space")
    _tab_to(page, "main form button[type=submit]")
    _press_enter(page)
    assert "/confirm" in page.url
    page.locator("h1").focus()
    _tab_to(page, "main form button[type=submit]")
    _press_enter(page)
    code = page.locator(".booking-code").inner_text().replace("-", "")
    assert page.locator("html").get_attribute("lang") == language
    with live_app.app_context():
        visit = db.session.query(Visit).filter_by(submission_id=submission_id, state=VisitState.CONFIRMED).one()
        starts_at, visit_id = visit.slot.starts_at, visit.id
    # the confirmation, by e-mail in the person's language
    run_queued_jobs(live_app)
    mails = [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in Path(live_app.config["MAIL_OUTBOX_DIR"]).glob("*.eml")
    ]
    assert any(
        mail["To"] == employee_email and f"/visits/{visit_id}" in mail.get_body().get_content() for mail in mails
    )
    # the employer's schedule shows it
    office, employer_page = _signed_in(browser, live, employer_email)
    open_in(employer_page, language, "/visits/employees")
    expect(employer_page.locator("main")).to_contain_text("Shevchuk")
    office.close()
    applicant.close()

    with time_machine.travel(starts_at - dt.timedelta(minutes=10), tick=True):
        kiosk = browser.new_context(base_url=live.url)
        screen = kiosk.new_page()
        open_in(screen, language, f"/kiosk/{point_id}")
        expect(screen.locator("#code")).to_be_focused()  # the field has the focus: a scanner types into it too
        screen.keyboard.type(code.lower())
        _press_enter(screen)
        assert screen.locator(".ticket-label").count() == 1, screen.locator("main").inner_text()
        label = screen.locator(".ticket-label").inner_text()
        assert re.fullmatch(r"[A-Z]\d{3}", label)
        board = kiosk.new_page()
        open_in(board, language, f"/board/{point_id}")
        expect(board.locator("main[data-ready]")).to_have_count(1)
        with live_app.app_context():
            clerk_email = make_user("Clerk").email
        desk, clerk = _signed_in(browser, live, clerk_email)
        clerk.goto(f"/counter/{counter_id}")
        with clerk.expect_navigation():
            clerk.locator(f"form[action='/counter/{counter_id}/call'] button").click()
        expect(board.locator(".board-calls tbody")).to_contain_text(label, timeout=10_000)
        expect(board.locator(".board-calls tbody")).to_contain_text("98")
        with clerk.expect_navigation():
            clerk.locator("form[action$='/start'] button").click()
        with clerk.expect_navigation():
            clerk.locator("form[action$='/finish'] button").click()
        expect(board.locator(".board-calls tbody")).not_to_contain_text(label, timeout=10_000)
        desk.close()
        kiosk.close()
    with live_app.app_context():
        assert db.session.get(Visit, visit_id).state == VisitState.SERVED


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_scarce_service_is_asked_for_by_keyboard_and_given_a_date_by_the_draw(browser, live_app, live, language):
    _employer, employee_email, submission_id, service_id, point_id, _counter = _setting(live_app, mode="allocate")
    context, page = _booking_page(browser, live, employee_email, language)
    _book_by_keyboard(page, submission_id, point_id, service_id)
    page.locator("h1").focus()
    _tab_to(page, "input[name=cannot][value='0-am']")
    page.keyboard.press("Space")  # Monday mornings are out
    _tab_to(page, "main form button[type=submit]")
    _press_enter(page)
    with live_app.app_context():
        visit = db.session.query(Visit).filter_by(submission_id=submission_id).one()
        assert (visit.state, visit.cannot) == (VisitState.REQUESTED, ["0-am"])
        from app.bookings.models import VisitService

        visit_id = visit.id
        given = draw.run(db.session.get(VisitService, service_id), seed="browser").given
        db.session.commit()
        assert given == 1
    open_in(page, language, f"/visits/{visit_id}")
    expect(page.locator(".booking-code")).to_have_count(1)
    context.close()
