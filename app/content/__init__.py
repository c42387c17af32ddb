"""Managed content of the information portal, kept by content editors in four languages."""

import datetime as dt

from flask import Blueprint
from flask_babel import format_date
from flask_babel import lazy_gettext as _l


def _format_date_iso(value: str) -> str:
    return format_date(dt.date.fromisoformat(value), "long")


def register(app, appbuilder) -> None:
    from app.content.markdown import render
    from app.content.models import FAQ_TOPICS, KINDS, TOPICS
    from app.content.translation import falls_back, pick
    from app.content.views import FaqView, LegalActView, NewsView, PageView

    app.register_blueprint(Blueprint("content", __name__, template_folder="templates"))
    app.jinja_env.globals.update(
        content_text=pick,
        falls_back=falls_back,
        markdown=render,
        kind_label=lambda kind: KINDS.get(kind, kind),
        topic_label=lambda topic: TOPICS.get(topic, topic),
        faq_topic_label=lambda topic: FAQ_TOPICS.get(topic, topic),
        format_date_iso=_format_date_iso,
    )

    appbuilder.add_view(
        LegalActView,
        "Legal acts",
        label=_l("Legal acts"),
        icon="fa-scale-balanced",
        category="Portal content",
        category_label=_l("Portal content"),
        category_icon="fa-newspaper",
    )
    appbuilder.add_view(
        FaqView,
        "Questions and answers",
        label=_l("Questions and answers"),
        icon="fa-circle-question",
        category="Portal content",
    )
    appbuilder.add_view(PageView, "Pages", label=_l("Pages"), icon="fa-file-lines", category="Portal content")
    appbuilder.add_view(
        NewsView, "Announcements", label=_l("Announcements"), icon="fa-bullhorn", category="Portal content"
    )
