"""Reference data, loaded by ``flask seed`` and by the tests; every step is safe to re-run."""

from __future__ import annotations


def run(demo: bool = False) -> list[str]:
    """Load roles, service points, portal content and the case-type catalogue (and demo accounts
    with ``demo``); returns a report. Nothing is committed: the caller commits once."""
    from flask import current_app

    from seeds import bookings, canned_texts, cases, form_definitions, offices, portal_content, records, roles

    report = roles.sync()
    report += offices.load()
    content = portal_content.load() + cases.load()
    report += [*content, records.summary(content)]
    report += form_definitions.load()
    report += canned_texts.load()
    report += bookings.load()
    if demo:
        if current_app.config["SETTINGS"].production:
            raise ValueError("demo accounts are refused when APP_ENV=production")
        from seeds import demo as demo_accounts

        report += demo_accounts.load()
    return report
