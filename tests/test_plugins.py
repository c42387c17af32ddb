"""Plugins load from configuration; a broken or unknown one stops startup with its name."""

import sys
import types

import pytest

from app.plugins import PluginError, PluginInfo, available
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
    monkeypatch.setattr("app.plugins.available", lambda: ["portal", name])


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
