"""Public pages of the case-type catalogue: kinds of cases, formal requirements, application forms."""

from flask import abort, render_template

from app.catalogue import public
from app.catalogue.models import FILERS
from app.web.i18n import current_language
from plugins.portal.views import bp, published_pages

RULES_PAGE = "formal-requirements"  # the editors' text on the rules every application follows


@bp.route("/cases")
def case_types():
    groups: dict[str, list[dict]] = {filer: [] for filer in FILERS}
    for item in public.case_types():
        groups.setdefault(item["filed_by"], []).append(item)
    groups = {filer: items for filer, items in groups.items() if items}
    return render_template("portal/case_types.html", groups=groups, language=current_language())


@bp.route("/cases/<code>")
def case_type(code: str):
    page = public.case_page(code)
    if page is None:
        abort(404)
    return render_template("portal/case_type.html", page=page, language=current_language())


@bp.route("/requirements")
def requirements():
    fees = public.fees_by_case_type()
    rows = [(item, fees.get(item["id"], [])) for item in public.case_types()]
    rules = next((p for p in published_pages() if p["slug"] == RULES_PAGE), None)
    return render_template("portal/requirements.html", rows=rows, rules=rules, language=current_language())


@bp.route("/forms")
def forms():
    fees = public.fees_by_case_type()
    entries = [(form, case_type, fees.get(case_type["id"], [])) for form, case_type in public.forms()]
    return render_template("portal/forms.html", entries=entries, language=current_language())


@bp.route("/forms/<code>")
def form(code: str):
    found = public.form_by_code(code)
    if found is None:
        abort(404)
    entry, case_type = found
    return render_template(
        "portal/form.html",
        form=entry,
        case_type=case_type,
        fees=public.fees_by_case_type().get(case_type["id"], []),
        language=current_language(),
    )
