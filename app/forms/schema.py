"""The JSON Schema of a form definition (seeds/forms/*.yaml); the checks a schema cannot express
(references between fields, registered types) are in definitions.py."""

from __future__ import annotations

KEY = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"}
REFERENCE = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}\\.[a-z][a-z0-9_]{0,39}$"}
# a field of a section, or of each item of a section's group (section.group.field)
ITEM_REFERENCE = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}(\\.[a-z][a-z0-9_]{0,39}){1,2}$"}
TEXT = {
    "type": "object",
    "properties": {code: {"type": "string", "minLength": 1} for code in ("pl", "en", "ru", "uk")},
    "required": ["pl", "en", "ru", "uk"],
    "additionalProperties": False,
}

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["code", "case_type", "filed_by", "title", "intro", "sections", "warnings", "hints", "common_errors"],
    "additionalProperties": False,
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Z]{2,8}(-[A-Z]{2,8})?$"},
        "case_type": {"type": "string", "pattern": "^[A-Z]{2,8}$"},
        "filed_by": {"enum": ["foreigner", "employer", "inviting-person"]},
        "editor_note": {"type": "string"},
        "annexes": {
            "type": "array",
            "items": {"type": "string", "pattern": "^[A-Z]{2,8}-[A-Z]{2,8}$"},
            "uniqueItems": True,
        },
        "title": {"$ref": "#/$defs/text"},
        "intro": {"$ref": "#/$defs/text"},
        "sections": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/section"}},
        "warnings": {"type": "array", "items": {"$ref": "#/$defs/warning"}},
        "hints": {"type": "array", "minItems": 3, "items": {"$ref": "#/$defs/text"}},
        "common_errors": {
            "type": "array",
            "minItems": 2,
            "items": {
                "type": "object",
                "required": ["title", "text"],
                "additionalProperties": False,
                "properties": {"title": {"$ref": "#/$defs/text"}, "text": {"$ref": "#/$defs/text"}},
            },
        },
        "faq": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["question", "answer"],
                "additionalProperties": False,
                "properties": {"question": {"$ref": "#/$defs/text"}, "answer": {"$ref": "#/$defs/text"}},
            },
        },
    },
    "$defs": {
        "text": TEXT,
        "key": KEY,
        "reference": REFERENCE,
        "item_reference": ITEM_REFERENCE,
        "condition": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["field"],
                    "additionalProperties": False,
                    "minProperties": 2,
                    "maxProperties": 2,
                    "properties": {
                        "field": {"$ref": "#/$defs/reference"},
                        "equals": {"type": ["string", "boolean", "number"]},
                        "in": {"type": "array", "minItems": 1, "items": {"type": ["string", "boolean", "number"]}},
                        "filled": {"type": "boolean"},
                    },
                },
                {
                    "type": "object",
                    "required": ["all"],
                    "additionalProperties": False,
                    "properties": {"all": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}},
                },
                {
                    "type": "object",
                    "required": ["any"],
                    "additionalProperties": False,
                    "properties": {"any": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}},
                },
                {
                    "type": "object",
                    "required": ["not"],
                    "additionalProperties": False,
                    "properties": {"not": {"$ref": "#/$defs/condition"}},
                },
            ]
        },
        "choice": {
            "type": "object",
            "required": ["value", "label"],
            "additionalProperties": False,
            "properties": {"value": {"type": "string", "minLength": 1}, "label": {"$ref": "#/$defs/text"}},
        },
        "field": {
            "type": "object",
            "required": ["key", "type", "label"],
            "additionalProperties": False,
            "properties": {
                "key": {"$ref": "#/$defs/key"},
                "type": {"type": "string"},
                "label": {"$ref": "#/$defs/text"},
                "hint": {"$ref": "#/$defs/text"},
                "required": {"oneOf": [{"type": "boolean"}, {"$ref": "#/$defs/condition"}]},
                "shown_if": {"$ref": "#/$defs/condition"},
                "latin": {"type": "boolean"},
                # a name written as in a passport, spelled by the rule of the country answered here
                "passport": {"type": "array", "items": {"$ref": "#/$defs/item_reference"}},
                "max_length": {"type": "integer", "minimum": 1, "maximum": 2000},
                "min": {"type": "number"},
                "max": {"type": "number"},
                "date": {"enum": ["past", "future"]},
                "after": {"$ref": "#/$defs/reference"},
                "choices": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/choice"}},
                "fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/field"}},
                "min_items": {"type": "integer", "minimum": 0},
                "max_items": {"type": "integer", "minimum": 1, "maximum": 50},
                "item_label": {"$ref": "#/$defs/text"},
            },
        },
        "check": {
            "type": "object",
            "required": ["rule", "fields"],
            "additionalProperties": False,
            "properties": {
                "rule": {"enum": ["pesel_matches", "date_order", "polish_postal_code", "postal_code_locality"]},
                "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/item_reference"}},
                "same_day": {"type": "boolean"},
            },
        },
        "section": {
            "type": "object",
            "required": ["key", "title", "fields"],
            "additionalProperties": False,
            "properties": {
                "key": {"$ref": "#/$defs/key"},
                "title": {"$ref": "#/$defs/text"},
                "help": {"$ref": "#/$defs/text"},
                "shown_if": {"$ref": "#/$defs/condition"},
                "fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/field"}},
                "checks": {"type": "array", "items": {"$ref": "#/$defs/check"}},
            },
        },
        "warning": {
            "type": "object",
            "required": ["key", "when", "message", "explanation"],
            "additionalProperties": False,
            "properties": {
                "key": {"$ref": "#/$defs/key"},
                "when": {"$ref": "#/$defs/condition"},
                "message": {"$ref": "#/$defs/text"},
                "explanation": {"$ref": "#/$defs/text"},
            },
        },
    },
}

# Which fields each cross-field check needs, by role.
CHECK_FIELDS = {
    "pesel_matches": {"pesel", "birth_date", "sex"},
    "date_order": {"first", "second"},
    "polish_postal_code": {"country", "postal_code"},
    "postal_code_locality": {"postal_code", "locality"},
}
