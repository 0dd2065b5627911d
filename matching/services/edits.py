"""Edits made to an original message are applied to its copy on the other side.

The new text exists only in memory: it is passed straight to Telegram, never stored. A 429 or a
passing error is retried a few times in process.
"""

from __future__ import annotations

import asyncio
import logging

from matching.ports import Rejected, RetryLater, Transport, UnitOfWork, Unreachable

log = logging.getLogger(__name__)
ATTEMPTS = 4


async def relay_edit(
    uow: UnitOfWork,
    transport: Transport,
    chat_id: int,
    message_id: int,
    text: str,
    caption: bool,
) -> int:
    """Returns how many copies were updated."""
    updated = 0
    for link in await uow.links.by_src(chat_id, message_id):
        for attempt in range(ATTEMPTS):
            try:
                await transport.edit_copy(link.dst_chat_id, link.dst_message_id, text, caption)
                updated += 1
                break
            except RetryLater as exc:
                await asyncio.sleep(min(exc.seconds or 2.0**attempt, 30.0))
            except (Rejected, Unreachable) as exc:
                log.warning("edit not applied: %s", exc)
                break
    return updated
