"""The names an application gives, as written on it (in Latin letters, as the passport has them):
what the office shows and searches instead of the account's own name, which may be in another
alphabet or belong to someone else (an employer's account files a work permit)."""

from __future__ import annotations

from app.forms.models import Submission


def names_on(definition: dict, answers: dict) -> list[str]:
    """Each person's or organisation's name in the application's parts, in their order: a
    part's surname with its given names ("surname, given names"), or its name."""
    found = []
    for section in definition.get("sections", []):
        keys = {spec["key"] for spec in section.get("fields", [])}
        given = answers.get(section["key"])
        if not isinstance(given, dict):
            continue
        surname = _text(given.get("surname")) if "surname" in keys else ""
        if surname:
            first = _text(given.get("given_names")) if "given_names" in keys else ""
            found.append(f"{surname}, {first}" if first else surname)
        elif "name" in keys and _text(given.get("name")):
            found.append(_text(given.get("name")))
    return found


def name_on(submission: Submission) -> str:
    """The applicant's name as the application gives it (its first name), or "" without one."""
    return next(iter(names_on(submission.definition.data, submission.answers or {})), "")


def _text(value) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
