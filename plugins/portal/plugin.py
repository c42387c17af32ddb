"""The public information portal: pages any reader can open without an account."""

from flask import url_for
from flask_babel import lazy_gettext as _l

from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item
from app.web.page_cache import cacheable
from app.web.slots import fill

info = PluginInfo(
    name="portal",
    title="Information portal",
    description="Public pages: the seven parts of the information panel, questions and answers, news, search.",
)


def _page_item(slug: str, label, description, order: int) -> NavItem:
    from plugins.portal.views import published_pages

    return NavItem(
        "portal.page",
        label,
        description,
        order=order,
        values=(("slug", slug),),
        in_menu=False,
        shown=lambda: any(p["slug"] == slug for p in published_pages()),
    )


# The seven parts of the information panel, then the rest, in the order of the home page.
NAVIGATION = [
    NavItem(
        "portal.legal_acts",
        _l("Legal acts"),
        _l("The laws and regulations on residence and work of foreigners, with links to their current texts."),
        order=10,
        in_menu=False,
    ),
    NavItem(
        "portal.requirements",
        _l("Formal requirements"),
        _l("Documents, fees, photos and deadlines: what every application needs, kind by kind."),
        order=20,
        in_menu=False,
    ),
    _page_item(
        "organisation",
        _l("Organisation of the office"),
        _l("The foreigners' department, its units, what each handles and how to contact them."),
        order=30,
    ),
    NavItem(
        "portal.service_points",
        _l("Service points"),
        _l("Addresses, opening hours and whether each office is open now."),
        order=40,
    ),
    NavItem(
        "portal.case_types",
        _l("Kinds of cases"),
        _l("Each kind of case with its procedure, deadlines and the statuses you will see."),
        order=50,
    ),
    NavItem(
        "portal.forms",
        _l("Application forms"),
        _l("The twelve applications: what each is for, who files it, the fee and how to submit it."),
        order=60,
    ),
    _page_item(
        "about-the-panel",
        _l("Your account in Przybysz"),
        _l("What registered foreigners and employers can do in the portal, and how to register."),
        order=70,
    ),
    NavItem(
        "portal.faq",
        _l("Questions and answers"),
        _l("Filing, visits, fees, deadlines and the formal errors that delay cases most often."),
        order=80,
    ),
    NavItem("portal.news", _l("Announcements"), _l("Changes in how and where matters are handled."), order=85),
    NavItem("portal.search_page", _l("Search"), _l("Search everything the portal publishes."), order=90),
]


def register(app, appbuilder) -> None:
    from plugins.portal import cases, views  # noqa: F401  (cases adds its routes to the blueprint)

    app.register_blueprint(views.bp)
    # the same for every reader who is not signed in, in a language: served from the shared cache
    endpoints = ("case_types", "case_type", "requirements", "forms", "form", "legal_acts", "faq", "page", "news")
    cacheable(app, *(f"portal.{name}" for name in (*endpoints, "news_item")))
    cacheable(app, "portal.service_points", per_minute=True)  # "open now" changes with the clock
    cacheable(app, "portal.search_page", in_process=True)  # one page per query: kept by each process
    for item in NAVIGATION:
        add_nav_item(app, item)
    fill(app, "case_type.page", lambda code, anchor=None: url_for("portal.case_type", code=code, _anchor=anchor))
    fill(app, "form.page", lambda code: url_for("portal.form", code=code))
    fill(app, "faq.page", lambda: url_for("portal.faq"))
    fill(app, "service_points.page", lambda: url_for("portal.service_points"))
    fill(app, "footer.links", views.footer_links)
