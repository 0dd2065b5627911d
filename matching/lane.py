"""The relay's fast lane: when a run of plain messages may skip the outbox.

Most of what people send during a conversation is plain: a routine message from a seeker to
their helper, or from a helper with one conversation to their seeker. For those, queueing an
outbox row, claiming it and recording it costs three transactions for nothing, since the update
itself is still unconfirmed at Telegram (it is confirmed only once handled, ``bot.polling``):
a crash before the links are written makes Telegram deliver it again (at least once, as the
outbox). So the lane sends the copies at once and writes only the message links.

It applies only when nothing else must happen, decided here from facts read in one query:
the sender is a consented, unbanned seeker whose messages all rate routine, or a named helper
whose one conversation is their current one; the other side's chat has nothing queued, so order
holds; the helper has one conversation (no "whose message is this" header to add). Anything else
takes the full path, which does exactly what it always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from matching.models import LAST_SEEN_EVERY, Role, stale


@dataclass(frozen=True)
class RouteFacts:
    """What storage knows of a sender with exactly one active conversation."""

    person_id: int
    role: Role
    banned: bool
    consented: bool
    last_seen_at: datetime | None
    conversation_id: int
    sender_is_seeker: bool
    to_chat: int  # the other side's Telegram chat
    helper_id: int  # the conversation's helper (a person id)
    helper_conversations: int  # active conversations of that helper
    helper_named: bool
    current_conversation_id: int | None  # the helper's current conversation
    last_message_at: datetime
    helper_last_active_at: datetime | None
    backlog: bool  # the other side's chat has outbox items not sent yet


@dataclass(frozen=True)
class Route:
    """Where a run of messages goes, and which activity stamps are due."""

    conversation_id: int
    from_chat: int
    to_chat: int
    stamp_conversation: bool
    stamp_helper_id: int | None  # helper profile to stamp (a person id), if due


class LaneRepo(Protocol):
    async def facts(self, telegram_ids: Sequence[int]) -> dict[int, RouteFacts]:
        """Per sender with exactly one active conversation, what the lane needs to know
        (senders with none or several are left out)."""
        ...

    async def record(
        self, route: Route, copies: Sequence[tuple[int, int]], now: datetime
    ) -> None:
        """Write the links (original id, copy id) of messages sent along ``route``, and the
        activity stamps it says are due."""
        ...


def route(
    facts: RouteFacts | None,
    telegram_id: int,
    now: datetime,
    coordinators: frozenset[int],
) -> Route | None:
    """The lane for this sender, or None: the full path must handle their messages."""
    if facts is None or facts.backlog or facts.banned or telegram_id in coordinators:
        return None
    if facts.helper_conversations != 1:
        return None  # the helper needs the header naming whose message it is
    if facts.sender_is_seeker:
        if facts.role is not Role.SEEKER or not facts.consented:
            return None
        if stale(facts.last_seen_at, now, LAST_SEEN_EVERY):  # the full path refreshes it
            return None
        helper_stamp = None
    else:
        if facts.role is not Role.HELPER or not facts.helper_named:
            return None
        if facts.current_conversation_id != facts.conversation_id:
            return None  # the full path makes it the current one
        due = stale(facts.helper_last_active_at, now)
        helper_stamp = facts.helper_id if due else None
    return Route(
        conversation_id=facts.conversation_id,
        from_chat=telegram_id,
        to_chat=facts.to_chat,
        stamp_conversation=stale(facts.last_message_at, now),
        stamp_helper_id=helper_stamp,
    )

