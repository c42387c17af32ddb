"""Shared test fixtures for tests/ and for the tests that plugins carry in plugins/<name>/tests."""

pytest_plugins = ["tests.fixtures"]
