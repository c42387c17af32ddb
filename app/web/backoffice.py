"""Back-office CRUD views with Flask-AppBuilder's loose ends tied.

FAB's generic ``action``, ``action_post`` and ``download`` endpoints check no permission of
their own: an unknown action name ends in a server error and ``download`` needs an upload
folder the portal does not have. Here each is a permission of the view like any other, an
unknown action is a 404 and nothing is served from a folder.
"""

from __future__ import annotations

from flask import abort, request
from flask_appbuilder import ModelView, expose, has_access


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


class BackOfficeModelView(GuardedCrudMixin, ModelView):
    """The base of every model view the portal adds to the back office."""
