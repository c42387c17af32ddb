"""The catalogue as readers see it: published kinds of cases with their published steps,
requirements, statuses and forms. A preview passes the editor's working copy as an override."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.cases.models import (
    REQUIREMENT_KINDS,
    ApplicationForm,
    CaseStatus,
    CaseStep,
    CaseType,
    CaseTypeStatus,
    Requirement,
)
from app.content.models import FaqEntry
from app.content.revisions import published, snapshot
from app.extensions import db

Snapshot = dict[str, Any]


@dataclass
class StatusLine:
    status: Snapshot
    step_id: int | None


@dataclass
class StepView:
    step: Snapshot
    statuses: list[Snapshot] = field(default_factory=list)


@dataclass
class CasePage:
    case_type: Snapshot
    steps: list[StepView]
    unstepped: list[Snapshot]  # visible statuses not tied to a published step
    requirements: dict[str, list[Snapshot]]  # by kind, in REQUIREMENT_KINDS order
    forms: list[Snapshot]
    faq: list[Snapshot]


def _by_position(items) -> list[Snapshot]:
    return sorted(items, key=lambda d: (d.get("position", 0), d.get("code", ""), d["id"]))


def _published(model: type, overrides: list[Snapshot]) -> dict[int, Snapshot]:
    items = {d["id"]: d for d in published(model)}
    for override in overrides:
        if override.get("content_type") == model.content_type:
            items[override["id"]] = override
    return items


def override_of(item: Any) -> Snapshot:
    """An editor's working copy, shaped like a published snapshot, for previews."""
    return {**snapshot(item), "id": item.id, "content_type": item.content_type}


def case_types(overrides: list[Snapshot] = ()) -> list[Snapshot]:
    return _by_position(_published(CaseType, list(overrides)).values())


def case_type_by_code(code: str) -> Snapshot | None:
    return next((d for d in case_types() if d["code"] == code), None)


def status_lines(case_type_id: int, overrides: list[Snapshot] = ()) -> list[StatusLine]:
    """The kind of case's ordered statuses that are published, internal ones included."""
    statuses = _published(CaseStatus, list(overrides))
    rows = db.session.execute(
        select(CaseTypeStatus.status_id, CaseTypeStatus.step_id)
        .where(CaseTypeStatus.case_type_id == case_type_id)
        .order_by(CaseTypeStatus.position)
    )
    return [StatusLine(statuses[status_id], step_id) for status_id, step_id in rows if status_id in statuses]


def case_page(code: str, overrides: list[Snapshot] = ()) -> CasePage | None:
    overrides = list(overrides)
    case_type = next((d for d in case_types(overrides) if d["code"] == code), None)
    if case_type is None:
        return None
    own = case_type["id"]
    steps = [StepView(s) for s in _by_position(_children(CaseStep, own, overrides))]
    step_of = {view.step["id"]: view for view in steps}
    unstepped = []
    for line in status_lines(own, overrides):
        if not line.status.get("visible"):
            continue
        view = step_of.get(line.step_id)
        (view.statuses if view else unstepped).append(line.status)
    requirements: dict[str, list[Snapshot]] = {kind: [] for kind in REQUIREMENT_KINDS}
    for item in _by_position(_children(Requirement, own, overrides)):
        requirements.setdefault(item["kind"], []).append(item)
    faq = _by_position(d for d in published(FaqEntry) if (d.get("case_type") or "").strip().upper() == code)
    return CasePage(
        case_type=case_type,
        steps=steps,
        unstepped=unstepped,
        requirements={kind: items for kind, items in requirements.items() if items},
        forms=_by_position(_children(ApplicationForm, own, overrides)),
        faq=faq,
    )


def _children(model: type, case_type_id: int, overrides: list[Snapshot]) -> list[Snapshot]:
    return [d for d in _published(model, overrides).values() if d.get("case_type_id") == case_type_id]


def forms(overrides: list[Snapshot] = ()) -> list[tuple[Snapshot, Snapshot]]:
    """Published forms whose kind of case is published, with that kind of case."""
    overrides = list(overrides)
    types = {d["id"]: d for d in case_types(overrides)}
    return [
        (form, types[form["case_type_id"]])
        for form in _by_position(_published(ApplicationForm, overrides).values())
        if form["case_type_id"] in types
    ]


def form_by_code(code: str, overrides: list[Snapshot] = ()) -> tuple[Snapshot, Snapshot] | None:
    return next(((f, t) for f, t in forms(overrides) if f["code"] == code), None)


def fees(case_type_id: int) -> list[Snapshot]:
    return [d for d in _by_position(_children(Requirement, case_type_id, [])) if d["kind"] == "fee"]
