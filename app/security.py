"""Flask-AppBuilder's security, adapted to the portal.

- the user is ``PortalUser`` (FAB's user plus account type, language, phone, employer data);
- everybody signs in through the accounts area; FAB's own login, profile and "reset my
  password" pages hand over to it, so there is one login, one password policy, one session model;
- a session is valid only while its server-side ``LoginSession`` row is open (logout and a
  password change close it), checked on every request in ``load_user``;
- the back office lives under /backoffice, leaving / to the public portal.
"""

from __future__ import annotations

from typing import Any

from flask import redirect, request, session, url_for
from flask_appbuilder import IndexView, expose, has_access
from flask_appbuilder.api import BaseApi
from flask_appbuilder.security import views as fab_views
from flask_appbuilder.security.sqla.manager import SecurityManager
from flask_appbuilder.security.sqla.models import assoc_permissionview_role
from flask_appbuilder.security.views import (
    AuthDBView,
    ResetMyPasswordView,
    UserDBModelView,
    UserInfoEditView,
)
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from app.accounts import permissions, services
from app.accounts.models import PortalUser
from app.accounts.passwords import hash_password
from app.clock import utcnow
from app.web.backoffice import GuardedCrudMixin, office_datetime

SESSION_TOKEN_KEY = "sid"  # noqa: S105 (a session key name, not a secret)
# signed in as staff: the user is read with their roles (what the back office's access checks ask for);
# only the shape of that query depends on it, never what the user may do
STAFF_KEY = "staff"


class BackOfficeIndexView(IndexView):
    """The staff's start page; only roles with the BackOffice permission reach it."""

    route_base = "/backoffice"
    index_template = "backoffice/index.html"
    class_permission_name = "BackOffice"

    @expose("/")
    @has_access
    def index(self):
        return super().index()


class PortalAuthView(AuthDBView):
    route_base = "/backoffice/auth"

    @expose("/login/", methods=["GET", "POST"])
    def login(self):
        return redirect(url_for("accounts.login", next=request.args.get("next") or None))

    @expose("/logout/")
    def logout(self):
        return redirect(url_for("accounts.logout"))


class OwnPasswordView(ResetMyPasswordView):
    """FAB's "reset my password" form would skip the current-password check: hand over instead."""

    @expose("/form", methods=["GET"])
    def this_form_get(self):
        return redirect(url_for("accounts.password"))

    @expose("/form", methods=["POST"])
    def this_form_post(self):
        return redirect(url_for("accounts.password"))


class OwnProfileView(UserInfoEditView):
    @expose("/form", methods=["GET"])
    def this_form_get(self):
        return redirect(url_for("accounts.profile"))

    @expose("/form", methods=["POST"])
    def this_form_post(self):
        return redirect(url_for("accounts.profile"))


class PermissionModelView(GuardedCrudMixin, fab_views.PermissionModelView):
    pass


class ViewMenuModelView(GuardedCrudMixin, fab_views.ViewMenuModelView):
    pass


class PermissionViewModelView(GuardedCrudMixin, fab_views.PermissionViewModelView):
    pass


class RoleModelView(GuardedCrudMixin, fab_views.RoleModelView):
    pass


class UserGroupModelView(GuardedCrudMixin, fab_views.UserGroupModelView):
    pass


def _roles_required(form, field) -> None:
    if not field.data:
        raise ValidationError(_l("Choose at least one role."))


