"""Delivering the outbox: in order per chat, retried on 429/5xx/timeouts, never lost.

An item is claimed (pending -> sending) and committed before it is sent, so several workers
never send it twice; a worker that dies mid-send leaves it in ``sending`` and ``release_stale``
gives it back (at-least-once: a duplicate is possible after a crash, a loss is not).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from matching.models import MessageLink, Offer, OutboxItem
from matching.policy import Policy
from matching.ports import (
    Rejected,
    RetryLater,
    Snippets,
    Transport,
    UnitOfWork,
    UnitOfWorkFactory,
    Unreachable,
)
from matching.services.notify import say_to
from matching.services.unreachable import person_unreachable

log = logging.getLogger(__name__)
MAX_BACKOFF = 60.0
STALE_AFTER = timedelta(seconds=60)
PARALLEL_CHATS = 8  # chats delivered at once; one chat's items always go one after the other


class Deliverer:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        transport: Transport,
        snippets: Snippets,
        policy: Policy,
        now: Callable[[], datetime],
    ) -> None:
        self._uow_factory = uow_factory
        self._transport = transport
        self._snippets = snippets
        self._policy = policy
        self._now = now

    async def run_once(self, limit: int = 100) -> int:
        """Deliver what is due now, several chats at a time (each chat in order); returns how
        many items were sent."""
        async with self._uow_factory() as uow:
            chats = await uow.outbox.chats_due(self._now(), limit)
        gate = asyncio.Semaphore(PARALLEL_CHATS)

        async def one(chat_id: int) -> int:
            async with gate:
                return await self.deliver_chat(chat_id)

        return sum(await asyncio.gather(*(one(chat_id) for chat_id in chats)))

    async def release_stale(self) -> int:
        async with self._uow_factory() as uow:
            count = await uow.outbox.release_stale(self._now() - STALE_AFTER)
            await uow.commit()
        return count

    async def deliver_chat(self, chat_id: int) -> int:
        sent = 0
        while True:
            async with self._uow_factory() as uow:
                item = await uow.outbox.head(chat_id)
                now = self._now()
                if item is None or item.status != "pending" or item.next_attempt_at > now:
                    return sent
                if not await uow.outbox.claim(item.id or 0, now):
                    return sent
                await uow.commit()
                proceed = await self._send(uow, item)
                await uow.commit()
            if proceed is None:
                return sent
            sent += int(proceed)

    async def _send(self, uow: UnitOfWork, item: OutboxItem) -> bool | None:
        """Send one claimed item. True: sent; False: dropped for good; None: stop this chat."""
        try:
            reply_to = await self._reply_target(uow, item)
            words = None
            if isinstance(item.payload.get("snippet_of"), int):
                words = await self._snippets.get(int(item.payload["snippet_of"]))  # type: ignore[call-overload]
            message_id = await self._transport.send(item, reply_to, words)
        except RetryLater as exc:
            item.status = "pending"
            item.attempts += 1
            wait = exc.seconds if exc.seconds > 0 else min(2.0**item.attempts, MAX_BACKOFF)
            item.next_attempt_at = self._now() + timedelta(seconds=wait)
            item.error = str(exc)[:200]
            log.warning("delivery to a chat deferred %.1fs: %s", wait, item.error)
            return None
        except Unreachable:
            item.status = "dead"
            item.error = "unreachable"
            await person_unreachable(uow, item.chat_id, self._now(), self._policy, item)
            return None
        except Rejected as exc:
            item.status = "dead"
            item.error = str(exc)[:200]
            await self._tell_sender(uow, item)
            return False
        item.status = "sent"
        item.sent_message_id = message_id
        item.attempts += 1
        await self._record(uow, item, message_id)
        return True

    async def _reply_target(self, uow: UnitOfWork, item: OutboxItem) -> int | None:
        src = item.payload.get("reply_to_src")
        from_chat = item.payload.get("from_chat")
        if not isinstance(src, int) or not isinstance(from_chat, int):
            return None
        link = await uow.links.find(from_chat, src)
        if link is None:
            return None
        if link.src_chat_id == from_chat and link.dst_chat_id == item.chat_id:
            return link.dst_message_id
        if link.dst_chat_id == from_chat and link.src_chat_id == item.chat_id:
            return link.src_message_id
        return None

    async def _record(self, uow: UnitOfWork, item: OutboxItem, message_id: int) -> None:
        if item.kind == "copy" and item.conversation_id is not None:
            await uow.links.add(
                MessageLink(
                    conversation_id=item.conversation_id,
                    src_chat_id=int(item.payload["from_chat"]),  # type: ignore[call-overload]
                    src_message_id=int(item.payload["message_id"]),  # type: ignore[call-overload]
                    dst_chat_id=item.chat_id,
                    dst_message_id=message_id,
                )
            )
        offer_id = item.payload.get("offer_id")
        if isinstance(offer_id, int):
            offer: Offer | None = await uow.offers.get(offer_id)
            if offer is not None:
                offer.message_id = message_id

    async def _tell_sender(self, uow: UnitOfWork, item: OutboxItem) -> None:
        """A relayed message Telegram refused: its author hears it did not go through."""
        if item.kind != "copy" or not isinstance(item.payload.get("from_chat"), int):
            log.error("outbox item %s rejected: %s", item.id, item.error)
            return
        sender = await uow.people.by_telegram(int(item.payload["from_chat"]))  # type: ignore[call-overload]
        if sender is not None:
            await say_to(uow, sender.telegram_id, sender.language, "relay.rejected", self._now())
