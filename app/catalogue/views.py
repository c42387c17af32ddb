"""Back office for the case-type catalogue, with the content workflow (preview, publish, history)."""

from __future__ import annotations

from flask import request
from flask_babel import lazy_gettext as _l
from stdnum import iban
from wtforms import SelectField, StringField
from wtforms.validators import URL, NumberRange, Optional, Regexp, ValidationError

from app.catalogue import public
from app.catalogue.models import (
    DEADLINE_STARTS,
    FILERS,
    REQUIREMENT_KINDS,
    SUBMISSION_MODES,
    ApplicationForm,
    CaseStatus,
    CaseStep,
    CaseType,
    CaseTypeStatus,
    Requirement,
)
from app.content.revisions import published
from app.content.views import (
    EDITOR_NOTE,
    MARKDOWN,
    POSITION,
    ContentModelView,
    choices,
    fieldsets,
    language_columns,
)
from app.extensions import db
from app.web.backoffice import READ_WRITE, BackOfficeModelView, Records

CODE = Regexp(r"^[A-Z]{2,8}$", message=_l("Use 2 to 8 capital letters, e.g. TRP."))


def _deadline_needs_start(form, field) -> None:
    if form.decision_days.data and not field.data:
        raise ValidationError(_l("Choose from when the deadline is counted."))
    if field.data and not form.decision_days.data:
        raise ValidationError(_l("Enter the number of days first, or leave both empty."))


def _case_page_preview(item, case_type) -> dict:
    """The kind of case's public page with the working copy of ``item`` in it."""
    overrides = public.preview_overrides(item, case_type)
    return {"page": public.case_page_preview(case_type.id, overrides)}


def _code_published_elsewhere(item) -> str | None:
    """Readers find kinds of cases and forms by code: two published items must not share one."""
    taken = any(d["code"] == item.code and d["id"] != item.id for d in published(type(item)))
    return _l("Another published item already has the code %(code)s.", code=item.code) if taken else None


class CatalogueView(ContentModelView):
    preview_template = "catalogue/case_type_preview.html"

    def preview_context(self, item) -> dict:
        return _case_page_preview(item, item.case_type)


class CaseStepView(CatalogueView):
    datamodel = Records(CaseStep)
    list_title = _l("Procedure steps")
    show_title = _l("Procedure step")
    add_title = _l("Add a procedure step")
    edit_title = _l("Edit the procedure step")
    label_columns = {
        "case_type": _l("Kind of case"),
        "position": _l("Number of the step"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Title")),
        **language_columns("description", _l("Description")),
    }
    list_columns = ["case_type", "position", "title_pl", "missing_languages"]
    search_columns = ["case_type", "title_pl"]
    base_order = ("position", "asc")
    validators_columns = {"position": [NumberRange(1, 99)]}
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The step"), ["case_type", "position"], [("title", _l("Title")), ("description", _l("Description"))]
    )
    add_fieldsets = edit_fieldsets


def _stripped(value):
    return (value or "").strip()


def _polish_account(form, field) -> None:
    digits = field.data.replace(" ", "")
    if not digits:
        return
    if not (len(digits) == 26 and digits.isdigit() and iban.is_valid(f"PL{digits}")):
        raise ValidationError(_l("Enter the 26 digits of a Polish account number, e.g. as printed on the invoice."))
    field.data = " ".join([digits[:2], *(digits[i : i + 4] for i in range(2, 26, 4))])


def _amount_of_a_fee(form, field) -> None:
    if form.kind.data == "fee" and not field.data:
        raise ValidationError(_l("Enter the amount of the fee, e.g. 340 zł."))


class RequirementView(CatalogueView):
    datamodel = Records(Requirement)
    list_title = _l("Formal requirements")
    show_title = _l("Formal requirement")
    add_title = _l("Add a formal requirement")
    edit_title = _l("Edit the formal requirement")
    label_columns = {
        "case_type": _l("Kind of case"),
        "kind": _l("Kind of requirement"),
        "position": _l("Order within its kind"),
        "amount": _l("Amount (fees only)"),
        "recipient": _l("Paid to (fees only)"),
        "account": _l("Bank account (fees only)"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Title")),
        **language_columns("details", _l("Details")),
    }
    description_columns = {
        "details_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
        "amount": _l("As readers should see it, e.g. 340 zł or 406 zł / 30 EUR."),
        "account": _l("Only a verified account number; when empty, readers are told to check it with the office."),
    }
    list_columns = ["case_type", "kind", "title_pl", "amount", "missing_languages"]
    search_columns = ["case_type", "kind", "title_pl"]
    base_order = ("position", "asc")
    validators_columns = {"position": [POSITION]}
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The requirement"),
        ["case_type", "kind", "position", "amount", "recipient", "account", "editor_note"],
        [("title", _l("Title")), ("details", _l("Details"))],
    )
    add_fieldsets = edit_fieldsets
    # Declared here rather than generated: the generated fields would skip these checks when empty.
    add_form_extra_fields = edit_form_extra_fields = {
        "kind": SelectField(_l("Kind of requirement"), choices=choices(REQUIREMENT_KINDS)),
        "amount": StringField(_l("Amount (fees only)"), filters=[_stripped], validators=[_amount_of_a_fee]),
        "account": StringField(_l("Bank account (fees only)"), filters=[_stripped], validators=[_polish_account]),
    }


