"""Electronic applications for foreigners and employers: filling in with live checks, drafts,
check-your-answers and submission under a PIO number."""

from flask_babel import lazy_gettext as _l

from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item

info = PluginInfo(
    name="eforms",
    title="Electronic applications",
    description="Foreigners and employers fill in, check and submit the twelve applications.",
)


def register(app, appbuilder) -> None:
    from plugins.eforms import views

    app.register_blueprint(views.bp)
    add_nav_item(
        app,
        NavItem(
            "eforms.applications",
            _l("My applications"),
            _l("Fill in an application online, continue a draft, see what you submitted."),
            order=75,
            shown=views.signed_in_applicant,
        ),
    )
