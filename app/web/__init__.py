"""The shared portal shell: layout, navigation, language choice, errors, headers, health."""

from __future__ import annotations

from babel.dates import get_day_names
from flask import Blueprint, Flask, render_template
from flask_babel import format_date, format_datetime, get_locale
from flask_login import current_user

from app.web import (
    encoding,
    errors,
    headers,
    health,
    html_params,
    i18n,
    input_bounds,
    page_cache,
    page_hits,
    slots,
    template_gettext,
)
from app.web.backoffice import check_list_arguments
from app.web.navigation import nav_items
from app.web.page_cache import cacheable

bp = Blueprint("web", __name__)


@bp.route("/")
def home():
    return render_template("web/home.html")


def weekday_name(weekday: int) -> str:
    """Monday = 0, in the reader's language."""
    return get_day_names("wide", locale=get_locale())[weekday].capitalize()


def _template_context() -> dict:
    return {
        "current_language": i18n.current_language(),
        "languages": i18n.supported(),
        "language_url": i18n.language_url,
        "page_in_language": i18n.page_in_language,
        "nav_items": nav_items(),
        "signed_in": bool(current_user and current_user.is_authenticated),
    }


def register(app: Flask, appbuilder) -> None:
    html_params.install()
    input_bounds.init_app(app)
    encoding.init_app(app)
    app.before_request(check_list_arguments)
    app.register_blueprint(bp)
    app.register_blueprint(i18n.bp)
    app.register_blueprint(health.bp)
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.globals.update(weekday_name=weekday_name, format_datetime=format_datetime, format_date=format_date)
    app.context_processor(_template_context)
    slots.init_app(app)
    headers.init_app(app)
    page_cache.init_app(app)
    page_hits.init_app(app)
    cacheable(app, "web.home")
    errors.init_app(app)
    app.extensions["babel"].locale_selector = i18n.select_locale
    template_gettext.install(app)
