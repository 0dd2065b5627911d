"""Domain entities of the listening line.

Plain dataclasses, standard library only. ``storage`` maps them imperatively onto tables, so a
service changes an entity and the unit of work persists it on commit.
Nothing here holds message text: only Telegram chat and message ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

#: Activity stamps (a conversation's last message, a helper's last activity) are written at most
#: this often: a burst costs one write, and idle closing or choosing the longest idle helper
#: cannot tell the difference.
STAMP_EVERY = timedelta(seconds=1)
#: A person's ``last_seen_at`` is refreshed at most this often: no write per relayed message.
LAST_SEEN_EVERY = timedelta(minutes=5)


def stale(stamp: datetime | None, now: datetime, every: timedelta = STAMP_EVERY) -> bool:
    """A stamp older than ``every`` (or none): due to be written again."""
    return stamp is None or now - stamp >= every


class Role(StrEnum):
    SEEKER = "seeker"
    HELPER = "helper"
    COORDINATOR = "coordinator"


class Level(StrEnum):
    CRISIS = "crisis"
    URGENT = "urgent"
    ROUTINE = "routine"


LEVEL_RANK: dict[Level, int] = {Level.ROUTINE: 0, Level.URGENT: 1, Level.CRISIS: 2}


def raise_level(current: Level, new: Level) -> Level:
    """The higher of two levels: an automatic rule may raise a level, never lower it."""
    return new if LEVEL_RANK[new] > LEVEL_RANK[current] else current


class Theme(StrEnum):
    CARE = "care"
    SOCIAL = "social"
    PERSONAL = "personal"
    INFORMATION = "information"
    HOUSING = "housing"
    OTHER = "other"


class RequestStatus(StrEnum):
    INTAKE = "intake"  # consent given, triage questions under way
    WAITING = "waiting"  # queued, no pending offer
    OFFERED = "offered"  # one offer pending
    ACTIVE = "active"  # a conversation is open
    CLOSED = "closed"
    CANCELLED = "cancelled"


class IntakeStep(StrEnum):
    WHO = "who"
    THEME = "theme"
    WORDS = "words"
    DONE = "done"


class OfferStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class ConversationStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class TimerKind(StrEnum):
    OFFER_TIMEOUT = "offer_timeout"
    IDLE_CLOSE = "idle_close"
    WAIT_ALERT = "wait_alert"
    CHECKIN = "checkin"
    DEBRIEF = "debrief"
    RETENTION = "retention"


class TimerStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Person:
    telegram_id: int
    pseudonym: str
    language: str
    role: Role = Role.SEEKER
    consented_at: datetime | None = None
    banned: bool = False
    created_at: datetime | None = None
    last_seen_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class HelperProfile:
    person_id: int
    display_name: str
    languages: str = "fr"  # comma-separated language codes
    themes: str = ""  # comma-separated Theme values; empty = all themes
    capacity: int = 2
    family_peer: bool = False
    on_duty: bool = False
    suspended: bool = False
    idle_since: datetime | None = None
    last_active_at: datetime | None = None
    current_conversation_id: int | None = None
    id: int | None = None

    def speaks(self, language: str) -> bool:
        return language in {x.strip() for x in self.languages.split(",") if x.strip()}

    def covers(self, theme: Theme) -> bool:
        wanted = {x.strip() for x in self.themes.split(",") if x.strip()}
        return theme.value in wanted


@dataclass(eq=False)
class Request:
    seeker_id: int
    created_at: datetime
    status: RequestStatus = RequestStatus.INTAKE
    intake_step: IntakeStep = IntakeStep.WHO
    level: Level = Level.ROUTINE
    theme: Theme = Theme.OTHER
    relative: bool = False
    reasons: str = ""  # comma-separated triage reason codes, never text
    queued_at: datetime | None = None
    matched_at: datetime | None = None
    closed_at: datetime | None = None
    words_message_id: int | None = None  # the seeker's "in a few words" message, in their chat
    preferred_helper_id: int | None = None
    first_in_line: bool = False  # handed back after a helper left: served before others
    crisis_alerted: bool = False
    id: int | None = None


@dataclass(eq=False)
class Offer:
    request_id: int
    helper_id: int
    created_at: datetime
    expires_at: datetime
    status: OfferStatus = OfferStatus.PENDING
    answered_at: datetime | None = None
    message_id: int | None = None  # the offer message in the helper's chat
    id: int | None = None


@dataclass(eq=False)
class Conversation:
    request_id: int
    seeker_id: int
    helper_id: int
    started_at: datetime
    last_message_at: datetime
    level: Level = Level.ROUTINE
    status: ConversationStatus = ConversationStatus.ACTIVE
    closed_at: datetime | None = None
    closed_by: str | None = None
    crisis_replied_at: datetime | None = None  # the seeker's last crisis reply in it
    id: int | None = None


@dataclass(eq=False)
class HeldMessage:
    """A message the seeker sent while waiting, delivered to the helper once matched."""

    request_id: int
    chat_id: int
    message_id: int
    created_at: datetime
    id: int | None = None


@dataclass(eq=False)
class MessageLink:
    """One relayed message: the original and its copy. Ids only, never text."""

    conversation_id: int
    src_chat_id: int
    src_message_id: int
    dst_chat_id: int
    dst_message_id: int
    id: int | None = None


@dataclass(eq=False)
class OutboxItem:
    """A message the bot owes somebody, persisted before the update is acknowledged."""

    chat_id: int
    kind: str  # "text" | "copy" | "edit_markup"
    payload: dict[str, object]
    created_at: datetime
    next_attempt_at: datetime
    conversation_id: int | None = None
    status: str = "pending"  # pending | sending | sent | dead
    attempts: int = 0
    sent_message_id: int | None = None
    error: str | None = None
    id: int | None = None


@dataclass(eq=False)
class Timer:
    """Timed work; the database row is the truth, the in-process scheduler only wakes us."""

    kind: TimerKind
    ref_id: int
    due_at: datetime
    status: TimerStatus = TimerStatus.PENDING
    created_at: datetime | None = None
    attempts: int = 0
    id: int | None = None


@dataclass(eq=False)
class Invite:
    code: str
    created_by: int
    created_at: datetime
    expires_at: datetime
    used_by: int | None = None
    used_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class AuditEvent:
    at: datetime
    action: str
    actor_id: int | None = None
    subject: str | None = None
    details: dict[str, object] = field(default_factory=dict)
    id: int | None = None
