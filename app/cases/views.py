"""The clerks' case work in the back office: the work queue with its tabs and filters, and the
case page with its history and actions (assign, change the status, record the dates)."""

from __future__ import annotations

import datetime as dt

from flask import abort, flash, g, redirect, request, send_file, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_appbuilder.security.sqla.models import Role, assoc_user_role
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts import reach
from app.accounts.models import PortalUser
from app.accounts.roles import CASE_WORKERS
from app.cases import dashboard, queue, scans, steps, tracking
from app.cases.models import RESULTS, Case
from app.catalogue.models import CaseStatus, CaseType
from app.extensions import db
from app.forms import certificate as certificates
from app.forms import printout as printouts
from app.forms.desk import intake_of
from app.forms.models import Submission
from app.offices.services import active_points
from app.web.numbers import whole_number

TAB_LABELS = {
    "mine": _l("Mine"),
    "unassigned": _l("Unassigned"),
    "due": _l("Due within 3 days"),
    "overdue": _l("Overdue"),
    "waiting": _l("Waiting for the applicant"),
    "replies": _l("Unread replies"),
}
ACTIONS = ("assign", "status", "dates", "request", "answered", "suspend", "resume")
RESULT_LABELS = {
    "granted": _l("Granted"),
    "refused": _l("Refused"),
    "left-unexamined": _l("Left unexamined"),
    "discontinued": _l("Discontinued"),
    "withdrawn": _l("Withdrawn by the applicant"),
}


def staff() -> list[PortalUser]:
    """Clerks and supervisors, for assigning cases."""
    # the role ids first: with them as values, PostgreSQL knows how few users hold these roles
    # (among all the applicants) and reads them from the role index
    roles = db.session.scalars(select(Role.id).where(Role.name.in_(CASE_WORKERS))).all()
    holders = select(assoc_user_role.c.user_id).where(assoc_user_role.c.role_id.in_(roles))
    query = (
        select(PortalUser)
        .where(PortalUser.active.is_(True), PortalUser.id.in_(holders))
        .order_by(PortalUser.last_name, PortalUser.first_name, PortalUser.id)
    )
    return list(db.session.scalars(query))


def case_page_of(submission_id: int) -> tuple[str, str] | None:
    """For the desk: the signature and page of the case an accepted application opened."""
    case = db.session.scalar(select(Case).where(Case.submission_id == submission_id))
    return (case.signature, url_for("WorkView.case", case_id=case.id)) if case else None


