"""Back-office CRUD views with Flask-AppBuilder's loose ends tied.

FAB's generic ``action``, ``action_post`` and ``download`` endpoints check no permission of
their own: an unknown action name ends in a server error and ``download`` needs an upload
folder the portal does not have. Here each is a permission of the view like any other, an
unknown action is a 404 and nothing is served from a folder. FAB also trusts its list
arguments (page, page size, order); ``check_list_arguments`` refuses malformed ones with 400.
"""

from __future__ import annotations

import re

from flask import abort, current_app, request
from flask_appbuilder import ModelView, expose, has_access
from flask_appbuilder.exceptions import DatabaseException
from flask_appbuilder.models.sqla.interface import SQLAInterface
from flask_babel import format_datetime
from sqlalchemy.exc import SQLAlchemyError

from app.unit_of_work import all_or_nothing
from app.web.numbers import whole_number

_NUMBER_ARGUMENT = re.compile(r"^(page|psize)_\w+$")
_ORDER_COLUMN = re.compile(r"^_oc_(\w+)$")
_ORDER_DIRECTION = re.compile(r"^_od_\w+$")


def office_datetime(value) -> str:
    """A stored (UTC) time in a back-office list or record, as the office's clock showed it."""
    return format_datetime(value, "yyyy-MM-dd HH:mm") if value else ""


def check_list_arguments() -> None:
    for key, value in request.args.items(multi=True):
        if _NUMBER_ARGUMENT.match(key) and whole_number(value, 1_000_000) is None:
            abort(400)
        if _ORDER_DIRECTION.match(key) and value not in ("asc", "desc"):
            abort(400)
        order = _ORDER_COLUMN.match(key)
        if order:
            views = [v for v in current_app.appbuilder.baseviews if type(v).__name__ == order.group(1)]
            if not views or value not in getattr(views[0], "order_columns", ()):
                abort(400)


class GuardedCrudMixin:
    @expose("/action/<string:name>/<pk>", methods=["GET", "POST"])
    @has_access
    def action(self, name, pk):
        if name not in self.actions:
            abort(404)
        return super().action(name, pk)

    @expose("/action_post", methods=["POST"])
    @has_access
    def action_post(self):
        if request.form.get("action") not in self.actions:
            abort(400)
        return super().action_post()

    @expose("/download/<string:filename>")
    @has_access
    def download(self, filename):
        abort(404)  # no files are uploaded through the back office's forms


# The usual split of a CRUD view's routes between reading and writing permissions.
READ_WRITE = {
    "list": "read",
    "show": "read",
    "download": "read",
    "add": "write",
    "edit": "write",
    "delete": "write",
    "action": "write",
    "action_post": "write",
}


class BackOfficeModelView(GuardedCrudMixin, ModelView):
    """The base of every model view the portal adds to the back office."""


class Records(SQLAInterface):
    """FAB's data access without its own commits: a change is flushed, and the request's edge
    commits it together with what the view's hooks wrote (a content revision). A refused change (a
    duplicate, a broken reference) rolls the whole request back, as FAB's own rollback did, while
    FAB shows its message."""

    def add(self, item, commit: bool = True) -> None:
        with all_or_nothing():
            self.session.add(item)
            self.session.flush()

    def edit(self, item, commit: bool = True) -> None:
        try:
            with all_or_nothing():
                self.session.merge(item)
                self.session.flush()
        except SQLAlchemyError as error:
            raise DatabaseException from error

    def delete(self, item, commit: bool = True) -> None:
        try:
            with all_or_nothing():
                self._delete_files(item)
                self.session.delete(item)
                self.session.flush()
        except SQLAlchemyError as error:
            raise DatabaseException from error

    def delete_all(self, items) -> None:
        try:
            with all_or_nothing():
                for item in items:
                    self._delete_files(item)
                    self.session.delete(item)
                self.session.flush()
        except SQLAlchemyError as error:
            raise DatabaseException from error
