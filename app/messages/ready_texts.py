"""The office's ready texts in the back office: the list, and a text's four languages with a
preview on a made-up case (administrators and supervisors, permission ``ReadyTexts``)."""

from __future__ import annotations

from flask import abort, flash, g, redirect, request, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.messages import canned
from app.messages.models import CannedText


def _typed(form) -> canned.Edited:
    return canned.Edited(
        key=form.get("key", "").strip()[:61],
        title={lang: form.get(f"title-{lang}", "").strip()[: canned.MAX_TITLE + 1] for lang in canned.LANGUAGES},
        body={lang: form.get(f"body-{lang}", "").strip()[: canned.MAX_TEXT + 1] for lang in canned.LANGUAGES},
        active=form.get("active") == "1",
    )


def _of(row: CannedText) -> canned.Edited:
    return canned.Edited(row.key, dict(row.title), dict(row.body), row.active)


class ReadyTextsView(BaseView):
    route_base = "/back-office/ready-texts"
    default_view = "index"
    class_permission_name = "ReadyTexts"
    method_permission_name = {"index": "read", "new": "write", "text": "write"}

    @expose("/")
    @has_access
    def index(self):
        return self.render_template("messages/ready_texts.html", texts=canned.every(), title=_l("Ready texts"))

    @expose("/new", methods=["GET", "POST"])
    @has_access
    def new(self):
        return self._form(None)

    @expose("/<int:text_id>", methods=["GET", "POST"])
    @has_access
    def text(self, text_id: int):
        row = db.session.get(CannedText, text_id)
        if row is None:
            abort(404)
        return self._form(row)

    def _form(self, row: CannedText | None):
        edited = _of(row) if row is not None else canned.Edited("", {}, {}, True)
        errors: dict = {}
        if request.method == "POST":
            edited = _typed(request.form)
            if request.form.get("action") == "preview":
                errors = canned.check(edited, row)
            else:
                try:
                    with db.session.begin_nested():
                        saved = canned.save(edited, row, g.user)
                except canned.TextRefused as refused:
                    errors = refused.errors
                else:
                    flash(str(_l("The ready text is saved; clerks choose it from now on.")), "success")
                    return redirect(url_for("ReadyTextsView.text", text_id=saved.id))
        return self.render_template(
            "messages/ready_text.html",
            title=_l("Ready text"),
            row=row,
            edited=edited,
            errors=errors,
            languages=canned.LANGUAGES,
            placeholders=canned.PLACEHOLDERS,
            previews=canned.preview(edited.body),
        ), (400 if errors and request.form.get("action") != "preview" else 200)
