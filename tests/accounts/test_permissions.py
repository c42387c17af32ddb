"""Roles' permissions and the back office's menu are held by each process until a role or a
permission changes: a change is seen on the next request, in the menu and at the door of the view,
and each role set sees its own menu."""

from app.extensions import db
from tests.factories import PASSWORD, login, make_user
from tests.statements import statements

DASHBOARD = 'href="/work/dashboard"'


def _grant(app, role_name: str, permission: str, view: str, give: bool) -> None:
    sm = app.appbuilder.sm
    role = sm.find_role(role_name)
    permission_view = sm.find_permission_view_menu(permission, view)
    # as the back office's role page does: through the role, committed
    (sm.add_permission_role if give else sm.del_permission_role)(role, permission_view)


def test_a_permission_given_to_a_role_and_taken_back_is_seen_on_the_next_request(app, client, login_as):
    login_as("Clerk")
    assert DASHBOARD not in client.get("/backoffice/").get_data(as_text=True)
    assert client.get("/work/dashboard").status_code != 200

    _grant(app, "Clerk", "menu_access", "Dashboard", True)
    _grant(app, "Clerk", "can_dashboard", "Cases", True)
    try:
        assert DASHBOARD in client.get("/backoffice/").get_data(as_text=True)
        assert client.get("/work/dashboard").status_code == 200
    finally:
        _grant(app, "Clerk", "menu_access", "Dashboard", False)
        _grant(app, "Clerk", "can_dashboard", "Cases", False)
    assert DASHBOARD not in client.get("/backoffice/").get_data(as_text=True)
    assert client.get("/work/dashboard").status_code != 200


def test_each_role_set_and_language_has_its_own_menu(app, login_as):
    supervisor, clerk = app.test_client(), app.test_client()
    assert login(supervisor, make_user("Supervisor").email, PASSWORD).status_code == 302
    assert login(clerk, make_user("Clerk").email, PASSWORD).status_code == 302
    for _ in range(2):  # the second time from what the process holds
        assert DASHBOARD in supervisor.get("/backoffice/").get_data(as_text=True)
        assert DASHBOARD not in clerk.get("/backoffice/").get_data(as_text=True)
    polish = clerk.get("/backoffice/?lang=pl").get_data(as_text=True)
    english = clerk.get("/backoffice/?lang=en").get_data(as_text=True)
    assert "Prowadzenie spraw" in polish and "Case work" not in polish
    assert "Case work" in english and "Prowadzenie spraw" not in english


def _second_request(client, path: str) -> list[str]:
    """The statements of a page asked for the second time, from nothing held in the session."""
    client.get(path)
    db.session.expunge_all()
    with statements() as seen:
        assert client.get(path).status_code == 200
    return seen


def test_a_back_office_page_reads_the_roles_permissions_once_per_process(app, client, login_as):
    login_as("Clerk")
    seen = _second_request(client, "/backoffice/")
    assert not any("ab_permission" in s for s in seen)
    assert len(seen) == 1  # the user with their login session and roles


def test_without_the_shared_cache_permissions_are_read_for_each_request(app, client, login_as, monkeypatch, caplog):
    from app.web import generations

    login_as("Clerk")
    client.get("/backoffice/")

    class Unreachable:
        def get(self, key):
            raise ConnectionError("the cache does not answer")

    monkeypatch.setattr(generations, "cache", Unreachable())
    db.session.expunge_all()
    with statements() as seen:
        page = client.get("/backoffice/")
    assert page.status_code == 200 and 'href="/work/"' in page.get_data(as_text=True)
    assert any("ab_permission" in s for s in seen)  # nothing held without a generation
    assert "permissions read without the shared cache, which did not answer: ConnectionError" in caplog.text


def test_an_applicants_page_reads_no_roles(app, client, login_as):
    login_as("Applicant")
    seen = _second_request(client, "/account")
    assert seen and not any("ab_role" in s or "ab_permission" in s for s in seen)
