"""Entities of the after-care loop: check-ins and the two outcome questions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CheckInStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


class CheckInAnswer(StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    TALK = "talk"


class OutcomeAnswer(StrEnum):
    A_LOT = "a_lot"
    A_LITTLE = "a_little"
    NO = "no"
    SKIP = "skip"


@dataclass(eq=False)
class CheckIn:
    conversation_id: int
    seeker_id: int
    due_at: datetime
    created_at: datetime
    sequence: int = 1
    status: CheckInStatus = CheckInStatus.PENDING
    answer: CheckInAnswer | None = None
    sent_at: datetime | None = None
    answered_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Outcome:
    """Answers as codes, never free text; one row per conversation."""

    conversation_id: int
    asked_at: datetime
    hope: OutcomeAnswer | None = None
    agency: OutcomeAnswer | None = None
    answered_at: datetime | None = None
    id: int | None = None
