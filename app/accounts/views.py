"""Sign-in, registration, profile and password pages shared by applicants, employers and staff."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from app.accounts import phone, services
from app.accounts.forms import (
    ApplicantRegistrationForm,
    EmployerProfileForm,
    EmployerRegistrationForm,
    LoginForm,
    PasswordChangeForm,
    PasswordForgottenForm,
    PasswordResetForm,
    ProfileForm,
)
from app.accounts.models import AccountType
from app.security import SESSION_TOKEN_KEY, STAFF_KEY
from app.web.i18n import current_language
from app.web.navigation import safe_next_url

# static: the sign-in check's script, served by the portal itself
bp = Blueprint(
    "accounts", __name__, template_folder="templates", static_folder="static", static_url_path="/accounts/static"
)

REGISTRATION_FORMS = {AccountType.APPLICANT: ApplicantRegistrationForm, AccountType.EMPLOYER: EmployerRegistrationForm}


def landing_url(user) -> str:
    if user.is_staff:
        return url_for("BackOfficeIndexView.index")
    return url_for("accounts.profile")


def _reset_session_keeping_language() -> None:
    locale = session.get("locale")
    session.clear()
    if locale:
        session["locale"] = locale


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(landing_url(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        outcome = services.sign_in(services.SignInAttempt(form.email.data, form.password.data, form.altcha.data))
        user = outcome.user
        if user is not None:
            _reset_session_keeping_language()  # a new session identifier at every login
            login = services.start_session(user)
            session[SESSION_TOKEN_KEY] = login.token
            session[STAFF_KEY] = user.account_type == AccountType.STAFF
            session.permanent = True
            login_user(user, remember=False)
            return redirect(safe_next_url(request.args.get("next")) or landing_url(user))
        if outcome.check_missing:
            form.password.errors.append(
                _(
                    "There have been several unsuccessful attempts to sign in with this e-mail address. Enter"
                    " your password again and sign in when the check below is complete."
                )
            )
        else:
            form.email.errors.append(_("The e-mail address or the password is not right."))
    challenge = None
    if request.method == "POST" and services.sign_in_check_needed(form.email.data or ""):
        challenge = services.new_sign_in_check(form.email.data or "")
    form.altcha.data = ""  # a solution is spent once: never sent back
    return render_template("accounts/login.html", form=form, challenge=challenge)


@bp.route("/logout", methods=["GET", "POST"])
def logout():
    if not current_user.is_authenticated:
        return redirect(url_for("web.home"))
    if request.method == "GET":
        return render_template("accounts/logout.html")
    services.end_session(session.get(SESSION_TOKEN_KEY))
    logout_user()
    _reset_session_keeping_language()
    flash(_("You have signed out."), "success")
    return redirect(url_for("web.home"))


@bp.route("/register")
def register():
    return render_template("accounts/register_choice.html")


@bp.route("/register/<kind>", methods=["GET", "POST"])
def register_as(kind: str):
    try:
        account_type = AccountType(kind)
        form_class = REGISTRATION_FORMS[account_type]
    except (ValueError, KeyError):
        abort(404)
    if current_user.is_authenticated:
        return redirect(landing_url(current_user))
    form = form_class()
    if request.method == "GET":
        form.preferred_language.data = current_language()
    if form.validate_on_submit():
        services.register_account(
            services.Registration(
                account_type=account_type,
                first_name=form.first_name.data,
                last_name=form.last_name.data,
                email=form.email.data,
                password=form.password.data,
                preferred_language=form.preferred_language.data,
                phone=form.phone.data,
                company_name=getattr(form, "company_name", None) and form.company_name.data,
                nip=getattr(form, "nip", None) and form.nip.data,
                regon=getattr(form, "regon", None) and form.regon.data,
            )
        )
        session["registered_email"] = form.email.data
        return redirect(url_for("accounts.registration_sent"))
    return render_template("accounts/register.html", form=form, account_type=account_type)


@bp.route("/register/sent")
def registration_sent():
    email = session.get("registered_email")
    if not email:
        return redirect(url_for("accounts.register"))
    return render_template("accounts/registration_sent.html", email=email)


@bp.route("/activate/<token>")
def activate(token: str):
    user = services.activate_account(token[:512])
    if user is None:
        return render_template("accounts/activation_failed.html"), 400
    session.pop("registered_email", None)
    flash(_("Your e-mail address is confirmed. You can sign in now."), "success")
    return redirect(url_for("accounts.login"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def profile():
    user = current_user._get_current_object()
    form_class = EmployerProfileForm if user.account_type == AccountType.EMPLOYER else ProfileForm
    form = form_class(obj=user)
    if form.validate_on_submit():
        services.update_profile(
            user,
            services.ProfileChange(
                first_name=form.first_name.data,
                last_name=form.last_name.data,
                preferred_language=form.preferred_language.data,
                phone=form.phone.data,
                company_name=getattr(form, "company_name", None) and form.company_name.data,
                nip=getattr(form, "nip", None) and form.nip.data,
                regon=getattr(form, "regon", None) and form.regon.data,
                notify_by_email=form.notify_by_email.data,
                notify_by_sms=form.notify_by_sms.data,
            ),
        )
        session["locale"] = user.preferred_language
        flash(_("Your details are saved."), "success")
        return redirect(url_for("accounts.profile"))
    return render_template("accounts/profile.html", form=form, user=user, phone_confirmation=phone.available())


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def password():
    user = current_user._get_current_object()
    form = PasswordChangeForm()
    form.password_context = (user.email, user.first_name, user.last_name)
    if form.validate_on_submit():
        if not services.check_current_password(user, form.current_password.data):
            form.current_password.errors.append(_("Your current password is not right."))
        else:
            services.set_password(user, form.password.data, keep_token=session.get(SESSION_TOKEN_KEY))
            flash(_("Your password is changed. You were signed out on every other device."), "success")
            return redirect(url_for("accounts.profile"))
    return render_template("accounts/password.html", form=form)


@bp.route("/password/forgot", methods=["GET", "POST"])
def password_forgotten():
    form = PasswordForgottenForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        session["reset_email"] = form.email.data
        return redirect(url_for("accounts.password_reset_sent"))
    return render_template("accounts/password_forgotten.html", form=form)


@bp.route("/password/forgot/sent")
def password_reset_sent():
    email = session.get("reset_email")
    if not email:
        return redirect(url_for("accounts.password_forgotten"))
    return render_template("accounts/password_reset_sent.html", email=email)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def password_reset(token: str):
    user = services.user_for_reset(token[:512])
    if user is None:
        return render_template("accounts/password_reset_failed.html"), 400
    form = PasswordResetForm()
    form.password_context = (user.email, user.first_name, user.last_name)
    if form.validate_on_submit():
        services.set_password(user, form.password.data)  # closes every session of the account
        if current_user.is_authenticated:
            logout_user()
        _reset_session_keeping_language()
        flash(_("Your new password is set. Sign in with it."), "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/password_reset.html", form=form)
