"""The catalogue as readers see it: published kinds of cases with their published steps,
requirements, statuses (in the order published with the kind of case) and forms. A preview
passes the editor's working copies as overrides and finds its kind of case by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.catalogue.models import (
    REQUIREMENT_KINDS,
    ApplicationForm,
    CaseStatus,
    CaseStep,
    CaseType,
    Requirement,
)
from app.content.models import FaqEntry
from app.content.revisions import published, snapshot

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

    def texts(self) -> list[Snapshot]:
        """Every text on the page, to tell whether any is shown in Polish for want of a version."""
        statuses = [s for view in self.steps for s in view.statuses] + self.unstepped
        steps = [view.step for view in self.steps]
        requirements = [r for items in self.requirements.values() for r in items]
        return [self.case_type, *steps, *statuses, *requirements, *self.forms]


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


def preview_overrides(item: Any, case_type: CaseType) -> list[Snapshot]:
    """The working copy of ``item``, and of its kind of case while that is not published yet."""
    overrides = [override_of(item)]
    if case_type is not item and case_type.published_revision_id is None:
        overrides.append(override_of(case_type))
    return overrides


def case_types(overrides: list[Snapshot] = ()) -> list[Snapshot]:
    return _by_position(_published(CaseType, list(overrides)).values())


def status_lines(case_type: Snapshot, overrides: list[Snapshot] = ()) -> list[StatusLine]:
    """The kind of case's published order of statuses, internal ones included."""
    statuses = _published(CaseStatus, list(overrides))
    order = sorted(case_type.get("status_order", []), key=lambda line: line[2])
    return [StatusLine(statuses[status_id], step_id) for status_id, step_id, _ in order if status_id in statuses]


def case_page(code: str) -> CasePage | None:
    """The public page of the published kind of case with this code."""
    case_type = next((d for d in case_types() if d["code"] == code), None)
    return _page(case_type, []) if case_type else None


def case_page_preview(case_type_id: int, overrides: list[Snapshot]) -> CasePage | None:
    """The page of a kind of case with the editor's working copies in it."""
    case_type = _published(CaseType, overrides).get(case_type_id)
    return _page(case_type, overrides) if case_type else None


def _page(case_type: Snapshot, overrides: list[Snapshot]) -> CasePage:
    own = case_type["id"]
    steps = [StepView(s) for s in _by_position(_children(CaseStep, own, overrides))]
    step_of = {view.step["id"]: view for view in steps}
    unstepped = []
    for line in status_lines(case_type, overrides):
        if not line.status.get("visible"):
            continue
        view = step_of.get(line.step_id)
        (view.statuses if view else unstepped).append(line.status)
    requirements: dict[str, list[Snapshot]] = {kind: [] for kind in REQUIREMENT_KINDS}
    for item in _by_position(_children(Requirement, own, overrides)):
        requirements.setdefault(item["kind"], []).append(item)
    code = case_type["code"]
    faq = _by_position(d for d in published(FaqEntry) if (d.get("case_type") or "") == code)
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


def form_by_code(code: str) -> tuple[Snapshot, Snapshot] | None:
    return next(((f, t) for f, t in forms() if f["code"] == code), None)


def form_preview(form_id: int, overrides: list[Snapshot]) -> tuple[Snapshot, Snapshot] | None:
    return next(((f, t) for f, t in forms(overrides) if f["id"] == form_id), None)


def fees_by_case_type(overrides: list[Snapshot] = ()) -> dict[int, list[Snapshot]]:
    """Published fees of every kind of case, in their order."""
    fees: dict[int, list[Snapshot]] = {}
    for item in _by_position(_published(Requirement, list(overrides)).values()):
        if item["kind"] == "fee":
            fees.setdefault(item["case_type_id"], []).append(item)
    return fees