def _step_of_same_case_type(form, field) -> None:
    if field.data is not None and form.case_type.data is not None and field.data.case_type_id != form.case_type.data.id:
        raise ValidationError(_l("Choose a step of the same kind of case."))


def _other_rows(form, **values):
    """Other rows of the same kind of case with these values (the row being edited aside)."""
    query = db.session.query(CaseTypeStatus.id).filter_by(case_type_id=form.case_type.data.id, **values)
    editing = (request.view_args or {}).get("pk")
    return query.filter(CaseTypeStatus.id != int(editing)) if editing is not None else query


def _status_once_per_case_type(form, field) -> None:
    if form.case_type.data is None or field.data is None:
        return
    if _other_rows(form, status_id=field.data.id).first():
        raise ValidationError(_l("This kind of case already has this status."))


def _place_free(form, field) -> None:
    if form.case_type.data is None or field.data is None:
        return
    if _other_rows(form, position=field.data).first():
        raise ValidationError(_l("Another status of this kind of case has this place; choose a free number."))


class CaseTypeStatusView(BackOfficeModelView):
    """The order of the statuses of each kind of case, and the step each belongs to."""

    datamodel = Records(CaseTypeStatus)
    class_permission_name = "Content"
    method_permission_name = dict(READ_WRITE)
    # Every view under the "Content" permission must declare the same set: on sync, Flask-AppBuilder
    # drops the permissions of a shared name that one of its views lacks.
    base_permissions = ["can_read", "can_write", "can_publish"]
    list_title = _l("Order of statuses")
    show_title = _l("Status in the order")
    add_title = _l("Add a status to a kind of case")
    edit_title = _l("Edit the place of the status")
    label_columns = {
        "case_type": _l("Kind of case"),
        "position": _l("Place in the order"),
        "status": _l("Status"),
        "step": _l("Procedure step"),
    }
    description_columns = {
        "position": _l(
            "Statuses follow this order; a case moving back to an earlier one needs a supervisor. Readers see a"
            " changed order once the kind of case is published again."
        ),
        "step": _l("The step under which applicants see this status."),
    }
    list_columns = ["case_type", "position", "status", "step"]
    add_columns = edit_columns = show_columns = ["case_type", "position", "status", "step"]
    search_columns = ["case_type", "status"]
    base_order = ("position", "asc")
    validators_columns = {
        "position": [NumberRange(1, 999), _place_free],
        "step": [_step_of_same_case_type],
        "status": [_status_once_per_case_type],
    }


class CaseStatusView(ContentModelView):
    datamodel = Records(CaseStatus)
    preview_template = "catalogue/status_preview.html"
    list_title = _l("Statuses")
    show_title = _l("Status")
    add_title = _l("Add a status")
    edit_title = _l("Edit the status")
    label_columns = {
        "code": _l("Code"),
        "visible": _l("Shown to applicants"),
        "notify": _l("Notify the applicant"),
        "final": _l("Ends the case"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("name", _l("Name")),
        **language_columns("explanation", _l("What it means for the applicant")),
        **language_columns("action", _l("What the applicant needs to do now")),
    }
    description_columns = {
        "code": _l("Lower-case letters, digits and hyphens; case tracking refers to it, so keep it stable."),
        "visible": _l("Internal statuses are never shown: applicants see the last status shown to them."),
        "notify": _l("The applicant gets an e-mail and a text message when a case reaches this status."),
        "action_pl": _l("Leave empty when the applicant has nothing to do."),
        "editor_note": EDITOR_NOTE,
    }
    list_columns = ["name_pl", "code", "visible", "notify", "final", "missing_languages"]
    search_columns = ["name_pl", "code", "visible", "final"]
    validators_columns = {
        "code": [Regexp(r"^[a-z0-9-]{2,40}$", message=_l("Use 2 to 40 lower-case letters, digits and hyphens."))]
    }
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The status"),
        ["code", "visible", "notify", "final", "editor_note"],
        [
            ("name", _l("Name")),
            ("explanation", _l("What it means for the applicant")),
            ("action", _l("What the applicant needs to do now")),
        ],
    )
    add_fieldsets = edit_fieldsets

    def pre_delete(self, item) -> None:
        if db.session.query(CaseTypeStatus.id).filter_by(status_id=item.id).first():
            raise ValueError(str(_l("Kinds of cases use this status: remove it from their order first.")))
        super().pre_delete(item)

    def preview_context(self, item) -> dict:
        return {"data": public.override_of(item)}


