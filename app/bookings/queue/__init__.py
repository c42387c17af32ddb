"""The queue at a service point, behind a small interface: the kiosk, the counters' desk page and the
display board speak only to ``QueueSystem``, so an office with a queue system of its own replaces the
built-in one by naming its adapter in ``QUEUE_SYSTEM`` ("module:Class").

The adapter takes a booking code at the kiosk (``arrive``) or a walk-in (``walk_in``), gives tickets
their numbers, lets a counter call, recall, start, finish, transfer and give up a ticket, and says
what the board shows. It sends ``signals.ticket_changed`` inside the transaction for every change.
Tickets are handed out as ``TicketInfo``: a ticket number, a service and a counter, never a name.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from dataclasses import dataclass
from typing import Protocol

from flask import Flask, current_app


class Arrived(enum.StrEnum):
    CHECKED_IN = "checked-in"  # within the minutes around the slot's start: a booked ticket
    WALK_IN = "walk-in"  # too late for the slot, and the service takes walk-ins: a walk-in ticket
    REPRINT = "reprint"  # the code has a ticket already today: the same ticket again
    EARLY = "early"  # come back nearer the time
    LATE = "late"  # too late, and the service takes no walk-ins
    OTHER_DAY = "other-day"
    OTHER_POINT = "other-point"
    NOT_BOOKED = "not-booked"  # cancelled, served, not yet given a date, or no such code


@dataclass(frozen=True)
class TicketInfo:
    id: int
    public_id: str
    label: str  # B017
    point_id: int
    service_id: int
    kind: str  # booked, walk-in
    state: str  # waiting, called, serving, done, no-show
    language: str
    calls: int
    counter_id: int | None
    counter_number: int | None
    for_counter_id: int | None
    issued_at: dt.datetime
    due_at: dt.datetime | None
    called_at: dt.datetime | None
    started_at: dt.datetime | None
    visit_id: int | None


@dataclass(frozen=True)
class Arrival:
    outcome: Arrived
    ticket: TicketInfo | None = None
    starts_at: dt.datetime | None = None  # the visit's slot (told when early or on another day)
    point_id: int | None = None  # the visit's point (told when at another point)


@dataclass(frozen=True)
class Call:
    """A ticket on the board: called (or being served) at a counter."""

    ticket_id: int
    label: str
    counter_number: int
    language: str
    calls: int
    called_at: dt.datetime


@dataclass(frozen=True)
class Wait:
    """A service's queue as published: how many wait and about how many minutes a newcomer waits."""

    service_id: int
    letter: str
    waiting: int
    minutes: int


@dataclass(frozen=True)
class Board:
    calls: list[Call]
    waits: list[Wait]


class NotAtCounter(Exception):
    """The ticket is not (or no longer) at this counter, or not in a state that allows the step."""


class NoWalkIns(Exception):
    """The service is not at this point or takes no visitors without a booking."""


class QueueSystem(Protocol):
    def arrive(self, point_id: int, code: str, language: str, now: dt.datetime) -> Arrival: ...
    def walk_in(self, point_id: int, service_id: int, language: str, now: dt.datetime) -> TicketInfo: ...
    def ticket(self, public_id: str) -> TicketInfo | None: ...
    def at_counter(self, counter_id: int, now: dt.datetime) -> TicketInfo | None: ...
    def waiting(self, counter_id: int, now: dt.datetime) -> list[TicketInfo]: ...
    def call_next(self, counter_id: int, clerk_id: int, now: dt.datetime) -> TicketInfo | None: ...
    def recall(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo: ...
    def start(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo: ...
    def finish(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo: ...
    def no_show(self, ticket_id: int, counter_id: int, now: dt.datetime) -> TicketInfo: ...
    def transfer(
        self, ticket_id: int, counter_id: int, now: dt.datetime, service_id: int | None, to_counter_id: int | None
    ) -> TicketInfo: ...
    def board(self, point_id: int, now: dt.datetime) -> Board: ...
    def close_past_days(self, today: dt.date) -> int: ...


def load(app: Flask) -> None:
    """At startup: the adapter named in QUEUE_SYSTEM, or a clear stop when it cannot be loaded."""
    module, _, name = app.config["QUEUE_SYSTEM"].partition(":")
    try:
        system = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError) as error:
        raise RuntimeError(f"QUEUE_SYSTEM {app.config['QUEUE_SYSTEM']!r} cannot be loaded: {error}") from error
    app.extensions["queue_system"] = system()


def queue_system() -> QueueSystem:
    """The configured queue system of this app."""
    return current_app.extensions["queue_system"]


MAX_CALLS = 3  # a ticket called this many times without the visitor coming is a no-show
