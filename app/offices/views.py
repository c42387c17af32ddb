"""Back office: service points and their hours, kept by content editors."""

from flask_babel import lazy_gettext as _l
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Regexp

from app.offices.models import OpeningHours, ServicePoint
from app.web.backoffice import READ_WRITE, BackOfficeModelView, Records

_TIME = Regexp(r"^([01]\d|2[0-3]):[0-5]\d$", message=_l("Enter a time as HH:MM, like 09:00."))
WEEKDAYS = [_l("Monday"), _l("Tuesday"), _l("Wednesday"), _l("Thursday"), _l("Friday"), _l("Saturday"), _l("Sunday")]


class OpeningHoursView(BackOfficeModelView):
    datamodel = Records(OpeningHours)
    class_permission_name = "ServicePoints"
    method_permission_name = dict(READ_WRITE)
    list_title = _l("Opening hours")
    label_columns = {"weekday": _l("Day of the week"), "opens": _l("Opens"), "closes": _l("Closes")}
    list_columns = ["weekday", "opens", "closes"]
    add_columns = edit_columns = ["service_point", "weekday", "opens", "closes"]
    formatters_columns = {"weekday": lambda day: WEEKDAYS[day] if 0 <= day < len(WEEKDAYS) else day}
    add_form_extra_fields = edit_form_extra_fields = {
        "weekday": SelectField(
            _l("Day of the week"), coerce=int, choices=[SelectChoice(i, name) for i, name in enumerate(WEEKDAYS)]
        )
    }
    validators_columns = {"opens": [_TIME], "closes": [_TIME]}


class ServicePointView(BackOfficeModelView):
    datamodel = Records(ServicePoint)
    class_permission_name = "ServicePoints"
    method_permission_name = OpeningHoursView.method_permission_name
    related_views = [OpeningHoursView]
    list_title = _l("Service points")
    show_title = _l("Service point")
    add_title = _l("Add a service point")
    edit_title = _l("Edit the service point")
    label_columns = {
        "code": _l("Code"),
        "name_pl": _l("Name (Polish)"),
        "name_en": _l("Name (English)"),
        "name_ru": _l("Name (Russian)"),
        "name_uk": _l("Name (Ukrainian)"),
        "street": _l("Street and number"),
        "postal_code": _l("Postal code"),
        "city": _l("City"),
        "phone": _l("Phone"),
        "email": _l("E-mail address"),
        "position": _l("Order on the list"),
        "active": _l("Shown to the public"),
        "accessibility_pl": _l("Accessibility (Polish)"),
        "accessibility_en": _l("Accessibility (English)"),
        "accessibility_ru": _l("Accessibility (Russian)"),
        "accessibility_uk": _l("Accessibility (Ukrainian)"),
    }
    description_columns = {
        "accessibility_pl": _l("Entrance, lift, toilet, induction loop, help on site. Markdown allowed."),
    }
    list_columns = ["name_pl", "city", "street", "phone", "active"]
    add_columns = edit_columns = [
        "code",
        "name_pl",
        "name_en",
        "name_ru",
        "name_uk",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "position",
        "active",
        "accessibility_pl",
        "accessibility_en",
        "accessibility_ru",
        "accessibility_uk",
    ]
    show_columns = add_columns
