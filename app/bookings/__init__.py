"""Visits: the services each service point offers, their weekly plans, counters and closures, the
slots released from them, and booking a visit in a slot with places counted by the database."""

from flask import Flask
from flask_babel import lazy_gettext as _l


def register(app: Flask, appbuilder) -> None:
    from app.bookings import models  # noqa: F401  (the tables)
    from app.bookings.views import CounterView, VisitClosureView, VisitDrawView, VisitPlanView, VisitServiceView

    appbuilder.add_view_no_menu(VisitPlanView)
    menu = {"category": "Visits", "category_label": _l("Visits"), "category_icon": "fa-calendar"}
    appbuilder.add_view(VisitServiceView, "Services for visits", label=_l("Services for visits"), **menu)
    appbuilder.add_view(CounterView, "Counters", label=_l("Counters"), **menu)
    appbuilder.add_view(VisitClosureView, "Closures", label=_l("Closures"), **menu)
    appbuilder.add_view(VisitDrawView, "Draws", label=_l("Draws"), **menu)
