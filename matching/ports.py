"""The ports the domain needs: narrow Protocols implemented by ``storage`` and ``bot``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Protocol

from matching.followup_models import CheckIn, Outcome
from matching.lane import LaneRepo
from matching.models import (
    AuditEvent,
    Conversation,
    HeldMessage,
    HelperProfile,
    Invite,
    MessageLink,
    Offer,
    OfferStatus,
    OutboxItem,
    Person,
    Request,
    Timer,
    TimerKind,
)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class PeopleRepo(Protocol):
    async def get(self, person_id: int) -> Person | None: ...
    async def by_telegram(self, telegram_id: int) -> Person | None: ...
    async def by_pseudonym(self, pseudonym: str) -> Person | None: ...
    async def add(self, person: Person) -> None: ...
    async def coordinators(self) -> list[Person]: ...
    async def delete(self, person: Person) -> None: ...


class HelperRepo(Protocol):
    async def by_person(self, person_id: int) -> HelperProfile | None: ...
    async def by_display_name(self, name: str) -> HelperProfile | None: ...
    async def add(self, profile: HelperProfile) -> None: ...
    async def all(self) -> list[HelperProfile]: ...
    async def open_conversation_counts(self) -> dict[int, int]:
        """Active conversations per helper person id."""
        ...


class RequestRepo(Protocol):
    async def get(self, request_id: int) -> Request | None: ...
    async def add(self, request: Request) -> None: ...
    async def open_for_seeker(self, seeker_id: int) -> Request | None:
        """The seeker's request in intake, waiting, offered or active status, if any."""
        ...

    async def queued(self) -> list[Request]:
        """Requests waiting for a helper (status waiting or offered)."""
        ...

    async def since(self, since: datetime) -> list[Request]: ...


class OfferRepo(Protocol):
    async def get(self, offer_id: int) -> Offer | None: ...
    async def add(self, offer: Offer) -> None: ...
    async def pending_for_request(self, request_id: int) -> Offer | None: ...
    async def pending_helpers(self) -> set[int]:
        """Helper person ids that have a pending offer."""
        ...

    async def transition(
        self, offer_id: int, old: OfferStatus, new: OfferStatus, at: datetime
    ) -> bool:
        """Atomically move an offer from ``old`` to ``new``; False when it was not ``old``.

        The offer, if loaded, then also holds the message id recorded so far, read under the
        row's lock (see ``record_message``)."""
        ...

    async def record_message(self, offer_id: int, message_id: int) -> OfferStatus | None:
        """Store the id of the offer's message once sent; return the offer's status, read under
        the row's lock: answered, expired or withdrawn meanwhile means its buttons must go."""
        ...

    async def refused_since(self, request_id: int, since: datetime) -> set[int]:
        """Helpers who declined or let an offer for this request expire since ``since``."""
        ...


class ConversationRepo(Protocol):
    async def get(self, conversation_id: int) -> Conversation | None: ...
    async def add(self, conversation: Conversation) -> None: ...
    async def active_for_seeker(self, seeker_id: int) -> Conversation | None: ...
    async def active_for_helper(self, helper_id: int) -> list[Conversation]: ...
    async def last_for_seeker(self, seeker_id: int) -> Conversation | None: ...
    async def close(self, conversation_id: int, at: datetime, by: str) -> bool:
        """Atomically close an active conversation; False when it was already closed."""
        ...

    async def since(self, since: datetime) -> list[Conversation]: ...


class HeldRepo(Protocol):
    async def add(self, held: HeldMessage) -> None: ...
    async def for_request(self, request_id: int) -> list[HeldMessage]: ...
    async def delete_for_request(self, request_id: int) -> None: ...


class LinkRepo(Protocol):
    async def add(self, link: MessageLink) -> None: ...
    async def by_src(self, chat_id: int, message_id: int) -> list[MessageLink]: ...
    async def find(self, chat_id: int, message_id: int) -> MessageLink | None:
        """The link whose original or copy is this message of this chat."""
        ...

    async def delete_for_conversations(self, conversation_ids: Sequence[int]) -> int: ...


class OutboxRepo(Protocol):
    async def add(self, item: OutboxItem) -> None: ...
    async def chats_due(self, now: datetime, limit: int) -> list[int]:
        """Chats whose oldest undelivered item is due now and not being sent."""
        ...

    async def head(self, chat_id: int) -> OutboxItem | None:
        """The oldest undelivered (pending or sending) item for a chat."""
        ...

    async def claim_due(self, chat_id: int, at: datetime, limit: int) -> list[OutboxItem]:
        """Atomically move a chat's oldest due pending items (in order, up to ``limit``, none
        while an older one is being sent) to sending; empty when there are none or another
        worker claimed them first."""
        ...

    async def last_for_chat(self, chat_id: int) -> OutboxItem | None:
        """The newest item addressed to a chat, whatever its status."""
        ...

    async def drop_pending_for_chat(self, chat_id: int, reason: str) -> int: ...
    async def release_stale(self, before: datetime) -> int:
        """Give back items stuck in sending (a worker died) whose claim is older than ``before``."""
        ...

    async def purge_sent(self, before: datetime) -> int: ...


