"""Domain events. Each signal names who sends it and what it carries.

Areas and plugins subscribe with ``signal.connect(receiver)``; senders never know them.
"""

from blinker import Namespace

_events = Namespace()

account_registered = _events.signal("account-registered")
"""Sent by accounts.services.register_account after a new account is stored (not yet
active). Sender: the app. Keyword ``user``: the new user."""

account_activated = _events.signal("account-activated")
"""Sent by accounts.services.activate_account when the owner confirmed their e-mail.
Sender: the app. Keyword ``user``."""

password_changed = _events.signal("password-changed")
"""Sent by accounts.services.change_password after a password change (all other
sessions of the user are already revoked). Sender: the app. Keyword ``user``."""

user_logged_in = _events.signal("user-logged-in")
"""Sent by accounts.services.start_session after a successful login. Sender: the app.
Keywords ``user`` and ``login_session``."""

content_published = _events.signal("content-published")
"""Sent by content.revisions.publish and withdraw after the public version of an item changed
(its cached public copy is already cleared). Sender: the app. Keyword ``item``: the content row."""
