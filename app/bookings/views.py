"""Back office: what each service point offers for visits (services, their weekly plans, counters,
closures), kept by supervisors and administrators. A change releases the slots again after the
commit (a job), so the booking pages follow it at once."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from wtforms import BooleanField, SelectField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional, Regexp, ValidationError

from app.bookings import release
from app.bookings.models import BookingMode, Counter, Needs, VisitClosure, VisitDraw, VisitPlan, VisitService
from app.catalogue.models import CaseType
from app.extensions import db
from app.forms.models import FormDefinition
from app.jobs import enqueue
from app.offices.views import WEEKDAYS
from app.web.backoffice import READ_WRITE, BackOfficeModelView, Records, office_datetime

_TIME = Regexp(r"^([01]\d|2[0-3]):[0-5]\d$", message=_l("Enter a time as HH:MM, like 09:00."))
_LETTER = Regexp(r"^[A-Z]$", message=_l("Enter one capital letter, A to Z."))
_CODE = Regexp(r"^[a-z0-9-]{2,32}$", message=_l("Use 2 to 32 small letters, digits and hyphens."))
PERMISSION = "Bookings"
LANGUAGE_LABELS = {"pl": _l("Polish"), "en": _l("English"), "ru": _l("Russian"), "uk": _l("Ukrainian")}


def _form_codes() -> list[tuple[str, str]]:
    codes = db.session.scalars(select(FormDefinition.code).distinct().order_by(FormDefinition.code))
    return [(code, code) for code in codes]


def _case_types() -> list[tuple[str, str]]:
    return [(t.code, str(t)) for t in db.session.scalars(select(CaseType).order_by(CaseType.code))]


class Codes(SelectMultipleField):
    """Codes chosen from the catalogue; anything else is refused with a message of our own (WTForms'
    own formats a translated plural that FAB's templates cannot show)."""

    def pre_validate(self, form) -> None:
        allowed = {str(value) for value, *_rest in self.iter_choices()}
        if any(value not in allowed for value in self.data or []):
            raise ValidationError(_l("Choose only codes from the list."))


class _ReleasesAfterChange:
    """A saved or deleted plan, closure or service has the service's slots released again."""

    def _services_of(self, item) -> list[int]:
        return [item.id] if isinstance(item, VisitService) else [item.service_id] if item.service_id else []

    def _release(self, item) -> None:
        if isinstance(item, VisitClosure) and item.service_id is None:
            point = item.service_point_id
            ids = db.session.scalars(select(VisitService.id).where(VisitService.service_point_id == point))
        else:
            ids = self._services_of(item)
        for service_id in ids:
            enqueue(release.release_service, service_id)

    def post_add(self, item) -> None:
        self._release(item)

    def post_update(self, item) -> None:
        self._release(item)

    def post_delete(self, item) -> None:
        self._release(item)


class VisitPlanView(_ReleasesAfterChange, BackOfficeModelView):
    datamodel = Records(VisitPlan)
    class_permission_name = PERMISSION
    method_permission_name = dict(READ_WRITE)
    list_title = _l("Weekly plan")
    label_columns = {
        "service": _l("Service"),
        "weekday": _l("Day of the week"),
        "starts": _l("From"),
        "ends": _l("To"),
        "capacity": _l("Places in each slot"),
        "valid_from": _l("Valid from"),
        "valid_until": _l("Valid until"),
    }
    description_columns = {
        "capacity": _l("How many people can come at the same time: the counters that take this service."),
        "ends": _l("Two periods on one day leave a break between them."),
    }
    list_columns = ["weekday", "starts", "ends", "capacity", "valid_from", "valid_until"]
    add_columns = edit_columns = ["service", "weekday", "starts", "ends", "capacity", "valid_from", "valid_until"]
    formatters_columns = {"weekday": lambda day: WEEKDAYS[day] if 0 <= day < len(WEEKDAYS) else day}
    add_form_extra_fields = edit_form_extra_fields = {
        "weekday": SelectField(
            _l("Day of the week"), coerce=int, choices=[SelectChoice(i, name) for i, name in enumerate(WEEKDAYS)]
        )
    }
    validators_columns = {"starts": [_TIME], "ends": [_TIME]}


class VisitServiceView(_ReleasesAfterChange, BackOfficeModelView):
    datamodel = Records(VisitService)
    class_permission_name = PERMISSION
    method_permission_name = dict(READ_WRITE)
    related_views = [VisitPlanView]
    list_title = _l("Services for visits")
    show_title = _l("Service for visits")
    add_title = _l("Add a service")
    edit_title = _l("Edit the service")
    label_columns = {
        "service_point": _l("Service point"),
        "code": _l("Code"),
        "letter": _l("Ticket letter"),
        **{f"name_{code}": _l("Name (%(language)s)", language=label) for code, label in LANGUAGE_LABELS.items()},
        **{
            f"bring_{code}": _l("What to bring (%(language)s)", language=label)
            for code, label in LANGUAGE_LABELS.items()
        },
        "duration_minutes": _l("Length of a visit (minutes)"),
        "needs": _l("A visit is about"),
        "form_codes": _l("Application forms it serves"),
        "case_type_codes": _l("Kinds of cases it serves"),
        "walk_ins": _l("Walk-ins served"),
        "mode": _l("Booking"),
        "stay_priority": _l("Draw: soonest end of legal stay first"),
        "lead_hours": _l("Earliest booking (hours ahead)"),
        "horizon_days": _l("Latest booking (days ahead)"),
        "cutoff_hours": _l("Changes until (hours before)"),
        "position": _l("Order on the list"),
        "active": _l("Taking visits"),
    }
    description_columns = {
        "form_codes": _l("None chosen: any application."),
        "case_type_codes": _l("None chosen: any case."),
        "mode": _l("For scarce services, dates are given by a draw among the requests of a day."),
        "bring_pl": _l("Shown in the confirmation of the visit. Markdown allowed."),
    }
    list_columns = ["service_point", "letter", "name_pl", "duration_minutes", "mode", "active"]
    add_columns = edit_columns = [
        "service_point",
        "code",
        "letter",
        "name_pl",
        "name_en",
        "name_ru",
        "name_uk",
        "duration_minutes",
        "needs",
        "form_codes",
        "case_type_codes",
        "walk_ins",
        "mode",
        "stay_priority",
        "lead_hours",
        "horizon_days",
        "cutoff_hours",
        "bring_pl",
        "bring_en",
        "bring_ru",
        "bring_uk",
        "position",
        "active",
    ]
    show_columns = add_columns
    formatters_columns = {
        "mode": lambda mode: MODES.get(mode, mode),
        "needs": lambda needs: NEEDS.get(needs, needs),
        "form_codes": lambda codes: ", ".join(codes or []) or "—",
        "case_type_codes": lambda codes: ", ".join(codes or []) or "—",
    }
    validators_columns = {"letter": [_LETTER], "code": [_CODE]}
    add_form_extra_fields = edit_form_extra_fields = {
        "mode": SelectField(_l("Booking"), choices=lambda: list(MODES.items())),
        "needs": SelectField(_l("A visit is about"), choices=lambda: list(NEEDS.items())),
        "form_codes": Codes(_l("Application forms it serves"), choices=_form_codes),
        "case_type_codes": Codes(_l("Kinds of cases it serves"), choices=_case_types),
        # FAB makes a not-null boolean a required field, which an unticked box never fills
        "walk_ins": BooleanField(_l("Walk-ins served")),
        "active": BooleanField(_l("Taking visits")),
        "stay_priority": BooleanField(_l("Draw: soonest end of legal stay first")),
    }


MODES = {BookingMode.CHOOSE: _l("The applicant chooses a free time"), BookingMode.ALLOCATE: _l("Dates by a draw")}
NEEDS = {
    Needs.APPLICATION: _l("A submitted application"),
    Needs.CASE: _l("A case"),
    Needs.EITHER: _l("An application or a case"),
}


class CounterView(BackOfficeModelView):
    datamodel = Records(Counter)
    class_permission_name = PERMISSION
    method_permission_name = dict(READ_WRITE)
    list_title = _l("Counters")
    label_columns = {
        "service_point": _l("Service point"),
        "number": _l("Counter number"),
        "services": _l("Services it handles"),
        "active": _l("In use"),
    }
    list_columns = ["service_point", "number", "services", "active"]
    add_columns = edit_columns = show_columns = ["service_point", "number", "services", "active"]
    add_form_extra_fields = edit_form_extra_fields = {"active": BooleanField(_l("In use"))}


class VisitClosureView(_ReleasesAfterChange, BackOfficeModelView):
    datamodel = Records(VisitClosure)
    class_permission_name = PERMISSION
    method_permission_name = dict(READ_WRITE)
    list_title = _l("Closures")
    label_columns = {
        "service_point": _l("Service point"),
        "service": _l("Service (empty: all)"),
        "day": _l("Date"),
        "starts": _l("From (empty: the whole morning)"),
        "ends": _l("To (empty: the rest of the day)"),
        **{f"reason_{code}": _l("Reason (%(language)s)", language=label) for code, label in LANGUAGE_LABELS.items()},
    }
    description_columns = {"day": _l("Public holidays are closed by themselves.")}
    list_columns = ["service_point", "service", "day", "starts", "ends", "reason_pl"]
    add_columns = edit_columns = show_columns = [
        "service_point",
        "service",
        "day",
        "starts",
        "ends",
        "reason_pl",
        "reason_en",
        "reason_ru",
        "reason_uk",
    ]
    validators_columns = {"starts": [Optional(), _TIME], "ends": [Optional(), _TIME]}
    base_order = ("day", "desc")


class VisitDrawView(BackOfficeModelView):
    """The draws, read only: each with its seed and the order it gave, and whether the seed gives
    that order again (the office's audit)."""

    datamodel = Records(VisitDraw)
    class_permission_name = PERMISSION
    method_permission_name = {"list": "read", "show": "read"}
    base_permissions = ["can_read"]
    list_title = _l("Draws")
    show_title = _l("Draw")
    label_columns = {
        "service": _l("Service"),
        "drawn_at": _l("Drawn at"),
        "seed": _l("Seed"),
        "priority_by_stay": _l("Soonest end of legal stay first"),
        "order": _l("Requests in drawn order"),
        "given": _l("Dates given"),
        "repeats": _l("The seed gives this order again"),
    }
    list_columns = ["service", "drawn_at", "given", "repeats"]
    show_columns = ["service", "drawn_at", "seed", "priority_by_stay", "order", "given", "repeats"]
    search_columns = ["service", "seed"]
    add_columns = edit_columns = ["seed"]  # never offered (no one adds or edits a draw); FAB builds the forms anyway
    formatters_columns = {
        "drawn_at": office_datetime,
        "order": lambda order: ", ".join(str(visit_id) for visit_id in order or []) or "—",
        "repeats": lambda ok: _l("yes") if ok else _l("no"),
    }
    base_order = ("drawn_at", "desc")
