"""The portal's roles by name (their permissions are declared in seeds/roles.py)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    PUBLIC = "Public"
    APPLICANT = "Applicant"  # a foreigner acting for themselves
    EMPLOYER = "Employer"
    CLERK = "Clerk"
    SUPERVISOR = "Supervisor"
    CONTENT_EDITOR = "ContentEditor"
    CASE_SYSTEM = "CaseSystem"  # the office's case-management system, through the REST API
    ADMIN = "Admin"


SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})  # may move cases back, reopen and give them to others
CASE_WORKERS = (Role.CLERK, Role.SUPERVISOR)  # a case can be assigned to them
CASE_STAFF = (Role.SUPERVISOR, Role.CLERK, Role.ADMIN)  # named in the access log of a case
