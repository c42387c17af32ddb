"""Templates per event, channel and language: version 1 from templates.yaml, later versions saved by
administrators. A placeholder the event does not provide is refused when a version is saved."""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.extensions import db
from plugins.notifications.models import NotificationTemplate

LANGUAGES = ("pl", "en", "ru", "uk")
SHIPPED = Path(__file__).with_name("templates.yaml")
SUBJECT_MAX = 200
BODY_MAX = {"email": 5000, "sms": 480}  # an SMS of up to three parts


@dataclass(frozen=True)
class Template:
    event: str
    channel: str
    language: str
    version: int
    subject: str | None
    body: str


class TemplateRefused(ValueError):
    """A template that cannot be saved; the message says why, for the administrator."""


@functools.cache
def shipped() -> dict[str, Any]:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def events() -> list[str]:
    return list(shipped())


def placeholders(event: str) -> tuple[str, ...]:
    return tuple(shipped()[event]["placeholders"])


def channels(event: str) -> list[str]:
    return [channel for channel in ("email", "sms") if channel in shipped()[event]]


def current(event: str, channel: str, language: str) -> Template:
    """The newest version: an administrator's, or the shipped one."""
    saved = db.session.scalars(
        select(NotificationTemplate)
        .where(
            NotificationTemplate.event == event,
            NotificationTemplate.channel == channel,
            NotificationTemplate.language == language,
        )
        .order_by(NotificationTemplate.version.desc())
        .limit(1)
    ).first()
    if saved is not None:
        return Template(event, channel, language, saved.version, saved.subject, saved.body)
    return _shipped(event, channel, language)


def version(event: str, channel: str, language: str, number: int) -> Template:
    """The version a notification was made from (its text is rendered when it is sent): version 1
    is the shipped text (a saved version numbers 2 and up), read without the database."""
    if number <= 1:
        return _shipped(event, channel, language)
    saved = db.session.scalars(
        select(NotificationTemplate).where(
            NotificationTemplate.event == event,
            NotificationTemplate.channel == channel,
            NotificationTemplate.language == language,
            NotificationTemplate.version == number,
        )
    ).first()
    if saved is not None:
        return Template(event, channel, language, saved.version, saved.subject, saved.body)
    return _shipped(event, channel, language)


def _shipped(event: str, channel: str, language: str) -> Template:
    text = shipped()[event][channel][language]
    return Template(event, channel, language, 1, text.get("subject"), text["body"])


def fields_of(text: str) -> list[str]:
    """The placeholders a text uses; a malformed brace or a placeholder with an attribute, index or
    format (``{link.x}``, ``{link!r}``) is refused."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateRefused(_l("A brace { or } has no pair; a placeholder is written as {link}.")) from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TemplateRefused(_l("A placeholder is a plain name in braces, such as {link}."))
        names.append(name)
    return names


def check(event: str, channel: str, subject: str | None, body: str) -> None:
    """Raise TemplateRefused unless the text uses only the event's placeholders and fits."""
    if event not in shipped() or channel not in channels(event):
        raise TemplateRefused(_l("This event has no template for this channel."))
    if not body.strip():
        raise TemplateRefused(_l("Enter the text of the notification."))
    if len(body) > BODY_MAX[channel]:
        raise TemplateRefused(_l("The text must be at most %(count)d characters long.", count=BODY_MAX[channel]))
    if channel == "email" and not (subject or "").strip():
        raise TemplateRefused(_l("Enter the subject of the e-mail."))
    if subject and len(subject) > SUBJECT_MAX:
        raise TemplateRefused(_l("The subject must be at most %(count)d characters long.", count=SUBJECT_MAX))
    allowed = set(placeholders(event))
    unknown = sorted({name for name in fields_of(f"{subject or ''}\n{body}") if name not in allowed})
    if unknown:
        raise TemplateRefused(
            _l(
                "This event does not provide these placeholders: %(names)s. It provides: %(allowed)s.",
                names=", ".join(f"{{{n}}}" for n in unknown),
                allowed=", ".join(f"{{{n}}}" for n in placeholders(event)),
            )
        )


def save(event: str, channel: str, language: str, subject: str | None, body: str, by_id: int | None) -> int:
    """A new version (flushed, not committed); the number it got."""
    if language not in LANGUAGES:
        raise TemplateRefused(_l("Choose one of the portal's languages."))
    check(event, channel, subject, body)
    newest = db.session.scalar(
        select(func.max(NotificationTemplate.version)).where(
            NotificationTemplate.event == event,
            NotificationTemplate.channel == channel,
            NotificationTemplate.language == language,
        )
    )
    number = max(newest or 0, 1) + 1
    db.session.add(
        NotificationTemplate(
            event=event,
            channel=channel,
            language=language,
            version=number,
            subject=(subject or "").strip() or None if channel == "email" else None,
            body=body.strip(),
            created_by_id=by_id,
        )
    )
    db.session.flush()
    return number


def render(template: Template, values: dict[str, str]) -> tuple[str | None, str]:
    """The subject and body with the values put in (only the event's placeholders are ever there)."""
    subject = template.subject.format_map(values) if template.subject else None
    return subject, template.body.format_map(values)


def sample_values(event: str) -> dict[str, str]:
    """What a preview shows in place of the placeholders."""
    samples = {**SAMPLES, **EVENT_SAMPLES.get(event, {})}
    return {name: samples[name] for name in placeholders(event)}


SAMPLES = {
    "link": "https://przybysz.example/my-cases/1",
    "due_date": "15.03.2026",
    "code": "K7QM-2XPD-9RWT",
    "when": "16.03.2026, 09:20",
    "change_link": "https://przybysz.example/visits/change/eyJ2IjoxfQ.sample",
}
EVENT_SAMPLES = {
    "visit-reconfirm": {"until": "18:00"},
    "visit-offered": {"until": "15.03.2026, 21:40"},
    "phone-confirmation": {"code": "482913"},
}  # an annex's code is 12 letters and digits, a phone's 6 digits
