"""Back office for form definitions: upload a new version (YAML or JSON), preview it as the
applicant sees it in each language, publish it. Published versions are never changed."""

from __future__ import annotations

import io

from flask import abort, flash, g, redirect, render_template, request, send_file, url_for
from flask_appbuilder import expose, has_access
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from app.content.views import LANGUAGE_LABELS
from app.forms import printout, services
from app.forms.definitions import DefinitionError
from app.forms.models import FormDefinition
from app.web.backoffice import BackOfficeModelView, Records, office_datetime
from config import LANGUAGE_CODES

MAX_UPLOAD = 512 * 1024  # a definition is text; the largest seeded one is well under this


class FormDefinitionView(BackOfficeModelView):
    datamodel = Records(FormDefinition)
    class_permission_name = "Forms"
    method_permission_name = {
        "list": "read",
        "show": "read",
        "download": "read",
        "preview": "read",
        "preview_pdf": "read",
        "upload": "write",
        "publish": "publish",
        "action": "write",
        "action_post": "write",
    }
    # versions are added by upload and never edited or deleted: drafts and submissions point at them
    base_permissions = ["can_read", "can_write", "can_publish"]
    show_template = "forms/show.html"
    list_title = _l("Application form definitions")
    show_title = _l("Form definition")
    label_columns = {
        "code": _l("Code"),
        "version": _l("Version"),
        "title_pl": _l("Name of the form"),
        "state": _l("State"),
        "note": _l("What changed"),
        "created_at": _l("Added"),
        "published_at": _l("Published"),
        "source": _l("Definition"),
    }
    list_columns = ["code", "version", "title_pl", "state", "published_at"]
    show_columns = ["code", "version", "title_pl", "state", "note", "created_at", "published_at", "source"]
    search_columns = ["code"]
    formatters_columns = {"created_at": office_datetime, "published_at": office_datetime}
    base_order = ("code", "asc")

    def render_template(self, template, **kwargs):
        if template == self.show_template and "pk" in kwargs:
            kwargs["languages"] = LANGUAGE_LABELS
            kwargs["item"] = self.datamodel.get(kwargs["pk"])
        return super().render_template(template, **kwargs)

    @expose("/upload", methods=["GET", "POST"])
    @has_access
    def upload(self):
        text, note, problem = "", "", None
        if request.method == "POST":
            text = request.form.get("definition", "")
            note = request.form.get("note", "").strip()
            upload = request.files.get("file")
            if upload and upload.filename:
                content = upload.read(MAX_UPLOAD + 1)
                if len(content) > MAX_UPLOAD:
                    problem = _l("The file is too large for a form definition.")
                else:
                    text = content.decode("utf-8", errors="replace")
            if problem is None and not text.strip():
                problem = _l("Paste the definition or choose its file.")
            if problem is None:
                try:
                    definition = services.add_version(
                        text, upload.filename if upload and upload.filename else "pasted text", g.user, note
                    )
                except DefinitionError as error:
                    problem = str(error)
                else:
                    flash(
                        str(
                            _l(
                                "Version %(n)d of %(code)s is saved. Preview it, then publish it.",
                                n=definition.version,
                                code=definition.code,
                            )
                        ),
                        "success",
                    )
                    return redirect(url_for(f"{self.endpoint}.show", pk=definition.id))
        page = self.render_template(
            "forms/upload.html", text=text, note=note, problem=problem, title=_l("Upload a form definition")
        )
        return page, (400 if problem else 200)

    @expose("/publish/<int:pk>", methods=["POST"])
    @has_access
    def publish(self, pk):
        definition = self.datamodel.get(pk)
        if definition is None:
            abort(404)
        if definition.published_at is None:
            services.publish(definition)
            flash(str(_l("Published: new applications use this version.")), "success")
        return redirect(url_for(f"{self.endpoint}.show", pk=pk))

    @expose("/preview_pdf/<int:pk>")
    @has_access
    def preview_pdf(self, pk):
        """The printout as it will look, with nothing filled in (every field NIE DOTYCZY)."""
        definition = self.datamodel.get(pk)
        if definition is None:
            abort(404)
        name = f"{definition.code}-v{definition.version}-wzor.pdf"
        return send_file(io.BytesIO(printout.specimen(definition)), mimetype="application/pdf", download_name=name)

    @expose("/preview/<int:pk>/<language>")
    @has_access
    def preview(self, pk, language):
        definition = self.datamodel.get(pk)
        if definition is None or language not in LANGUAGE_CODES:
            abort(404)
        with force_locale(language):
            return render_template(
                "forms/preview.html",
                definition=definition.data,
                version=definition,
                language=language,
                back_url=url_for(f"{self.endpoint}.show", pk=pk),
            )
