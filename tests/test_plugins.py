"""Plugins load from configuration; a broken or unknown one stops startup with its name."""

import importlib
import re
import sys
import types
from pathlib import Path

import pytest

from app import plugins
from app.plugins import PLUGINS_DIR, PluginError, PluginInfo, available
from tests.fixtures import build_app


def test_all_plugins_are_enabled_by_default(app):
    assert set(app.extensions["plugins"]) == set(available())
    assert "portal" in available()


def test_an_unknown_plugin_stops_startup(tmp_path):
    with pytest.raises(PluginError, match="unknown plugin\\(s\\) in PLUGINS: nosuch"):
        build_app(tmp_path, PLUGINS="portal,nosuch")


def test_a_disabled_plugin_leaves_the_rest_running(database, tmp_path):
    app = build_app(tmp_path, PLUGINS="none")
    with app.app_context():
        client = app.test_client()
        assert client.get("/service-points").status_code == 404
        page = client.get("/").get_data(as_text=True)
        assert client.get("/").status_code == 200
        assert "/service-points" not in page


def _fake_plugin(monkeypatch, name: str, module: types.ModuleType) -> None:
    monkeypatch.setitem(sys.modules, f"plugins.{name}.plugin", module)
    found = plugins.available()
    monkeypatch.setattr(plugins, "available", lambda: sorted({*found, name}))


def _plugin_requiring(monkeypatch, name: str, *requires: str) -> None:
    module = types.ModuleType(f"plugins.{name}.plugin")
    module.info = PluginInfo(name=name, title=name, description="needs others", requires=requires)
    module.register = lambda app, appbuilder: None
    _fake_plugin(monkeypatch, name, module)


def test_a_plugin_that_fails_to_import_stops_startup_with_its_name(monkeypatch, tmp_path):
    monkeypatch.setattr("app.plugins.available", lambda: ["portal", "broken"])
    with pytest.raises(PluginError, match="plugin 'broken' failed to import: ModuleNotFoundError"):
        build_app(tmp_path, PLUGINS="broken")


def test_a_plugin_that_fails_to_register_stops_startup_with_its_name(monkeypatch, tmp_path):
    module = types.ModuleType("plugins.faulty.plugin")
    module.info = PluginInfo(name="faulty", title="Faulty", description="raises")

    def register(app, appbuilder):
        raise ValueError("no such view")

    module.register = register
    _fake_plugin(monkeypatch, "faulty", module)
    with pytest.raises(PluginError, match="plugin 'faulty' failed to register: ValueError: no such view"):
        build_app(tmp_path, PLUGINS="faulty")


def test_a_plugin_without_the_contract_is_refused(monkeypatch, tmp_path):
    module = types.ModuleType("plugins.bare.plugin")
    _fake_plugin(monkeypatch, "bare", module)
    with pytest.raises(PluginError, match="must define info"):
        build_app(tmp_path, PLUGINS="bare")


def test_flask_plugins_lists_them(app):
    result = app.test_cli_runner().invoke(args=["plugins"])
    assert result.exit_code == 0
    assert "portal" in result.output
    assert "enabled" in result.output


def test_a_plugin_without_the_plugins_it_requires_is_refused(monkeypatch, tmp_path):
    _plugin_requiring(monkeypatch, "needy", "eforms")
    with pytest.raises(PluginError, match="plugin 'needy' requires 'eforms', which PLUGINS does not enable"):
        build_app(tmp_path, PLUGINS="portal,needy")


def test_a_plugin_requiring_one_that_does_not_exist_is_refused(monkeypatch, tmp_path):
    _plugin_requiring(monkeypatch, "needy", "nosuch")
    with pytest.raises(PluginError, match="plugin 'needy' requires 'nosuch', which does not exist"):
        build_app(tmp_path, PLUGINS="needy")


def test_plugins_requiring_each_other_are_refused(monkeypatch, tmp_path):
    _plugin_requiring(monkeypatch, "chicken", "egg")
    _plugin_requiring(monkeypatch, "egg", "chicken")
    with pytest.raises(PluginError, match="in a circle: chicken -> egg -> chicken"):
        build_app(tmp_path, PLUGINS="chicken,egg")


def test_a_plugin_registers_after_the_plugins_it_requires(monkeypatch, tmp_path):
    _plugin_requiring(monkeypatch, "needy", "portal")
    app = build_app(tmp_path, PLUGINS="needy,portal")
    assert list(app.extensions["plugins"]) == ["portal", "needy"]


ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAMES = "|".join(available())
# An import of a plugin's module, or one of its endpoints named in a string (url_for, redirect).
NAMING_A_PLUGIN = re.compile(rf"(?:from|import) plugins\.({PLUGIN_NAMES})\b|['\"]({PLUGIN_NAMES})\.\w+['\"]")


def _named_plugins(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*"):
        if path.suffix in (".py", ".html", ".txt") and "tests" not in path.relative_to(folder).parts:
            for match in NAMING_A_PLUGIN.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(str(path.relative_to(ROOT)), set()).add(match.group(1) or match.group(2))
    return found


def test_the_core_never_names_a_plugin():
    assert _named_plugins(ROOT / "app") == {}


@pytest.mark.parametrize("name", available())
def test_a_plugin_names_only_itself_and_the_plugins_it_requires(name):
    allowed = {name, *importlib.import_module(f"plugins.{name}.plugin").info.requires}
    named = {path: names - allowed for path, names in _named_plugins(PLUGINS_DIR / name).items()}
    assert {path: names for path, names in named.items() if names} == {}


def test_the_import_contract_keeps_every_plugin_apart_from_the_others():
    """pyproject.toml's independence contract must name every plugin: a new one is kept apart
    from the rest until it declares what it requires (and the contract says so)."""
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    assert sorted(contracts["plugins-alone"]["modules"]) == sorted(f"plugins.{name}" for name in available())
