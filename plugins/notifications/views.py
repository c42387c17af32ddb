"""The plugin's pages: SMSAPI's delivery-report callback (a secret in its address), the delivery
timeline on the clerk's case page, and the administrators' outbox and templates."""

from __future__ import annotations

import hmac

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from app.extensions import db
from app.web.logmask import mask
from plugins.notifications import catalog, outbox, overview, reports
from plugins.notifications.models import Notification

bp = Blueprint("notifications", __name__, template_folder="templates")


@bp.route("/notifications/sms-reports/<secret>", methods=["GET", "POST"])
def sms_reports(secret: str):
    """SMSAPI calls this with its delivery reports; it wants "OK" back."""
    expected = current_app.config["SMS_REPORT_SECRET"]
    if not expected or not hmac.compare_digest(secret.encode(), expected.encode()):
        abort(404)
    values = request.values.to_dict()
    for report in reports.parse(values)[:100]:
        reports.record(report)
    return "OK", 200, {"Content-Type": "text/plain; charset=utf-8"}


def case_part(case, **_ignored) -> Markup:
    """On the clerk's case page: what the portal sent the applicant about this case, and what became of it."""
    return Markup(  # noqa: S704  (a template rendered with autoescape)
        render_template(
            "notifications/_case_timeline.html",
            rows=outbox.timeline(case.id),
            labels=overview.STATE_LABELS,
            channels=overview.CHANNEL_LABELS,
            events=overview.EVENT_LABELS,
            mask=mask,
        )
    )


class NotificationsView(BaseView):
    route_base = "/back-office/notifications"
    default_view = "outbox"
    class_permission_name = "Notifications"
    method_permission_name = {"outbox": "read", "requeue": "write", "templates": "read", "template": "write"}

    @expose("/")
    @has_access
    def outbox(self):
        return self.render_template(
            "notifications/outbox.html",
            summary=overview.summary(),
            failed=overview.failed_rows(),
            labels=overview.STATE_LABELS,
            channels=overview.CHANNEL_LABELS,
            events=overview.EVENT_LABELS,
            mask=mask,
        )

    @expose("/<int:notification_id>/requeue", methods=["POST"])
    @has_access
    def requeue(self, notification_id: int):
        row = db.session.get(Notification, notification_id)
        if row is None:
            abort(404)
        if outbox.requeue(row):
            flash(str(_l("The notification will be sent again as a new one.")), "success")
        else:
            flash(str(_l("Only a notification that failed can be sent again.")), "warning")
        return redirect(url_for("NotificationsView.outbox"))

    @expose("/templates")
    @has_access
    def templates(self):
        rows = [
            (event, channel, language, catalog.current(event, channel, language).version)
            for event in catalog.events()
            for channel in catalog.channels(event)
            for language in catalog.LANGUAGES
        ]
        return self.render_template(
            "notifications/templates.html", rows=rows, events=overview.EVENT_LABELS, channels=overview.CHANNEL_LABELS
        )

    @expose("/templates/<event>/<channel>/<language>", methods=["GET", "POST"])
    @has_access
    def template(self, event: str, channel: str, language: str):
        if event not in catalog.events() or channel not in catalog.channels(event) or language not in catalog.LANGUAGES:
            abort(404)
        current = catalog.current(event, channel, language)
        subject, body, error = current.subject, current.body, None
        if request.method == "POST":
            subject = request.form.get("subject", "")[:1000] if channel == "email" else None
            body = request.form.get("body", "")[:20000]
            try:
                number = catalog.save(event, channel, language, subject, body, g.user.id)
            except catalog.TemplateRefused as refused:
                error = str(refused)
            else:
                flash(str(_l("Version %(number)d saved; new notifications use it.", number=number)), "success")
                return redirect(url_for("NotificationsView.template", event=event, channel=channel, language=language))
        return self.render_template(
            "notifications/template.html",
            event=event,
            channel=channel,
            language=language,
            version=current.version,
            subject=subject,
            body=body,
            error=error,
            placeholders=catalog.placeholders(event),
            previews=overview.previews(event, channel, {language: (subject, body)}),
            events=overview.EVENT_LABELS,
            channels=overview.CHANNEL_LABELS,
        )
