"""The roles, declared here and synced by ``flask seed``: each role gets exactly the
permissions its patterns match (full matches against view and permission names)."""

from __future__ import annotations

import re

from flask import current_app

from app.accounts.roles import Role
from app.extensions import db

BACK_OFFICE = [("BackOffice", "can_index")]
SERVICE_POINTS_READ = [("ServicePoints", "can_read"), ("Office|Service points", "menu_access")]
SERVICE_POINTS_WRITE = [("ServicePoints", "can_read|can_write"), ("Office|Service points", "menu_access")]
CONTENT_EDITING = [
    ("Content", "can_read|can_write|can_publish"),
    ("Portal content|Legal acts|Questions and answers|Pages|Announcements", "menu_access"),
    (
        "Kinds of cases|Procedure steps|Formal requirements|Statuses|Order of statuses|Application forms",
        "menu_access",
    ),
]

DESK = [("Desk", "can_use"), ("Applications desk|Check a printout", "menu_access")]
CASE_WORK = [("Cases", "can_use"), ("Case work|Work queue", "menu_access")]
DASHBOARD = [("Cases", "can_dashboard|can_assign_many"), ("Dashboard", "menu_access")]
READY_TEXTS = [("ReadyTexts", "can_read|can_write"), ("Ready texts", "menu_access")]  # the clerks' ready texts

# what each service point offers for visits: services, weekly plans, counters, closures
VISITS_SETUP = [
    ("Bookings", "can_read|can_write"),
    ("Visits|Services for visits|Counters|Closures|Draws|Visit statistics", "menu_access"),
]

# the counters' desk page: calling visitors of the queue, the counter's booked day
QUEUE_DESK = [("QueueDesk", "can_use"), ("Visits|Counter desk|Book for a caller", "menu_access")]

CASE_SYSTEM = [("CaseApi", "can_read|can_write"), ("OpenApi", "can_get")]

# Applicants and employers use the portal's own pages, which check the account type; they
# hold no back-office permission. Admin holds every permission (FAB's admin role).
ROLES: dict[str, list[tuple[str, str]]] = {
    Role.PUBLIC: [],
    Role.APPLICANT: [],
    Role.EMPLOYER: [],
    Role.CLERK: BACK_OFFICE + SERVICE_POINTS_READ + DESK + CASE_WORK + QUEUE_DESK,
    Role.SUPERVISOR: BACK_OFFICE
    + SERVICE_POINTS_READ
    + DESK
    + CASE_WORK
    + DASHBOARD
    + READY_TEXTS
    + VISITS_SETUP
    + QUEUE_DESK,
    Role.CONTENT_EDITOR: BACK_OFFICE + SERVICE_POINTS_WRITE + CONTENT_EDITING,
    Role.CASE_SYSTEM: CASE_SYSTEM,
}
ADMIN = Role.ADMIN
STAFF_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.CONTENT_EDITOR, ADMIN)


def _matching(pvms, view_pattern: str, permission_pattern: str) -> list:
    return [
        pvm
        for pvm in pvms
        if re.fullmatch(view_pattern, pvm.view_menu.name) and re.fullmatch(permission_pattern, pvm.permission.name)
    ]


def sync() -> list[str]:
    appbuilder = current_app.appbuilder
    sm = appbuilder.sm
    for name in [ADMIN, *ROLES]:
        if sm.find_role(name) is None:
            sm.add_role(name)
    appbuilder.add_permissions(update_perms=True)
    pvms = db.session.query(sm.permissionview_model).all()
    report = []
    for name, patterns in ROLES.items():
        wanted = []
        for view_pattern, permission_pattern in patterns:
            found = _matching(pvms, view_pattern, permission_pattern)
            if not found:
                raise ValueError(f"role {name}: no permission matches {view_pattern!r} / {permission_pattern!r}")
            wanted += [pvm for pvm in found if pvm not in wanted]
        role = sm.find_role(name)
        role.permissions = wanted
        report.append(f"role {name}: {len(wanted)} permissions")
    sm.find_role(ADMIN).permissions = pvms
    report.append(f"role {ADMIN}: {len(pvms)} permissions (all)")
    db.session.flush()
    return report
