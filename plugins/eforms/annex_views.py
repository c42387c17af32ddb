"""The employer's annex from both sides: the applicant invites the employer and follows the
annex's state; the employer takes an invitation (sent to their address, or by its code), fills
the annex in and sees the applications they take part in."""

from __future__ import annotations

import functools

from email_validator import EmailNotValidError, validate_email
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import select

from app.accounts.access import applicants_only
from app.accounts.models import AccountType
from app.extensions import db
from app.forms import annexes, drafts, services
from app.forms.draft_quota import TooManyDrafts
from app.forms.models import Annex
from app.web.i18n import current_language
from plugins.eforms.views import _draft, bp, titles


def employers_only(view):
    @functools.wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if current_user.account_type != AccountType.EMPLOYER:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def _application_annex(draft_id: int, code: str):
    draft = _draft(draft_id)
    if code not in annexes.required(draft.definition.data) or services.current(code) is None:
        abort(404)
    return draft


def last_declined(draft, code: str) -> Annex | None:
    query = (
        select(Annex)
        .where(Annex.application_draft_id == draft.id, Annex.code == code, Annex.closed_by == "employer")
        .order_by(Annex.closed_at.desc())
        .limit(1)
    )
    return db.session.scalar(query)


@bp.route("/applications/<int:draft_id>/annexes/<code>", methods=["GET", "POST"])
@applicants_only
def annex(draft_id: int, code: str):
    """The applicant's side: invite the employer, see how far the annex is, cancel."""
    draft = _application_annex(draft_id, code)
    current = annexes.of_application(draft)[code]
    email, error = "", None
    if request.method == "POST" and current is None:
        email = request.form.get("email", "").strip()[:254]
        if email:
            try:
                email = validate_email(email, check_deliverability=False).normalized.lower()
            except EmailNotValidError:
                error = _l("Enter an e-mail address in the right format, like name@example.com.")
        if error is None:
            current = annexes.invite(current_user, draft, code, email or None)
            if current is None:
                abort(409)
            if email:
                flash(str(_l("We have sent the invitation with the code to %(email)s.", email=email)), "success")
            return redirect(url_for("eforms.annex", draft_id=draft.id, code=code))
    return render_template(
        "eforms/annex.html",
        draft=draft,
        annex_definition=services.current(code).data,
        annex=current,
        declined=last_declined(draft, code) if current is None else None,
        code=annexes.format_code(current.invite_code) if current else None,
        email=email,
        error=error,
        language=current_language(),
    ), (400 if error else 200)


@bp.route("/applications/<int:draft_id>/annexes/<code>/withdraw", methods=["POST"])
@applicants_only
def withdraw_annex(draft_id: int, code: str):
    draft = _application_annex(draft_id, code)
    current = annexes.of_application(draft)[code]
    if current is None or not annexes.withdraw(current_user, current):
        abort(404)
    flash(
        str(_l("The invitation is cancelled: its code no longer works. You can invite your employer again.")), "success"
    )
    return redirect(url_for("eforms.annex", draft_id=draft.id, code=code))


@bp.route("/annexes", methods=["GET", "POST"])
@employers_only
def annexes_page():
    """The employer's side: invitations waiting, a code to enter, and every annex they took."""
    typed = request.values.get("code", "")[:40]
    error = None
    if request.method == "POST":
        if not annexes.normalise_code(typed):
            error = _l("Enter the code from the invitation.")
        else:
            found = annexes.by_code(typed)
            try:
                draft = annexes.take(current_user, found) if found is not None else None
            except TooManyDrafts as refused:  # the code is right: it keeps its place and is not counted
                flash(str(refused.message), "danger")
                return redirect(url_for("eforms.annexes_page", code=typed))
            else:
                if draft is not None:
                    return _started(draft)
                error = _l("We found no open invitation with this code. Check it with the person who gave it to you.")
    taken = annexes.of_employer(current_user)
    return render_template(
        "eforms/annexes.html",
        pending=annexes.pending_for(current_user),
        taken=taken,
        titles=_titles(taken + annexes.pending_for(current_user)),
        typed=typed,
        error=error,
        language=current_language(),
    ), (400 if error else 200)


def _started(draft):
    flash(
        str(_l("You have taken the annex. Fill it in and submit it; the applicant will see when it is done.")),
        "success",
    )
    return redirect(url_for("eforms.section", draft_id=draft.id, key=drafts.section_keys(draft)[0]))


def _titles(found: list[Annex]) -> dict[str, dict]:
    """Form code → title texts, for the annexes and the applications they belong to."""
    return titles({a.code for a in found} | {a.code.split("-")[0] for a in found})


@bp.route("/annexes/<int:annex_id>/accept", methods=["POST"])
@employers_only
def accept_annex(annex_id: int):
    """Take an invitation sent to the employer's own address."""
    found = annexes.employer_annex(current_user, annex_id)
    if found is None or found.employer_id is not None:
        abort(404)
    try:
        draft = annexes.take(current_user, found)
    except TooManyDrafts as refused:
        flash(str(refused.message), "danger")
        return redirect(url_for("eforms.annexes_page"))
    if draft is None:
        abort(404)
    return _started(draft)
