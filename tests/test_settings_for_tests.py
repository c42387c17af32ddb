"""Under CI=true the suite refuses to run without reachable PostgreSQL and Redis."""

from tests import settings


def test_ci_requires_both_services(monkeypatch):
    monkeypatch.setattr(settings, "CI", True)
    monkeypatch.setattr(settings, "DATABASE_URL", "")
    monkeypatch.setattr(settings, "REDIS_URL", "")
    problems = settings.check_services()
    assert any("TEST_DATABASE_URL is not set" in p for p in problems)
    assert any("REDIS_URL is not set" in p for p in problems)


def test_unreachable_services_are_reported(monkeypatch):
    monkeypatch.setattr(settings, "CI", True)
    monkeypatch.setattr(settings, "DATABASE_URL", "postgresql://postgres@127.0.0.1:1/test_nowhere")
    monkeypatch.setattr(settings, "REDIS_URL", "redis://127.0.0.1:1/0")
    problems = settings.check_services()
    assert any("PostgreSQL at TEST_DATABASE_URL is unreachable" in p for p in problems)
    assert any("Redis at REDIS_URL is unreachable" in p for p in problems)


def test_a_database_without_test_in_its_name_is_refused(monkeypatch):
    monkeypatch.setattr(settings, "DATABASE_URL", "postgresql://postgres@127.0.0.1:1/production")
    assert any("with 'test' in its name" in p for p in settings.check_services())
