"""Route-by-role access matrix, generated from the app's URL map.

Every rule not on the public list sends anonymous users to the login page (or answers 401/403),
and each role reaches exactly the rules listed for it. A rule added without a decision here
fails the test until it is placed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.factories import csrf_token, login, make_user

# Open to everyone, with the reason.
PUBLIC = {
    "static": "the portal's CSS and JavaScript",
    "appbuilder.static": "the back office's CSS and JavaScript",
    "accounts.static": "the sign-in check's script",
    "web.home": "home page",
    "portal.service_points": "service points",
    "portal.legal_acts": "legal acts",
    "portal.faq": "questions and answers",
    "portal.search_page": "search of published content",
    "portal.page": "published pages (privacy notice, accessibility statement…)",
    "portal.news": "announcements",
    "portal.news_item": "an announcement",
    "portal.case_types": "kinds of cases",
    "portal.case_type": "a kind of case with its requirements, steps and statuses",
    "portal.requirements": "formal requirements",
    "portal.forms": "application forms catalogue",
    "portal.form": "an application form's instructions",
    "status.public_status": "a case's public status by its signature and date of birth (rate limited)",
    "notifications.sms_reports": "SMSAPI's delivery reports: the secret in its address, 404 without it",
    "visits.change": "the link in a visit's e-mails: signed, works once, 404 otherwise (rate limited)",
    "visits.feed": "an employer's calendar of their employees' visits: the secret in its address, 404 without it",
    "queue.static": "the kiosk's and the board's CSS and JavaScript",
    "queue.points": "the list of kiosks and boards, to open one on a device at a point",
    "queue.kiosk": "a point's ticket machine: a booking code gives a ticket, no name shown (rate limited)",
    "queue.walk_in": "a ticket without a booking, for services that take walk-ins",
    "queue.ticket": "a printed ticket: its number, service and time, by a secret address",
    "queue.display": "a point's display board: ticket numbers and counters only",
    "queue.state": "the board's state for polling: ticket numbers, counters, waits",
    "queue.events": "the board's live stream of the same state",
    "accounts.login": "sign-in form",
    "accounts.logout": "sign-out confirmation; signed-out readers are sent home",
    "accounts.register": "choice of account type",
    "accounts.register_as": "registration forms",
    "accounts.registration_sent": "check-your-e-mail page",
    "accounts.activate": "e-mail confirmation link",
    "accounts.password_forgotten": "forgotten-password form",
    "accounts.password_reset_sent": "check-your-e-mail page after it",
    "accounts.password_reset": "the link to set a new password",
    "language.choose": "language switcher",
    "LocaleView.index": "the back office's language switcher",
    "health.health": "health check for the load balancer",
    "UtilView.back": "the back office's back link (redirects only)",
    "PortalAuthView.login": "hands over to accounts.login",
    "PortalAuthView.logout": "hands over to accounts.logout",
}

# the account's own phone number confirmed by a code (no id in the address: tests/accounts/test_phone_confirmation.py)
ACCOUNT = {"accounts.profile", "accounts.password", "accounts.phone_code", "accounts.phone_confirm"}
# Foreigners' and employers' own applications (each route also checks the owner: tests under
# plugins/eforms/tests try other users' ids); staff accounts, the administrator's included, are
# sent to the back office instead.
APPLICATIONS = {
    f"eforms.{m}"
    for m in (
        "applications",
        "start",
        "resume",
        "section",
        "check",
        "submitted",
        "printout",
        "delete",
        "save_and_check",
        "annex",  # inviting the employer to an application's annex
        "withdraw_annex",
        "attachments_page",  # filing electronically: scans, filing, certificate
        "attachment",
        "remove_attachment",
        "file_application",
        "filing_certificate",
        "correct",  # correcting a submitted application before the office accepts it
    )
} | {"status.my_cases", "status.my_case"}  # following one's cases
# a case's thread with the office: the owner's only (tests/messages tries another applicant's case and file)
APPLICATIONS |= {"status.case_messages", "status.reply", "status.message_file"}
# an employer's thread of an annex they filed: only that employer's (tests/messages/test_employer_thread.py
# tries another employer's annex, the applicant's thread and files, and an applicant's account)
APPLICATIONS |= {"status.annex_messages", "status.annex_reply", "status.annex_message_file"}
# visits booked for one's own applications and cases (plugins/visits/tests tries another person's)
APPLICATIONS |= {
    f"visits.{m}"
    for m in (
        "my_visits",
        "new",
        "choose_service",
        "choose_time",
        "confirm",
        "visit",
        "ics",
        "cancel",
        "move",
        "reconfirm",
    )
}
# FAB's own profile and password forms, which hand over to the account pages above.
HANDOVERS = {
    "OwnPasswordView.this_form_get",
    "OwnPasswordView.this_form_post",
    "OwnProfileView.this_form_get",
    "OwnProfileView.this_form_post",
}
BACK_OFFICE = {"BackOfficeIndexView.index"}
EMPLOYERS_ANNEXES = {"eforms.annexes_page", "eforms.accept_annex"}  # taking and listing annexes
EMPLOYERS_ANNEXES |= {"visits.employees"}  # their employees' visits (plugins/visits/tests/test_employers.py)
DESK = {"DeskView.index", "DeskView.accept"}  # checking printouts and accepting paper versions
# the queue, the case page, its actions, the application's PDFs and its scans
CASE_WORK = {"WorkView.index", "WorkView.case", "WorkView.act", "WorkView.document", "WorkView.scan"}
CASE_WORK |= {"CaseMessagesView.preview", "CaseMessagesView.send", "CaseMessagesView.attachment"}  # the case's thread
DASHBOARD = {"WorkView.dashboard", "WorkView.assign_many"}  # supervisors' overview and bulk assignment
READY_TEXTS = {"ReadyTextsView.index", "ReadyTextsView.new", "ReadyTextsView.text"}  # the clerks' ready texts
# what the service points offer for visits (tests/bookings/test_setup.py changes it as a supervisor)
VISITS_SETUP = {
    f"{v}.{m}"
    for v in ("VisitServiceView", "VisitPlanView", "CounterView", "VisitClosureView")
    for m in ("list", "show", "download", "add", "edit", "delete", "action", "action_post")
} | {"VisitDrawView.list", "VisitDrawView.show"}  # the draws, read only (tests/bookings/test_draw.py)
VISITS_SETUP |= {"VisitStatisticsView.index"}  # the figures of visits (tests/bookings/test_statistics.py)
# the counters' desk page: calling visitors, the counter's day (tests/bookings/test_counter_desk.py)
QUEUE_DESK = {f"CounterDeskView.{m}" for m in ("index", "desk", "call", "act", "transfer")}
QUEUE_DESK |= {"CallerBookingView.index", "CallerBookingView.book"}  # booking for a caller (test_caller_booking.py)
# The case-management system's REST API answers API keys only (tests/cases/test_api.py): no browser
# session reaches it, the administrator's included. Its OpenAPI document is the administrator's too.
API = {"CaseApi.cases", "CaseApi.case", "CaseApi.scans", "CaseApi.scan", "CaseApi.submission", "CaseApi.push_status"}
OPENAPI = {"OpenApi.get"}
SERVICE_POINTS_READ = {
    f"{v}.{m}" for v in ("ServicePointView", "OpeningHoursView") for m in ("list", "show", "download")
}
SERVICE_POINTS_WRITE = {
    f"{v}.{m}"
    for v in ("ServicePointView", "OpeningHoursView")
    for m in ("add", "edit", "delete", "action", "action_post")
}
# FAB's registers of permissions and views are read-only lists: their other routes are closed
# to every role, the administrator included; so are the generic add, edit and delete of form
# definitions, which change only by uploading a new version.
CLOSED = {
    f"{v}.{m}"
    for v in ("PermissionModelView", "PermissionViewModelView", "ViewMenuModelView")
    for m in ("action", "action_post", "add", "delete", "download", "edit", "show")
} | {f"FormDefinitionView.{m}" for m in ("add", "edit", "delete")}
# a draw is kept as it was made: no one edits, adds or deletes one
CLOSED |= {f"VisitDrawView.{m}" for m in ("add", "edit", "delete", "download", "action", "action_post")}
CONTENT_VIEWS = (
    "LegalActView",
    "FaqView",
    "PageView",
    "NewsView",
    "CaseTypeView",
    "CaseStepView",
    "RequirementView",
    "CaseStatusView",
    "ApplicationFormView",
)
CONTENT_EDITING = {
    f"{view}.{m}"
    for view in CONTENT_VIEWS
    for m in (
        "list",
        "show",
        "download",
        "history",
        "preview",
        "add",
        "edit",
        "delete",
        "restore",
        "action",
        "action_post",
        "publish",
        "withdraw",
    )
} | {f"CaseTypeStatusView.{m}" for m in ("list", "show", "download", "add", "edit", "delete", "action", "action_post")}
# The outbox of notifications and their templates (NotificationsView) are the administrator's only.
EVERYTHING = "*"

REACH: dict[str, set[str] | str] = {
    "Applicant": ACCOUNT | HANDOVERS | APPLICATIONS,
    "Employer": ACCOUNT | HANDOVERS | APPLICATIONS | EMPLOYERS_ANNEXES,
    "Clerk": ACCOUNT | HANDOVERS | BACK_OFFICE | SERVICE_POINTS_READ | DESK | CASE_WORK | QUEUE_DESK,
    "Supervisor": ACCOUNT
    | HANDOVERS
    | BACK_OFFICE
    | SERVICE_POINTS_READ
    | DESK
    | CASE_WORK
    | DASHBOARD
    | READY_TEXTS
    | VISITS_SETUP
    | QUEUE_DESK,
    "ContentEditor": ACCOUNT | HANDOVERS | BACK_OFFICE | SERVICE_POINTS_READ | SERVICE_POINTS_WRITE | CONTENT_EDITING,
    "CaseSystem": ACCOUNT | HANDOVERS | OPENAPI,  # its work is the REST API, with an API key
    "Admin": EVERYTHING,
}
ARGUMENT_VALUES = {
    "kind": "applicant",
    "code": "en",
    "locale": "en",
    "language": "en",
    "filename": "csv",
    "token": "x",
    "name": "x",
    "slug": "privacy",
    "public_id": "x",
    "action": "start",
}
# one real file of each folder
STATIC_FILES = {"static": "css/portal.css", "accounts.static": "sign-in-check.js", "queue.static": "queue.css"}
MISSING_ID = "999999"  # ids that do not exist: nothing is changed or deleted by the walk


def rules(app):
    found = []
    for rule in app.url_map.iter_rules():
        values = {arg: ARGUMENT_VALUES.get(arg, MISSING_ID) for arg in rule.arguments}
        if rule.endpoint.endswith("static"):
            values["filename"] = STATIC_FILES.get(rule.endpoint, "css/bootstrap.min.css")
        path = rule.build(values, append_unknown=False)[1]
        method = "GET" if "GET" in rule.methods else "POST"
        found.append((rule.endpoint, method, path))
    return sorted(set(found))


def request(client, method: str, path: str):
    if method == "GET":
        return client.get(path)
    return client.post(path, data={"csrf_token": csrf_token(client)})


def is_login_redirect(response) -> bool:
    if response.status_code not in (301, 302, 303):
        return False
    return urlsplit(response.headers["Location"]).path in ("/login", "/backoffice/auth/login/")


def outcome(client, method: str, path: str) -> str:
    response = request(client, method, path)
    assert response.status_code < 500, f"{method} {path} answered {response.status_code}"
    if response.status_code in (401, 403) or is_login_redirect(response):
        return "denied"
    return "reached"


def test_every_rule_is_public_or_protected(app):
    client = app.test_client()
    leaks = []
    for endpoint, method, path in rules(app):
        if endpoint in PUBLIC:
            assert request(client, method, path).status_code < 500, path
            continue
        response = request(client, method, path)
        hops = 0
        while response.status_code in (301, 302, 303) and not is_login_redirect(response) and hops < 3:
            response = client.get(response.headers["Location"])  # handovers lead to the login too
            hops += 1
        if not (response.status_code in (401, 403) or is_login_redirect(response)):
            leaks.append((endpoint, method, path, response.status_code))
    assert leaks == []


@pytest.mark.parametrize("role", sorted(REACH))
def test_each_role_reaches_only_its_rules(app, role):
    user = make_user(role)
    client = app.test_client()
    assert login(client, user.email).status_code == 302
    allowed = REACH[role]
    wrong = []
    for endpoint, method, path in rules(app):
        if endpoint in PUBLIC:
            continue
        if allowed == EVERYTHING:
            expected = "denied" if endpoint in CLOSED | APPLICATIONS | EMPLOYERS_ANNEXES | API else "reached"
        else:
            expected = "reached" if endpoint in allowed else "denied"
        got = outcome(client, method, path)
        if got != expected:
            wrong.append((endpoint, method, path, f"expected {expected}, got {got}"))
    assert wrong == []


def test_the_matrix_names_only_existing_rules(app):
    endpoints = {endpoint for endpoint, _, _ in rules(app)}
    named = set(PUBLIC) | ACCOUNT | HANDOVERS | BACK_OFFICE | SERVICE_POINTS_READ | SERVICE_POINTS_WRITE | CLOSED
    named |= APPLICATIONS | EMPLOYERS_ANNEXES | DESK | CASE_WORK | DASHBOARD | READY_TEXTS | API | OPENAPI
    named |= CONTENT_EDITING | VISITS_SETUP | QUEUE_DESK
    assert named - endpoints == set()