class StaffUserView(GuardedCrudMixin, UserDBModelView):
    """User management for administrators, with the portal's own account fields."""

    validators_columns = {"roles": [_roles_required]}

    label_columns = {
        **UserDBModelView.label_columns,
        "account_type": _l("Account type"),
        "preferred_language": _l("Language"),
        "phone": _l("Phone"),
        "company_name": _l("Employer's name"),
        "nip": _l("NIP"),
        "regon": _l("REGON"),
    }
    list_columns = ["first_name", "last_name", "email", "account_type", "active", "roles"]
    search_columns = ["first_name", "last_name", "email", "account_type", "active", "roles"]
    show_fieldsets = [
        (_l("User info"), {"fields": ["email", "account_type", "active", "roles", "login_count"]}),
        (
            _l("Personal Info"),
            {"fields": ["first_name", "last_name", "phone", "preferred_language"], "expanded": True},
        ),
        (_l("Employer"), {"fields": ["company_name", "nip", "regon"], "expanded": True}),
        (
            _l("Audit Info"),
            {"fields": ["last_login", "fail_login_count", "created_on", "changed_on"], "expanded": False},
        ),
    ]
    formatters_columns = {"last_login": office_datetime, "created_on": office_datetime, "changed_on": office_datetime}
    edit_columns = ["first_name", "last_name", "email", "active", "roles", "phone", "preferred_language"]
    add_columns = ["first_name", "last_name", "email", "active", "roles", "password", "conf_password"]

    @expose("/userinfo/")
    @has_access
    def userinfo(self):
        return redirect(url_for("accounts.profile"))

    def pre_add(self, item: Any) -> None:
        item.email = services.normalise_email(item.email)
        item.username = item.email
        item.account_type = "staff"
        item.password = hash_password(item.password)
        item.email_confirmed_at = utcnow()  # an administrator vouches for the address

    def pre_delete(self, item: Any) -> None:
        services.end_other_sessions(item.id, None, "account-deleted")

    def pre_update(self, item: Any) -> None:
        super().pre_update(item)
        item.email = services.normalise_email(item.email)
        item.username = item.email


class NoTokenLoginApi(BaseApi):
    """Takes the place of FAB's JWT login API: every login goes through the rate-limited form."""

    resource_name = "security"


class PortalSecurityManager(SecurityManager):
    user_model = PortalUser
    authdbview = PortalAuthView
    resetmypasswordview = OwnPasswordView
    userinfoeditview = OwnProfileView
    userdbmodelview = StaffUserView
    userstatschartview = None
    rolemodelview = RoleModelView
    groupmodelview = UserGroupModelView
    permissionmodelview = PermissionModelView
    viewmenumodelview = ViewMenuModelView
    permissionviewmodelview = PermissionViewModelView
    security_api = NoTokenLoginApi

    def load_user(self, pk: Any) -> PortalUser | None:
        try:
            user_id = int(pk)
        except (TypeError, ValueError):
            return None
        user = services.open_session(session.get(SESSION_TOKEN_KEY), user_id, with_roles=session.get(STAFF_KEY, False))
        return user if user is not None and user.is_active else None

    def exist_permission_on_roles(self, view_name: str, permission_name: str, role_ids: list[int]) -> bool:
        """FAB asks once per menu entry and view; here the permissions of the user's roles are
        read in one query and held by the process until roles or permissions change
        (``app.accounts.permissions``)."""
        key = tuple(sorted(role_ids))

        def read() -> frozenset[tuple[str, str]]:
            query = (
                self.session.query(self.permission_model.name, self.viewmenu_model.name)
                .select_from(self.permissionview_model)
                .join(
                    assoc_permissionview_role,
                    self.permissionview_model.id == assoc_permissionview_role.c.permission_view_id,
                )
                .join(self.permission_model, self.permission_model.id == self.permissionview_model.permission_id)
                .join(self.viewmenu_model, self.viewmenu_model.id == self.permissionview_model.view_menu_id)
                .filter(assoc_permissionview_role.c.role_id.in_(key))
            )
            return frozenset((permission, view) for permission, view in query)

        return (permission_name, view_name) in permissions.held(("roles", key), read)

    def load_user_jwt(self, _jwt_header, jwt_data):
        return None  # the portal issues no JWTs; REST clients use API keys

    def add_user(self, username, first_name, last_name, email, role, password="", hashed_password="", **kw):
        if password and not hashed_password:
            hashed_password = hash_password(password)
        user = super().add_user(username, first_name, last_name, email, role, hashed_password=hashed_password, **kw)
        if user:
            user.email_confirmed_at = utcnow()  # accounts made by operators need no confirmation
            self.update_user(user)
        return user

    def reset_password(self, userid, password):
        user = self.get_user_by_id(userid)
        if user is not None:
            services.set_password(user, password)
