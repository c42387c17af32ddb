"""The applicant's status pages: their cases, and one case with its steps and history."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, render_template, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.accounts.access import applicants_only
from app.accounts.models import AccountType
from app.cases import applicants, tracking
from app.messages import employers
from app.messages import unread as unread_counts
from app.web.i18n import current_language
from app.web.numbers import whole_number

bp = Blueprint("status", __name__, template_folder="templates")


@bp.route("/my-cases")
@applicants_only
def my_cases():
    own = applicants.cases_of(current_user)
    employer = current_user.account_type == AccountType.EMPLOYER
    name = request.args.get("employee", "").strip()[:100]
    page = request.args.get("page", "1")
    page = whole_number(page, 99_999) or 1
    employees = applicants.employees_cases(current_user, name, page) if employer else None
    # the threads of the annexes the employer filed, with what they have not read
    threads = employers.threads_of(current_user, [case.id for case in employees.cases]) if employer else {}
    return render_template(
        "status/cases.html",
        threads=threads,
        unread_by_annex=employers.unread_by_annex(current_user) if threads else {},
        cases=[(case, applicants.progress(case, with_steps=False)) for case in own],
        employees=employees,
        name=name,
        employer=employer,
        language=current_language(),
    )


@bp.route("/my-cases/<int:case_id>")
@applicants_only
def my_case(case_id: int):
    case = applicants.case_of(current_user, case_id)
    if case is None:
        abort(404)
    return render_template(
        "status/case.html",
        case=case,
        progress=applicants.progress(case),
        history=applicants.public_history(case),
        accesses=tracking.access_log(case),
        unread=unread_counts.unread_in(case),
        language=current_language(),
    )


@bp.route("/case-status", methods=["GET", "POST"])
def public_status():
    """Without an account: the case signature and the date of birth give the public status and its
    date, nothing more; a wrong pair gets the same answer as an unknown case."""
    form = request.form
    errors, found, checked = {}, None, False
    if request.method == "POST":
        signature = form.get("signature", "").strip()[:60]
        parts = [form.get(f"born-{p}", "").strip()[:4] for p in ("day", "month", "year")]
        if not signature:
            errors["signature"] = str(_l("Enter the case signature, as in the letters from the office."))
        try:
            born = dt.date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
        except ValueError:
            errors["born"] = str(_l("Enter the applicant's date of birth: day, month and year."))
        if not errors:
            found, checked = applicants.public_check(signature, born), True
    return render_template(
        "status/public.html",
        form=form,
        errors=errors,
        summary=[({"born": "born-day"}.get(key, key), message) for key, message in errors.items()],
        found=found,
        checked=checked,
        language=current_language(),
    ), (400 if errors else 200)
