"""The applicant's side of a case's thread: the office's messages in the applicant's language
(opening the page reads them: the office's read receipts), a reply with files, and the files of
their own replies. An employer has the same page for the thread of each annex they filed, and
reaches no other."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from flask_login import current_user

from app.accounts import with_session
from app.accounts.access import applicants_only
from app.accounts.models import AccountType
from app.cases import applicants
from app.extensions import db
from app.messages import employers, services, unread
from app.web.i18n import current_language
from plugins.status.views import bp

UNREAD = "unread_messages"  # read with the login session (plugin.py)


def _own_case(case_id: int):
    case = applicants.case_of(current_user, case_id)
    if case is None:
        abort(404)
    return case


def _employers_annex(annex_id: int):
    """The case and the annex of the signed-in employer's thread; 404 for any other (an applicant's
    account has none)."""
    if current_user.account_type != AccountType.EMPLOYER:
        abort(404)
    found = employers.thread_of(current_user, annex_id)
    if found is None:
        abort(404)
    return found


def unread_badge() -> str | None:
    """The navigation's count of the office's messages the signed-in applicant (or employer, in
    their annexes' threads too) has not opened."""
    if not getattr(current_user, "is_authenticated", False):
        return None
    count = with_session.value(UNREAD)  # read with the login session, unless a message was opened since
    if count is None and current_user.account_type == AccountType.EMPLOYER:
        count = unread.unread_for_employer(current_user)
    elif count is None:
        count = unread.unread_for_applicant(current_user)
    return str(lazy_ngettext("%(num)d unread message", "%(num)d unread messages", count)) if count else None


def forget_unread(_app, _read) -> None:
    """A message of the office was opened in this request: the count read with the session is past."""
    with_session.forget(UNREAD)


def _page(case, text: str = "", error: str | None = None, status: int = 200, annex=None):
    messages = services.thread(case, annex)
    opened = services.opened_by_applicant(case, current_user, annex) if status == 200 else []
    return render_template(
        "status/messages.html",
        case=case,
        annex=annex,
        messages=messages,
        fresh={message.id for message in opened},
        pending=case.open_request if case.closed_at is None and annex is None else None,
        takes_replies=services.takes_replies(case),
        replies_until=services.replies_until(case),
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


def _uploads() -> list[services.Upload]:
    return [
        services.Upload(upload.filename or "", upload.read(current_app.config["ATTACHMENT_MAX_BYTES"] + 1))
        for upload in request.files.getlist("files")
        if upload.filename
    ]


@bp.route("/my-cases/<int:case_id>/messages", methods=["POST"])
@applicants_only
def reply(case_id: int):
    case = _own_case(case_id)
    text = request.form.get("text", "")[: services.MAX_BODY + 1]
    try:
        with db.session.begin_nested():
            _, answered = services.reply(case, current_user, text, _uploads())
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


@bp.route("/my-cases/annex/<int:annex_id>/messages")
@applicants_only
def annex_messages(annex_id: int):
    case, annex = _employers_annex(annex_id)
    return _page(case, annex=annex)


@bp.route("/my-cases/annex/<int:annex_id>/messages", methods=["POST"])
@applicants_only
def annex_reply(annex_id: int):
    case, annex = _employers_annex(annex_id)
    text = request.form.get("text", "")[: services.MAX_BODY + 1]
    try:
        with db.session.begin_nested():
            services.reply(case, current_user, text, _uploads(), annex)
    except services.Refused as refused:
        return _page(case, text, str(refused), 400, annex)
    flash(str(_l("Your reply is sent to the office.")), "success")
    return redirect(url_for("status.annex_messages", annex_id=annex.id, _anchor="reply"))


@bp.route("/my-cases/annex/<int:annex_id>/messages/file/<int:attachment_id>")
@applicants_only
def annex_message_file(annex_id: int, attachment_id: int):
    case, annex = _employers_annex(annex_id)
    attachment = services.attachment_of(case, attachment_id, annex)
    if attachment is None:
        abort(404)
    return send_file(
        services.path_of(attachment),
        mimetype=attachment.media_type,
        as_attachment=True,
        download_name=services.download_name(attachment),
        max_age=0,
    )


def annex_thread_path(annex_id: int) -> str:
    """The employer's thread of an annex, for the notifications' e-mails (built without a request)."""
    return current_app.url_map.bind("localhost").build("status.annex_messages", {"annex_id": annex_id})
