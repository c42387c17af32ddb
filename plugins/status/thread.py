"""The applicant's side of a case's thread: the office's messages in the applicant's language
(opening the page reads them: the office's read receipts), a reply with files, and the files of
their own replies."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from flask_login import current_user

from app.accounts.access import applicants_only
from app.cases import applicants
from app.extensions import db
from app.messages import services
from app.web.i18n import current_language
from plugins.status.views import bp


def _own_case(case_id: int):
    case = applicants.case_of(current_user, case_id)
    if case is None:
        abort(404)
    return case


def unread_badge() -> str | None:
    """The navigation's count of the office's messages the signed-in applicant has not opened."""
    if not getattr(current_user, "is_authenticated", False):
        return None
    count = services.unread_for_applicant(current_user)
    return str(lazy_ngettext("%(num)d unread message", "%(num)d unread messages", count)) if count else None


def _page(case, text: str = "", error: str | None = None, status: int = 200):
    messages = services.thread(case)
    fresh = {message.id for message in services.opened_by_applicant(case, current_user)} if status == 200 else set()
    return render_template(
        "status/messages.html",
        case=case,
        messages=messages,
        fresh=fresh,
        pending=case.open_request if case.closed_at is None else None,
        text=text,
        error=error,
        max_bytes=current_app.config["ATTACHMENT_MAX_BYTES"],
        max_count=current_app.config["ATTACHMENT_MAX_COUNT"],
        language=current_language(),
    ), status


@bp.route("/my-cases/<int:case_id>/messages")
@applicants_only
def case_messages(case_id: int):
    return _page(_own_case(case_id))


@bp.route("/my-cases/<int:case_id>/messages", methods=["POST"])
@applicants_only
def reply(case_id: int):
    case = _own_case(case_id)
    text = request.form.get("text", "")[: services.MAX_BODY + 1]
    uploads = [
        services.Upload(upload.filename or "", upload.read(current_app.config["ATTACHMENT_MAX_BYTES"] + 1))
        for upload in request.files.getlist("files")
        if upload.filename
    ]
    try:
        with db.session.begin_nested():
            _, answered = services.reply(case, current_user, text, uploads)
    except services.Refused as refused:
        return _page(case, text, str(refused), 400)
    flash(str(_l("Your reply is sent to the office.")), "success")
    if answered:
        flash(str(_l("Your reply answers the office's request; the clerk sees it as answered.")), "success")
    return redirect(url_for("status.case_messages", case_id=case.id, _anchor="reply"))


@bp.route("/my-cases/<int:case_id>/messages/file/<int:attachment_id>")
@applicants_only
def message_file(case_id: int, attachment_id: int):
    case = _own_case(case_id)
    attachment = services.attachment_of(case, attachment_id)
    if attachment is None:
        abort(404)
    return send_file(
        services.path_of(attachment),
        mimetype=attachment.media_type,
        as_attachment=True,
        download_name=services.download_name(attachment),
        max_age=0,
    )
