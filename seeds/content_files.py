"""The portal's content as data: YAML files under seeds/content/, checked against their JSON Schema
and against each other when read, and refused with the file and the path of the bad entry.

Every four-language text is a mapping ``{pl, en, ru, uk}``; here it becomes the columns side by side
(``title_pl`` …). Blocks shared by several kinds of cases live in cases/shared.yaml and are named
with ``shared: <name>``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from config import LANGUAGE_CODES
from seeds import content_schema as schemas

FOLDER = Path(__file__).parent / "content"
SHARED_FILE = "cases/shared.yaml"


class ContentFileError(ValueError):
    """A content file that cannot be loaded; the message names the file and the bad entry."""


def read(name: str, schema: dict[str, Any], base: Path | None = None) -> Any:
    path = (base or FOLDER) / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentFileError(f"{name}: not valid YAML: {error}") from None
    error = best_match(Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        raise ContentFileError(f"{name}: {_where(error.absolute_path)}: {error.message}")
    return data


def _where(path: Iterable[Any]) -> str:
    return "/".join(str(part) for part in path) or "(top level)"


def texts(entry: dict[str, Any], *fields: str) -> dict[str, str | None]:
    """``{"title": {"pl": …}}`` → ``{"title_pl": …, "title_en": …}``; a missing text is None."""
    return {f"{field}_{code}": (entry.get(field) or {}).get(code) for field in fields for code in LANGUAGE_CODES}


def _unique(name: str, entries: list[dict[str, Any]], key: str) -> None:
    seen = set()
    for index, entry in enumerate(entries):
        if entry[key] in seen:
            raise ContentFileError(f"{name}: {index}/{key}: {entry[key]!r} appears twice")
        seen.add(entry[key])


def _rows(name: str, schema: dict, base: Path | None, columns: dict[str, Any], *fields: str) -> list[dict[str, Any]]:
    """One row of column values per entry: ``columns`` are the plain fields with the value taken
    when an entry leaves one out, ``fields`` the four-language texts."""
    entries = read(name, schema, base)
    key = next(iter(columns))
    _unique(name, entries, key)
    return [
        {column: entry.get(column, default) for column, default in columns.items()} | texts(entry, *fields)
        for entry in entries
    ]


def legal_acts(base: Path | None = None) -> list[dict[str, Any]]:
    columns = {
        "code": None,
        "topic": None,
        "kind": None,
        "reference": "",
        "isap_url": None,
        "verified": None,
        "position": None,
        "editor_note": "",
    }
    return _rows("legal_acts.yaml", schemas.LEGAL_ACTS, base, columns, "title", "summary")


def questions(base: Path | None = None) -> list[dict[str, Any]]:
    columns = {"code": None, "topic": None, "case_type": "", "position": None, "editor_note": ""}
    return _rows("questions.yaml", schemas.QUESTIONS, base, columns, "question", "answer")


def pages(base: Path | None = None) -> list[dict[str, Any]]:
    columns = {"slug": None, "position": None, "in_footer": True, "editor_note": ""}
    return _rows("pages.yaml", schemas.PAGES, base, columns, "title", "body")


def announcements(base: Path | None = None) -> list[dict[str, Any]]:
    columns = {"code": None, "published_on": None, "editor_note": ""}
    rows = _rows("announcements.yaml", schemas.ANNOUNCEMENTS, base, columns, "title", "body")
    return [row | {"published_on": dt.date.fromisoformat(row["published_on"])} for row in rows]


def statuses(base: Path | None = None) -> list[dict[str, Any]]:
    columns = {"code": None, "visible": None, "notify": None, "final": None, "editor_note": ""}
    return _rows("statuses.yaml", schemas.STATUSES, base, columns, "name", "explanation", "action")


def case_types(base: Path | None = None) -> list[dict[str, Any]]:
    """The kinds of cases in the order of ``position``, shared blocks filled in: each with its
    ``steps``, ``requirements``, ``statuses`` as (code, step number) pairs, ``form`` and ``source``."""
    base = base or FOLDER
    known = {row["code"] for row in statuses(base)}
    shared = read(SHARED_FILE, schemas.SHARED_BLOCKS, base)
    for list_name, entries in shared["status_lists"].items():
        _check_codes(f"{SHARED_FILE}: status_lists/{list_name}", entries, known)
    kinds = [_case_type(path, shared, known, base) for path in sorted((base / "cases").glob("*.yaml"))]
    kinds = [kind for kind in kinds if kind is not None]  # codes are unique: each names its file
    return sorted(kinds, key=lambda kind: kind["position"])


def _case_type(path: Path, shared: dict, known: set[str], base: Path) -> dict[str, Any] | None:
    name = path.relative_to(base).as_posix()
    if name == SHARED_FILE:
        return None
    data = read(name, schemas.CASE_TYPE, base)
    if path.stem != data["code"].lower():
        raise ContentFileError(f"{name}: code: {data['code']!r} belongs in {data['code'].lower()}.yaml")
    steps = [_resolve(name, f"steps/{i}", step, shared["steps"]) for i, step in enumerate(data["steps"])]
    requirements = [
        _resolve(name, f"requirements/{i}", requirement, shared["requirements"])
        for i, requirement in enumerate(data["requirements"])
    ]
    order = _resolve(name, "statuses", data["statuses"], shared["status_lists"])
    if not isinstance(data["statuses"], dict):
        _check_codes(f"{name}: statuses", order, known)
    resolved = {
        **data,
        "steps": steps,
        "requirements": requirements,
        "statuses": [(line["status"], line["step"]) for line in order],
        "source": name,
    }
    check([resolved], known)
    return resolved


def _resolve(name: str, where: str, block: Any, shared: dict[str, Any]) -> Any:
    if not (isinstance(block, dict) and "shared" in block):
        return block
    if block["shared"] not in shared:
        raise ContentFileError(f"{name}: {where}/shared: no such block in {SHARED_FILE}: {block['shared']!r}")
    return shared[block["shared"]]


def _check_codes(where: str, entries: list[dict[str, Any]], known: set[str]) -> None:
    seen = set()
    for index, line in enumerate(entries):
        if line["status"] not in known:
            raise ContentFileError(f"{where}/{index}/status: unknown status {line['status']!r}")
        if line["status"] in seen:
            raise ContentFileError(f"{where}/{index}/status: status {line['status']!r} appears twice")
        seen.add(line["status"])


def check(kinds: list[dict[str, Any]], known: set[str]) -> None:
    """Refuse kinds of cases whose statuses do not exist or name a step they do not have."""
    for kind in kinds:
        where = f"{kind.get('source', kind['code'])}: statuses"
        for index, (code, step) in enumerate(kind["statuses"]):
            if code not in known:
                raise ContentFileError(f"{where}/{index}: unknown status {code!r}")
            if not 1 <= step <= len(kind["steps"]):
                raise ContentFileError(f"{where}/{index}: status {code!r} refers to missing step {step}")