class TimerRepo(Protocol):
    async def add(self, timer: Timer) -> None: ...
    async def get(self, timer_id: int) -> Timer | None: ...
    async def due(self, now: datetime, limit: int) -> list[Timer]: ...
    async def next_due_at(self) -> datetime | None: ...
    async def claim(self, timer_id: int) -> bool:
        """Atomically move a pending timer to running; False when someone else did."""
        ...

    async def cancel(self, kind: TimerKind, ref_id: int) -> int: ...
    async def pending_of_kind(self, kind: TimerKind) -> list[Timer]: ...
    async def release_stale(self, before: datetime) -> int: ...


class InviteRepo(Protocol):
    async def add(self, invite: Invite) -> None: ...
    async def by_code(self, code: str) -> Invite | None: ...


class AuditRepo(Protocol):
    async def add(self, event: AuditEvent) -> None: ...
    async def recent(self, limit: int) -> list[AuditEvent]: ...


class CheckInRepo(Protocol):
    async def add(self, checkin: CheckIn) -> None: ...
    async def get(self, checkin_id: int) -> CheckIn | None: ...
    async def for_conversation(self, conversation_id: int) -> list[CheckIn]: ...
    async def pending_for_seeker(self, seeker_id: int) -> list[CheckIn]:
        """Check-ins not yet sent (status pending)."""
        ...

    async def since(self, since: datetime) -> list[CheckIn]: ...


class OutcomeRepo(Protocol):
    async def add(self, outcome: Outcome) -> None: ...
    async def for_conversation(self, conversation_id: int) -> Outcome | None: ...
    async def since(self, since: datetime) -> list[Outcome]: ...


class RetentionRepo(Protocol):
    async def purge(self, closed_before: datetime) -> dict[str, int]:
        """Delete message links, held messages, delivered outbox rows and finished timers of
        conversations closed before the cutoff, and unlink seekers with nothing open since:
        only anonymous counts stay. Returns counts per kind."""
        ...

    async def forget_person(self, person_id: int) -> dict[str, int]:
        """Delete a person's links, held messages and undelivered items; unlink the pseudonym."""
        ...


class SettingsRepo(Protocol):
    """The line's own settings changed in chat by coordinators (opening hours...)."""

    async def get(self, key: str) -> str | None: ...
    async def put(self, key: str, value: str, at: datetime) -> None: ...


class UnitOfWork(Protocol):
    people: PeopleRepo
    lane: LaneRepo
    helpers: HelperRepo
    requests: RequestRepo
    offers: OfferRepo
    conversations: ConversationRepo
    held: HeldRepo
    links: LinkRepo
    outbox: OutboxRepo
    timers: TimerRepo
    invites: InviteRepo
    audit: AuditRepo
    checkins: CheckInRepo
    outcomes: OutcomeRepo
    retention: RetentionRepo
    settings: SettingsRepo

    async def __aenter__(self) -> UnitOfWork: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed."""
        ...

    async def flush(self) -> None:
        """Send pending changes so new entities get their ids, without committing."""
        ...

    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


class Snippets(Protocol):
    """Ephemeral store for a seeker's first words, shown in offers; never the database."""

    async def put(self, request_id: int, text: str) -> None: ...
    async def get(self, request_id: int) -> str | None: ...
    async def delete(self, request_id: int) -> None: ...


class DeliveryError(Exception):
    """Base of what a Transport raises."""


class RetryLater(DeliveryError):
    def __init__(self, seconds: float, reason: str = "") -> None:
        super().__init__(reason or f"retry after {seconds}s")
        self.seconds = seconds


class Unreachable(DeliveryError):
    """The person blocked the bot or deleted their account (Telegram 403)."""


class Rejected(DeliveryError):
    """Telegram refused this message for good (400): retrying will not help."""


class Transport(Protocol):
    """Sends rendered outbox items; raises RetryLater, Unreachable or Rejected."""

    async def send(self, item: OutboxItem, reply_to: int | None, words: str | None) -> int:
        """Deliver one item and return the new message id in the destination chat.

        ``words`` is the seeker's first words for an offer, from the ephemeral store."""
        ...

    async def copy_many(
        self, chat_id: int, from_chat: int, message_ids: Sequence[int]
    ) -> list[int]:
        """Copy several messages of one chat at once, in order (copyMessages); the new ids, one
        per message copied (Telegram skips messages it cannot find)."""
        ...

    async def edit_copy(self, chat_id: int, message_id: int, text: str, caption: bool) -> None:
        """Apply an edit made to an original onto its copy."""
        ...
