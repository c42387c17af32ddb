"""Security headers, cookie flags and caching of authenticated pages."""

import re

from tests.factories import login, make_user
from tests.fixtures import build_app
from tests.settings import PRODUCTION_OVERRIDES, PRODUCTION_REDIS_URL


def test_public_pages_carry_the_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self' 'nonce-" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in response.headers  # only behind HTTPS in production
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_the_portal_has_no_inline_script(client):
    for path in ("/", "/login", "/register/applicant", "/service-points", "/legal-acts", "/password/forgot"):
        page = client.get(path).get_data(as_text=True)
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
        assert scripts, path
        assert all('src="' in attributes and not body.strip() for attributes, body in scripts), path
        assert not re.search(r"\son[a-z]+=", page), path
        assert "style=" not in page, path


def test_authenticated_pages_are_not_stored(client):
    user = make_user("Applicant")
    login(client, user.email)
    for path in ("/account", "/", "/service-points"):
        response = client.get(path)
        assert response.headers["Cache-Control"] == "no-store", path


def test_session_cookie_is_httponly_and_lax(client):
    client.get("/login")
    cookie = client.get_cookie("przybysz_session")
    assert cookie.http_only
    assert cookie.same_site == "Lax"
    assert not cookie.secure  # development over plain HTTP


def test_production_sends_hsts_and_secure_cookies(database, tmp_path):
    app = build_app(
        tmp_path,
        PRODUCTION_OVERRIDES,
        APP_ENV="production",
        PUBLIC_BASE_URL="https://przybysz.duw.example",
        REDIS_URL=PRODUCTION_REDIS_URL,
    )
    with app.app_context():
        client = app.test_client()
        response = client.get("/login", base_url="https://localhost")
        assert response.headers["Strict-Transport-Security"].startswith("max-age=")
        assert client.get_cookie("przybysz_session", domain="localhost").secure


# The case-management system's REST API takes API keys, never the browser session.
API_KEY_ONLY = {"CaseApi.push_status"}
# The SMS gateway's delivery reports come with a secret in the address, never a browser session: a wrong one is 404.
SECRET_ADDRESS_ONLY = {"notifications.sms_reports"}


def test_every_state_changing_route_needs_the_csrf_token(app, client):
    login(client, make_user("Admin").email)
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods:
            continue
        path = rule.build(dict.fromkeys(rule.arguments, "1"), append_unknown=False)[1]
        response = client.post(path, data={"anything": "x"})
        if rule.endpoint in API_KEY_ONLY:  # no CSRF token there: a browser session is not let in at all
            assert response.status_code == 401, path
            continue
        if rule.endpoint in SECRET_ADDRESS_ONLY:
            assert response.status_code == 404, path
            continue
        assert response.status_code == 400, path
        assert "The form has expired" in response.get_data(as_text=True), path
