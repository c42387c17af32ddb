"""The templates' ``_()`` with the request's translations found once per request.

Flask-Babel's template callables find the translations again for every ``_()``: the request's
Babel context, the domain, the locale, the catalogue in the cache, some six lookups through Flask's
context proxies each time; a signed-in page says ``_()`` about fifty times. Here the translations
are remembered in the request's Babel context beside the locale and domain they were found for,
and found again (by Flask-Babel) as soon as either is another object: ``force_locale`` and
``refresh`` drop the locale, so a page or an e-mail rendered in another language within a request
is translated in that language, exactly as before.
"""

from __future__ import annotations

from flask import Flask, g
from flask_babel import get_translations

_MEMO = "portal_translations"  # (locale, domain, translations) in the request's Babel context


def translations():
    babel = g.get("_flask_babel") if g else None
    if babel is not None:
        held = babel.__dict__
        memo = held.get(_MEMO)
        if memo is not None and memo[0] is held.get("babel_locale") and memo[1] is held.get("babel_domain"):
            return memo[2]
    found = get_translations()  # sets the context's locale if it had none
    babel = g.get("_flask_babel") if g else None
    if babel is not None and babel.__dict__.get("babel_locale") is not None:
        held = babel.__dict__
        held[_MEMO] = (held["babel_locale"], held.get("babel_domain"), found)
    return found


def install(app: Flask) -> None:
    """In place of the callables Flask-Babel installed, with the same newstyle semantics."""
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
    )
