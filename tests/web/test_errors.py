"""Error pages: in the reader's language, without traces; JSON for API clients."""

from tests.factories import csrf_token, login, make_user


def test_not_found_page_in_the_readers_language(client):
    response = client.get("/no-such-page", headers={"Accept-Language": "uk"})
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert '<html lang="uk">' in page
    assert "Traceback" not in page


def test_an_unexpected_error_shows_no_trace(fresh_app):
    def explode():
        raise RuntimeError("secret internals: password=hunter2")

    app = fresh_app()
    app.add_url_rule("/test-explode", "test_explode", explode)
    response = app.test_client().get("/test-explode")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "secret internals" not in page
    assert "Traceback" not in page
    assert "Sorry, there is a problem with the service" in page


def test_api_clients_get_json(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.is_json
    assert response.json["status"] == 404


def test_database_refusals_of_request_data_are_bad_requests(client):
    login(client, make_user("Admin").email)
    response = client.get("/servicepointview/show/99999999999999999999999")
    assert response.status_code in (400, 404)


def test_nul_characters_are_refused(client):
    assert client.get("/login?next=%00").status_code == 400
    token = csrf_token(client, "/login")
    response = client.post("/login", data={"csrf_token": token, "email": "a\x00b", "password": "x"})
    assert response.status_code == 400
    assert "The form has expired" not in response.get_data(as_text=True)


def test_malformed_list_arguments_are_refused(client):
    login(client, make_user("Admin").email)
    for query in (
        "page_ServicePointView=abc",
        "psize_ServicePointView=-5",
        "_oc_ServicePointView=nonexistent",
        "_od_ServicePointView=sideways",
    ):
        assert client.get(f"/servicepointview/list/?{query}").status_code == 400, query
    assert client.get("/servicepointview/show/1?page_OpeningHoursView=abc").status_code == 400
    assert client.get("/servicepointview/list/?_oc_ServicePointView=city&_od_ServicePointView=desc").status_code == 200
