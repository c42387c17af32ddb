"""The README's addresses lead somewhere: each path it names answers for the role that would follow it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
# Paths in backticks, such as `/work/`; placeholders (`/<view>/list/`) and files on the machine are not addresses.
PATHS = sorted(
    {path for path in re.findall(r"`(/[^`\s]*)`", README) if "<" not in path and not path.startswith("/usr/")}
)
# Who would follow the address: the back office's and the case work's pages are staff's, the panel's an applicant's.
ROLES = {
    "/annexes": "Employer",
    "/applications": "Applicant",
    "/my-cases": "Applicant",
    "/visits": "Applicant",
    "/visits/employees": "Employer",
}
STAFF = ("/backoffice/", "/desk/", "/work/", "/formdefinitionview/", "/users/", "/api/v1/_openapi", "/counter/")
STAFF += ("/visit-statistics/",)


def test_the_readme_names_addresses():
    assert {"/backoffice/", "/formdefinitionview/list/", "/work/", "/desk/"} <= set(PATHS)


@pytest.mark.parametrize("path", PATHS)
def test_each_address_in_the_readme_answers(client, login_as, path):
    role = ROLES.get(path) or ("Admin" if path.startswith(STAFF) else None)
    if role:
        login_as(role)
    response = client.get(path)
    assert response.status_code in (200, 302), f"{path} answers {response.status_code} for {role or 'a reader'}"
    if response.status_code == 302:
        assert "/login" not in response.headers["Location"], f"{path} sends {role or 'a reader'} to sign in"
