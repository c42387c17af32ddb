"""Applicants fill in their applications: a page per section, checked by the server's one engine
(on "continue", and as they type through the JSON endpoint), saved as they go, checked as a
whole before submitting."""

from __future__ import annotations

import copy

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, send_file, url_for
from flask_babel import format_datetime
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.accounts.access import applicants_only
from app.catalogue import public
from app.forms import annexes, drafts, services
from app.forms import printout as printouts
from app.forms.draft_quota import TooManyDrafts
from app.forms.validation import ShapeError, holds, known_values
from app.jobs import enqueue
from app.web.i18n import current_language
from app.web.numbers import whole_number
from plugins.eforms.answers import apply_item_action, read_fields
from plugins.eforms.display import summary, text

bp = Blueprint("eforms", __name__, template_folder="templates")
TOO_LATE = _l("This application can no longer be corrected: the office has already accepted it.")
CORRECTED = _l("Your corrections are saved. Print the application again: earlier printouts are no longer valid.")


def _draft(draft_id: int):
    draft = drafts.draft_of(current_user, draft_id)
    if draft is None:
        abort(404)
    return draft


def _submission(submission_id: int):
    submission = drafts.submission_of(current_user, submission_id)
    if submission is None:
        abort(404)
    return submission


def _section(draft, key: str) -> dict:
    section = next((s for s in draft.definition.data["sections"] if s["key"] == key), None)
    if section is None:
        abort(404)
    return section


@bp.route("/applications")
@applicants_only
def applications():
    language = current_language()
    mine = drafts.drafts_of(current_user)
    submissions = drafts.submissions_of(current_user)
    return render_template(
        "eforms/applications.html",
        forms=drafts.fillable(current_user),
        drafts=[(d, drafts.progress(d, language)) for d in mine],
        submissions=submissions,
        annex_drafts=annexes.annexes_by_draft(mine),
        annex_submissions=annexes.annexes_by_submission(submissions),
        needed={d.id: annexes.of_application(d) for d in mine if annexes.required(d.definition.data)},
        language=language,
    )


@bp.route("/applications/start/<code>", methods=["POST"])
@applicants_only
def start(code: str):
    try:
        draft = drafts.start(current_user, code)
    except TooManyDrafts as refused:
        flash(str(refused.message), "danger")
        return redirect(url_for("eforms.applications"))
    if draft is None:
        abort(404)
    return redirect(url_for("eforms.section", draft_id=draft.id, key=drafts.section_keys(draft)[0]))


@bp.route("/applications/<int:draft_id>")
@applicants_only
def resume(draft_id: int):
    draft = _draft(draft_id)
    keys = drafts.section_keys(draft)
    key = draft.section if draft.section in keys else keys[0]
    since = format_datetime(draft.updated_at, "d MMMM y, HH:mm")
    flash(str(_l("You are continuing your application from %(date)s.", date=since)), "success")
    return redirect(url_for("eforms.section", draft_id=draft.id, key=key))


@bp.route("/applications/<int:draft_id>/<key>", methods=["GET", "POST"])
@applicants_only
def section(draft_id: int, key: str):
    draft = _draft(draft_id)
    spec = _section(draft, key)
    language = current_language()
    errors, suggestions, notes = {}, {}, {}
    typed = None
    # "Change" on check your answers: saving the part leads back there, not to the next part
    returning = request.args.get("return_to") == "check"
    if request.method == "POST":
        answers = read_fields(spec["fields"], request.form, f"{key}-")
        action = request.form.get("action", "next")
        if action.startswith("accept:"):
            _accept(draft, key, answers, action.removeprefix("accept:"), language)
        regrouped = apply_item_action(spec["fields"], answers, action)
        try:
            refused = drafts.save(draft, key, answers)
        except ShapeError:
            abort(400)
        if refused:  # shown again as typed, with the limits; what was too long is not stored
            result = drafts.check(draft, [key], language)
            typed, errors, suggestions = answers, {**result.errors, **refused}, result.suggestions
        elif action == "later":
            flash(str(_l("Your answers are saved. Continue whenever you like from My applications.")), "success")
            return redirect(url_for("eforms.applications"))
        elif not regrouped and not action.startswith("accept:"):
            result = drafts.check(draft, [key], language)
            if result.valid:
                return redirect(url_for("eforms.check", draft_id=draft.id) if returning else _next_url(draft, key))
            errors, suggestions = result.errors, result.suggestions
            notes = result.notes
    keys = drafts.section_keys(draft)
    return render_template(
        "eforms/section.html",
        shown=visibility(draft.definition.data, spec, draft.answers),
        labels=labels(draft.definition.data, draft.answers, language),
        draft=draft,
        definition=draft.definition.data,
        section=spec,
        answers=draft.answers.get(key, {}) if typed is None else typed,
        errors=errors,
        suggestions=suggestions,
        notes=notes,
        number=keys.index(key) + 1,
        total=len(keys),
        back_url=_back_url(draft, keys, key, returning),
        returning=returning,
        language=language,
    )


