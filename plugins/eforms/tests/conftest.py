"""Fixtures of the e-forms plugin's tests (what they create is rolled back with the test)."""

import pytest
import yaml

from app.forms import services
from tests.forms.sample import sample, t


@pytest.fixture
def sample_form(app):
    definition = services.add_version(yaml.safe_dump(sample()), "sample")
    services.publish(definition)
    return definition


ANNEX = {
    "code": "TST-ANNEX",
    "case_type": "TRP",
    "filed_by": "employer",
    "title": t("Test annex"),
    "intro": t("The employer's part."),
    "hints": [t("One"), t("Two"), t("Three")],
    "common_errors": [{"title": t("E1"), "text": t("E1 text")}, {"title": t("E2"), "text": t("E2 text")}],
    "warnings": [],
    "sections": [
        {
            "key": "work",
            "title": t("A. Work"),
            "fields": [{"key": "position", "type": "text", "label": t("Position"), "required": True}],
        }
    ],
}


@pytest.fixture
def annexed_form(app):
    """The sample application with an annex its applicant's employer fills in."""
    annex = services.add_version(yaml.safe_dump(ANNEX), "annex")
    services.publish(annex)
    definition = services.add_version(yaml.safe_dump({**sample(), "annexes": ["TST-ANNEX"]}), "sample")
    services.publish(definition)
    return definition
