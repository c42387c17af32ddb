"""Electronic applications for foreigners and employers: filling in with live checks, drafts,
check-your-answers and submission under a PIO number."""

from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.accounts.access import signed_in_applicant, signed_in_employer
from app.plugins import PluginInfo
from app.web.navigation import NavItem, add_nav_item
from app.web.slots import fill

info = PluginInfo(
    name="eforms",
    title="Electronic applications",
    description="Foreigners and employers fill in, check and submit the twelve applications.",
)


def _per_account() -> str:
    return f"account:{current_user.get_id()}"


def _annex_taking(code: str) -> str:
    # built without a request: the invitation e-mail is written by a job
    return current_app.url_map.bind("localhost").build("eforms.annexes_page", {"code": code})


def register(app, appbuilder) -> None:
    from plugins.eforms import annex_views, filing_views, views  # noqa: F401  (annex_views adds its routes to the blueprint)

    app.register_blueprint(views.bp)
    # first of all, so the CSRF check reads an upload of a scan under the scan's own size limit
    app.before_request_funcs.setdefault(None, []).insert(0, filing_views.allow_large_uploads)
    limiter = appbuilder.sm.limiter
    functions = app.view_functions
    # Codes are long enough not to be guessed; the limit keeps it so. Only wrong codes count.
    functions["eforms.annexes_page"] = limiter.limit(
        app.config["RATELIMIT_ANNEX_CODE"],
        key_func=_per_account,
        methods=["POST"],
        scope="annex-code",
        deduct_when=lambda response: response.status_code != 302,
    )(functions["eforms.annexes_page"])
    # Each invitation may send an e-mail to an address the applicant typed.
    functions["eforms.annex"] = limiter.limit(
        app.config["RATELIMIT_ANNEX_INVITE"], key_func=_per_account, methods=["POST"], scope="annex-invite"
    )(functions["eforms.annex"])
    add_nav_item(
        app,
        NavItem(
            "eforms.applications",
            _l("My applications"),
            _l("Fill in an application online, continue a draft, see what you submitted."),
            order=75,
            shown=signed_in_applicant,
        ),
    )
    add_nav_item(
        app,
        NavItem(
            "eforms.annexes_page",
            _l("Employees' annexes"),
            _l("Fill in the annex to your employee's application: enter the code they gave you."),
            order=76,
            shown=signed_in_employer,
        ),
    )
    fill(app, "applications.page", lambda: url_for("eforms.applications"))
    fill(app, "submission.page", lambda submission_id: url_for("eforms.submitted", submission_id=submission_id))
    fill(app, "annex.taking", _annex_taking)
