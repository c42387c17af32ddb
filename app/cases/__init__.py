"""Case work: cases opened from accepted applications, the clerks' work queue, the supervisors'
dashboard, and the REST API for the office's case-management system."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l


def register(app, appbuilder) -> None:
    from app.cases import models, receivers  # noqa: F401  (models: the cases' tables)
    from app.cases.views import WorkView, case_page_of
    from app.forms import desk

    receivers.connect(app)
    desk.offer_case_page(app, case_page_of)  # the desk links an accepted paper to its case

    app.register_blueprint(Blueprint("cases", __name__, template_folder="templates"))
    appbuilder.add_view(
        WorkView,
        "Work queue",
        label=_l("Work queue"),
        icon="fa-list-check",
        category="Case work",
        category_label=_l("Case work"),
        category_icon="fa-briefcase",
    )
    appbuilder.add_link(
        "Dashboard",
        label=_l("Dashboard"),
        href="/work/dashboard",
        icon="fa-chart-column",
        category="Case work",
    )
    from flask_appbuilder.api.manager import OpenApi

    from app.cases.api import CaseApi

    appbuilder.add_api(CaseApi)
    appbuilder.add_api(OpenApi)  # /api/v1/_openapi, the document of the API (no Swagger UI)
