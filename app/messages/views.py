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
from app.messages import canned, employers, services

KIND_LABELS = {
    "message": _l("Message"),
    "information": _l("Information"),
    "request": _l("Request to complete or pay"),
}


def compose_values(form) -> dict:
    annex = form.get("annex", "")
    return {
        "annex": int(annex) if annex.isdigit() and len(annex) < 10 else None,
        "kind": form.get("kind", "message"),
        "canned": form.get("canned", "")[:60],
        "text": form.get("text", "")[: services.MAX_BODY + 1],
        "email": form.get("email") == "1",
        "sms": form.get("sms") == "1",
    }


def thread_part(case: Case) -> Markup:
    """The case's threads on the case page (the newest last), the applicant's and each employer's,
    each with its compose form; opening it reads the replies (the case page has written the view to
    the access log)."""
    threads = [(None, services.thread(case), services.channels(case))]
    for annex in employers.of_case(case):
        threads.append((annex, services.thread(case, annex), services.channels(case, annex)))
    services.opened_by_office(case)
    return Markup(  # noqa: S704 (a template of ours, autoescaped)
        render_template(
            "messages/_office_thread.html",
            case=case,
            threads=threads,
            employer_name=employers.employer_name,
            kinds=KIND_LABELS,
            texts=canned.offered(),
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

    def _annex(self, case: Case, values: dict):
        """The employer's annex the clerk writes to (None: the applicant); an annex the case does not
        have is as good as missing."""
        if values["annex"] is None:
            return None
        annex = employers.annex_of(case, values["annex"])
        if annex is None:
            abort(404)
        return annex

    def _page(self, case: Case, values: dict, annex, ready=None, error=None):
        language = ready.language if ready else services.reader_language(case, annex)
        return self.render_template(
            "messages/preview.html",
            title=_l("Preview of the message"),
            case=case,
            ready=ready,
            error=error,
            values=values,
            annex=annex,
            employer=employers.employer_name(annex) if annex is not None else None,
            kinds=KIND_LABELS,
            texts=canned.offered(),
            channels=services.channels(case, annex),
            language_name=_language_name(language),
        ), (400 if error else 200)

    @expose("/<int:case_id>/messages/preview", methods=["POST"])
    @has_access
    def preview(self, case_id):
        """What the applicant will read (and the Polish text), before it is sent; a refusal shows
        the form again with what was typed."""
        found = self._case(case_id)
        values = compose_values(request.form)
        annex = self._annex(found, values)
        ready, error = None, None
        try:
            ready = _draft(found, values, annex)
        except services.Refused as refused:
            error = str(refused)
        return self._page(found, values, annex, ready, error)

    @expose("/<int:case_id>/messages", methods=["POST"])
    @has_access
    def send(self, case_id):
        found = self._case(case_id)
        values = compose_values(request.form)
        annex = self._annex(found, values)
        try:
            with db.session.begin_nested():
                services.post(found, g.user, _draft(found, values, annex), annex)
        except services.Refused as refused:
            return self._page(found, values, annex, error=str(refused))
        if annex is None:
            flash(str(_l("The message is sent and shown to the applicant.")), "success")
            return redirect(url_for("WorkView.case", case_id=found.id, _anchor="thread"))
        flash(str(_l("The message is sent and shown to the employer.")), "success")
        return redirect(url_for("WorkView.case", case_id=found.id, _anchor=f"thread-annex-{annex.id}"))

    @expose("/<int:case_id>/messages/file/<int:attachment_id>")
    @has_access
    def attachment(self, case_id, attachment_id):
        """A file attached to a reply; each opening is written to the case's access log first."""
        found = self._case(case_id)
        attachment = services.office_attachment(found, attachment_id)
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


def _draft(case: Case, values: dict, annex=None) -> services.Draft:
    return services.draft(case, values["kind"], values["canned"], values["text"], values["email"], values["sms"], annex)


def _language_name(code: str) -> str:
    from flask import current_app

    return str(current_app.config["LANGUAGES"].get(code, {}).get("name", code))
