"""A notification's states, as GOV.UK Notify names them, and the rule that they only move forward."""

from __future__ import annotations

import enum


class State(enum.StrEnum):
    CREATED = "created"  # written with its event, waiting for its delivery job
    TEMPORARY_FAILURE = "temporary-failure"  # the provider refused for now: tried again later
    SENDING = "sending"  # the provider took it; its delivery report is awaited (SMS)
    SENT = "sent"  # the provider handed it on and will report nothing more
    DELIVERED = "delivered"
    PERMANENT_FAILURE = "permanent-failure"  # the address or number does not take messages
    TECHNICAL_FAILURE = "technical-failure"  # given up after the last retry, or expired


# A state may move only to a higher rank; the final states share the top rank, so none of them
# ever changes again, whatever report arrives late or twice.
RANK = {
    State.CREATED: 0,
    State.TEMPORARY_FAILURE: 1,
    State.SENDING: 2,
    State.SENT: 3,
    State.DELIVERED: 4,
    State.PERMANENT_FAILURE: 4,
    State.TECHNICAL_FAILURE: 4,
}
FINAL = frozenset(state for state, rank in RANK.items() if rank == max(RANK.values()))
FAILURES = (State.TEMPORARY_FAILURE, State.PERMANENT_FAILURE, State.TECHNICAL_FAILURE)


def may_move(current: str, new: str) -> bool:
    """A retry records temporary-failure again (same rank); anything else must climb."""
    old, target = State(current), State(new)
    if old == target == State.TEMPORARY_FAILURE:
        return True
    return RANK[target] > RANK[old]


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"
