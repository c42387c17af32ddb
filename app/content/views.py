"""Back office for content editors: four language versions side by side, preview as the reader
sees it, publish or withdraw, and the history of revisions with restore."""

from __future__ import annotations

from flask import abort, current_app, flash, g, redirect, render_template, url_for
from flask_appbuilder import expose, has_access
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import NumberRange, Regexp

from app.content import revisions
from app.content.models import FAQ_TOPICS, KINDS, TOPICS, FaqEntry, LegalAct, NewsItem, Page
from app.content.translation import missing_languages
from app.unit_of_work import all_or_nothing
from app.web.backoffice import BackOfficeModelView, Records
from config import LANGUAGE_CODES

CONTENT_PERMISSIONS = {
    "list": "read",
    "show": "read",
    "download": "read",
    "history": "read",
    "preview": "read",
    "add": "write",
    "edit": "write",
    "delete": "write",
    "restore": "write",
    "action": "write",
    "action_post": "write",
    "publish": "publish",
    "withdraw": "publish",
}
LANGUAGE_LABELS = {"pl": _l("Polish"), "en": _l("English"), "ru": _l("Russian"), "uk": _l("Ukrainian")}
MARKDOWN = _l("Markdown: blank line between paragraphs, * for lists, [text](address) for links.")
EDITOR_NOTE = _l("Seen only in the back office, e.g. what must be verified before publishing.")
POSITION = NumberRange(0, 9999, message=_l("Enter a number from 0 to 9999."))


def choices(options: dict, blank=None) -> list[SelectChoice]:
    """Select choices from a dict of codes and labels, optionally after a blank choice."""
    listed = [SelectChoice(key, label) for key, label in options.items()]
    return [SelectChoice("", blank), *listed] if blank is not None else listed


def language_columns(field: str, label) -> dict:
    return {f"{field}_{code}": f"{label} ({LANGUAGE_LABELS[code]})" for code in LANGUAGE_CODES}


def fieldsets(heading, fields: list[str], texts: list[tuple[str, object]]) -> tuple[list, list]:
    """Form and show layouts: the item's own fields, then each text with its four versions together."""
    versions = [(label, {"fields": [f"{name}_{c}" for c in LANGUAGE_CODES]}) for name, label in texts]
    edit = [(heading, {"fields": fields}), *versions]
    show = [(heading, {"fields": [*fields, "missing_languages"]}), *versions]
    return edit, show


class ContentModelView(BackOfficeModelView):
    """Shared editorial workflow; a subclass names its model, columns and public template."""

    class_permission_name = "Content"
    method_permission_name = CONTENT_PERMISSIONS
    show_template = "content/show.html"
    preview_template: str

    def post_add(self, item) -> None:
        with all_or_nothing():  # an item is never saved without its revision
            revisions.record_save(item, g.user)

    def post_update(self, item) -> None:
        with all_or_nothing():
            revisions.record_save(item, g.user)

    def pre_delete(self, item) -> None:
        if item.published_revision_id is not None:
            raise ValueError(str(_l("Readers still see this item: withdraw it from the portal first, then delete it.")))

    def render_template(self, template, **kwargs):
        if template == self.show_template and "pk" in kwargs:
            item = self.datamodel.get(kwargs["pk"])
            if item is not None:
                kwargs["editorial"] = {
                    "published": item.published_revision_id is not None,
                    "changed": revisions.has_unpublished_changes(item),
                    "missing": missing_languages(item, item.translated_fields),
                    "languages": LANGUAGE_LABELS,
                    "endpoint": self.endpoint,
                }
        return super().render_template(template, **kwargs)

    def _item(self, pk):
        item = self.datamodel.get(pk)
        if item is None:
            abort(404)
        return item

    @expose("/publish/<pk>", methods=["POST"])
    @has_access
    def publish(self, pk):
        item = self._item(pk)
        problem = self.publish_problem(item)
        if problem:
            flash(str(problem), "danger")
            return redirect(url_for(f"{self.endpoint}.show", pk=pk))
        revisions.publish(item, g.user)
        flash(str(_l("Published. Readers now see this version.")), "success")
        return redirect(url_for(f"{self.endpoint}.show", pk=pk))

    def publish_problem(self, item) -> str | None:
        """Why this working copy cannot go to readers, or None."""
        return None

    @expose("/withdraw/<pk>", methods=["POST"])
    @has_access
    def withdraw(self, pk):
        revisions.withdraw(self._item(pk))
        flash(str(_l("Withdrawn. Readers no longer see this item.")), "success")
        return redirect(url_for(f"{self.endpoint}.show", pk=pk))

    @expose("/history/<pk>")
    @has_access
    def history(self, pk):
        item = self._item(pk)
        return self.render_template(
            "content/history.html",
            item=item,
            revisions=revisions.history(item),
            title=_l("History of changes"),
            endpoint=self.endpoint,
        )

    @expose("/restore/<pk>/<int:number>", methods=["POST"])
    @has_access
    def restore(self, pk, number):
        item = self._item(pk)
        chosen = next((r for r in revisions.history(item) if r.number == number), None)
        if chosen is None:
            abort(404)
        revisions.restore(item, chosen, g.user)
        flash(str(_l("Version %(n)d is back in the working copy. Check it and publish it.", n=number)), "success")
        return redirect(url_for(f"{self.endpoint}.show", pk=pk))

    @expose("/preview/<pk>/<language>")
    @has_access
    def preview(self, pk, language):
        if language not in LANGUAGE_CODES:
            abort(404)
        item = self._item(pk)
        with force_locale(language):
            return render_template(
                self.preview_template,
                **self.preview_context(item),
                language=language,
                preview_of=item,
                back_url=url_for(f"{self.endpoint}.show", pk=pk),
            )

    def preview_context(self, item) -> dict:
        """What the preview template needs besides the language: by default the working copy."""
        return {"data": revisions.snapshot(item)}