class WorkView(BaseView):
    route_base = "/work"
    default_view = "index"
    class_permission_name = "Cases"
    method_permission_name = {
        "index": "use",
        "case": "use",
        "act": "use",
        "document": "use",
        "scan": "use",
        "dashboard": "dashboard",
        "assign_many": "assign_many",
    }

    @expose("/assign", methods=["POST"])
    @has_access
    def assign_many(self):
        """A supervisor gives the ticked cases of a queue page to one clerk."""
        ids = [n for n in map(whole_number, request.form.getlist("case")) if n is not None][: queue.PAGE]
        clerk_id = whole_number(request.form.get("clerk", ""))
        clerk = db.session.get(PortalUser, clerk_id) if clerk_id is not None else None
        try:
            with db.session.begin_nested():  # all the ticked cases, or none
                done = tracking.assign_many(ids, clerk, g.user)
        except tracking.Refused as refused:
            flash(str(refused), "danger")
        else:
            flash(str(_l("Cases assigned: %(count)d.", count=done)), "success")
        back = request.form.get("back", "")
        return redirect(back if back.startswith("/work/") else url_for("WorkView.index"))

    @expose("/case/<int:case_id>/document/<kind>")
    @has_access
    def document(self, case_id, kind):
        """The application's printout or certificate of filing, as the office keeps it; each
        download is written to the access log first."""
        found = db.session.get(Case, case_id)
        if found is None or kind not in ("printout", "certificate"):
            abort(404)
        submission = db.session.get(Submission, found.submission_id)
        if kind == "certificate" and submission.filed_at is None:
            abort(404)
        tracking.log_access(found, g.user, "download")
        if kind == "printout":
            printouts.render_and_store(submission.id)
            path = printouts.stored(submission)
        else:
            certificates.render_and_store(submission.id)
            path = certificates.stored(submission)
        name = f"{submission.reference.replace('/', '-')}-{kind}.pdf"
        return send_file(path, mimetype="application/pdf", download_name=name, max_age=0)

    @expose("/case/<int:case_id>/scan/<int:scan_id>")
    @has_access
    def scan(self, case_id, scan_id):
        """A scan filed with the case's application, as the applicant attached it; each opening is
        written to the access log first."""
        found = db.session.get(Case, case_id)
        if found is None:
            abort(404)
        attachment = scans.of_case(found, scan_id)
        if attachment is None:
            abort(404)
        tracking.log_access(found, g.user, "download")
        return send_file(
            scans.path_of(attachment),
            mimetype=attachment.media_type,
            as_attachment=True,
            download_name=scans.download_name(attachment),
            max_age=0,
        )

    @expose("/dashboard")
    @has_access
    def dashboard(self):
        total, late = dashboard.overdue()
        statuses, kinds = dashboard.by_status(), dashboard.by_type()
        return self.render_template(
            "cases/dashboard.html",
            title=_l("Dashboard"),
            statuses=statuses,
            kinds=kinds,
            largest=max([r.count for r in statuses + kinds] or [1]),
            overdue_total=total,
            overdue=late,
            medians=dashboard.median_days(),
        )

    @expose("/")
    @has_access
    def index(self):
        tab = request.args.get("tab", "mine")
        if tab not in queue.TABS:
            tab = "mine"
        page = request.args.get("page", "1")
        page = whole_number(page, 9_999) or 1
        filters = queue.Filters.read(request.args)
        text = " ".join(request.args.get("q", "").split())[: queue.MAX_SEARCH]
        shown = queue.search(text, filters, page) if text else queue.cases(tab, g.user, filters, page)
        return self.render_template(
            "cases/work.html",
            title=_l("Work queue"),
            tab=tab,
            tabs=TAB_LABELS,
            counts=queue.counts(g.user, filters),
            count_cap=queue.COUNT_CAP,
            text=text,
            cases=shown,
            replied=queue.with_unread_replies(shown),
            page=page,
            page_size=queue.PAGE,
            filters=filters,
            case_types=db.session.scalars(select(CaseType).order_by(CaseType.position)).all(),
            statuses=db.session.scalars(select(CaseStatus).order_by(CaseStatus.id)).all(),
            points=active_points(with_hours=False),
            args={k: v for k, v in request.args.items() if k not in ("tab", "page", "q")},
            supervisor=tracking.is_supervisor(g.user),
            staff=staff() if tracking.is_supervisor(g.user) else [],
            back=request.full_path,
        )

    @expose("/case/<int:case_id>")
    @has_access
    def case(self, case_id):
        found = db.session.get(Case, case_id)
        if found is None:
            abort(404)
        submission = db.session.get(Submission, found.submission_id)
        tracking.log_access(found, g.user, "view")
        supervisor = tracking.is_supervisor(g.user)
        statuses = tracking.ordered_statuses(found.case_type_id)
        return self.render_template(
            "cases/case.html",
            title=found.signature,
            case=found,
            submission=submission,
            intake=intake_of(submission),
            steps=steps.for_staff(found, statuses),
            scans=scans.of(found),
            statuses=statuses,
            results=RESULT_LABELS,
            request_days=tracking.REQUEST_DAYS,
            reach=reach.of_applicant(found.applicant),
            supervisor=supervisor,
            staff=staff() if supervisor else [],
            access_log=tracking.access_log(found) if supervisor else [],
        )

    @expose("/case/<int:case_id>/<action>", methods=["POST"])
    @has_access
    def act(self, case_id, action):
        found = db.session.get(Case, case_id)
        if found is None or action not in ACTIONS:
            abort(404)
        form = request.form
        try:
            with db.session.begin_nested():  # a refusal undoes only what this action did
                if action == "assign":
                    clerk_id = whole_number(form.get("clerk", ""))
                    clerk = db.session.get(PortalUser, clerk_id) if clerk_id is not None else None
                    tracking.assign(found, clerk, g.user)
                    flash(str(_l("The case is assigned.")), "success")
                elif action == "status":
                    status_id = whole_number(form.get("status", ""))
                    if status_id is None:
                        raise tracking.Refused(_l("Choose the new status."))
                    result = form.get("result") or None
                    tracking.change_status(
                        found,
                        status_id,
                        g.user,
                        form.get("internal_note", "")[:4000],
                        form.get("public_note", "")[:4000],
                        result if result in RESULTS else None,
                    )
                    flash(str(_l("The status is changed.")), "success")
                elif action == "dates":
                    tracking.set_dates(found, _day(form.get("appearance_on")), _day(form.get("complete_on")), g.user)
                    flash(str(_l("The dates are saved.")), "success")
                elif action == "request":
                    ids = [n for n in map(whole_number, form.getlist("requirement")) if n is not None]
                    days = whole_number(form.get("days", ""))
                    if days is None:
                        raise tracking.Refused(_l("The time to answer is 7 to 60 days."))
                    email, sms = form.get("email") == "1", form.get("sms") == "1"
                    tracking.request_documents(found, g.user, ids, form.get("free_text", ""), days, email, sms)
                    flash(str(_l("The request is recorded and shown to the applicant.")), "success")
                elif action == "answered":
                    tracking.request_answered(found, g.user)
                    flash(str(_l("The request is marked as answered.")), "success")
                elif action == "suspend":
                    tracking.suspend(found, g.user, form.get("reason", ""))
                    flash(str(_l("The proceedings are suspended.")), "success")
                else:
                    tracking.resume(found, g.user)
                    flash(str(_l("The proceedings are resumed.")), "success")
        except tracking.Refused as refused:
            flash(str(refused), "danger")
        return redirect(url_for("WorkView.case", case_id=found.id))


def _day(value: str | None) -> dt.date | None:
    """A date from a date input; an empty field is None; anything else is refused."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise tracking.Refused(_l("Enter dates as day, month and year.")) from None
