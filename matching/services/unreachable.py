"""Telegram answered 403: the person blocked the bot. Nobody is left hanging."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from matching.models import HeldMessage, OutboxItem, Person, RequestStatus, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services import conversations, offers, queueing
from matching.services.notify import say


async def person_unreachable(
    uow: UnitOfWork,
    chat_id: int,
    now: datetime,
    policy: Policy,
    failed: OutboxItem | None = None,
) -> None:
    """``failed``: the item Telegram refused with 403 (already marked dead)."""
    person = await uow.people.by_telegram(chat_id)
    undelivered = [failed] if failed is not None else []
    if person is not None and person.role is Role.HELPER:
        # What was on its way to the helper, in order, so the seekers' messages are not lost.
        while (item := await uow.outbox.head(chat_id)) is not None and item.status == "pending":
            item.status = "dead"
            item.error = "unreachable"
            undelivered.append(item)
    await uow.outbox.drop_pending_for_chat(chat_id, "unreachable")
    if person is None:
        return
    if person.role is Role.HELPER:
        await _helper_gone(uow, person, now, policy, undelivered)
    else:
        await _seeker_gone(uow, person, now, policy)


async def _seeker_gone(uow: UnitOfWork, seeker: Person, now: datetime, policy: Policy) -> None:
    conversation = await uow.conversations.active_for_seeker(seeker.id or 0)
    if conversation is not None:
        await conversations.close(uow, conversation, "seeker_unreachable", now, policy)
        return
    request = await uow.requests.open_for_seeker(seeker.id or 0)
    if request is not None:
        request.status = RequestStatus.CANCELLED
        request.closed_at = now
        await uow.held.delete_for_request(request.id or 0)


async def _helper_gone(
    uow: UnitOfWork,
    helper: Person,
    now: datetime,
    policy: Policy,
    undelivered: Sequence[OutboxItem] = (),
) -> None:
    """Off duty; each of their seekers goes back to the queue, first in line, and is told."""
    profile = await uow.helpers.by_person(helper.id or 0)
    if profile is not None:
        profile.on_duty = False
        profile.current_conversation_id = None
    await offers.cancel_pending_for_helper(uow, helper, now)
    await hand_back(uow, helper, "helper_unreachable", now, policy, undelivered)


async def hand_back(
    uow: UnitOfWork,
    helper: Person,
    reason: str,
    now: datetime,
    policy: Policy,
    undelivered: Sequence[OutboxItem] = (),
) -> int:
    """Close the helper's conversations and put each seeker back first in line.

    Copies of a seeker's messages that never reached the helper (``undelivered``) are held for
    the next helper, like messages written while waiting.
    """
    count = 0
    for conversation in await uow.conversations.active_for_helper(helper.id or 0):
        if not await uow.conversations.close(conversation.id or 0, now, reason):
            continue
        count += 1
        request = await uow.requests.get(conversation.request_id)
        seeker = await uow.people.get(conversation.seeker_id)
        if request is None or seeker is None:
            continue
        request.status = RequestStatus.WAITING
        request.first_in_line = True
        request.preferred_helper_id = None
        for item in undelivered:
            message_id = item.payload.get("message_id")
            if (
                item.kind == "copy"
                and item.conversation_id == conversation.id
                and item.payload.get("from_chat") == seeker.telegram_id
                and isinstance(message_id, int)
            ):
                held = HeldMessage(
                    request_id=request.id or 0,
                    chat_id=seeker.telegram_id,
                    message_id=message_id,
                    created_at=now,
                )
                await uow.held.add(held)
        await say(uow, seeker, "relay.helper_gone", now)
    await queueing.match_waiting(uow, now, policy)
    return count
