"""Messages: one thread per case between the applicant and the office, with canned texts for the
clerks, read receipts, and replies with attached files."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l


def register(app, appbuilder) -> None:
    from app.cases import queue
    from app.messages import models, receivers, unread  # noqa: F401  (models: the threads' tables)
    from app.messages.ready_texts import ReadyTextsView
    from app.messages.views import CaseMessagesView, thread_part
    from app.web.slots import fill

    receivers.connect(app)
    queue.offer_unread_replies(app, unread.cases_with_unread_replies)  # the work queue's tab and marker
    fill(app, "case.thread", thread_part)  # the case page shows the thread without naming this area
    app.register_blueprint(Blueprint("messages", __name__, template_folder="templates"))
    appbuilder.add_view_no_menu(CaseMessagesView)
    appbuilder.add_view(
        ReadyTextsView,
        "Ready texts",
        label=_l("Ready texts"),
        category="Case work",
        category_label=_l("Case work"),
        category_icon="fa-briefcase",
    )
