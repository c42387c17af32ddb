"""SMSAPI's delivery reports: each names our idx (and its own id) and a status code; a report moves
a notification forward only, so one that arrives twice or after a later one changes nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from app.extensions import db
from plugins.notifications.models import Notification
from plugins.notifications.outbox import move
from plugins.notifications.states import Channel, State

# SMSAPI's report codes: 403 handed to the network (still on its way), 404 delivered, 402 the
# validity ran out, 405–407 and 412 the number did not or will not take it.
REPORTED = {
    "402": (State.TECHNICAL_FAILURE, "expired: the phone did not take it in time"),
    "404": (State.DELIVERED, None),
    "405": (State.PERMANENT_FAILURE, "undelivered"),
    "406": (State.PERMANENT_FAILURE, "failed at the network"),
    "407": (State.PERMANENT_FAILURE, "rejected by the network"),
    "412": (State.PERMANENT_FAILURE, "the recipient asked for no messages"),
}


@dataclass(frozen=True)
class Report:
    provider_id: str
    our_id: str
    status: str


def parse(values: dict[str, str]) -> list[Report]:
    """SMSAPI joins several reports in one call with commas."""

    def split(name: str) -> list[str]:
        return [part.strip() for part in (values.get(name) or "").split(",")]

    ids, idxs, statuses = split("MsgId"), split("idx"), split("status")
    count = max(len(ids), len(statuses))
    idxs += [""] * (count - len(idxs))
    ids += [""] * (count - len(ids))
    return [Report(ids[i], idxs[i], statuses[i]) for i in range(min(count, len(statuses))) if statuses[i]]


def record(report: Report) -> bool:
    """Apply one report (flushed); True when it moved a notification."""
    if report.status not in REPORTED or not (report.our_id or report.provider_id):
        return False
    wanted = []
    if report.our_id:
        wanted.append(Notification.our_id == report.our_id[:120])
    if report.provider_id:
        wanted.append(Notification.provider_id == report.provider_id[:100])
    row = db.session.scalars(
        select(Notification).where(Notification.channel == Channel.SMS, or_(*wanted)).with_for_update().limit(1)
    ).first()
    if row is None:
        return False
    state, reason = REPORTED[report.status]
    if report.provider_id and row.provider_id is None:
        row.provider_id = report.provider_id[:100]
    return move(row, state, reason=reason)
