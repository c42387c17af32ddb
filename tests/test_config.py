"""Settings come from the environment, typed; production refuses to start without its secrets
and its shared Redis."""

import pytest

from app import create_app
from config import INSTANCE_DIR, ConfigError, Settings

HTTPS = "https://przybysz.duw.example"
REDIS = "redis://cache:6379/0"


def test_defaults_give_the_embedded_mode():
    settings = Settings.from_env({})
    config = settings.flask_config()
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{INSTANCE_DIR / 'przybysz.db'}"
    assert config["REDIS_URL"] == ""
    assert config["RATELIMIT_STORAGE_URI"] == "memory://"
    assert config["SESSION_COOKIE_SECURE"] is False
    assert config["BABEL_DEFAULT_LOCALE"] == "pl"


def test_values_are_typed():
    settings = Settings.from_env({"SESSION_IDLE_MINUTES": "15", "MAIL_USE_TLS": "no", "PLUGINS": "portal, other"})
    assert settings.session_idle_minutes == 15
    assert settings.mail_use_tls is False
    assert settings.plugins == ("portal", "other")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SESSION_IDLE_MINUTES": "half an hour"}, "SESSION_IDLE_MINUTES must be a whole number"),
        ({"MAIL_USE_TLS": "maybe"}, "MAIL_USE_TLS must be true or false"),
        ({"APP_ENV": "staging"}, "APP_ENV must be one of"),
        ({"DEFAULT_LANGUAGE": "de"}, "DEFAULT_LANGUAGE must be one of"),
        ({"CASE_SIGNATURE_PATTERN": "SOC-II.6151.2026"}, "CASE_SIGNATURE_PATTERN must contain"),
        ({"LOGIN_CHECK_DOUBLE_EVERY": "0"}, "LOGIN_CHECK_DOUBLE_EVERY and LOGIN_CHECK_MINUTES must be at least 1"),
        (
            {"LOGIN_CHECK_DIFFICULTY": "100000", "LOGIN_CHECK_MAX_DIFFICULTY": "50000"},
            "LOGIN_CHECK_MAX_DIFFICULTY must be at least LOGIN_CHECK_DIFFICULTY",
        ),
    ],
)
def test_malformed_values_are_named(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY, DATABASE_URL, REDIS_URL"),
        ({"SECRET_KEY": "x" * 40, "REDIS_URL": REDIS}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://db/przybysz", "REDIS_URL": REDIS}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 40, "DATABASE_URL": "postgresql://db/przybysz", "PUBLIC_BASE_URL": HTTPS}, "REDIS_URL"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, missing):
    with pytest.raises(ConfigError, match=f"needs these settings: {missing} "):
        create_app(env={"APP_ENV": "production", **env})


def test_production_refuses_a_short_secret_key():
    with pytest.raises(ConfigError, match="at least 32 characters"):
        Settings.from_env(
            {
                "APP_ENV": "production",
                "SECRET_KEY": "short",
                "DATABASE_URL": "postgresql://db/x",
                "REDIS_URL": REDIS,
                "PUBLIC_BASE_URL": HTTPS,
            }
        )


def test_production_needs_the_https_address_for_links():
    with pytest.raises(ConfigError, match="PUBLIC_BASE_URL must be the portal's https:// address"):
        Settings.from_env(
            {"APP_ENV": "production", "SECRET_KEY": "k" * 40, "DATABASE_URL": "postgresql://db/x", "REDIS_URL": REDIS}
        )


def test_production_cookies_are_secure():
    settings = Settings.from_env(
        {
            "APP_ENV": "production",
            "SECRET_KEY": "k" * 40,
            "DATABASE_URL": "postgres://u@db/przybysz",
            "REDIS_URL": REDIS,
            "PUBLIC_BASE_URL": HTTPS,
        }
    )
    config = settings.flask_config()
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["SESSION_COOKIE_HTTPONLY"] is True
    assert config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db/przybysz"
