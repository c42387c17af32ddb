"""My account: confirming the phone number by a code sent to it by SMS."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from app.accounts import phone
from app.accounts.forms import PhoneCodeForm
from app.accounts.views import bp


@bp.route("/account/phone/code", methods=["POST"])
@login_required
def phone_code():
    """Send a code to the account's own number (limited per account: RATELIMIT_PHONE_CODE)."""
    user = current_user._get_current_object()
    if not phone.available():
        return redirect(url_for("accounts.phone_confirm"))
    if phone.request_code(user):
        flash(_("We are sending a code by SMS to %(phone)s. It works for 10 minutes.", phone=user.phone), "success")
    return redirect(url_for("accounts.phone_confirm"))


@bp.route("/account/phone/confirm", methods=["GET", "POST"])
@login_required
def phone_confirm():
    user = current_user._get_current_object()
    if not phone.available() or not phone.needs_confirmation(user):
        return render_template("accounts/phone_confirm.html", form=None, user=user, available=phone.available())
    form = PhoneCodeForm()
    if form.validate_on_submit():
        outcome = phone.confirm(user, form.code.data)
        if outcome == phone.Outcome.CONFIRMED:
            flash(_("Your phone number %(phone)s is confirmed.", phone=user.phone), "success")
            return redirect(url_for("accounts.profile"))
        form.code.errors.append(_refusal(outcome, user))
    form.code.data = ""  # the code is a secret: never written back into the page
    return render_template("accounts/phone_confirm.html", form=form, user=user, available=True)


def _refusal(outcome: phone.Outcome, user) -> str:
    if outcome == phone.Outcome.WRONG:
        left = phone.attempts_left(user)
        return ngettext(
            "The code is not right. Check the SMS and try again: %(num)d more attempt is left.",
            "The code is not right. Check the SMS and try again: %(num)d more attempts are left.",
            left,
        )
    if outcome == phone.Outcome.EXPIRED:
        return _("The code has expired. Ask for a new code below.")
    if outcome == phone.Outcome.TOO_MANY:
        return _("A wrong code was typed too many times. Ask for a new code below.")
    return _("No code has been sent to this number yet. Ask for a code below.")
