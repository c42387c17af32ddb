"""Every route that answers GET, walked from the URL map (a new route is covered without anyone
listing it), signed in as a role that reaches it (the access matrix's REACH; the case API with its
key), with hostile values in every query argument a view reads: half of a surrogate pair, dates and
times out of range, a number of 5,000 digits, digits that are not ASCII. Whatever the address
carries, no 500."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from app.cases.models import Case
from app.extensions import db
from app.forms import desk, drafts
from app.forms.models import Submission
from app.offices.models import ServicePoint
from tests import test_access_matrix as matrix
from tests.forms.submissions import paper_submission
from tests.test_bad_input import Walk, _role_for

# the arguments the views read (request.args in app/ and plugins/), the work queue's filters and
# Flask-AppBuilder's list arguments (named after the view, added per route below)
ARGUMENTS = (
    "page", "q", "changed_since", "reference", "tab", "type", "status", "point", "from", "to", "code",
    "employee", "next", "lang", "return_to",
)  # fmt: skip
LIST_ARGUMENTS = ("page_{view}", "psize_{view}", "_oc_{view}", "_od_{view}", "_flt_0_id", "_flt_0_name")
VALUES = {
    "lone surrogate": "%ED%A0%80",
    "time an offset moves before year 1": quote("0001-01-01T00:00:00+05:00", safe=""),
    "last day": "9999-12-31",
    "5,000 digits": "9" * 5000,
    "superscript two": "%C2%B2",  # a digit to str.isdigit(), not to int()
}


def routes_answering_get(app) -> list[tuple]:
    return sorted(
        (
            (rule.endpoint, rule)
            for rule in app.url_map.iter_rules()
            if "GET" in rule.methods and not rule.endpoint.endswith("static")
        ),
        key=lambda item: (item[0].endswith(("logout", "delete")), item[0]),
    )


class GetWalk(Walk):
    """The POST walk's clients and addresses, with a case of its own for the case pages."""

    def __init__(self, app):
        super().__init__(app)
        for role in ("Applicant", "Clerk"):
            self.client(role)
        submission = db.session.get(Submission, paper_submission(self.users["Applicant"], "TRP"))
        desk.accept(submission, self.users["Clerk"], db.session.query(ServicePoint).first().id, True)
        self.case = db.session.query(Case).filter_by(submission_id=submission.id).one()
        db.session.commit()

    def path(self, endpoint: str, rule, role) -> str:
        values = {arg: matrix.ARGUMENT_VALUES.get(arg, matrix.MISSING_ID) for arg in rule.arguments}
        if "case_id" in values and role in ("Clerk", "Supervisor", "Admin"):
            values["case_id"] = self.case.id
        if "signature" in values:
            values["signature"] = self.case.signature
        if endpoint.startswith("eforms.") and role == "Applicant":
            values.update(code="TST", key="personal")
            if "draft_id" in rule.arguments:
                values["draft_id"] = drafts.start(self.users[role], "TST").id
        return rule.build(values, append_unknown=False)[1]


def _query(names, value: str) -> str:
    return "&".join(f"{name}={value}" for name in names)


@pytest.mark.parametrize("label", list(VALUES))
def test_every_route_answering_get_survives_hostile_query_arguments(app, label):
    value = VALUES[label]
    walk = GetWalk(app)
    failures = []
    for endpoint, rule in routes_answering_get(app):
        role = _role_for(endpoint)
        client, headers = walk.client(role)
        path = walk.path(endpoint, rule, role)
        view = endpoint.split(".")[0]
        lists = [name.format(view=view) for name in LIST_ARGUMENTS]
        answers = [("every argument", client.get(f"{path}?{_query([*ARGUMENTS, *lists], value)}", headers=headers))]
        if answers[-1][1].status_code == 400 and label != "lone surrogate":
            # a refused argument may hide what the others do: without the list's own (refused at the
            # edge, app/web/backoffice.py), then each alone
            others = _query([*ARGUMENTS, *lists[-2:]], value)
            answers.append(("the others", client.get(f"{path}?{others}", headers=headers)))
            if answers[-1][1].status_code == 400:
                answers += [(name, client.get(f"{path}?{name}={value}", headers=headers)) for name in ARGUMENTS]
        failures += [
            f"{endpoint} as {role or 'anonymous'}, in {name}: {response.status_code}"
            for name, response in answers
            if response.status_code >= 500
        ]
    assert failures == []
