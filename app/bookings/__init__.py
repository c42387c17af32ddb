"""Visits: the services each service point offers, their weekly plans, counters and closures, the
slots released from them, and booking a visit in a slot with places counted by the database."""

from flask import Blueprint, Flask
from flask_babel import lazy_gettext as _l


def register(app: Flask, appbuilder) -> None:
    from app.bookings import models, queue  # noqa: F401  (the tables)
    from app.bookings.queue import models as queue_models  # noqa: F401  (the built-in queue's tables)

    queue.load(app)
    from app.bookings.caller_views import CallerBookingView
    from app.bookings.desk_views import CounterDeskView
    from app.bookings.statistics_views import VisitStatisticsView
    from app.bookings.views import CounterView, VisitClosureView, VisitDrawView, VisitPlanView, VisitServiceView

    appbuilder.add_view_no_menu(VisitPlanView)
    menu = {"category": "Visits", "category_label": _l("Visits"), "category_icon": "fa-calendar"}
    appbuilder.add_view(VisitServiceView, "Services for visits", label=_l("Services for visits"), **menu)
    appbuilder.add_view(CounterView, "Counters", label=_l("Counters"), **menu)
    appbuilder.add_view(VisitClosureView, "Closures", label=_l("Closures"), **menu)
    appbuilder.add_view(VisitDrawView, "Draws", label=_l("Draws"), **menu)
    app.register_blueprint(Blueprint("bookings", __name__, template_folder="templates"))
    appbuilder.add_view(CounterDeskView, "Counter desk", label=_l("Counter desk"), **menu)
    appbuilder.add_view(CallerBookingView, "Book for a caller", label=_l("Book for a caller"), **menu)
    appbuilder.add_view(VisitStatisticsView, "Visit statistics", label=_l("Visit statistics"), **menu)
