"""The public information portal: pages any reader can open without an account."""

from flask_babel import lazy_gettext as _l

from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item

info = PluginInfo(
    name="portal",
    title="Information portal",
    description="Public pages: service points, legal acts, questions and answers, pages, search.",
)


def register(app, appbuilder) -> None:
    from plugins.portal import views

    app.register_blueprint(views.bp)
    app.context_processor(views.footer_links)
    add_nav_item(
        app,
        NavItem(
            "portal.service_points",
            _l("Service points"),
            _l("Addresses, opening hours and whether each office is open now."),
            order=10,
        ),
    )
    add_nav_item(
        app,
        NavItem(
            "portal.legal_acts",
            _l("Legal acts"),
            _l("The laws and regulations on residence and work of foreigners, with links to their current texts."),
            order=20,
        ),
    )
    add_nav_item(
        app,
        NavItem(
            "portal.faq",
            _l("Questions and answers"),
            _l("Filing, visits, fees, deadlines and the formal errors that delay cases most often."),
            order=30,
        ),
    )
    add_nav_item(
        app,
        NavItem("portal.news", _l("Announcements"), _l("Changes in how and where matters are handled."), order=40),
    )
    add_nav_item(
        app,
        NavItem("portal.search_page", _l("Search"), _l("Search everything the portal publishes."), order=90),
    )
