"""Every setting of the portal, read from environment variables and typed.

The defaults give the embedded development mode: SQLite under ``instance/``, no Redis,
e-mail written to ``instance/mail/``. ``APP_ENV=production`` refuses to start without the
settings a real office must set. The README's configuration table lists the same names.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"
LANGUAGE_CODES = ("pl", "en", "ru", "uk")
ENVIRONMENTS = ("development", "test", "production")
# the cache's and the rate limits' Redis client: an answer takes a millisecond; one that hangs is given up
REDIS_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names it."""


def development_secret_key() -> str:
    """Outside production, without SECRET_KEY: a random key kept in instance/, so that each
    checkout has its own key and sessions survive a restart."""
    path = INSTANCE_DIR / "secret-key"
    if not path.exists():
        INSTANCE_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _list(_name: str, raw: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    """One attribute per environment variable of the same name (upper case)."""

    app_env: str = "development"
    secret_key: str = ""
    database_url: str = ""
    redis_url: str = ""
    public_base_url: str = "http://127.0.0.1:5000"  # production: the https address, used in e-mailed links
    plugins: tuple[str, ...] = field(default=())
    default_language: str = "pl"
    session_idle_minutes: int = 30
    session_absolute_hours: int = 12
    proxy_fix_hops: int = 0
    ratelimit_login_ip: str = "20 per 10 minutes"
    ratelimit_login_account: str = "5 per 15 minutes"  # failed sign-ins to one address before the check
    login_check_difficulty: int = 50000  # the largest number the browser may have to try (proof of work), at first
    login_check_double_every: int = 5  # further failed sign-ins to the address that double the difficulty
    login_check_max_difficulty: int = 5_000_000  # the most it grows to: a few seconds to a minute in a browser
    login_check_minutes: int = 10  # a sign-in check expires after this long
    ratelimit_register_ip: str = "10 per hour"
    ratelimit_register_account: str = "3 per hour"
    ratelimit_reset_ip: str = "10 per hour"
    ratelimit_reset_account: str = "3 per hour"
    ratelimit_annex_code: str = "10 per hour"
    ratelimit_phone_code: str = "1 per minute;5 per hour"  # codes by SMS an account may ask for
    ratelimit_annex_invite: str = "10 per day"
    ratelimit_status_check: str = "10 per hour"
    visits_per_employer: int = 20  # active visits an employer may have booked for employees at once
    ratelimit_booking: str = "60 per minute;600 per hour"  # free times read and places taken, per account and address
    visit_no_shows_to_reconfirm: int = (
        2  # missed visits in a year after which a visit is confirmed again the day before
    )
    visit_reconfirm_until: str = "18:00"  # office time on the day before a visit that must be confirmed again
    visit_offer_hours: int = 12  # a place freed is held this long for the first on the waiting list
    ratelimit_kiosk: str = "30 per minute"  # booking codes typed at a kiosk, per address
    queue_system: str = "app.bookings.queue.builtin:BuiltinQueue"  # the queue at the service points
    queue_check_in_minutes: int = 15  # a booked visitor checks in this long before or after the slot's start
    board_stream_seconds: int = 55  # a display board's live stream ends after this long, and the board reconnects
    mail_server: str = ""
    mail_port: int = 587
    mail_use_tls: bool = True
    mail_username: str = ""
    mail_password: str = ""
    mail_from: str = "Przybysz <przybysz@localhost>"
    sms_gateway: str = "log"
    smsapi_token: str = ""
    sms_sender: str = ""
    smsapi_url: str = "https://api.smsapi.pl/"
    sms_report_secret: str = ""  # the secret in the address SMSAPI sends delivery reports to
    sms_valid_hours: int = 12  # an SMS the phone has not taken by then expires
    notification_attempts: int = 6  # tries of a notification refused for now, then technical-failure
    printout_dir: str = ""  # where application printouts are kept; empty = instance/printouts
    attachment_dir: str = ""  # where scans of electronically filed applications are kept; empty = instance/attachments
    attachment_max_bytes: int = 10 * 1024 * 1024
    attachment_max_count: int = 20
    draft_max_count: int = 30  # drafts one account may keep (applications, corrections, annexes taken)
    case_signature_pattern: str = "SOC-II.6151.{number}.{year}"  # the office's register of cases
    job_timeout_seconds: int = 120
    job_retries: int = 3
    job_keep_days: int = 30  # finished job rows are deleted after this many days
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        for f in fields(cls):
            name = f.name.upper()
            if name not in env:
                continue
            raw = env[name]
            if f.type == "bool":
                values[f.name] = _bool(name, raw)
            elif f.type == "int":
                values[f.name] = _int(name, raw)
            elif f.type.startswith("tuple"):
                values[f.name] = _list(name, raw)
            else:
                values[f.name] = raw.strip()
        settings = cls(**values)
        settings.check()
        return settings

    @property
    def production(self) -> bool:
        return self.app_env == "production"

    def check(self) -> None:
        if self.app_env not in ENVIRONMENTS:
            raise ConfigError(f"APP_ENV must be one of {', '.join(ENVIRONMENTS)}, not {self.app_env!r}")
        if self.default_language not in LANGUAGE_CODES:
            raise ConfigError(f"DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGE_CODES)}")
        if "{number}" not in self.case_signature_pattern or "{year}" not in self.case_signature_pattern:
            raise ConfigError("CASE_SIGNATURE_PATTERN must contain {number} and {year}")
        if min(self.login_check_difficulty, self.login_check_double_every, self.login_check_minutes) < 1:
            raise ConfigError(
                "LOGIN_CHECK_DIFFICULTY, LOGIN_CHECK_DOUBLE_EVERY and LOGIN_CHECK_MINUTES must be at least 1"
            )
        if self.login_check_max_difficulty < self.login_check_difficulty:
            raise ConfigError("LOGIN_CHECK_MAX_DIFFICULTY must be at least LOGIN_CHECK_DIFFICULTY")
        if self.draft_max_count < 1:
            raise ConfigError("DRAFT_MAX_COUNT must be at least 1")
        if self.sms_gateway not in ("log", "smsapi"):
            raise ConfigError("SMS_GATEWAY must be 'log' or 'smsapi'")
        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", self.visit_reconfirm_until):
            raise ConfigError("VISIT_RECONFIRM_UNTIL must be a time of day as HH:MM, e.g. 18:00")
        if self.queue_check_in_minutes < 0 or self.board_stream_seconds < 1:
            raise ConfigError("QUEUE_CHECK_IN_MINUTES must not be negative and BOARD_STREAM_SECONDS at least 1")
        if self.production:
            # Redis carries what every process must share: the cache, rate limits, the job queue
            missing = [n for n in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL") if not getattr(self, n.lower())]
            if missing:
                raise ConfigError(
                    "APP_ENV=production needs these settings: " + ", ".join(missing) + " (see README, Configuration)"
                )
            if not self.public_base_url.startswith("https://"):
                raise ConfigError("PUBLIC_BASE_URL must be the portal's https:// address in production")
            if len(self.secret_key) < 32:
                raise ConfigError("SECRET_KEY must be at least 32 characters in production")
            if self.sms_gateway == "smsapi" and not self.smsapi_token:
                raise ConfigError("SMS_GATEWAY=smsapi needs SMSAPI_TOKEN")
            if self.sms_gateway == "smsapi" and len(self.sms_report_secret) < 24:
                raise ConfigError("SMS_GATEWAY=smsapi needs SMS_REPORT_SECRET of at least 24 characters")

    def flask_config(self) -> dict[str, object]:
        """The Flask, Flask-AppBuilder and extension settings derived from these values."""
        database_url = self.database_url or f"sqlite:///{INSTANCE_DIR / 'przybysz.db'}"
        if database_url.startswith("postgres://"):
            database_url = "postgresql://" + database_url.removeprefix("postgres://")
        if database_url.startswith("postgresql://"):
            database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
        return {
            "SETTINGS": self,
            "APP_ENV": self.app_env,
            "TESTING": self.app_env == "test",
            "SECRET_KEY": self.secret_key or development_secret_key(),
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SQLALCHEMY_TRACK_MODIFICATIONS": False,
            "REDIS_URL": self.redis_url,
            "PUBLIC_BASE_URL": self.public_base_url.rstrip("/"),
            "PLUGINS": self.plugins,
            "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
            "MAX_FORM_MEMORY_SIZE": 512 * 1024,
            # Flask-AppBuilder
            "APP_NAME": "Przybysz",
            "FAB_SECURITY_MANAGER_CLASS": "app.security.PortalSecurityManager",
            "FAB_INDEX_VIEW": "app.security.BackOfficeIndexView",
            "FAB_CREATE_DB": False,
            "FAB_UPDATE_PERMS": False,
            "FAB_ADD_SECURITY_API": False,
            "FAB_API_SWAGGER_UI": False,
            "FAB_API_KEY_ENABLED": True,  # the office's case-management system signs in with an API key
            "FAB_API_KEY_PREFIXES": ["prz_"],
            "FAB_PASSWORD_COMPLEXITY_ENABLED": True,
            "AUTH_TYPE": 1,  # AUTH_DB
            "AUTH_USER_REGISTRATION": False,
            "AUTH_ROLE_ADMIN": "Admin",
            "AUTH_ROLE_PUBLIC": "Public",
            "AUTH_USERNAME_CI": True,
            # Flask-Babel
            "BABEL_DEFAULT_LOCALE": self.default_language,
            "BABEL_DEFAULT_TIMEZONE": "Europe/Warsaw",  # stored in UTC, read in the office's time (app/clock.py)
            "BABEL_TRANSLATION_DIRECTORIES": str(BASE_DIR / "translations"),
            "LANGUAGES": {
                "pl": {"flag": "pl", "name": "Polski"},
                "en": {"flag": "gb", "name": "English"},
                "ru": {"flag": "ru", "name": "Русский"},
                "uk": {"flag": "ua", "name": "Українська"},
            },
            # Sessions and cookies
            "SESSION_COOKIE_NAME": "przybysz_session",
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": self.production,
            "REMEMBER_COOKIE_HTTPONLY": True,
            "REMEMBER_COOKIE_SECURE": self.production,
            "REMEMBER_COOKIE_DURATION": 0,
            "PERMANENT_SESSION_LIFETIME": self.session_absolute_hours * 3600,
            # the cookie is written when the session changes, not on every answer: the idle and absolute
            # limits are kept with the login session on the server (accounts.services.open_session)
            "SESSION_REFRESH_EACH_REQUEST": False,
            "SESSION_IDLE_MINUTES": self.session_idle_minutes,
            "WTF_CSRF_ENABLED": True,
            "WTF_CSRF_TIME_LIMIT": None,
            # Cache of published content (shared through Redis when configured, so that a publication
            # clears it for every web process)
            "CACHE_TYPE": "RedisCache" if self.redis_url else "SimpleCache",
            "CACHE_REDIS_URL": self.redis_url,
            "CACHE_DEFAULT_TIMEOUT": 3600,
            "CACHE_KEY_PREFIX": "przybysz:",
            # a Redis that hangs costs a request half a second, then is left alone for a while (web.shared_cache)
            "CACHE_OPTIONS": REDIS_TIMEOUTS if self.redis_url else None,
            # Rate limits (Flask-Limiter, shared through Redis when configured)
            "RATELIMIT_ENABLED": True,
            "RATELIMIT_STORAGE_URI": self.redis_url or "memory://",
            "RATELIMIT_STORAGE_OPTIONS": REDIS_TIMEOUTS if self.redis_url else {},
            # while Redis does not answer, each process counts on its own (and asks Redis again later)
            "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
            "RATELIMIT_HEADERS_ENABLED": False,
            "RATELIMIT_LOGIN_IP": self.ratelimit_login_ip,
            "RATELIMIT_LOGIN_ACCOUNT": self.ratelimit_login_account,
            "LOGIN_CHECK_DIFFICULTY": self.login_check_difficulty,
            "LOGIN_CHECK_DOUBLE_EVERY": self.login_check_double_every,
            "LOGIN_CHECK_MAX_DIFFICULTY": self.login_check_max_difficulty,
            "LOGIN_CHECK_MINUTES": self.login_check_minutes,
            "RATELIMIT_REGISTER_IP": self.ratelimit_register_ip,
            "RATELIMIT_REGISTER_ACCOUNT": self.ratelimit_register_account,
            "RATELIMIT_RESET_IP": self.ratelimit_reset_ip,
            "RATELIMIT_RESET_ACCOUNT": self.ratelimit_reset_account,
            "RATELIMIT_ANNEX_CODE": self.ratelimit_annex_code,
            "RATELIMIT_PHONE_CODE": self.ratelimit_phone_code,
            "RATELIMIT_ANNEX_INVITE": self.ratelimit_annex_invite,
            "RATELIMIT_STATUS_CHECK": self.ratelimit_status_check,
            "RATELIMIT_BOOKING": self.ratelimit_booking,
            "VISITS_PER_EMPLOYER": self.visits_per_employer,
            "RATELIMIT_KIOSK": self.ratelimit_kiosk,
            "VISIT_OFFER_HOURS": self.visit_offer_hours,
            "VISIT_NO_SHOWS_TO_RECONFIRM": self.visit_no_shows_to_reconfirm,
            "VISIT_RECONFIRM_UNTIL": self.visit_reconfirm_until,
            "QUEUE_SYSTEM": self.queue_system,
            "QUEUE_CHECK_IN_MINUTES": self.queue_check_in_minutes,
            "BOARD_STREAM_SECONDS": self.board_stream_seconds,
            "PROXY_FIX_HOPS": self.proxy_fix_hops,
            # Outbound channels
            "MAIL_SERVER": self.mail_server,
            "MAIL_PORT": self.mail_port,
            "MAIL_USE_TLS": self.mail_use_tls,
            "MAIL_USERNAME": self.mail_username,
            "MAIL_PASSWORD": self.mail_password,
            "MAIL_FROM": self.mail_from,
            "MAIL_OUTBOX_DIR": str(INSTANCE_DIR / "mail"),
            "PRINTOUT_DIR": self.printout_dir or str(INSTANCE_DIR / "printouts"),
            "ATTACHMENT_DIR": self.attachment_dir or str(INSTANCE_DIR / "attachments"),
            "ATTACHMENT_MAX_BYTES": self.attachment_max_bytes,
            "ATTACHMENT_MAX_COUNT": self.attachment_max_count,
            "DRAFT_MAX_COUNT": self.draft_max_count,
            "CASE_SIGNATURE_PATTERN": self.case_signature_pattern,
            "SMS_GATEWAY": self.sms_gateway,
            "SMSAPI_TOKEN": self.smsapi_token,
            "SMS_SENDER": self.sms_sender,
            "SMSAPI_URL": self.smsapi_url,
            "SMS_REPORT_SECRET": self.sms_report_secret,
            "SMS_VALID_HOURS": self.sms_valid_hours,
            "NOTIFICATION_ATTEMPTS": self.notification_attempts,
            "JOB_TIMEOUT_SECONDS": self.job_timeout_seconds,
            "JOB_RETRIES": self.job_retries,
            "JOB_KEEP_DAYS": self.job_keep_days,
            "LOG_LEVEL": self.log_level.upper(),
        }
