"""The portal's main navigation, which plugins extend, and safe redirect targets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Flask, current_app, has_request_context, request, url_for


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: object  # a lazy string, translated when the page renders
    description: object = ""
    order: int = 100
    values: tuple[tuple[str, str], ...] = ()  # URL values, e.g. (("slug", "organisation"),)
    in_menu: bool = True  # in the main menu as well as on the home page
    shown: Callable[[], bool] | None = None  # e.g. only while the linked page is published
    badge: Callable[[], str | None] | None = None  # a short count beside the label (never personal data)

    @property
    def key(self) -> str:
        return "|".join([self.endpoint, *(f"{k}={v}" for k, v in self.values)])

    def url(self) -> str:
        return url_for(self.endpoint, **dict(self.values))

    def is_current(self) -> bool:
        return request.endpoint == self.endpoint and all(
            str((request.view_args or {}).get(k)) == v for k, v in self.values
        )


def add_nav_item(app: Flask, item: NavItem) -> None:
    items = app.extensions.setdefault("portal_nav", [])
    if any(existing.key == item.key for existing in items):
        raise RuntimeError(f"navigation already has {item.key}")
    items.append(item)
    items.sort(key=lambda i: i.order)


def nav_items() -> list[NavItem]:
    return [item for item in current_app.extensions.get("portal_nav", []) if item.shown is None or item.shown()]


def safe_next_url(target: str | None) -> str | None:
    """A local path to go back to, or None: never another host, scheme or protocol-relative URL."""
    if not target or len(target) > 2000:
        return None
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.netloc and has_request_context() and parts.netloc == request.host and parts.scheme in ("http", "https"):
        target = parts.path + (f"?{parts.query}" if parts.query else "")  # our own absolute URL
        parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target
