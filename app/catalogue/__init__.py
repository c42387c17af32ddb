"""The case-type catalogue: kinds of cases, procedure steps, formal requirements, statuses and
application forms, kept by content editors and shown in the information portal."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

MENU = "Kinds of cases"


def register(app, appbuilder) -> None:
    from app.catalogue.models import DEADLINE_STARTS, FILERS, REQUIREMENT_KINDS, SUBMISSION_MODES
    from app.catalogue.views import (
        ApplicationFormView,
        CaseStatusView,
        CaseStepView,
        CaseTypeStatusView,
        CaseTypeView,
        RequirementView,
    )

    app.register_blueprint(Blueprint("catalogue", __name__, template_folder="templates"))
    app.extensions["case_type_names"] = case_type_names  # the questions' editors choose a kind of case
    app.jinja_env.globals.update(
        filer_label=lambda key: FILERS.get(key, key),
        requirement_kind_label=lambda key: REQUIREMENT_KINDS.get(key, key),
        submission_mode_label=lambda key: SUBMISSION_MODES.get(key, key),
        deadline_start_label=lambda key: DEADLINE_STARTS.get(key, key),
    )
    first, *others = [
        (CaseTypeView, "Kinds of cases", _l("Kinds of cases"), "fa-folder-tree"),
        (CaseStepView, "Procedure steps", _l("Procedure steps"), "fa-list-ol"),
        (RequirementView, "Formal requirements", _l("Formal requirements"), "fa-list-check"),
        (CaseStatusView, "Statuses", _l("Statuses"), "fa-signs-post"),
        (CaseTypeStatusView, "Order of statuses", _l("Order of statuses"), "fa-arrow-down-1-9"),
        (ApplicationFormView, "Application forms", _l("Application forms"), "fa-file-pen"),
    ]
    view, name, label, icon = first
    appbuilder.add_view(
        view,
        name,
        label=label,
        icon=icon,
        category=MENU,
        category_label=_l("Kinds of cases"),
        category_icon="fa-folder",
    )
    for view, name, label, icon in others:
        appbuilder.add_view(view, name, label=label, icon=icon, category=MENU)


def case_type_names() -> list[tuple[str, str]]:
    from app.catalogue.models import CaseType
    from app.extensions import db

    return list(db.session.query(CaseType.code, CaseType.name_pl).order_by(CaseType.position, CaseType.code))