class ApplicationFormView(ContentModelView):
    datamodel = Records(ApplicationForm)
    preview_template = "catalogue/form_preview.html"
    list_title = _l("Application forms")
    show_title = _l("Application form")
    add_title = _l("Add an application form")
    edit_title = _l("Edit the application form")
    label_columns = {
        "code": _l("Code"),
        "case_type": _l("Kind of case"),
        "submission_mode": _l("How it is submitted"),
        "external_url": _l("Address of the national system"),
        "position": _l("Order in the catalogue"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Name of the form")),
        **language_columns("instructions", _l("How to fill it in and file it")),
    }
    description_columns = {
        "instructions_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
        "external_url": _l(
            "Needed when the form is submitted in a national system, e.g. https://mos.cudzoziemcy.gov.pl"
        ),
    }
    list_columns = ["code", "title_pl", "submission_mode", "missing_languages"]
    search_columns = ["code", "title_pl", "submission_mode"]
    base_order = ("position", "asc")
    validators_columns = {"code": [CODE], "position": [POSITION]}
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The form"),
        ["code", "case_type", "submission_mode", "external_url", "position", "editor_note"],
        [("title", _l("Name of the form")), ("instructions", _l("How to fill it in and file it"))],
    )
    add_fieldsets = edit_fieldsets
    add_form_extra_fields = edit_form_extra_fields = {
        "submission_mode": SelectField(_l("How it is submitted"), choices=choices(SUBMISSION_MODES)),
    }

    def publish_problem(self, item) -> str | None:
        return _code_published_elsewhere(item)

    def preview_context(self, item) -> dict:
        overrides = public.preview_overrides(item, item.case_type)
        form, case_type = public.form_preview(item.id, overrides) or (None, None)
        fees = public.fees_by_case_type(overrides).get(item.case_type_id, [])
        return {"form": form, "case_type": case_type, "fees": fees}


def _external_url_when_external(form, field) -> None:
    if form.submission_mode.data == "external" and not field.data:
        raise ValidationError(_l("Enter the address of the national system."))


ApplicationFormView.validators_columns["external_url"] = [
    _external_url_when_external,
    Optional(),
    URL(message=_l("Enter a full address starting with https://.")),
    Regexp(r"^https://", message=_l("Enter a full address starting with https://.")),
]


class CaseTypeView(CatalogueView):
    datamodel = Records(CaseType)
    related_views = [CaseStepView, RequirementView, CaseTypeStatusView, ApplicationFormView]
    list_title = _l("Kinds of cases")
    show_title = _l("Kind of case")
    add_title = _l("Add a kind of case")
    edit_title = _l("Edit the kind of case")
    label_columns = {
        "code": _l("Code"),
        "position": _l("Order in the catalogue"),
        "filed_by": _l("Who files"),
        "proxy_allowed": _l("A proxy may act"),
        "legal_basis": _l("Legal basis"),
        "decision_days": _l("Legal deadline for the decision (days)"),
        "deadline_start": _l("The deadline is counted"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("name", _l("Name")),
        **language_columns("summary", _l("Summary")),
        **language_columns("description", _l("Description")),
    }
    description_columns = {
        "code": _l("The code of its application form, e.g. TRP."),
        "decision_days": _l("Leave empty when the law sets no special deadline."),
        "description_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
    }
    list_columns = ["code", "name_pl", "filed_by", "decision_days", "missing_languages"]
    search_columns = ["code", "name_pl", "filed_by"]
    base_order = ("position", "asc")
    validators_columns = {"code": [CODE], "decision_days": [Optional(), NumberRange(1, 3650)], "position": [POSITION]}
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The kind of case"),
        [
            "code",
            "position",
            "filed_by",
            "proxy_allowed",
            "legal_basis",
            "decision_days",
            "deadline_start",
            "editor_note",
        ],
        [("name", _l("Name")), ("summary", _l("Summary")), ("description", _l("Description"))],
    )
    add_fieldsets = edit_fieldsets
    add_form_extra_fields = edit_form_extra_fields = {
        "filed_by": SelectField(_l("Who files"), choices=choices(FILERS)),
        "deadline_start": SelectField(
            _l("The deadline is counted"),
            choices=choices(DEADLINE_STARTS, blank=_l("No special deadline")),
            validators=[_deadline_needs_start],
        ),
    }

    def preview_context(self, item) -> dict:
        return _case_page_preview(item, item)

    def publish_problem(self, item) -> str | None:
        return _code_published_elsewhere(item)

    def pre_add(self, item) -> None:
        item.deadline_start = item.deadline_start or None

    pre_update = pre_add

    def pre_delete(self, item) -> None:
        if db.session.query(ApplicationForm.id).filter_by(case_type_id=item.id).first():
            raise ValueError(str(_l("An application form belongs to this kind of case: delete it first.")))
        super().pre_delete(item)
