"""The case-type catalogue from seeds/content/statuses.yaml and seeds/content/cases/*.yaml: status
types, then each kind of case with its steps, order of statuses, requirements and application
form. Each row is published on first load and kept up to date with its seed under the rule of
seeds/records.py; a kind of case that already exists gets what its seed added since (a new step,
requirement or form). Unverified facts carry an editor's note saying what to check."""

from __future__ import annotations

from typing import Any

from app.catalogue.models import ApplicationForm, CaseStatus, CaseStep, CaseType, CaseTypeStatus, Requirement
from app.content import revisions
from app.extensions import db
from seeds import content_files, records
from seeds.content_files import texts

ORDER = "status-order"


def case_type_data() -> list[dict]:
    return content_files.case_types()


def check(case_types: list[dict]) -> None:
    """Refuse data whose status codes or step numbers do not exist, naming the place."""
    content_files.check(case_types, {status["code"] for status in content_files.statuses()})


def load() -> list[str]:
    case_types = case_type_data()
    report = []
    statuses = {}
    for values in content_files.statuses():
        row = db.session.query(CaseStatus).filter_by(code=values["code"]).one_or_none()
        row, outcome = records.publishable(
            CaseStatus.content_type, values["code"], values, row, lambda values=values: CaseStatus(**values)
        )
        report.append(f"status {values['code']}: {outcome}")
        if row is not None:
            statuses[values["code"]] = row
    for data in case_types:
        case_type = db.session.query(CaseType).filter_by(code=data["code"]).one_or_none()
        if case_type is None:
            report.append(_add(data, statuses))
        else:
            report += _follow(case_type, data, statuses)
    return report


def case_type_values(data: dict) -> dict[str, Any]:
    plain = ("code", "position", "filed_by", "proxy_allowed", "legal_basis")
    return {
        **{key: data[key] for key in plain},
        "decision_days": data.get("decision_days"),
        "deadline_start": data.get("deadline_start"),
        "editor_note": data.get("editor_note", ""),
        **texts(data, "name", "summary", "description"),
    }


def step_values(data: dict) -> list[dict[str, Any]]:
    return [{"position": number, **texts(step, "title", "description")} for number, step in enumerate(data["steps"], 1)]


def requirement_values(data: dict) -> list[dict[str, Any]]:
    return [
        {
            "position": place * 10,
            "kind": requirement["kind"],
            **{key: requirement.get(key, "") for key in ("amount", "recipient", "account", "editor_note")},
            **texts(requirement, "title", "details"),
        }
        for place, requirement in enumerate(data["requirements"], start=1)
    ]


def order_values(data: dict) -> list[list]:
    """The order of statuses: status code, step number, place."""
    return [[code, step, place * 10] for place, (code, step) in enumerate(data["statuses"], start=1)]


def form_values(data: dict) -> dict[str, Any]:
    form = data["form"]
    return {
        "code": data["code"],
        "submission_mode": form["submission_mode"],
        "external_url": form.get("external_url", ""),
        "position": data["position"],
        "editor_note": form.get("editor_note", ""),
        **texts(form, "title", "instructions"),
    }


def _add(data: dict, statuses: dict[str, CaseStatus]) -> str:
    """A kind of case that is missing: added whole and published, unless an editor deleted it."""
    code = data["code"]
    if reason := records.missing(CaseType.content_type, code):
        return f"case type {code}: {reason}"
    case_type = CaseType(**case_type_values(data))
    parts = [(CaseStep(case_type=case_type, **v), f"{code}/{v['position']}", v) for v in step_values(data)]
    parts += [(Requirement(case_type=case_type, **v), f"{code}/{v['position']}", v) for v in requirement_values(data)]
    parts.append((ApplicationForm(case_type=case_type, **form_values(data)), code, form_values(data)))
    # the kind of case comes last so that its published snapshot holds the order of statuses
    parts.append((case_type, code, case_type_values(data)))
    _write_order(case_type, order_values(data), statuses)
    db.session.add_all(item for item, _, _ in parts)
    db.session.flush()
    for item, key, values in parts:
        revisions.publish(item, None)
        records.added(item.content_type, key, values, lambda item=item, values=values: records.columns(item, values))
    records.added(ORDER, code, order_values(data), lambda: _read_order(case_type))
    return (
        f"case type {code}: added and published ({len(data['steps'])} steps, {len(data['requirements'])} "
        f"requirements, {len(data['statuses'])} statuses in order, form)"
    )


