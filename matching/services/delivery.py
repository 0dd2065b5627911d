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

from matching.models import MessageLink, OfferStatus, OutboxItem
from matching.policy import Policy
from matching.ports import (
    DeliveryError,
    Rejected,
    RetryLater,
    Snippets,
    Transport,
    UnitOfWork,
    UnitOfWorkFactory,
    Unreachable,
)
from matching.services.notify import edit_buttons, say_to
from matching.services.unreachable import person_unreachable

log = logging.getLogger(__name__)
MAX_BACKOFF = 60.0
STALE_AFTER = timedelta(seconds=60)
PARALLEL_CHATS = 8  # chats delivered at once; one chat's items always go one after the other
BATCH = 20  # items of one chat claimed together (a crash mid-batch may resend up to this many)


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
        many items were sent. What falls due meanwhile waits for the next call (a handler that
        writes to the outbox wakes delivery after its commit; the sweep calls every second)."""
        sent = 0
        gate = asyncio.Semaphore(PARALLEL_CHATS)

        async def one(chat_id: int) -> int:
            async with gate:
                return await self.deliver_chat(chat_id)

        while True:
            async with self._uow_factory() as uow:
                chats = await uow.outbox.chats_due(self._now(), limit)
            sent += sum(await asyncio.gather(*(one(chat_id) for chat_id in chats)))
            if len(chats) < limit:
                return sent

    async def release_stale(self) -> int:
        async with self._uow_factory() as uow:
            count = await uow.outbox.release_stale(self._now() - STALE_AFTER)
            await uow.commit()
        return count

    async def deliver_chat(self, chat_id: int) -> int:
        """Send a chat's due items in order. A batch is claimed in one transaction and recorded
        in one more, so a burst costs two transactions per batch rather than two per message;
        the connection is not held while Telegram answers."""
        sent = 0
        while True:
            async with self._uow_factory() as uow:
                items = await uow.outbox.claim_due(chat_id, self._now(), BATCH)
                if not items:
                    return sent
                targets = {item.id: await self._reply_target(uow, item) for item in items}
                await uow.commit()
                fresh: list[MessageLink] = []
                stopped = False
                done_by_run = 0
                for index, item in enumerate(items):
                    if index < done_by_run:
                        continue  # copied with the run it opened
                    run = _plain_run(items[index:])
                    if len(run) > 1 and await self._send_run(uow, run, fresh):
                        sent += len(run)
                        done_by_run = index + len(run)
                        continue
                    reply_to = targets[item.id] or self._fresh_target(fresh, item)
                    proceed = await self._send(uow, item, reply_to, fresh)
                    if proceed is None or proceed == "unreachable":
                        for later in items[index + 1 :]:
                            later.status = "pending"  # not tried: back in line, in order
                        if proceed == "unreachable":
                            await person_unreachable(uow, chat_id, self._now(), self._policy, item)
                        stopped = True
                        break
                    sent += int(proceed)
                await uow.commit()
            if stopped or len(items) < BATCH:
                return sent

    async def _send(
        self, uow: UnitOfWork, item: OutboxItem, reply_to: int | None, fresh: list[MessageLink]
    ) -> bool | str | None:
        """Send one claimed item. True: sent; False: dropped for good; None: stop this chat
        for now; "unreachable": the person blocked the bot."""
        try:
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
            return "unreachable"
        except Rejected as exc:
            item.status = "dead"
            item.error = str(exc)[:200]
            await self._tell_sender(uow, item)
            return False
        item.status = "sent"
        item.sent_message_id = message_id
        item.attempts += 1
        await self._record(uow, item, message_id, fresh)
        return True

    async def _send_run(
        self, uow: UnitOfWork, run: list[OutboxItem], fresh: list[MessageLink]
    ) -> bool:
        """Copy a run of plain copies from one chat with one copyMessages call (one request
        where Telegram allows about one message a second per chat, order and albums kept).
        False: it failed; the caller sends them one by one, which knows how to wait and tell."""
        head = run[0]
        ids = [int(item.payload["message_id"]) for item in run]  # type: ignore[call-overload]
        try:
            made = await self._transport.copy_many(
                head.chat_id, int(head.payload["from_chat"]), ids  # type: ignore[call-overload]
            )
        except DeliveryError as exc:
            log.info("a run of %d copies goes one by one: %s", len(run), type(exc).__name__)
            return False
        paired = len(made) == len(run)
        if not paired:  # Telegram skipped some (deleted meanwhile): which is which is unknown
            log.warning("%d of %d messages copied; their links are not kept", len(made), len(run))
        for index, item in enumerate(run):
            item.status = "sent"
            item.attempts += 1
            if paired:
                item.sent_message_id = made[index]
                await self._record(uow, item, made[index], fresh)
        return True

    async def _reply_target(self, uow: UnitOfWork, item: OutboxItem) -> int | None:
        src = item.payload.get("reply_to_src")
        from_chat = item.payload.get("from_chat")
        if not isinstance(src, int) or not isinstance(from_chat, int):
            return None
        link = await uow.links.find(from_chat, src)
        return _counterpart(link, from_chat, src, item.chat_id) if link else None

    @staticmethod
    def _fresh_target(fresh: list[MessageLink], item: OutboxItem) -> int | None:
        """A reply to a message copied earlier in this same batch (not yet committed)."""
        src, from_chat = item.payload.get("reply_to_src"), item.payload.get("from_chat")
        if not isinstance(src, int) or not isinstance(from_chat, int):
            return None
        found = (_counterpart(link, from_chat, src, item.chat_id) for link in fresh)
        return next((message_id for message_id in found if message_id is not None), None)

    async def _record(
        self, uow: UnitOfWork, item: OutboxItem, message_id: int, fresh: list[MessageLink]
    ) -> None:
        if item.kind == "copy" and item.conversation_id is not None:
            link = MessageLink(
                conversation_id=item.conversation_id,
                src_chat_id=int(item.payload["from_chat"]),  # type: ignore[call-overload]
                src_message_id=int(item.payload["message_id"]),  # type: ignore[call-overload]
                dst_chat_id=item.chat_id,
                dst_message_id=message_id,
            )
            fresh.append(link)
            await uow.links.add(link)
        offer_id = item.payload.get("offer_id")
        if isinstance(offer_id, int):
            status = await uow.offers.record_message(offer_id, message_id)
            if status is not None and status is not OfferStatus.PENDING:
                # answered, expired or withdrawn while it was being sent: whoever did that
                # could not know this message yet, so its buttons go now
                await edit_buttons(uow, item.chat_id, message_id, self._now())

    async def _tell_sender(self, uow: UnitOfWork, item: OutboxItem) -> None:
        """A relayed message Telegram refused: its author hears it did not go through."""
        if item.kind != "copy" or not isinstance(item.payload.get("from_chat"), int):
            log.error("outbox item %s rejected: %s", item.id, item.error)
            return
        sender = await uow.people.by_telegram(int(item.payload["from_chat"]))  # type: ignore[call-overload]
        if sender is not None:
            await say_to(uow, sender.telegram_id, sender.language, "relay.rejected", self._now())


def _counterpart(link: MessageLink, chat_id: int, message_id: int, other_chat: int) -> int | None:
    """The id, in ``other_chat``, of the message ``link`` pairs with ``chat_id``/``message_id``."""
    if (link.src_chat_id, link.src_message_id) == (chat_id, message_id):
        return link.dst_message_id if link.dst_chat_id == other_chat else None
    if (link.dst_chat_id, link.dst_message_id) == (chat_id, message_id):
        return link.src_message_id if link.src_chat_id == other_chat else None
    return None


def _plain_run(items: list[OutboxItem]) -> list[OutboxItem]:
    """The leading items that can go as one copyMessages call: copies of one chat's messages,
    in increasing order, none a reply, an offer or carrying first words."""
    run: list[OutboxItem] = []
    for item in items[:100]:
        payload = item.payload
        if item.kind != "copy" or "reply_to_src" in payload or "offer_id" in payload:
            break
        if "snippet_of" in payload:
            break
        if run and (payload.get("from_chat") != run[0].payload.get("from_chat")
                    or _id(item) <= _id(run[-1])):
            break
        run.append(item)
    return run


def _id(item: OutboxItem) -> int:
    value = item.payload.get("message_id")
    return value if isinstance(value, int) else 0
