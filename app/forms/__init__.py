"""Electronic application forms: definitions as data (versions), field types, the validation
engine; the applicants' filling in lives in the eforms plugin."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l


def register(app, appbuilder) -> None:
    from app.content.translation import pick
    from app.forms.countries import country_options
    from app.forms.desk_views import DeskView
    from app.forms.fields import field_type
    from app.forms.views import FormDefinitionView

    app.register_blueprint(Blueprint("forms", __name__, template_folder="templates"))
    # a definition's text is {"pl": …, "en": …}: shown like content, Polish when a version is missing
    app.jinja_env.globals["form_text"] = lambda text, language: pick(
        {f"t_{code}": value for code, value in (text or {}).items()}, "t", language
    )
    app.jinja_env.globals["country_options"] = country_options
    app.jinja_env.globals["field_type"] = field_type  # a template draws each field with its type's widget
    appbuilder.add_view(
        FormDefinitionView,
        "Form definitions",
        label=_l("Form definitions"),
        icon="fa-file-code",
        category="Kinds of cases",
    )
    appbuilder.add_view(
        DeskView,
        "Check a printout",
        label=_l("Check a printout"),
        icon="fa-qrcode",
        category="Applications desk",
        category_label=_l("Applications desk"),
        category_icon="fa-inbox",
    )
