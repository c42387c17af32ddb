"""A visit as an iCalendar file (RFC 5545) for the person's own calendar: the time in UTC, the
service point's address as the place, what to bring, and a link back to the visit's page."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from app.bookings.models import Visit


def for_visit(visit: Visit, language: str, link: str) -> bytes:
    service, slot = visit.service, visit.slot
    point = service.service_point
    calendar = Calendar()
    calendar.add("prodid", "-//Przybysz//visits//PL")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"visit-{visit.code}@przybysz")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", slot.starts_at.replace(tzinfo=dt.UTC))
    event.add("dtend", slot.ends_at.replace(tzinfo=dt.UTC))
    event.add("summary", f"{service.text('name', language)} – {point.name(language)}")
    event.add("location", f"{point.street}, {point.postal_code} {point.city}")
    event.add("description", f"{visit.code[:4]}-{visit.code[4:]}\n\n{service.text('bring', language)}\n\n{link}")
    event.add("url", link)
    calendar.add_component(event)
    return calendar.to_ical()
