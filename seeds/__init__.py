"""Reference data, loaded by ``flask seed`` and by the tests; every step is safe to re-run."""

from __future__ import annotations


def run(demo: bool = False) -> list[str]:
    """Load roles, service points, portal content and the case-type catalogue (and demo accounts
    with ``demo``); returns a report."""
    from flask import current_app

    from seeds import cases, form_definitions, offices, portal_content, roles

    report = roles.sync()
    report += offices.load()
    report += portal_content.load()
    report += cases.load()
    report += form_definitions.load()
    if demo:
        if current_app.config["SETTINGS"].production:
            raise ValueError("demo accounts are refused when APP_ENV=production")
        from seeds import demo as demo_accounts

        report += demo_accounts.load()
    return report