class LegalActView(ContentModelView):
    datamodel = Records(LegalAct)
    preview_template = "content/legal_act_preview.html"
    list_title = _l("Legal acts")
    show_title = _l("Legal act")
    add_title = _l("Add a legal act")
    edit_title = _l("Edit the legal act")
    label_columns = {
        "code": _l("Code"),
        "topic": _l("Topic"),
        "kind": _l("Kind"),
        "reference": _l("Dziennik Ustaw reference"),
        "isap_url": _l("Link to the consolidated text in ISAP"),
        "checked_on": _l("Last checked on"),
        "verified": _l("Reference verified"),
        "editor_note": _l("Note for editors"),
        "position": _l("Order within the topic"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Title")),
        **language_columns("summary", _l("Summary")),
    }
    description_columns = {
        "summary_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
    }
    list_columns = ["title_pl", "topic", "reference", "checked_on", "missing_languages"]
    validators_columns = {"position": [POSITION]}
    search_columns = ["title_pl", "topic", "reference", "verified"]
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The act"),
        ["code", "topic", "kind", "reference", "isap_url", "checked_on", "verified", "position", "editor_note"],
        [("title", _l("Title")), ("summary", _l("Summary"))],
    )
    add_fieldsets = edit_fieldsets
    add_form_extra_fields = edit_form_extra_fields = {
        "topic": SelectField(_l("Topic"), choices=choices(TOPICS)),
        "kind": SelectField(_l("Kind"), choices=choices(KINDS)),
    }


def case_type_choices() -> list[SelectChoice]:
    """The kinds of cases a question can concern, as (code, Polish name) pairs from the area that
    keeps them (the catalogue registers the provider: content sits below it)."""
    provider = current_app.extensions.get("case_type_names")
    listed = [SelectChoice(code, f"{code} – {name}") for code, name in (provider() if provider else [])]
    return [SelectChoice("", _l("Every kind of case")), *listed]


class FaqView(ContentModelView):
    datamodel = Records(FaqEntry)
    preview_template = "content/faq_preview.html"
    list_title = _l("Questions and answers")
    show_title = _l("Question and answer")
    add_title = _l("Add a question")
    edit_title = _l("Edit the question")
    label_columns = {
        "code": _l("Code"),
        "topic": _l("Topic"),
        "case_type": _l("Kind of case"),
        "position": _l("Order within the topic"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("question", _l("Question")),
        **language_columns("answer", _l("Answer")),
    }
    description_columns = {
        "answer_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
        "case_type": _l("The answer also appears on the page of this kind of case."),
    }
    list_columns = ["question_pl", "topic", "case_type", "missing_languages"]
    validators_columns = {"position": [POSITION]}
    search_columns = ["question_pl", "topic", "case_type"]
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The question"),
        ["code", "topic", "case_type", "position", "editor_note"],
        [("question", _l("Question")), ("answer", _l("Answer"))],
    )
    add_fieldsets = edit_fieldsets
    add_form_extra_fields = edit_form_extra_fields = {
        "topic": SelectField(_l("Topic"), choices=choices(FAQ_TOPICS)),
        "case_type": SelectField(_l("Kind of case"), choices=case_type_choices),
    }


class PageView(ContentModelView):
    datamodel = Records(Page)
    preview_template = "content/page_preview.html"
    list_title = _l("Pages")
    show_title = _l("Page")
    add_title = _l("Add a page")
    edit_title = _l("Edit the page")
    label_columns = {
        "slug": _l("Address (after /info/)"),
        "position": _l("Order in the footer"),
        "in_footer": _l("Linked from the footer of every page"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Title")),
        **language_columns("body", _l("Text")),
    }
    description_columns = {
        "body_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
        "slug": _l(
            "Lower-case letters, digits and hyphens, e.g. privacy. The page formal-requirements is shown at the top"
            " of the formal requirements section."
        ),
    }
    validators_columns = {
        "slug": [Regexp(r"^[a-z0-9-]{2,64}$", message=_l("Use 2 to 64 lower-case letters, digits and hyphens."))],
        "position": [POSITION],
    }
    list_columns = ["title_pl", "slug", "missing_languages"]
    search_columns = ["title_pl", "slug"]
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The page"),
        ["slug", "position", "in_footer", "editor_note"],
        [("title", _l("Title")), ("body", _l("Text"))],
    )
    add_fieldsets = edit_fieldsets


class NewsView(ContentModelView):
    datamodel = Records(NewsItem)
    preview_template = "content/news_preview.html"
    list_title = _l("Announcements")
    show_title = _l("Announcement")
    add_title = _l("Add an announcement")
    edit_title = _l("Edit the announcement")
    label_columns = {
        "code": _l("Code"),
        "published_on": _l("Date of the announcement"),
        "editor_note": _l("Note for editors"),
        "missing_languages": _l("Missing languages"),
        **language_columns("title", _l("Title")),
        **language_columns("body", _l("Text")),
    }
    description_columns = {
        "body_pl": MARKDOWN,
        "editor_note": EDITOR_NOTE,
    }
    list_columns = ["published_on", "title_pl", "missing_languages"]
    search_columns = ["title_pl", "published_on"]
    base_order = ("published_on", "desc")
    edit_fieldsets, show_fieldsets = fieldsets(
        _l("The announcement"), ["code", "published_on", "editor_note"], [("title", _l("Title")), ("body", _l("Text"))]
    )
    add_fieldsets = edit_fieldsets
