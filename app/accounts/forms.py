"""Account forms. Every check has its own message, written for the person filling the form."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon
from wtforms import BooleanField, HiddenField, PasswordField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional, ValidationError

from app.accounts.passwords import MAX_LENGTH, password_problem
from config import LANGUAGE_CODES

LANGUAGE_NAMES = {"pl": "Polski", "en": "English", "ru": "Русский", "uk": "Українська"}


def _language_choices() -> list[SelectChoice]:
    return [SelectChoice(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES]


def email_address(form, field) -> None:
    value = (field.data or "").strip()
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(_l("Enter an e-mail address in the right format, like name@example.com.")) from None
    field.data = value.lower()


def phone_number(form, field) -> None:
    value = (field.data or "").strip()
    if not value:
        field.data = None
        return
    try:
        parsed = phonenumbers.parse(value, "PL")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(_l("Enter a phone number, like 600 100 200 or +380 44 123 4567."))
    field.data = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def nip_number(form, field) -> None:
    value = (field.data or "").strip()
    if not value:
        return
    if not stdnum_nip.is_valid(value):
        raise ValidationError(_l("Enter a valid NIP: 10 digits, dashes allowed, like 123-456-32-18."))
    field.data = stdnum_nip.compact(value)


def regon_number(form, field) -> None:
    value = (field.data or "").strip()
    if not value:
        field.data = None
        return
    if not stdnum_regon.is_valid(value):
        raise ValidationError(_l("Enter a valid REGON: 9 or 14 digits."))
    field.data = stdnum_regon.compact(value)


class NewPassword:
    """The portal's password policy as a field validator. The e-mail address and names count as
    guessable: from the form's own fields, or from ``form.password_context`` set by the view."""

    def __call__(self, form, field) -> None:
        context = tuple(getattr(form, "password_context", ())) + tuple(
            str(getattr(form, name).data or "") for name in ("email", "first_name", "last_name") if hasattr(form, name)
        )
        problem = password_problem(field.data or "", context)
        if problem:
            raise ValidationError(problem)


def _name(label: str, missing: str) -> StringField:
    return StringField(
        label,
        validators=[DataRequired(message=missing), Length(max=64, message=_l("Use at most 64 characters."))],
        filters=[lambda v: v.strip() if isinstance(v, str) else v],
    )


def _email_field(description) -> StringField:
    return StringField(
        _l("E-mail address"),
        description=description,
        validators=[
            DataRequired(message=_l("Enter your e-mail address.")),
            Length(max=254, message=_l("An e-mail address has at most 254 characters.")),
            email_address,
        ],
    )


class EmployerFields(FlaskForm):
    """Declared before the personal fields, so forms and their error summaries list them first."""

    company_name = StringField(
        _l("Employer's name"),
        description=_l("As in the register (KRS or CEIDG)."),
        validators=[
            DataRequired(message=_l("Enter the employer's name.")),
            Length(max=200, message=_l("Use at most 200 characters.")),
        ],
    )
    nip = StringField(
        _l("NIP"),
        validators=[
            DataRequired(message=_l("Enter the employer's NIP.")),
            Length(max=20, message=_l("Enter a valid NIP: 10 digits, dashes allowed, like 123-456-32-18.")),
            nip_number,
        ],
    )
    regon = StringField(
        _l("REGON (optional)"),
        validators=[Optional(), Length(max=20, message=_l("Enter a valid REGON: 9 or 14 digits.")), regon_number],
    )


class LoginForm(FlaskForm):
    email = StringField(
        _l("E-mail address"),
        validators=[
            DataRequired(message=_l("Enter your e-mail address.")),
            Length(max=254, message=_l("An e-mail address has at most 254 characters.")),
        ],
    )
    password = PasswordField(
        _l("Password"),
        validators=[
            DataRequired(message=_l("Enter your password.")),
            Length(max=MAX_LENGTH, message=_l("A password has at most %(n)d characters.", n=MAX_LENGTH)),
        ],
    )
    altcha = HiddenField()  # the solved sign-in check, filled in by the browser when the page asks for it


class ApplicantRegistrationForm(FlaskForm):
    first_name = _name(_l("Given name(s)"), _l("Enter your given name."))
    last_name = _name(_l("Surname"), _l("Enter your surname."))
    email = _email_field(_l("We send the confirmation link and notices about your cases here."))
    phone = StringField(
        _l("Mobile phone number (optional)"),
        description=_l("For text messages about your visits and cases. Numbers outside Poland start with +."),
        validators=[Optional(), Length(max=32, message=_l("Use at most 32 characters.")), phone_number],
    )
    preferred_language = RadioField(
        _l("Language of messages from the office"),
        choices=_language_choices(),
        default="pl",
        validators=[DataRequired(message=_l("Choose the language of messages."))],
    )
    password = PasswordField(
        _l("Password"),
        description=_l("At least 12 characters. A few unrelated words are easy to remember and hard to guess."),
        validators=[DataRequired(message=_l("Create a password.")), NewPassword()],
    )
    password_confirm = PasswordField(
        _l("Repeat the password"),
        validators=[
            DataRequired(message=_l("Repeat the password.")),
            EqualTo("password", message=_l("The passwords are not the same.")),
        ],
    )


class EmployerRegistrationForm(EmployerFields, ApplicantRegistrationForm):
    pass


class ProfileForm(FlaskForm):
    first_name = ApplicantRegistrationForm.first_name
    last_name = ApplicantRegistrationForm.last_name
    phone = ApplicantRegistrationForm.phone
    preferred_language = ApplicantRegistrationForm.preferred_language
    # what the office may tell the owner outside the portal when it writes to them
    notify_by_email = BooleanField(_l("By e-mail"))
    notify_by_sms = BooleanField(
        _l("By SMS"), description=_l("Only to a phone number confirmed with a code. Texts carry no personal data.")
    )


class EmployerProfileForm(EmployerFields, ProfileForm):
    pass


class PasswordChangeForm(FlaskForm):
    current_password = PasswordField(
        _l("Current password"),
        validators=[
            DataRequired(message=_l("Enter your current password.")),
            Length(max=MAX_LENGTH, message=_l("A password has at most %(n)d characters.", n=MAX_LENGTH)),
        ],
    )
    password = PasswordField(
        _l("New password"),
        description=_l("At least 12 characters. A few unrelated words are easy to remember and hard to guess."),
        validators=[DataRequired(message=_l("Create a new password.")), NewPassword()],
    )
    password_confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[
            DataRequired(message=_l("Repeat the new password.")),
            EqualTo("password", message=_l("The passwords are not the same.")),
        ],
    )


class PasswordForgottenForm(FlaskForm):
    email = _email_field(_l("The address you use to sign in."))


class PasswordResetForm(FlaskForm):
    password = PasswordChangeForm.password
    password_confirm = PasswordChangeForm.password_confirm


def _without_spaces(value: str | None) -> str | None:
    return "".join((value or "").split()) or None


def six_digits(form, field) -> None:
    # ASCII digits only: str.isdigit() takes superscripts and other scripts' digits too
    if not (field.data and len(field.data) == 6 and all(c in "0123456789" for c in field.data)):
        raise ValidationError(_l("The code is 6 digits, such as 123456."))


class PhoneCodeForm(FlaskForm):
    code = StringField(
        _l("Code from the SMS"),
        description=_l("6 digits. The code works for 10 minutes after it is sent."),
        filters=[_without_spaces],
        validators=[DataRequired(message=_l("Enter the code from the SMS.")), six_digits],
    )
