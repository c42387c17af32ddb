"""The JSON Schemas of the portal's content files (seeds/content/**/*.yaml); the checks a schema
cannot express (shared names, status codes, step numbers, unique keys) are in content_files.py."""

from __future__ import annotations

from typing import Any

from app.catalogue.models import DEADLINE_STARTS, FILERS, REQUIREMENT_KINDS, SUBMISSION_MODES
from app.content.models import FAQ_TOPICS, KINDS, TOPICS
from config import LANGUAGE_CODES

TEXT = {
    "type": "object",
    "properties": {code: {"type": "string", "minLength": 1} for code in LANGUAGE_CODES},
    "required": list(LANGUAGE_CODES),
    "additionalProperties": False,
}
CODE = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 64}
CASE_CODE = {"type": "string", "pattern": "^[A-Z]{2,8}$"}
NOTE = {"type": "string"}
POSITION = {"type": "integer", "minimum": 0}
SHARED = {
    "type": "object",
    "required": ["shared"],
    "additionalProperties": False,
    "properties": {"shared": CODE},
}


def or_shared(schema: dict[str, Any]) -> dict[str, Any]:
    """Either a block of its own or ``{shared: <name>}`` (if/then rather than oneOf, so that an error
    names the bad entry itself)."""
    return {"if": {"type": "object", "required": ["shared"]}, "then": SHARED, "else": schema}


def entry(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "additionalProperties": False, "properties": properties}


def listing(item: dict[str, Any]) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "minItems": 1, "items": item}


LEGAL_ACTS = listing(
    entry(
        ["code", "topic", "kind", "isap_url", "verified", "position", "title", "summary"],
        {
            "code": CODE,
            "topic": {"enum": list(TOPICS)},
            "kind": {"enum": list(KINDS)},
            "reference": {"type": "string", "maxLength": 80},
            "isap_url": {"type": "string", "pattern": "^https://"},
            "verified": {"type": "boolean"},
            "position": POSITION,
            "editor_note": NOTE,
            "title": TEXT,
            "summary": TEXT,
        },
    )
)
QUESTIONS = listing(
    entry(
        ["code", "topic", "position", "question", "answer"],
        {
            "code": CODE,
            "topic": {"enum": list(FAQ_TOPICS)},
            "case_type": CASE_CODE,
            "position": POSITION,
            "editor_note": NOTE,
            "question": TEXT,
            "answer": TEXT,
        },
    )
)
PAGES = listing(
    entry(
        ["slug", "position", "title", "body"],
        {
            "slug": CODE,
            "position": POSITION,
            "in_footer": {"type": "boolean"},
            "editor_note": NOTE,
            "title": TEXT,
            "body": TEXT,
        },
    )
)
ANNOUNCEMENTS = listing(
    entry(
        ["code", "published_on", "title", "body"],
        {
            "code": CODE,
            "published_on": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "editor_note": NOTE,
            "title": TEXT,
            "body": TEXT,
        },
    )
)
STATUSES = listing(
    entry(
        ["code", "visible", "notify", "final", "name", "explanation"],
        {
            "code": {**CODE, "maxLength": 40},
            "visible": {"type": "boolean"},
            "notify": {"type": "boolean"},
            "final": {"type": "boolean"},
            "editor_note": NOTE,
            "name": TEXT,
            "explanation": TEXT,
            "action": TEXT,
        },
    )
)

STEP = entry(["title", "description"], {"title": TEXT, "description": TEXT})
REQUIREMENT = entry(
    ["kind", "title", "details"],
    {
        "kind": {"enum": list(REQUIREMENT_KINDS)},
        "amount": {"type": "string", "maxLength": 60},
        "recipient": {"type": "string", "maxLength": 200},
        "account": {"type": "string", "maxLength": 64},
        "editor_note": NOTE,
        "title": TEXT,
        "details": TEXT,
    },
)
STATUS_LIST = {
    "type": "array",
    "minItems": 1,
    "items": entry(["status", "step"], {"status": CODE, "step": {"type": "integer", "minimum": 1}}),
}

SHARED_BLOCKS = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    **entry(
        ["steps", "requirements", "status_lists"],
        {
            "steps": {"type": "object", "propertyNames": CODE, "additionalProperties": STEP},
            "requirements": {"type": "object", "propertyNames": CODE, "additionalProperties": REQUIREMENT},
            "status_lists": {"type": "object", "propertyNames": CODE, "additionalProperties": STATUS_LIST},
        },
    ),
}

CASE_TYPE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    **entry(
        [
            "code",
            "position",
            "filed_by",
            "proxy_allowed",
            "legal_basis",
            "name",
            "summary",
            "description",
            "steps",
            "statuses",
            "requirements",
            "form",
        ],
        {
            "code": CASE_CODE,
            "position": POSITION,
            "filed_by": {"enum": list(FILERS)},
            "proxy_allowed": {"type": "boolean"},
            "legal_basis": {"type": "string", "maxLength": 200},
            "decision_days": {"type": "integer", "minimum": 1},
            "deadline_start": {"enum": list(DEADLINE_STARTS)},
            "editor_note": NOTE,
            "name": TEXT,
            "summary": TEXT,
            "description": TEXT,
            "steps": {"type": "array", "minItems": 1, "items": or_shared(STEP)},
            "statuses": or_shared(STATUS_LIST),
            "requirements": {"type": "array", "items": or_shared(REQUIREMENT)},
            "form": {
                **entry(
                    ["submission_mode", "title", "instructions"],
                    {
                        "submission_mode": {"enum": list(SUBMISSION_MODES)},
                        "external_url": {"type": "string", "pattern": "^https://"},
                        "editor_note": NOTE,
                        "title": TEXT,
                        "instructions": TEXT,
                    },
                ),
                # a form filed in a national system must say where that system is
                "if": {"properties": {"submission_mode": {"const": "external"}}},
                "then": {"required": ["external_url"]},
            },
        },
    ),
}
