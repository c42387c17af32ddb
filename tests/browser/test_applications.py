"""A foreigner fills in real seeded applications in the browser (with the page's live checks
running), submits them and gets the printout, whose text carries the answers and the PIO number."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from playwright.sync_api import expect

from app.forms import services
from tests.browser.helpers import open_in, sign_in
from tests.browser.test_accessibility import AXE, WCAG_AA
from tests.factories import make_user
from tests.fixtures import run_queued_jobs

pytestmark = pytest.mark.browser

BIRTH = ("14", "5", "1984")


def pesel_for(born: tuple[str, str, str], male: bool = True) -> str:
    day, month, year = born
    digits = f"{int(year) % 100:02d}{int(month):02d}{int(day):02d}01{'3' if male else '2'}"
    digits = digits[:9] + ("5" if male else "4")
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10) % 10
    return digits + str(check)


TEXT_VALUES = {
    "pesel": pesel_for(BIRTH),
    "passport_number": "FA1234567",
    "phone": "+48 71 701 11 00",
    "email": "olena@example.com",
    "postal_code": "50-153",
    "nip": "5260001246",
    "regon": "123456785",
    "krs": "12345",
    "number": "2",
    "money": "4300",
    "long_text": "Opis sprawy.",
}


def date_for(spec: dict) -> tuple[str, str, str]:
    """A date the field takes: past ones before later past ones, future ones after both."""
    if "birth" in spec["key"]:
        return BIRTH
    past = spec.get("date") == "past"
    if spec.get("date") == "future":
        return ("1", "6", "2031")
    if spec.get("after"):
        return ("1", "6", "2021") if past else ("1", "6", "2031")
    if not past and any(word in spec["key"] for word in ("expir", "until", "valid_to", "_to")):
        return ("1", "6", "2031")
    return ("1", "6", "2015")


def fill(page, fields: list[dict], prefix: str, filled: set[str]) -> None:
    for spec in fields:
        name = f"{prefix}{spec['key']}"
        if name in filled:
            continue
        kind = spec["type"]
        if kind == "group":
            continue  # items are optional in the filled path; added items are tested without the browser
        inputs = page.locator(f"[name^='{name}']")
        if inputs.count() == 0 or not inputs.first.is_visible():
            continue
        if kind in ("radio", "checkboxes"):
            male = page.locator(f"[name='{name}'][value='M']")  # agrees with the PESEL
            (male if male.count() else page.locator(f"[name='{name}']").first).check()
        elif kind == "yes_no":
            page.check(f"[name='{name}'][value='no']")
        elif kind == "date":
            for part, value in zip(("day", "month", "year"), date_for(spec), strict=True):
                page.fill(f"[name='{name}-{part}']", value)
        elif kind in ("choice", "country", "citizenship"):
            options = page.locator(f"select[name='{name}'] option").all()
            value = "UA" if kind != "choice" else options[1].get_attribute("value")
            page.select_option(f"select[name='{name}']", value)
        elif kind == "number":
            page.fill(f"[name='{name}']", str(int(spec.get("min", 2))))
        else:
            page.fill(f"[name='{name}']", TEXT_VALUES.get(kind, "KOWALENKO"))
        filled.add(name)


def fill_application(page, code: str) -> str:
    """Start ``code`` from My applications, fill every part, submit; returns the PIO number."""
    definition = services.current(code).data
    page.goto("/applications")
    with page.expect_navigation():
        page.locator(f"form[action='/applications/start/{code}'] button").click()
    for section in definition["sections"]:
        if not page.url.endswith("/" + section["key"]):
            continue  # a part this applicant does not see
        filled: set[str] = set()
        for _ in range(3):  # answers can reveal further questions in the same part
            fill(page, section["fields"], f"{section['key']}-", filled)
            page.wait_for_timeout(300)
        with page.expect_navigation():
            page.locator("main form button.button[value=next]").click()
        summary = page.locator("[data-error-summary]")
        assert summary.count() == 0, f"{code} / {section['key']}: {summary.inner_text()}"
    assert page.url.endswith("/check"), page.url
    for box in page.locator("input[name=acknowledged]").all():
        box.check()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(".")).last.click()
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"PIO/\d{4}/\d{6}", reference)
    return reference


@pytest.mark.parametrize("code", ["KPL", "CRD", "TRV"])
def test_a_real_application_from_start_to_printout(page, live_app, live, code):
    with live_app.app_context():
        email = make_user("Applicant").email
    sign_in(page, email)
    open_in(page, "uk", "/applications")
    with live_app.app_context():
        reference = fill_application(page, code)
    assert page.locator(".next-steps li").count() == 2  # filed on paper: print and sign, then bring it
    results = AXE.run(page, options=WCAG_AA)  # the confirmation page, with the answers
    assert results.violations_count == 0, results.generate_report()
    run_queued_jobs(live_app)  # the printout job, when jobs go through Redis
    link = page.locator("a[href$='/printout']")
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.body())).pages)
    assert reference in text and "KOWALENKO" in text and "NIE DOTYCZY" in text
    assert "14.05.1984" in text
    assert page.console_problems == []


def keyboard_fill(page, section: dict) -> None:
    """Walk the part with Tab only, answering each question with the keyboard."""
    specs = {f"{section['key']}-{f['key']}": f for f in section["fields"] if f["type"] != "group"}
    page.locator("h1").focus()
    answered: set[str] = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        active = page.evaluate(
            "() => { const e = document.activeElement; return {name: e.name || '', type: e.type || '',"
            " tag: e.tagName, value: e.value || ''}; }"
        )
        name = active["name"]
        if active["tag"] == "BUTTON" and active["value"] == "next":
            return
        base = re.sub(r"-(day|month|year)$", "", name)
        spec = specs.get(base)
        if spec is None or (name in answered and spec["type"] != "date"):
            continue
        kind = spec["type"]
        if kind == "date":
            part = name.rsplit("-", 1)[1]
            page.keyboard.type(dict(zip(("day", "month", "year"), date_for(spec), strict=True))[part])
        elif kind in ("radio", "yes_no", "checkboxes"):
            if kind == "yes_no":
                page.keyboard.press("ArrowRight")  # from yes to no, which it also selects
            page.keyboard.press("Space")
            if active["value"] == "K":
                page.keyboard.press("ArrowDown")  # the man's answer agrees with the PESEL
        elif kind in ("country", "citizenship"):
            page.keyboard.type("Ukr" if page.evaluate("document.documentElement.lang") == "en" else "Укр")
        elif kind == "choice":
            page.keyboard.press("ArrowDown")
        elif kind == "number":
            page.keyboard.type(str(int(spec.get("min", 2))))
        else:
            page.keyboard.type(TEXT_VALUES.get(kind, "KOWALENKO"))
        answered.add(name)
        page.wait_for_timeout(50)
    raise AssertionError(f"never reached the continue button in {section['key']}")


def test_a_whole_application_by_keyboard_only(page, live_app, live):
    with live_app.app_context():
        email = make_user("Applicant").email
        definition = services.current("KPL").data
    sign_in(page, email)
    open_in(page, "en", "/applications")
    page.locator("form[action='/applications/start/KPL'] button").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for section in definition["sections"]:
        if not page.url.endswith("/" + section["key"]):
            continue
        keyboard_fill(page, section)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.locator("[data-error-summary]").count() == 0, page.locator("main").inner_text()[:800]
    assert page.url.endswith("/check")
    page.locator("h1").focus()
    for _ in range(300):  # confirm each warning, then press the submit button
        page.keyboard.press("Tab")
        active = page.evaluate("() => [document.activeElement.name || '', document.activeElement.tagName]")
        if active[0] == "acknowledged":
            page.keyboard.press("Space")
        elif active[1] == "BUTTON":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.fullmatch(r"PIO/\d{4}/\d{6}", page.locator(".reference").inner_text())


def test_the_live_check_offers_the_passport_s_spelling_with_its_rule(page, live_app, live):
    """A name typed in Cyrillic: the suggestion follows the citizenship chosen, names its rule in the
    reader's language, and one click puts it in the field; the applicant's own words in Cyrillic get
    a warning that does not stop them."""
    with live_app.app_context():
        email = make_user("Applicant").email
    sign_in(page, email)
    open_in(page, "uk", "/applications")
    with page.expect_navigation():
        page.locator("form[action='/applications/start/TRP'] button").click()
    page.fill("[name='personal-surname']", "Галина")
    page.select_option("[name='personal-citizenship']", "RU")
    suggestion = page.locator("[data-suggestion-for='personal-surname']")
    expect(suggestion.locator(".suggestion-value")).to_have_text("GALINA")
    expect(suggestion).to_contain_text("транслітерація за ICAO Doc 9303")
    page.select_option("[name='personal-citizenship']", "UA")
    expect(suggestion.locator(".suggestion-value")).to_have_text("HALYNA")
    expect(suggestion).to_contain_text("національна транслітерація України")
    suggestion.locator("button").click()
    expect(page.locator("[name='personal-surname']")).to_have_value("HALYNA")
    expect(suggestion).to_be_hidden()
    page.fill("[name='personal-special_marks']", "шрам на лівій руці")
    page.locator("[name='personal-phone']").focus()
    expect(page.locator("#personal-special_marks-note")).to_contain_text("Заява подається польською мовою")
    expect(page.locator("[name='personal-special_marks']")).to_have_attribute(
        "aria-describedby", re.compile(r"\bpersonal-special_marks-note\b")
    )
    assert page.console_problems == []