def _back_url(draft, keys: list[str], key: str, returning: bool) -> str:
    if returning:
        return url_for("eforms.check", draft_id=draft.id)
    if keys.index(key):
        return url_for("eforms.section", draft_id=draft.id, key=keys[keys.index(key) - 1])
    return url_for("eforms.applications")


def visibility(definition: dict, section: dict, answers: dict) -> dict[str, bool | str]:
    """Per field: True (shown), False (left out: it depends on another part's answers) or
    "hidden" (depends on this part: on the page, hidden until the answers call for it)."""
    known = known_values(definition, answers)
    shown: dict[str, bool | str] = {}
    for spec in section["fields"]:
        condition = spec.get("shown_if")
        if condition is None or holds(condition, known):
            shown[spec["key"]] = True
        else:
            local = all(ref.startswith(section["key"] + ".") for ref in references(condition))
            shown[spec["key"]] = "hidden" if local else False
    return shown


def labels(definition: dict, answers: dict, language: str) -> dict[str, str]:
    """Path → the question's label in ``language``, for the error summary ("Surname: fill in…");
    every part's, since a check in one part may point at a question of another."""
    found = {}
    for section in definition["sections"]:
        for spec in section["fields"]:
            path = f"{section['key']}.{spec['key']}"
            found[path] = text(spec["label"], language)
            if spec["type"] == "group":
                item = text(spec.get("item_label") or spec["label"], language)
                for i, _ in enumerate(answers.get(section["key"], {}).get(spec["key"]) or []):
                    for sub in spec["fields"]:
                        found[f"{path}.{i}.{sub['key']}"] = f"{item} {i + 1}: {text(sub['label'], language)}"
    return found


def references(condition: dict) -> list[str]:
    if "field" in condition:
        return [condition["field"]]
    parts = condition.get("all") or condition.get("any") or [condition.get("not")]
    return [ref for part in parts if part for ref in references(part)]


def _accept(draft, key: str, answers: dict, path: str, language: str) -> None:
    """Put the suggested Latin spelling in place of what was typed in Cyrillic (when the rule
    could tell one). What is saved first is a copy, so that the spelling put in place is a change."""
    drafts.save(draft, key, copy.deepcopy(answers))
    suggestion = drafts.check(draft, [key], language).suggestions.get(path, {}).get("value")
    parts = path.split(".")[1:]
    if not suggestion or not parts:
        return
    target = answers
    for part in parts[:-1]:
        index = whole_number(part)
        if isinstance(target, list):
            target = target[index] if index is not None and index < len(target) else {}
        else:
            target = target.get(part, {})
    if isinstance(target, dict):
        target[parts[-1]] = suggestion


def _next_url(draft, key: str) -> str:
    keys = drafts.section_keys(draft)
    index = keys.index(key)
    if index + 1 < len(keys):
        return url_for("eforms.section", draft_id=draft.id, key=keys[index + 1])
    return url_for("eforms.check", draft_id=draft.id)


@bp.route("/applications/<int:draft_id>/check", methods=["GET", "POST"])
@applicants_only
def check(draft_id: int):
    draft = _draft(draft_id)
    language = current_language()
    if request.method == "POST":
        correcting = draft.corrects
        if correcting is not None and not drafts.may_correct(correcting):
            drafts.discard(draft)
            flash(str(TOO_LATE), "danger")
            return redirect(url_for("eforms.submitted", submission_id=correcting.id))
        drafts.acknowledge(draft, request.form.getlist("acknowledged"))
        submission, result = drafts.submit(draft, language)
        if submission is not None:
            if correcting:
                flash(str(CORRECTED), "success")
            return redirect(url_for("eforms.submitted", submission_id=submission.id))
    result = drafts.check(draft, None, language)
    return render_template(
        "eforms/check.html",
        annexes=annexes.of_application(draft),
        waiting=annexes.missing(draft),
        annex_titles=titles(annexes.required(draft.definition.data)),
        annex=annexes.of_draft(draft),
        draft=draft,
        definition=draft.definition.data,
        summary=summary(draft.definition.data, draft.answers, result, language),
        result=result,
        attempted=request.method == "POST",
        language=language,
    )


