"""Without SECRET_KEY outside production, each checkout gets its own random key."""

import config


def test_a_development_key_is_made_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "INSTANCE_DIR", tmp_path / "instance")
    first = config.Settings.from_env({}).flask_config()["SECRET_KEY"]
    second = config.Settings.from_env({}).flask_config()["SECRET_KEY"]
    assert first == second
    assert len(first) >= 48
    assert (tmp_path / "instance" / "secret-key").stat().st_mode & 0o077 == 0
