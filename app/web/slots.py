"""Named places in core pages that plugins fill with links and page parts, so that the core never
names a plugin's routes and a page still renders when the plugin is off.

The core declares each slot below, with what its contribution is given and returns. A plugin fills
slots in its ``register()``: ``fill(app, "form.page", form_url)``, where ``form_url(code)`` is its page's URL.
Templates read them through two globals: ``slot_url(name, **values)`` is the URL of a link slot or
None (the template then shows plain text, or leaves the link out; ``web/macros.html: slot_link``
does the first), and ``slot_parts(name, **values)`` is the HTML of a part slot's contributions,
joined (empty when nobody fills it). A plugin's own pages use the same slots to link to another
plugin's pages without naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from flask import Flask, current_app
from markupsafe import Markup


@dataclass(frozen=True)
class Slot:
    kind: Literal["link", "part"]  # link: one plugin gives a URL (or None); part: each gives HTML
    doc: str


SLOTS = {
    "case_type.page": Slot("link", "A kind of case's public page; code, and an anchor on it (or None)."),
    "form.page": Slot("link", "An application form's public page, how to fill it in and file it; code."),
    "faq.page": Slot("link", "All questions and answers."),
    "service_points.page": Slot("link", "Service points with their addresses and opening hours."),
    "applications.page": Slot("link", "The signed-in account's applications."),
    "submission.page": Slot("link", "One submitted application of the signed-in account; submission_id."),
    "annex.taking": Slot("link", "Where an employer takes an annex by its code; a path (e-mails are written by jobs)."),
    "case.panel": Slot("link", "Where the applicant follows one case; case_id; a path (e-mails are written by jobs)."),
    "annex.thread": Slot(
        "link", "Where an employer writes with the office about an annex they filed; annex_id; a path (for e-mails)."
    ),
    "visit.page": Slot("link", "One visit of the signed-in person; visit_id; a path (e-mails are written by jobs)."),
    "footer.links": Slot("part", "List items (<li>) linked from every page's footer."),
    "case.thread": Slot("part", "The case page's messages with the applicant, with their form; case."),
}


def fill(app: Flask, name: str, contribution: Callable[..., str | None]) -> None:
    slot = _declared(name)
    filled = app.extensions.setdefault("slots", {}).setdefault(name, [])
    if slot.kind == "link" and filled:
        raise RuntimeError(f"slot '{name}' is already filled: a link leads to one page")
    filled.append(contribution)


def _contributions(name: str) -> list[Callable[..., str | None]]:
    _declared(name)
    return current_app.extensions.get("slots", {}).get(name, [])


def _declared(name: str) -> Slot:
    if name not in SLOTS:
        raise KeyError(f"no slot named '{name}'; declared: {', '.join(SLOTS)}")
    return SLOTS[name]


def slot_url(name: str, **values) -> str | None:
    contributions = _contributions(name)
    return contributions[0](**values) if contributions else None


def slot_parts(name: str, **values) -> Markup:
    parts = (contribution(**values) for contribution in _contributions(name))
    return Markup("").join(part for part in parts if part)  # a plugin with nothing to add gives None


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(slot_url=slot_url, slot_parts=slot_parts)
