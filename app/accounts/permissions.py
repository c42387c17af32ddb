"""The permissions of a set of roles, held by each process while the roles and permissions stay as
they are, and what is built from them (the back office's menu) held alongside.

Flask-AppBuilder asks whether the user's roles hold a permission once per view and once per menu
entry, on every back-office request; the answer changes only when an administrator changes a role
or the views' permissions are synchronised. So a process reads a role set's permissions once and
keeps them under a generation kept in the shared cache: any committed change to a role, a
permission, a view or their links starts a new generation, and every process reads afresh on its
next request. The generation is read once per request; a generation missing from the cache (emptied,
or new) begins at a random number, so nothing held from before passes for the new one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from flask import Flask, current_app, g, has_request_context, render_template
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.web import generations
from app.web.i18n import current_language
from app.web.shared_cache import attempt

GENERATION_KEY = "permissions:generation"
# Flask-AppBuilder's security tables; a role's permissions change through the role (a dirty row)
SECURITY_TABLES = frozenset(
    {"ab_role", "ab_permission", "ab_view_menu", "ab_permission_view", "ab_permission_view_role", "ab_group"}
)
_HOLD = 256  # role sets × languages: a handful in practice


def generation() -> int | None:
    """The current generation, read once per request; None when the shared cache does not answer
    (then nothing is held: every request reads for itself, as it would without this module)."""
    if has_request_context() and "permissions_generation" in g:
        return g.permissions_generation
    # None when the cache does not answer: read for this request alone
    found = attempt("permissions read", lambda: generations.read(GENERATION_KEY), None)
    if has_request_context():
        g.permissions_generation = found
    return found


def held(key: Hashable, build: Callable[[], Any]) -> Any:
    """What ``build()`` gives for ``key`` (a role set's permissions, a menu for a role set and a
    language), built once per process and generation. Read only: every request shares it."""
    now = generation()
    if now is None:
        return build()
    kept = current_app.extensions.setdefault("held_permissions", {})
    found = kept.get(key)
    if found is not None and found[0] == now:
        return found[1]
    value = build()
    if len(kept) >= _HOLD:
        kept.clear()
    kept[key] = (now, value)
    return value


def role_ids(user: Any) -> tuple[int, ...]:
    return tuple(sorted({role.id for role in current_app.appbuilder.sm.get_user_roles(user)}))


def menu() -> Markup:
    """The back office's menu as the user's roles see it, in the page's language: rendered once per
    process, role set, language and generation (each entry costs a permission check and the
    entries' links never change)."""

    def render() -> Markup:
        # Flask-AppBuilder's own menu template, rendered with autoescape
        return Markup(render_template("appbuilder/navbar_menu.html", menu=current_app.appbuilder.menu))  # noqa: S704

    return held(("menu", role_ids(current_user), current_language()), render)


def new_generation() -> None:
    """Roles or permissions changed: every process reads them afresh on its next request."""
    generations.advance(GENERATION_KEY, "the permissions")


# a flush that touches a role or a permission: a new generation once its transaction commits
_watch_security_tables = generations.watcher(GENERATION_KEY, SECURITY_TABLES, "the permissions")


def init_app(app: Flask) -> None:
    app.jinja_env.globals["held_menu"] = menu
    if not event.contains(Session, "after_flush", _watch_security_tables):
        event.listen(Session, "after_flush", _watch_security_tables)
