"""Long polling that acknowledges an update only once it has been handled.

aiogram's own polling asks for the next updates (which confirms the previous ones to Telegram)
while the handlers of the last ones still run, so a crash at that moment loses those messages.
Here a batch is confirmed by the next ``getUpdates`` only after every update in it was handled
and committed: a crash mid-batch makes Telegram deliver the batch again (at least once, never
lost). A batch is split per person: the relay's fast lane takes what it may first, then people
are handled concurrently, each person's updates one after the other, in arrival order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

log = logging.getLogger(__name__)
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)


class AckAfterHandling(Dispatcher):
    """A dispatcher whose polling confirms updates to Telegram only once they are handled.

    ``lane``, when set, is offered the batch first, split per person, and relays the leading
    plain messages it may (``handlers.lane.FastLane``); the dispatcher handles the rest."""

    lane: Callable[[Sequence[Sequence[Update]]], Awaitable[list[int]]] | None = None

    async def _polling(  # type: ignore[override]
        self,
        bot: Bot,
        polling_timeout: int = 30,
        handle_as_tasks: bool = True,
        backoff_config: BackoffConfig = BACKOFF,
        allowed_updates: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        backoff = Backoff(config=backoff_config)
        request = GetUpdates(timeout=polling_timeout, allowed_updates=allowed_updates)
        wait: dict[str, Any] = {}
        if bot.session.timeout:
            wait["request_timeout"] = int(bot.session.timeout + polling_timeout)
        while True:
            try:
                updates = await bot(request, **wait)
            except Exception as exc:  # noqa: BLE001 - Telegram unreachable: keep trying
                log.warning("getUpdates failed (%s); retrying in %.1fs",
                            type(exc).__name__, backoff.next_delay)
                await backoff.asleep()
                continue
            backoff.reset()
            if not updates:
                continue
            await self.handle_batch(bot, updates, **kwargs)
            request.offset = updates[-1].update_id + 1  # confirmed with the next call

    async def handle_batch(self, bot: Bot, updates: list[Update], **kwargs: Any) -> None:
        """Handle updates (a polling batch, or one webhook update): the fast lane first, then
        each person's remaining updates in order, people concurrently."""
        groups = by_person(updates)
        relayed = await self.lane(groups) if self.lane is not None else [0] * len(groups)
        await asyncio.gather(
            *(self._in_order(bot, mine[done:], **kwargs)
              for mine, done in zip(groups, relayed, strict=True))
        )

    async def _in_order(self, bot: Bot, updates: list[Update], **kwargs: Any) -> None:
        for update in updates:
            await self._process_update(bot=bot, update=update, **kwargs)


def by_person(updates: list[Update]) -> list[list[Update]]:
    """A batch split per sender, each in arrival order (updates without one stand alone)."""
    groups: dict[object, list[Update]] = {}
    for update in updates:
        event = update.message or update.edited_message or update.callback_query
        sender = event.from_user if event is not None else None
        groups.setdefault(sender.id if sender else ("update", update.update_id), []).append(update)
    return list(groups.values())
