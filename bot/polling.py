"""Long polling that acknowledges an update only once it has been handled.

aiogram's own polling asks for the next updates (which confirms the previous ones to Telegram)
while the handlers of the last ones still run, so a crash at that moment loses those messages.
Here a batch is confirmed by the next ``getUpdates`` only after every update in it was handled
and committed: a crash mid-batch makes Telegram deliver the batch again (at least once, never
lost). Updates in a batch are handled concurrently; the chat-order middleware keeps each
person's updates in arrival order.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.utils.backoff import Backoff, BackoffConfig

log = logging.getLogger(__name__)
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)


class AckAfterHandling(Dispatcher):
    """A dispatcher whose polling confirms updates to Telegram only once they are handled."""

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
            await asyncio.gather(
                *(self._process_update(bot=bot, update=update, **kwargs) for update in updates)
            )
            request.offset = updates[-1].update_id + 1  # confirmed with the next call
