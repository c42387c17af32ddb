"""Notifications: what leaves the portal by e-mail and SMS when something happens in a case, each
one a row delivered through the durable jobs, with its delivery state for clerks and administrators."""

from flask_babel import lazy_gettext as _l

from app.extensions import csrf
from app.plugins import PluginInfo
from app.web.slots import fill

info = PluginInfo(
    name="notifications",
    title="Notifications",
    description="E-mail and SMS about applications and cases, with delivery states, retries and templates.",
)


def register(app, appbuilder) -> None:
    from plugins.notifications import account_mail, models, receivers, views  # noqa: F401  (models: tables)

    receivers.connect(app)
    account_mail.connect(app)
    app.register_blueprint(views.bp)
    csrf.exempt(views.sms_reports)  # SMSAPI calls it; the secret in its address is the check
    fill(app, "case.thread", views.case_part)
    appbuilder.add_view(
        views.NotificationsView,
        "Outbox",
        label=_l("Outbox"),
        category="Notifications",
        category_label=_l("Notifications"),
    )
    appbuilder.add_link(
        "Templates",
        label=_l("Templates"),
        href="/back-office/notifications/templates",
        category="Notifications",
        category_label=_l("Notifications"),
    )
