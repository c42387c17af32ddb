"""/health reports the database and Redis."""

from tests import settings


def test_health_reports_database_and_redis(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    assert response.json["database"]["ok"] is True
    assert response.json["redis"]["configured"] is bool(settings.REDIS_URL)


def test_health_fails_when_redis_is_unreachable(app, client, monkeypatch):
    from redis import Redis

    monkeypatch.setitem(app.extensions, "redis", Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2))
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json["redis"]["ok"] is False
    assert response.json["status"] == "failing"
