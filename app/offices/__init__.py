"""Service points of the office: addresses, contact and opening hours."""

from flask_babel import lazy_gettext as _l


def register(app, appbuilder) -> None:
    from app.offices.views import OpeningHoursView, ServicePointView

    appbuilder.add_view_no_menu(OpeningHoursView)
    appbuilder.add_view(
        ServicePointView,
        "Service points",
        label=_l("Service points"),
        icon="fa-building",
        category="Office",
        category_label=_l("Office"),
        category_icon="fa-landmark",
    )
