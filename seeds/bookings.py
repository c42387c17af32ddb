"""Services for visits at each service point, their weekly plans and counters (seeds/bookings/).

A point's service, plan or counter is added when missing and otherwise left as its supervisors keep
it; the slots are then released up to each service's horizon, and the nightly release is asked for.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import select

from app.bookings import release
from app.bookings.models import Counter, VisitPlan, VisitService
from app.extensions import db
from app.offices.models import ServicePoint

SOURCE = Path(__file__).with_name("bookings") / "services.yaml"
LANGUAGES = ("pl", "en", "ru", "uk")


def _for(point: ServicePoint, values: dict):
    return values.get(point.code, values["default"])


def load() -> list[str]:
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    added = {"services": 0, "counters": 0}
    for point in db.session.scalars(select(ServicePoint).order_by(ServicePoint.position, ServicePoint.id)):
        services = {
            s.code: s for s in db.session.scalars(select(VisitService).where(VisitService.service_point == point))
        }
        for position, item in enumerate(data["services"]):
            if item["code"] in services:
                continue
            service = VisitService(
                service_point=point,
                code=item["code"],
                letter=item["letter"],
                duration_minutes=item["duration_minutes"],
                needs=item["needs"],
                walk_ins=item["walk_ins"],
                form_codes=[],
                case_type_codes=[],
                position=position,
                **{f"name_{code}": item["name"][code] for code in LANGUAGES},
                **{f"bring_{code}": item["bring"][code].strip() for code in LANGUAGES},
            )
            service.plans = [
                VisitPlan(weekday=weekday, starts=starts, ends=ends, capacity=_for(point, item["capacity"]))
                for plan in data["plans"]
                for weekday in plan["weekdays"]
                for starts, ends in plan["periods"]
            ]
            db.session.add(service)
            services[item["code"]] = service
            added["services"] += 1
        db.session.flush()
        numbers = set(db.session.scalars(select(Counter.number).where(Counter.service_point_id == point.id)))
        for number in range(1, data["counters"].get(point.code, 1) + 1):
            if number in numbers:
                continue
            handles = [services[i["code"]] for i in data["services"] if number in _for(point, i["counters"])]
            db.session.add(Counter(service_point_id=point.id, number=number, services=handles))
            added["counters"] += 1
    db.session.flush()
    released = sum(new for new, _withdrawn in release.release_all().values())
    release.schedule_nightly()
    return [f"visits: {added['services']} services and {added['counters']} counters added, {released} slots released"]
