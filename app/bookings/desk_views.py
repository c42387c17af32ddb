"""The counters' desk page: the clerk at a counter calls the next visitor, calls again (three times at
most, then a no-show), starts, finishes or sends the visitor to another service or counter, opens
what the visit is about, and sees the counter's booked day. It speaks to the queue only through
``queue_system()``."""

from __future__ import annotations

from flask import abort, flash, g, redirect, request, url_for
from flask_appbuilder import BaseView, expose, has_access
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.bookings.counter_day import counter_day, subject_links
from app.bookings.models import Counter, Visit, VisitService
from app.bookings.queue import MAX_CALLS, NotAtCounter, queue_system
from app.clock import office_today, utcnow
from app.extensions import db
from app.offices.models import ServicePoint
from app.web.numbers import whole_number

ACTIONS = {
    "recall": _l("The ticket was called again."),
    "start": _l("The visit started."),
    "finish": _l("The visit is finished."),
    "no-show": _l("The visitor did not come: the ticket is closed as a no-show."),
}
REFUSED = _l("This step is no longer possible: the ticket changed meanwhile. The page shows it as it is now.")


class CounterDeskView(BaseView):
    route_base = "/counter"
    default_view = "index"
    class_permission_name = "QueueDesk"
    method_permission_name = dict.fromkeys(("index", "desk", "call", "act", "transfer"), "use")

    def _counter(self, counter_id: int) -> Counter:
        counter = db.session.get(Counter, counter_id)
        if counter is None or not counter.active:
            abort(404)
        return counter

    @expose("/")
    @has_access
    def index(self):
        counters = db.session.scalars(
            select(Counter).join(ServicePoint).where(Counter.active).order_by(ServicePoint.id, Counter.number)
        ).all()
        return self.render_template("bookings/counters.html", title=_l("Counter desk"), counters=counters)

    @expose("/<int:counter_id>")
    @has_access
    def desk(self, counter_id):
        counter = self._counter(counter_id)
        system, now = queue_system(), utcnow()
        current = system.at_counter(counter.id, now)
        visit = db.session.get(Visit, current.visit_id) if current and current.visit_id else None
        services = {
            s.id: s
            for s in db.session.scalars(
                select(VisitService).where(
                    VisitService.service_point_id == counter.service_point_id, VisitService.active
                )
            )
        }
        others = db.session.scalars(
            select(Counter)
            .where(Counter.service_point_id == counter.service_point_id, Counter.active, Counter.id != counter.id)
            .order_by(Counter.number)
        ).all()
        return self.render_template(
            "bookings/desk.html",
            title=_l("Counter %(number)s", number=counter.number),
            counter=counter,
            current=current,
            visit=visit,
            links=subject_links(visit),
            waiting=system.waiting(counter.id, now),
            services=services,
            others=others,
            max_calls=MAX_CALLS,
            day=counter_day(counter, office_today()),
        )

    @expose("/<int:counter_id>/call", methods=["POST"])
    @has_access
    def call(self, counter_id):
        counter = self._counter(counter_id)
        try:
            with db.session.begin_nested():
                called = queue_system().call_next(counter.id, g.user.id, utcnow())
        except NotAtCounter:
            flash(
                _l("Finish the visit at the counter (or close it as a no-show) before calling the next one."), "danger"
            )
        else:
            if called is None:
                flash(_l("No one is waiting for the services of this counter."), "info")
            else:
                flash(_l("%(ticket)s is called to this counter.", ticket=called.label), "success")
        return redirect(url_for("CounterDeskView.desk", counter_id=counter.id))

    @expose("/<int:counter_id>/tickets/<int:ticket_id>/<action>", methods=["POST"])
    @has_access
    def act(self, counter_id, ticket_id, action):
        counter = self._counter(counter_id)
        step = {"recall": "recall", "start": "start", "finish": "finish", "no-show": "no_show"}.get(action)
        if step is None:
            abort(404)
        try:
            with db.session.begin_nested():
                getattr(queue_system(), step)(ticket_id, counter.id, utcnow())
        except NotAtCounter:
            flash(REFUSED, "danger")
        else:
            flash(ACTIONS[action], "success")
        return redirect(url_for("CounterDeskView.desk", counter_id=counter.id))

    @expose("/<int:counter_id>/tickets/<int:ticket_id>/transfer", methods=["POST"])
    @has_access
    def transfer(self, counter_id, ticket_id):
        counter = self._counter(counter_id)
        service_id = whole_number(request.form.get("service", ""), 2**31)
        to_counter_id = whole_number(request.form.get("counter", ""), 2**31)
        if not service_id and not to_counter_id:
            flash(_l("Choose the service or the counter to send the visitor to."), "danger")
            return redirect(url_for("CounterDeskView.desk", counter_id=counter.id))
        try:
            with db.session.begin_nested():
                moved = queue_system().transfer(ticket_id, counter.id, utcnow(), service_id, to_counter_id)
        except NotAtCounter:
            flash(
                _l(
                    "The visitor cannot be sent there: choose another service, or a counter of this point that"
                    " handles the service."
                ),
                "danger",
            )
        else:
            flash(_l("%(ticket)s waits for its turn there now.", ticket=moved.label), "success")
        return redirect(url_for("CounterDeskView.desk", counter_id=counter.id))
