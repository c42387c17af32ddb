"""Plugins: features built on the core, each in ``plugins/<name>/plugin.py``.

A plugin module defines ``info = PluginInfo(...)`` and ``register(app, appbuilder)``. The
enabled set comes from the PLUGINS setting (all found plugins when empty, none for "none"). A name that does
not exist, a plugin enabled without the plugins it requires, or a plugin that fails to import or to register,
stops startup with its name. The contract in full: README.md, "The plugin contract".
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from flask import Flask

PLUGINS_DIR = Path(__file__).resolve().parent.parent / "plugins"


@dataclass(frozen=True)
class PluginInfo:
    name: str
    title: str
    description: str
    version: str = "1.0"
    requires: tuple[str, ...] = ()  # other plugins it imports or links to directly; slots need none


class PluginError(RuntimeError):
    """A plugin could not be loaded; the message names it."""


@dataclass(frozen=True)
class LoadedPlugin:
    info: PluginInfo
    module: ModuleType
    path: Path


def available() -> list[str]:
    return sorted(p.parent.name for p in PLUGINS_DIR.glob("*/plugin.py"))


def _import(name: str) -> LoadedPlugin:
    try:
        module = importlib.import_module(f"plugins.{name}.plugin")
    except Exception as error:
        raise PluginError(f"plugin '{name}' failed to import: {type(error).__name__}: {error}") from error
    info = getattr(module, "info", None)
    if not isinstance(info, PluginInfo) or not callable(getattr(module, "register", None)):
        raise PluginError(f"plugin '{name}' must define info = PluginInfo(...) and register(app, appbuilder)")
    if info.name != name:
        raise PluginError(f"plugin '{name}' calls itself '{info.name}'")
    return LoadedPlugin(info, module, PLUGINS_DIR / name)


def discover(app: Flask) -> list[LoadedPlugin]:
    """Import the enabled plugins (before AppBuilder starts, so their catalogs are known)."""
    found = available()
    configured = list(app.config["PLUGINS"])
    wanted = [] if configured == ["none"] else (configured or found)
    unknown = [name for name in wanted if name not in found]
    if unknown:
        raise PluginError(f"unknown plugin(s) in PLUGINS: {', '.join(unknown)}; available: {', '.join(found)}")
    loaded = in_requirement_order([_import(name) for name in wanted], found)
    extra = [str(p.path / "translations") for p in loaded if (p.path / "translations").is_dir()]
    if extra:
        app.config["BABEL_TRANSLATION_DIRECTORIES"] = ";".join([app.config["BABEL_TRANSLATION_DIRECTORIES"], *extra])
    return loaded


def in_requirement_order(loaded: list[LoadedPlugin], found: list[str]) -> list[LoadedPlugin]:
    """The plugins with each after those it requires; refused (before any registers) when one lacks a
    plugin it requires or requirements go round in a circle."""
    enabled = {plugin.info.name: plugin for plugin in loaded}
    ordered: list[LoadedPlugin] = []

    def place(plugin: LoadedPlugin, chain: tuple[str, ...]) -> None:
        name = plugin.info.name
        if name in chain:
            raise PluginError(f"plugins require each other in a circle: {' -> '.join([*chain, name])}")
        for required in plugin.info.requires:
            if required not in found:
                raise PluginError(f"plugin '{name}' requires '{required}', which does not exist")
            if required not in enabled:
                raise PluginError(f"plugin '{name}' requires '{required}', which PLUGINS does not enable")
            place(enabled[required], (*chain, name))
        if plugin not in ordered:
            ordered.append(plugin)

    for plugin in loaded:
        place(plugin, ())
    return ordered


def register_all(app: Flask, appbuilder, plugins: list[LoadedPlugin]) -> None:
    for plugin in plugins:
        try:
            plugin.module.register(app, appbuilder)
        except Exception as error:
            raise PluginError(
                f"plugin '{plugin.info.name}' failed to register: {type(error).__name__}: {error}"
            ) from error
    app.extensions["plugins"] = {p.info.name: p for p in plugins}
