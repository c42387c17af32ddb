"""Whatever a browser (or anyone) sends to the live check, the answer is a clear 4xx or the
engine's verdict: never a server error, and never another user's data."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.extensions import db
from app.forms.models import Draft
from plugins.eforms.tests.helpers import start

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40))
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
KNOWN_KEYS = st.sampled_from(["surname", "birth_date", "sex", "pesel", "has_pesel", "height", "citizenship", "phone"])
# shaped like the section's answers, with any values: the most interesting inputs
DATE_PARTS = st.dictionaries(st.sampled_from(["day", "month", "year"]), JSON)
SHAPED = st.dictionaries(KNOWN_KEYS, JSON | DATE_PARTS, max_size=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(JSON, SHAPED))
def test_the_live_check_never_fails_on_what_it_is_sent(client, login_as, sample_form, body):
    draft = db.session.query(Draft).first()
    if draft is None:
        login_as("Applicant")
        start(client)
        draft = db.session.query(Draft).one()
    page = client.get(f"/applications/{draft.id}/personal").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        f"/api/applications/{draft.id}/sections/personal",
        data=json.dumps(body, allow_nan=True),
        headers={"X-CSRFToken": token, "Content-Type": "application/json"},
    )
    assert response.status_code in (200, 400), (body, response.status_code)
    if response.status_code == 200:
        result = response.get_json()
        assert set(result) == {"errors", "suggestions", "warnings", "shown"}
        assert all(path.startswith("personal.") for path in result["errors"])
