"""Fixtures of the e-forms plugin's tests (what they create is removed by the shared CLEANUP)."""

import pytest
import yaml

from app.forms import services
from tests.forms.sample import sample


@pytest.fixture
def sample_form(app):
    definition = services.add_version(yaml.safe_dump(sample()), "sample")
    services.publish(definition)
    return definition
