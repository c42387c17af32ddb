"""The case-type catalogue in four languages, published on first load: statuses, then each kind
of case with its steps, ordered statuses, requirements and application form.

A kind of case (or status) is inserted when its code is missing; one that exists is left as the
editors keep it. Unverified facts carry an editor's note saying what to check."""

from __future__ import annotations

import importlib
import pkgutil

from app.catalogue.models import ApplicationForm, CaseStatus, CaseStep, CaseType, CaseTypeStatus, Requirement
from app.content import revisions
from app.extensions import db
from config import LANGUAGE_CODES
from seeds.content import cases as case_modules
from seeds.content.statuses_data import STATUSES


def texts(data: dict, *fields: str) -> dict:
    """``{"name": {"pl": …}}`` → ``{"name_pl": …, "name_en": …}`` (missing versions as None)."""
    return {f"{field}_{code}": (data[field].get(code) or None) for field in fields for code in LANGUAGE_CODES}


def case_type_data() -> list[dict]:
    modules = [
        importlib.import_module(f"{case_modules.__name__}.{info.name}")
        for info in pkgutil.iter_modules(case_modules.__path__)
        if not info.name.startswith("_")
    ]
    return sorted((m.CASE_TYPE for m in modules), key=lambda d: d["position"])


def check(case_types: list[dict]) -> None:
    """Refuse data whose status codes or step numbers do not exist, naming the place."""
    known = {s["code"] for s in STATUSES}
    for data in case_types:
        for code, step in data["statuses"]:
            if code not in known:
                raise ValueError(f"case type {data['code']}: unknown status {code!r}")
            if not 1 <= step <= len(data["steps"]):
                raise ValueError(f"case type {data['code']}: status {code!r} refers to missing step {step}")


def load() -> list[str]:
    case_types = case_type_data()
    check(case_types)
    report = []
    statuses = {}
    for data in STATUSES:
        status = db.session.query(CaseStatus).filter_by(code=data["code"]).one_or_none()
        if status is None:
            status = CaseStatus(
                code=data["code"],
                visible=data["visible"],
                notify=data["notify"],
                final=data["final"],
                editor_note=data["editor_note"],
                **texts(data, "name", "explanation", "action"),
            )
            _publish_all([status])
            report.append(f"status {data['code']}: added and published")
        statuses[data["code"]] = status
    for data in case_types:
        if db.session.query(CaseType.id).filter_by(code=data["code"]).first():
            report.append(f"case type {data['code']}: kept")
            continue
        _publish_all(_case_type_rows(data, statuses))
        report.append(f"case type {data['code']}: added and published")
    return report


def _publish_all(items: list) -> None:
    """Add and publish the items together: a failure leaves none of them behind."""
    try:
        db.session.add_all(items)
        db.session.flush()
        for item in items:
            revisions.publish(item, None, commit=False)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise


def _case_type_rows(data: dict, statuses: dict[str, CaseStatus]) -> list:
    """The kind of case with its steps, order of statuses, requirements and form; the kind of
    case comes last so that its published snapshot holds the order of statuses."""
    case_type = CaseType(
        code=data["code"],
        position=data["position"],
        filed_by=data["filed_by"],
        proxy_allowed=data["proxy_allowed"],
        legal_basis=data["legal_basis"],
        decision_days=data["decision_days"],
        deadline_start=data["deadline_start"],
        editor_note=data["editor_note"],
        **texts(data, "name", "summary", "description"),
    )
    steps = [
        CaseStep(case_type=case_type, position=number, **texts(step, "title", "description"))
        for number, step in enumerate(data["steps"], start=1)
    ]
    for place, (code, step) in enumerate(data["statuses"], start=1):
        CaseTypeStatus(case_type=case_type, status=statuses[code], step=steps[step - 1], position=place * 10)
    requirements = [
        Requirement(
            case_type=case_type,
            position=place * 10,
            **{key: requirement[key] for key in ("kind", "amount", "recipient", "account", "editor_note")},
            **texts(requirement, "title", "details"),
        )
        for place, requirement in enumerate(data["requirements"], start=1)
    ]
    form = data["form"]
    application_form = ApplicationForm(
        code=data["code"],
        case_type=case_type,
        submission_mode=form["submission_mode"],
        external_url=form["external_url"],
        position=data["position"],
        editor_note=form["editor_note"],
        **texts(form, "title", "instructions"),
    )
    return [*steps, *requirements, application_form, case_type]
