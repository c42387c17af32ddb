"""Fixtures of the e-forms plugin's tests."""

import pytest
import yaml

from app.extensions import db
from app.forms import services
from app.forms.models import Draft, FormDefinition, ReferenceCounter, Submission
from tests.forms.sample import sample


@pytest.fixture
def sample_form(app):
    definition = services.add_version(yaml.safe_dump(sample()), "sample")
    services.publish(definition)
    yield definition
    db.session.query(Submission).filter_by(definition_id=definition.id).delete()
    db.session.query(Draft).filter_by(definition_id=definition.id).delete()
    db.session.query(FormDefinition).filter_by(code="TST").delete()
    db.session.query(ReferenceCounter).delete()
    db.session.commit()
