"""Every page of the registry answers without a server error whichever plugins are on: none, each
alone (with the plugins it requires), all. A switched-off plugin's page is a 404."""

from __future__ import annotations

import importlib
from collections import defaultdict

import pytest
from werkzeug.exceptions import NotFound

from app.extensions import db
from app.plugins import available
from tests.browser.pages import PAGES
from tests.factories import PASSWORD, login, make_user
from tests.fixtures import build_app, clean_database
from tests.forms.submissions import page_values


def _alone(name: str) -> str:
    requires = importlib.import_module(f"plugins.{name}.plugin").info.requires
    return ",".join([*requires, name])


COMBINATIONS = ["none", *(_alone(name) for name in available()), ",".join(available())]
# The registry's GET requests; a page reached by a step in the browser ("after") is its first GET here.
REQUESTS = list(dict.fromkeys((page.path.replace("{language}", "pl"), page.role) for page in PAGES))
EXPECTED = {(page.path.replace("{language}", "pl"), page.role): page.status for page in PAGES if page.after is None}


@pytest.fixture(scope="module")
def owners(database, tmp_path_factory) -> dict[str, str]:
    """The plugin whose blueprint or back-office view answers each registered path, read from an app
    with all plugins."""
    app = build_app(tmp_path_factory.mktemp("owners"))
    routes = app.url_map.bind("localhost")
    found = {}
    for path, _role in REQUESTS:
        try:
            # any record will do: only the route counts
            endpoint, _values = routes.match(path.split("?")[0].format_map(defaultdict(lambda: 1)))
        except NotFound:
            continue
        # a plugin's blueprint names it; a back-office view of a plugin is known by its module
        module = getattr(app.view_functions[endpoint], "__module__", "") or ""
        owner = module.split(".")[1] if module.startswith("plugins.") else endpoint.split(".")[0]
        if owner in available():
            found[path] = owner
    return found


@pytest.mark.parametrize("plugins", COMBINATIONS, ids=lambda combination: combination or "all")
def test_every_registered_page_answers_without_a_server_error(database, tmp_path, owners, plugins):
    app = build_app(tmp_path, PLUGINS=plugins)
    enabled = set(app.extensions["plugins"])
    answers = {}
    with app.app_context():
        try:
            clients = {None: app.test_client()}
            users = {}
            for path, role in REQUESTS:
                if role not in clients:
                    users[role] = make_user(role)
                    clients[role] = app.test_client()
                    assert login(clients[role], users[role].email, PASSWORD).status_code == 302
                # the submission and the case are made by the core's services, present whatever is on
                url = path.format(**page_values(path, users[role])) if role else path
                db.session.commit()  # saved, as a request in its own transaction must find them
                answers[(path, role)] = clients[role].get(url).status_code
        finally:
            db.session.remove()
            clean_database()
            db.engine.dispose()
    assert [key for key, status in answers.items() if status >= 500] == []
    off = {key: status for key, status in answers.items() if owners.get(key[0], "") not in {"", *enabled}}
    assert off == dict.fromkeys(off, 404)
    on = {key: answers[key] for key in EXPECTED if key not in off}
    assert on == {key: EXPECTED[key] for key in on}
