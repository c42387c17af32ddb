"""A live portal in a thread and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.fixtures import build_app, clean_database

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


class LiveServer:
    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_app(database, tmp_path_factory):
    app = build_app(tmp_path_factory.mktemp("live"), {"RATELIMIT_ENABLED": False})
    app.config["PUBLIC_BASE_URL"] = "http://127.0.0.1"  # replaced by the server's address below
    return app


@pytest.fixture(scope="session")
def live_server(live_app):
    with LiveServer(live_app) as server:
        live_app.config["PUBLIC_BASE_URL"] = server.url
        yield server


@pytest.fixture
def live(live_server, live_app):
    """The running portal; what a test creates is removed afterwards."""
    yield live_server
    with live_app.app_context():
        clean_database()
        for mail in Path(live_app.config["MAIL_OUTBOX_DIR"]).glob("*.eml"):
            mail.unlink()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live):
    context = browser.new_context(base_url=live.url, locale="en-GB")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.console_problems = problems
    page.set_default_timeout(15_000)
    yield page
    context.close()
