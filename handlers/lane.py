"""The relay's fast lane over aiogram updates (see ``matching.lane``).

The poller hands it a batch split per person, in arrival order; for each person it relays the
leading run of plain messages it may carry and says how many, and the poller feeds the rest to
the dispatcher (middlewares, routers, the full relay path). A plain message: a private message
of a kind the relay carries, not a command, not a reply (a reply needs its counterpart looked
up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from aiogram.types import Update

from handlers.filters import RELAYABLE
from handlers.middlewares import FloodMiddleware
from matching.policy import Policy
from matching.ports import Transport, UnitOfWorkFactory
from matching.services.lane import Plain, relay_batch

log = logging.getLogger(__name__)


def plain(update: Update) -> Plain | None:
    message = update.message
    if message is None or message.from_user is None or message.chat.type != "private":
        return None
    if message.content_type not in RELAYABLE or message.reply_to_message is not None:
        return None
    if message.text is not None and message.text.startswith("/"):
        return None
    text = message.text if message.text is not None else message.caption
    return Plain(message_id=message.message_id, text=text)


class FastLane:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        transport: Transport,
        policy: Policy,
        flood: FloodMiddleware,
        now: Callable[[], datetime],
    ) -> None:
        self._uow_factory = uow_factory
        self._transport = transport
        self._policy = policy
        self._flood = flood
        self._now = now

    async def __call__(self, groups: Sequence[Sequence[Update]]) -> list[int]:
        """For each person's updates (in arrival order), how many leading ones it relayed."""
        runs: dict[int, list[Plain]] = {}
        for updates in groups:
            run: list[Plain] = []
            for update in updates:
                found = plain(update)
                if found is None:
                    break
                run.append(found)
            if run:  # a plain message always has a sender
                runs[updates[0].message.from_user.id] = run  # type: ignore[union-attr]
        if not runs:
            return [0] * len(groups)
        try:
            done = await relay_batch(
                self._uow_factory, self._transport, runs, self._now(), self._policy,
                self._flood.admit,
            )
        except Exception:  # noqa: BLE001 - the full path takes them all (a copy already
            # made would then be made again: at least once, never lost)
            log.exception("fast relay failed; the full path takes over")
            done = {}
        return [done.get(_first_sender(updates), 0) for updates in groups]


def _first_sender(updates: Sequence[Update]) -> int:
    message = updates[0].message if updates else None
    return message.from_user.id if message is not None and message.from_user else 0
