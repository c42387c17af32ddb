"""The clerks' desk page: scan or type, compare, accept the paper version."""

from __future__ import annotations

from flask import abort, flash, g, redirect, request, session, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import format_datetime
from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.forms import annexes, desk
from app.forms.models import Submission
from app.forms.names import name_on
from app.forms.printout import printed_sections
from app.offices.services import active_points
from app.web.numbers import whole_number


class DeskView(BaseView):
    route_base = "/desk"
    default_view = "index"
    class_permission_name = "Desk"
    method_permission_name = {"index": "use", "accept": "use"}

    @expose("/")
    @has_access
    def index(self):
        code = request.args.get("code", "")
        scan, submission, problem = None, None, None
        if code.strip():
            scan = desk.read_scan(code)
            if scan is None:
                problem = _l(
                    "This is not a PIO number or a Przybysz printout code. Scan the code again or type the"
                    " number, e.g. PIO/2026/000123."
                )
            else:
                submission = desk.find(scan.reference)
                if submission is None:
                    problem = _l("No application has the number %(reference)s.", reference=scan.reference)
        version = desk.printed_version(submission, scan.printed_hash) if submission else None
        filing = desk.filing_of(submission) if submission else None
        intake = desk.intake_of(submission) if submission else None
        return self.render_template(
            "forms/desk.html",
            annexes=annexes.of_submission(submission) if submission else [],
            annex_of=annexes.annexes_by_submission([submission]).get(submission.id) if submission else None,
            version=version,
            differences=desk.differences(version, submission) if version else [],
            title=_l("Check a printout"),
            code=code,
            problem=problem,
            submission=submission,
            applicant_name=name_on(submission) if submission else "",
            scan=scan,
            matches=desk.matches(submission, scan.printed_hash) if submission else None,
            intake=intake,
            filing=filing,
            refusal=filing.refusal() if filing else None,
            case=desk.case_page(submission) if intake else None,
            sections=printed_sections(submission.definition.data, submission.answers) if submission else [],
            points=active_points(with_hours=False),
            chosen_point=session.get("desk_point"),
        )

    @expose("/accept/<int:submission_id>", methods=["POST"])
    @has_access
    def accept(self, submission_id):
        submission = db.session.get(Submission, submission_id)
        if submission is None:
            abort(404)
        printed = request.form.get("printed_hash", "").strip().lower()
        printed = printed if desk.HASH.fullmatch(printed) else None
        # back to the page as it was reached: a scan stays a scan (with its code compared), a typed number typed
        back = redirect(url_for("DeskView.index", code=desk.code_of(submission.reference, printed)))
        point = whole_number(request.form.get("service_point", ""))
        if point not in {p.id for p in active_points(with_hours=False)}:
            flash(str(_l("Choose the service point where the paper was handed in.")), "danger")
            return back
        session["desk_point"] = point
        try:
            desk.accept(submission, g.user, int(point), desk.matches(submission, printed))
        except desk.PaperRefused as refused:
            flash(str(refused.filing.refusal()), "danger")
        except desk.AlreadyAccepted as already:
            flash(
                str(
                    _l(
                        "This paper version was accepted already, on %(date)s by %(clerk)s.",
                        date=format_datetime(already.intake.accepted_at, "yyyy-MM-dd HH:mm"),
                        clerk=already.intake.clerk_name,
                    )
                ),
                "warning",
            )
        else:
            flash(str(_l("Paper version of %(reference)s accepted.", reference=submission.reference)), "success")
        return back
