"""Filing electronically: after submitting an application whose form is filed electronically, the
applicant attaches the scans, files the application and downloads the certificate of filing."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import lazy_gettext as _l

from app.catalogue import public
from app.forms import attachments, certificate
from app.jobs import enqueue
from app.web.i18n import current_language
from plugins.eforms.views import _submission, applicants_only, bp

UPLOAD = "eforms.attachments_page"


def allow_large_uploads() -> None:
    """Before the CSRF check reads the form: a scan may be larger than other requests."""
    if request.endpoint == UPLOAD and request.method == "POST":
        request.max_content_length = current_app.config["ATTACHMENT_MAX_BYTES"] + 256 * 1024


def _electronic(submission_id: int):
    submission = _submission(submission_id)
    if submission.submission_mode != "electronic":
        abort(404)
    return submission


def _attachment(submission, attachment_id: int):
    found = next((a for a in submission.attachments if a.id == attachment_id), None)
    if found is None:
        abort(404)
    return found


@bp.route("/applications/submitted/<int:submission_id>/attachments", methods=["GET", "POST"])
@applicants_only
def attachments_page(submission_id: int):
    submission = _electronic(submission_id)
    description = request.form.get("description", "").strip()[:200]
    errors: dict[str, str] = {}
    if request.method == "POST":
        upload = request.files.get("file")
        if not description:
            errors["description"] = str(_l("Say what the document is, for example: passport, all pages."))
        if upload is None or not upload.filename:
            errors["file"] = str(_l("Select a file."))
        if not errors:
            try:
                attachments.add(submission, upload.filename, upload.read(), description)
            except attachments.Refused as refused:
                errors["file"] = str(refused)
            else:
                flash(str(_l("The file is attached.")), "success")
                return redirect(url_for("eforms.attachments_page", submission_id=submission.id))
    found = public.form_by_code(submission.definition.code)
    return render_template(
        "eforms/attachments.html",
        submission=submission,
        definition=submission.definition.data,
        case_type=found[1] if found else None,
        description=description,
        errors=errors,
        max_bytes=current_app.config["ATTACHMENT_MAX_BYTES"],
        max_count=current_app.config["ATTACHMENT_MAX_COUNT"],
        language=current_language(),
    ), (400 if errors else 200)


@bp.route("/applications/submitted/<int:submission_id>/attachments/<int:attachment_id>")
@applicants_only
def attachment(submission_id: int, attachment_id: int):
    submission = _electronic(submission_id)
    found = _attachment(submission, attachment_id)
    path = attachments.path_of(found)
    if not path.exists():
        abort(404)
    return send_file(
        path, mimetype=found.media_type, as_attachment=True, download_name=attachments.download_name(found), max_age=0
    )


@bp.route("/applications/submitted/<int:submission_id>/attachments/<int:attachment_id>/delete", methods=["POST"])
@applicants_only
def remove_attachment(submission_id: int, attachment_id: int):
    submission = _electronic(submission_id)
    found = _attachment(submission, attachment_id)
    try:
        attachments.remove(submission, found)
    except attachments.Refused as refused:
        flash(str(refused), "danger")
    else:
        flash(str(_l("The file is removed.")), "success")
    return redirect(url_for("eforms.attachments_page", submission_id=submission.id))


@bp.route("/applications/submitted/<int:submission_id>/file", methods=["POST"])
@applicants_only
def file_application(submission_id: int):
    submission = _electronic(submission_id)
    try:
        attachments.file(submission)
    except attachments.Refused as refused:
        flash(str(refused), "danger")
        return redirect(url_for("eforms.attachments_page", submission_id=submission.id))
    flash(str(_l("Your application is filed. Download the certificate of filing and keep it.")), "success")
    return redirect(url_for("eforms.submitted", submission_id=submission.id))


@bp.route("/applications/submitted/<int:submission_id>/certificate")
@applicants_only
def filing_certificate(submission_id: int):
    submission = _electronic(submission_id)
    if submission.filed_at is None:
        abort(404)
    path = certificate.stored(submission)
    if path is None:
        enqueue(certificate.render_and_store, submission.id)
        return render_template("eforms/printout_pending.html", submission=submission, certificate=True), 202
    name = submission.reference.replace("/", "-") + "-poswiadczenie.pdf"
    return send_file(path, mimetype="application/pdf", download_name=name, max_age=0)
