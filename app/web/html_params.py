"""WTForms' ``html_params`` with the same output, written with f-strings.

WTForms builds every attribute of every field with ``Markup('{k}="{v}"').format(...)``, which goes
through markupsafe's pure-Python string formatter: about 25 µs an attribute, some 1.5 ms for the
account page's ten fields, a quarter of the page (cProfile of `/account`, `bench/RESULTS.md`). The
keys and values are escaped exactly as WTForms escapes them (``tests/web/test_html_params.py``
compares the two), and the function is put in place of WTForms' own where widgets look it up.
"""

from __future__ import annotations

import sys

from markupsafe import Markup, escape
from wtforms.widgets import core

ORIGINAL = core.html_params
# the modules that bound WTForms' function under this name when they were imported
_USERS = ("wtforms.widgets.core", "wtforms.widgets", "flask_appbuilder.fieldwidgets", "flask_appbuilder.upload")


def html_params(**kwargs) -> Markup:
    params = []
    for key, value in sorted(kwargs.items()):
        key = str(escape(core.clean_key(key)))
        if value is True:
            params.append(key)
        elif value is not False:
            text = str(escape(value))  # a value's own markup (``__html__``) is kept, as WTForms keeps it,
            if '"' in text:  # but for its quotes
                text = text.replace('"', "&quot;")
            params.append(f'{key}="{text}"')
    return Markup(" ".join(params))  # noqa: S704 (every key and value escaped above)


def install() -> None:
    for name in _USERS:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "html_params", None) is ORIGINAL:
            module.html_params = html_params
    # the input and button widgets hold it as a static method of their own (their subclasses inherit it)
    for widget in vars(core).values():
        if isinstance(widget, type) and "html_params" in widget.__dict__ and widget.html_params is ORIGINAL:
            widget.html_params = staticmethod(html_params)