def _follow(case_type: CaseType, data: dict, statuses: dict[str, CaseStatus]) -> list[str]:
    """An existing kind of case follows its seed part by part; only what did not stay as it was is
    reported besides the kind of case itself."""
    code = data["code"]
    lines = []
    steps = {step.position: step for step in case_type.steps}
    for values in step_values(data):
        lines.append(_part(CaseStep, f"{code}/{values['position']}", values, steps.get(values["position"]), case_type))
    requirements = {requirement.position: requirement for requirement in case_type.requirements}
    for values in requirement_values(data):
        row = requirements.get(values["position"])
        lines.append(_part(Requirement, f"{code}/{values['position']}", values, row, case_type))
    form = db.session.query(ApplicationForm).filter_by(code=code).one_or_none()
    lines.append(_part(ApplicationForm, code, form_values(data), form, case_type))
    wanted = order_values(data)
    order = records.apply(
        ORDER,
        code,
        wanted,
        read=lambda: _read_order(case_type),
        write=lambda: _write_order(case_type, wanted, statuses),
        earlier=lambda: _first_order(case_type),
    )
    values = case_type_values(data)
    own = records.apply(
        CaseType.content_type,
        code,
        values,
        read=lambda: records.columns(case_type, values),
        write=lambda: records.set_columns(case_type, values),
        earlier=lambda: records.first_publication(case_type, values),
    )
    # the order of statuses reaches readers with the kind of case's published snapshot
    suffix = ""
    if records.UPDATED in (own, order) and records.published_again(case_type, records.UPDATED) != records.UPDATED:
        suffix = " and published"
    lines.append(f"status order {code}: {order}{suffix if order == records.UPDATED else ''}")
    kept = f": {records.KEPT}"
    own_line = f"case type {code}: {own}{suffix if own == records.UPDATED else ''}"
    return [own_line, *(line for line in lines if not line.endswith(kept))]


def _part(model: type, key: str, values: dict[str, Any], row: Any, case_type: CaseType) -> str:
    label = {CaseStep: "step", Requirement: "requirement", ApplicationForm: "form"}[model]
    _, outcome = records.publishable(model.content_type, key, values, row, lambda: model(case_type=case_type, **values))
    return f"{label} {key}: {outcome}"


def _read_order(case_type: CaseType) -> list[list]:
    lines = sorted(case_type.status_order, key=lambda line: (line.position, line.id or 0))
    return [[line.status.code, line.step.position if line.step else None, line.position] for line in lines]


def _write_order(case_type: CaseType, order: list[list], statuses: dict[str, CaseStatus]) -> None:
    """Lines are changed in place (a status appears once per kind of case), missing ones added
    and those the seed no longer lists removed."""
    steps = {step.position: step for step in case_type.steps}
    lines = {line.status.code: line for line in case_type.status_order}
    for code, step, position in order:
        if code not in lines and code not in statuses:
            raise ValueError(f"case type {case_type.code}: status {code!r} was deleted by an editor")
        line = lines.pop(code, None) or CaseTypeStatus(case_type=case_type, status=statuses[code])
        line.step, line.position = steps.get(step), position
    for line in lines.values():
        case_type.status_order.remove(line)


def _first_order(case_type: CaseType) -> list[list] | None:
    """The order of statuses the seed first published with the kind of case."""
    first = records.first_publication(case_type, {"status_order": None})
    if first is None or first["status_order"] is None:
        return None
    codes = dict(db.session.query(CaseStatus.id, CaseStatus.code))
    steps = {step.id: step.position for step in case_type.steps}
    return [[codes.get(status), steps.get(step), position] for status, step, position in first["status_order"]]
