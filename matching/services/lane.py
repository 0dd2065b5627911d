"""Relaying plain messages along the fast lane (``matching.lane``): copies sent at once, the
links of a whole batch written in one transaction. Whatever it does not relay, it leaves to the
full path, which queues it in the outbox as always."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from matching.lane import Route, RouteFacts, route
from matching.models import Level
from matching.policy import Policy
from matching.ports import DeliveryError, Transport, UnitOfWorkFactory
from matching.services.crisis import assess_text
from matching.services.notify import copy_item

log = logging.getLogger(__name__)
COPY_MANY = 100  # copyMessages takes 1 to 100 ids


@dataclass(frozen=True)
class Plain:
    """One message of a run: its id, and its text or caption for the crisis layer only."""

    message_id: int
    text: str | None


async def relay_batch(
    uow_factory: UnitOfWorkFactory,
    transport: Transport,
    runs: Mapping[int, Sequence[Plain]],
    now: datetime,
    policy: Policy,
    admit: Callable[[int], Awaitable[bool]],
) -> dict[int, int]:
    """Relay the leading messages of each sender's run (Telegram id -> run) that the lane may
    carry; returns how many per sender. Senders are served concurrently, each run in order.

    ``admit`` is the flood gate, asked once per message. A sender's messages from the first
    one not relayed onwards are the caller's to hand to the full path, in order."""
    async with uow_factory() as uow:
        known = await uow.lane.facts(list(runs))
    lanes: dict[int, tuple[Route, RouteFacts]] = {}
    for sender, facts in known.items():
        found = route(facts, sender, now, policy.coordinator_ids)
        if found is not None:
            lanes[sender] = (found, facts)
    if not lanes:
        return {}
    sent = await asyncio.gather(
        *(_relay_run(transport, lane, facts, runs[sender], now, policy, admit)
          for sender, (lane, facts) in lanes.items())
    )
    done = [(lanes[sender][0], *result) for sender, result in zip(lanes, sent, strict=True)]
    try:
        async with uow_factory() as uow:
            for lane, _, copies in done:
                if copies:
                    await uow.lane.record(lane, copies, now)
            await uow.commit()
    except Exception:  # noqa: BLE001 - sent already: sending again would double them
        log.exception("links of relayed messages not recorded")
    return {lane.from_chat: count for lane, count, _ in done if count}


async def _relay_run(
    transport: Transport,
    lane: Route,
    facts: RouteFacts,
    run: Sequence[Plain],
    now: datetime,
    policy: Policy,
    admit: Callable[[int], Awaitable[bool]],
) -> tuple[int, list[tuple[int, int]]]:
    """Send what the lane may carry of one run; returns how many leading messages were sent,
    and the (original, copy) pairs known."""
    ready: list[int] = []
    for message in run:
        if facts.sender_is_seeker and _level(message.text, policy) is not Level.ROUTINE:
            break  # the crisis layer answers it on the full path, with what follows
        if not await admit(lane.from_chat):
            break
        ready.append(message.message_id)
    sent = 0
    copies: list[tuple[int, int]] = []
    for start in range(0, len(ready), COPY_MANY):
        chunk = ready[start : start + COPY_MANY]
        try:
            made = await _copy(transport, lane, chunk, now)
        except DeliveryError as exc:
            # 429, 5xx, a timeout, a block: the outbox knows how to wait, retry and tell.
            log.info("fast relay handed over to the outbox: %s", type(exc).__name__)
            break
        sent += len(chunk)
        if len(made) == len(chunk):
            copies.extend(zip(chunk, made, strict=True))
        else:  # Telegram skipped some (deleted meanwhile): which copy is which is unknown
            log.warning("%d of %d messages copied; their links are not kept", len(made), len(chunk))
    return sent, copies


async def _copy(
    transport: Transport, lane: Route, message_ids: list[int], now: datetime
) -> list[int]:
    """One message: copyMessage; several: copyMessages, one call, order and albums kept."""
    if len(message_ids) > 1:
        return await transport.copy_many(lane.to_chat, lane.from_chat, message_ids)
    item = copy_item(lane.to_chat, lane.from_chat, message_ids[0], now, lane.conversation_id)
    return [await transport.send(item, None, None)]


def _level(text: str | None, policy: Policy) -> Level:
    return assess_text(text, policy, conversation=True).level if text else Level.ROUTINE
