"""The office's side of a case's thread, in the back office: the thread and the compose form on
the case page (through the ``case.thread`` slot), a preview of what the applicant will read,
sending, and the files attached to replies."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, send_file, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from app.cases import tracking
from app.cases.models import Case
from app.extensions import db
from app.messages import canned, services

KIND_LABELS = {
    "message": _l("Message"),
    "information": _l("Information"),
    "request": _l("Request to complete or pay"),
}


def compose_values(form) -> dict:
    return {
        "kind": form.get("kind", "message"),
        "canned": form.get("canned", "")[:60],
        "text": form.get("text", "")[: services.MAX_BODY + 1],
        "email": form.get("email") == "1",
        "sms": form.get("sms") == "1",
    }


def thread_part(case: Case, values: dict | None = None, error: str | None = None) -> Markup:
    """The thread on the case page (the newest last) with the compose form; opening it reads the
    applicant's replies (the case page has written the view to the access log)."""
    messages = services.thread(case)
    services.opened_by_office(case)
    return Markup(  # noqa: S704 (a template of ours, autoescaped)
        render_template(
            "messages/_office_thread.html",
            case=case,
            messages=messages,
            kinds=KIND_LABELS,
            texts=canned.offered(),
            channels=services.channels(case),
            values=values or compose_values({}),
            error=error,
        )
    )


class CaseMessagesView(BaseView):
    route_base = "/work/case"
    class_permission_name = "Cases"
    method_permission_name = {"preview": "use", "send": "use", "attachment": "use"}

    def _case(self, case_id: int) -> Case:
        found = db.session.get(Case, case_id)
        if found is None:
            abort(404)
        return found

    @expose("/<int:case_id>/messages/preview", methods=["POST"])
    @has_access
    def preview(self, case_id):
        """What the applicant will read (and the Polish text), before it is sent; a refusal shows
        the form again with what was typed."""
        found = self._case(case_id)
        values = compose_values(request.form)
        ready, error = None, None
        try:
            ready = services.draft(
                found, values["kind"], values["canned"], values["text"], values["email"], values["sms"]
            )
        except services.Refused as refused:
            error = str(refused)
        return self.render_template(
            "messages/preview.html",
            title=_l("Preview of the message"),
            case=found,
            ready=ready,
            error=error,
            values=values,
            kinds=KIND_LABELS,
            texts=canned.offered(),
            channels=services.channels(found),
            language_name=_language_name(ready.language if ready else services.reader_language(found)),
        ), (400 if error else 200)

    @expose("/<int:case_id>/messages", methods=["POST"])
    @has_access
    def send(self, case_id):
        found = self._case(case_id)
        values = compose_values(request.form)
        try:
            with db.session.begin_nested():
                services.post(found, g.user, _draft(found, values))
        except services.Refused as refused:
            return self.render_template(
                "messages/preview.html",
                title=_l("Preview of the message"),
                case=found,
                ready=None,
                error=str(refused),
                values=values,
                kinds=KIND_LABELS,
                texts=canned.offered(),
                channels=services.channels(found),
                language_name=_language_name(services.reader_language(found)),
            ), 400
        flash(str(_l("The message is sent and shown to the applicant.")), "success")
        return redirect(url_for("WorkView.case", case_id=found.id, _anchor="thread"))

    @expose("/<int:case_id>/messages/file/<int:attachment_id>")
    @has_access
    def attachment(self, case_id, attachment_id):
        """A file attached to a reply; each opening is written to the case's access log first."""
        found = self._case(case_id)
        attachment = services.attachment_of(found, attachment_id)
        if attachment is None:
            abort(404)
        tracking.log_access(found, g.user, "download")
        return send_file(
            services.path_of(attachment),
            mimetype=attachment.media_type,
            as_attachment=True,
            download_name=services.download_name(attachment),
            max_age=0,
        )


def _draft(case: Case, values: dict) -> services.Draft:
    return services.draft(case, values["kind"], values["canned"], values["text"], values["email"], values["sms"])


def _language_name(code: str) -> str:
    from flask import current_app

    return str(current_app.config["LANGUAGES"].get(code, {}).get("name", code))
