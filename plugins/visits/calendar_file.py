"""A visit as an iCalendar file (RFC 5545) for the person's own calendar: the time in UTC, the
service point's address as the place, what to bring, and a link back to the visit's page."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from app.bookings.models import Visit


def for_visit(visit: Visit, language: str, link: str) -> bytes:
    calendar = _calendar()
    calendar.add_component(_event(visit, language, link))
    return calendar.to_ical()


def for_employer(visits: list[Visit], language: str, names: dict[int, str], link: str) -> bytes:
    """An employer's feed: each booked visit of their employees, named by the service and the
    employee (the feed's address is the employer's secret)."""
    calendar = _calendar()
    calendar.add("x-wr-calname", "Przybysz")
    for visit in visits:
        if visit.slot is not None:
            calendar.add_component(_event(visit, language, link, who=names.get(visit.person_id)))
    return calendar.to_ical()


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Przybysz//visits//PL")
    calendar.add("version", "2.0")
    return calendar


def _event(visit: Visit, language: str, link: str, who: str | None = None) -> Event:
    service, slot = visit.service, visit.slot
    point = service.service_point
    event = Event()
    event.add("uid", f"visit-{visit.id}@przybysz")  # not the code: that is typed at the kiosk
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", slot.starts_at.replace(tzinfo=dt.UTC))
    event.add("dtend", slot.ends_at.replace(tzinfo=dt.UTC))
    title = f"{service.text('name', language)} – {point.name(language)}"
    event.add("summary", f"{who}: {title}" if who else title)
    event.add("location", f"{point.street}, {point.postal_code} {point.city}")
    if who is None:  # the person's own file: the code they type at the kiosk, and what to bring
        event.add("description", f"{visit.code[:4]}-{visit.code[4:]}\n\n{service.text('bring', language)}\n\n{link}")
    else:
        event.add("description", link)
    event.add("url", link)
    return event
