"""Visits for applicants: booking a visit at a service point for an application or a case (a free
time chosen), the confirmation with its code, what to bring and a calendar file, and My visits with
cancelling."""

from flask import current_app
from flask_babel import lazy_gettext as _l

from app.accounts.access import signed_in_applicant, signed_in_employer
from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item
from app.web.slots import fill

info = PluginInfo(
    name="visits",
    title="Visits",
    description="Applicants book visits at the service points for their applications and cases.",
)


def _visit_page(visit_id: int) -> str:
    # built without a request: notifications link to it from jobs
    return current_app.url_map.bind("localhost").build("visits.visit", {"visit_id": visit_id})


def register(app, appbuilder) -> None:
    from flask_login import current_user

    from plugins.visits import board, queue_views, views

    app.register_blueprint(views.bp)
    app.register_blueprint(queue_views.bp)
    board.connect(app)
    # the pages that read free times and take places are limited per account and per address
    limiter = appbuilder.sm.limiter
    for endpoint in ("visits.choose_time", "visits.confirm"):
        app.view_functions[endpoint] = limiter.limit(
            app.config["RATELIMIT_BOOKING"],
            key_func=lambda: f"account:{current_user.get_id()}",
            scope="booking-account",
        )(limiter.limit(app.config["RATELIMIT_BOOKING"], scope="booking-address")(app.view_functions[endpoint]))
    # the kiosk answers without an account: codes typed and tickets taken are limited per address, together
    for endpoint in ("queue.kiosk", "queue.walk_in"):
        app.view_functions[endpoint] = limiter.shared_limit(
            app.config["RATELIMIT_KIOSK"], scope="kiosk", methods=["POST"]
        )(app.view_functions[endpoint])
    # the link from the e-mails answers without an account: limited per address
    app.view_functions["visits.change"] = limiter.limit(app.config["RATELIMIT_BOOKING"], scope="booking-link")(
        app.view_functions["visits.change"]
    )
    add_nav_item(
        app,
        NavItem(
            "visits.my_visits",
            _l("My visits"),
            _l("Book a visit at a service point for your application or case, and see your bookings."),
            order=76,
            shown=signed_in_applicant,
        ),
    )
    fill(app, "visit.page", _visit_page)
    add_nav_item(
        app,
        NavItem(
            "visits.employees",
            _l("Employees' visits"),
            _l("The visits your employees booked, and a calendar address to follow them."),
            order=77,
            shown=signed_in_employer,
        ),
    )
