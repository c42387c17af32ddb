"""My cases: where each case stands, the steps done and next, what the applicant must do now, and
the status lines of employees' cases for employers."""

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_limiter.util import get_remote_address

from app import signals
from app.accounts import with_session
from app.accounts.access import signed_in_applicant
from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item
from app.web.slots import fill

info = PluginInfo(
    name="status",
    title="Case status",
    description="Applicants follow their cases; employers see their employees' status lines.",
)


def _case_panel(case_id: int) -> str:
    # built without a request: notifications link to it from jobs
    return current_app.url_map.bind("localhost").build("status.my_case", {"case_id": case_id})


def register(app, appbuilder) -> None:
    from app.messages import unread
    from plugins.status import thread, views

    app.register_blueprint(views.bp)
    # the public check answers without an account: limited per address against guessing
    app.view_functions["status.public_status"] = appbuilder.sm.limiter.limit(
        app.config["RATELIMIT_STATUS_CHECK"], key_func=get_remote_address, methods=["POST"], scope="status-check"
    )(app.view_functions["status.public_status"])
    add_nav_item(
        app,
        NavItem(
            "status.my_cases",
            _l("My cases"),
            _l("Where your case stands, what happens next and whether you need to do something."),
            order=74,
            shown=signed_in_applicant,
            badge=thread.unread_badge,
        ),
    )
    add_nav_item(
        app,
        NavItem(
            "status.public_status",
            _l("Check a case"),
            _l("The status of a case by its signature and your date of birth, without an account."),
            order=78,
            in_menu=False,
        ),
    )
    # the navigation's count is read with the login session; opening a message changes it
    with_session.read_with_session(app, thread.UNREAD, unread.unread_column)
    signals.message_read.connect(thread.forget_unread, app)
    fill(app, "case.panel", _case_panel)
    fill(app, "annex.thread", thread.annex_thread_path)