def titles(codes) -> dict[str, dict]:
    """Form code → the current definition's title texts."""
    return {code: found.data["title"] for code in codes if (found := services.current(code)) is not None}


@bp.route("/applications/submitted/<int:submission_id>")
@applicants_only
def submitted(submission_id: int):
    submission = _submission(submission_id)
    language = current_language()
    definition = submission.definition.data
    found = public.form_by_code(definition["code"])
    return render_template(
        "eforms/submitted.html",
        may_correct=drafts.may_correct(submission),
        correction=drafts.correction_of(submission),
        annexes=annexes.of_submission(submission),
        annex=annexes.annexes_by_submission([submission]).get(submission.id),
        submission=submission,
        definition=definition,
        catalogue_entry=found[0] if found else None,
        summary=summary(definition, submission.answers, None, language, clean=True),
        language=language,
    )


@bp.route("/applications/submitted/<int:submission_id>/correct", methods=["POST"])
@applicants_only
def correct(submission_id: int):
    """Open (or resume) a correction of a submitted application, at its check-your-answers page."""
    submission = _submission(submission_id)
    try:
        draft = drafts.start_correction(submission)
    except TooManyDrafts as refused:
        flash(str(refused.message), "danger")
        return redirect(url_for("eforms.submitted", submission_id=submission.id))
    if draft is None:
        flash(str(TOO_LATE), "danger")
        return redirect(url_for("eforms.submitted", submission_id=submission.id))
    return redirect(url_for("eforms.check", draft_id=draft.id))


@bp.route("/applications/submitted/<int:submission_id>/printout")
@applicants_only
def printout(submission_id: int):
    """The PDF to print, sign and bring; rendered by a job, served from storage."""
    submission = _submission(submission_id)
    path = printouts.stored(submission)
    if path is None:
        enqueue(printouts.render_and_store, submission.id)
        return render_template("eforms/printout_pending.html", submission=submission), 202
    name = submission.reference.replace("/", "-") + ".pdf"
    return send_file(path, mimetype="application/pdf", download_name=name, max_age=0)


@bp.route("/applications/<int:draft_id>/delete", methods=["GET", "POST"])
@applicants_only
def delete(draft_id: int):
    draft = _draft(draft_id)
    if request.method == "POST":
        annex = annexes.of_draft(draft)
        drafts.discard(draft)
        if annex is not None:
            flash(
                str(_l("You have declined the annex. The applicant sees that and can invite someone else.")), "success"
            )
            return redirect(url_for("eforms.annexes_page"))
        flash(str(_l("The draft is deleted.")), "success")
        return redirect(url_for("eforms.applications"))
    return render_template(
        "eforms/delete.html",
        draft=draft,
        annex=annexes.of_draft(draft),
        invited=any(annexes.of_application(draft).values()),
        language=current_language(),
    )


@bp.route("/api/applications/<int:draft_id>/sections/<key>", methods=["POST"])
@applicants_only
def save_and_check(draft_id: int, key: str):
    """As the applicant types: keep the section's answers and say what is wrong with them."""
    draft = _draft(draft_id)
    _section(draft, key)
    answers = request.get_json(silent=True)
    if not isinstance(answers, dict):
        abort(400)
    try:
        refused = drafts.save(draft, key, answers)
    except ShapeError as error:
        return jsonify(error=str(error)), 400
    result = drafts.check(draft, [key], current_language())
    shown = visibility(draft.definition.data, _section(draft, key), draft.answers)
    errors = {**result.errors, **refused}  # what is too long stays on the page, not in the draft
    return jsonify(
        errors=errors,
        suggestions=result.suggestions,
        warnings=result.notes,
        shown={k: v is True for k, v in shown.items()},
    )
