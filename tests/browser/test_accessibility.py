"""axe-core (WCAG 2.0 and 2.1, levels A and AA, and the landmark rules) over every registered page in four
languages: the portal's, the applicants' and the staff's (signed in with the page's role)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import open_in, sign_in, start_application, submit_empty
from tests.browser.pages import LANGUAGES, PAGES
from tests.factories import make_user
from tests.forms.submissions import page_values

pytestmark = pytest.mark.browser
AXE = Axe()
WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],  # the passing checks are not reported in detail: much less to collect
    # and two of axe's best practices: a page has one main landmark and no content outside landmarks
    "rules": {"landmark-one-main": {"enabled": True}, "region": {"enabled": True}},
}


@pytest.mark.parametrize("entry", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_accessibility_violations(page, live_app, entry):
    values = {}
    if entry.role:
        with live_app.app_context():
            user = make_user(entry.role, phone="+48600100200")  # My account offers to confirm it
            email, values = user.email, page_values(entry.path, user)
        sign_in(page, email)
    for language in LANGUAGES:
        open_in(page, language, entry.path.format(language=language, **values))
        if entry.after == "submit-empty":
            submit_empty(page)
        elif entry.after and entry.after.startswith("start:"):
            start_application(page, entry.after)
        assert page.locator("html").get_attribute("lang") == language
        results = AXE.run(page, options=WCAG_AA)
        assert results.violations_count == 0, f"{entry.name} [{language}]\n{results.generate_report()}"
    expected = f"Failed to load resource: the server responded with a status of {entry.status}"
    assert [p for p in page.console_problems if not p.startswith(expected)] == []
