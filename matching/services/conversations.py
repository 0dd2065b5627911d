"""The anonymous relay between a seeker and a helper, and how conversations end."""

from __future__ import annotations

from datetime import datetime

from matching.models import (
    Conversation,
    HeldMessage,
    Person,
    Request,
    RequestStatus,
    Timer,
    TimerKind,
    stale,
)
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services import followups, offers, queueing
from matching.services.notify import button, copy, say


def touch(conversation: Conversation, now: datetime) -> None:
    """A message went through: the conversation is not idle."""
    if stale(conversation.last_message_at, now):
        conversation.last_message_at = now


async def hold(
    uow: UnitOfWork, seeker: Person, request: Request, message_id: int, now: datetime
) -> None:
    """While waiting, keep the message's id; it is delivered to the helper once matched."""
    already = await uow.held.for_request(request.id or 0)
    await uow.held.add(
        HeldMessage(
            request_id=request.id or 0,
            chat_id=seeker.telegram_id,
            message_id=message_id,
            created_at=now,
        )
    )
    if not already:
        await say(uow, seeker, "queue.kept", now)


async def from_seeker(
    uow: UnitOfWork,
    seeker: Person,
    conversation: Conversation,
    message_id: int,
    reply_to: int | None,
    now: datetime,
) -> None:
    helper = await uow.people.get(conversation.helper_id)
    if helper is None:
        return
    touch(conversation, now)
    cid = conversation.id or 0
    if len(await uow.conversations.active_for_helper(helper.id or 0)) > 1:
        last = await uow.outbox.last_for_chat(helper.telegram_id)
        if last is None or last.conversation_id != cid or last.kind != "copy":
            await say(uow, helper, "relay.header", now, conversation_id=cid, who=seeker.pseudonym)
    await copy(uow, helper, seeker.telegram_id, message_id, now, cid, reply_to)


async def helper_target(
    uow: UnitOfWork, helper: Person, reply_to: int | None
) -> Conversation | None | str:
    """The conversation a helper's message goes to, or a text key explaining why none."""
    active = await uow.conversations.active_for_helper(helper.id or 0)
    if not active:
        return "relay.helper_no_conversation"
    if reply_to is not None:
        link = await uow.links.find(helper.telegram_id, reply_to)
        if link is not None:
            for conversation in active:
                if conversation.id == link.conversation_id:
                    return conversation
            return "relay.conversation_ended"
    profile = await uow.helpers.by_person(helper.id or 0)
    current = profile.current_conversation_id if profile else None
    for conversation in active:
        if conversation.id == current:
            return conversation
    if len(active) == 1:
        if profile is not None:
            profile.current_conversation_id = active[0].id
        return active[0]
    return "relay.choose_conversation"


async def from_helper(
    uow: UnitOfWork, helper: Person, message_id: int, reply_to: int | None, now: datetime
) -> None:
    target = await helper_target(uow, helper, reply_to)
    if isinstance(target, str) or target is None:
        await say(uow, helper, target or "relay.helper_no_conversation", now)
        if target == "relay.choose_conversation":
            await offer_switch(uow, helper, now)
        return
    seeker = await uow.people.get(target.seeker_id)
    if seeker is None:
        return
    touch(target, now)
    profile = await uow.helpers.by_person(helper.id or 0)
    if profile is not None and stale(profile.last_active_at, now):
        profile.last_active_at = now
    await copy(uow, seeker, helper.telegram_id, message_id, now, target.id or 0, reply_to)


async def offer_switch(uow: UnitOfWork, helper: Person, now: datetime) -> None:
    active = await uow.conversations.active_for_helper(helper.id or 0)
    if not active:
        await say(uow, helper, "relay.helper_no_conversation", now)
        return
    rows = []
    for conversation in active:
        seeker = await uow.people.get(conversation.seeker_id)
        rows.append(
            [
                button(
                    "btn.person",
                    "switch",
                    "",
                    conversation.id or 0,
                    who=seeker.pseudonym if seeker else "?",
                )
            ]
        )
    await say(uow, helper, "switch.choose", now, buttons=rows)


async def switch(uow: UnitOfWork, helper: Person, conversation_id: int, now: datetime) -> str:
    conversation = await uow.conversations.get(conversation_id)
    profile = await uow.helpers.by_person(helper.id or 0)
    active = {c.id for c in await uow.conversations.active_for_helper(helper.id or 0)}
    if conversation is None or profile is None or conversation_id not in active:
        return "toast.stale"
    profile.current_conversation_id = conversation_id
    seeker = await uow.people.get(conversation.seeker_id)
    await say(uow, helper, "switch.done", now, who=seeker.pseudonym if seeker else "?")
    await uow.commit()
    return "toast.noted"


async def switch_by_pseudonym(
    uow: UnitOfWork, helper: Person, pseudonym: str, now: datetime
) -> None:
    seeker = await uow.people.by_pseudonym(pseudonym.strip().upper())
    for conversation in await uow.conversations.active_for_helper(helper.id or 0):
        if seeker is not None and conversation.seeker_id == seeker.id:
            await switch(uow, helper, conversation.id or 0, now)
            return
    await offer_switch(uow, helper, now)
    await uow.commit()


async def close(
    uow: UnitOfWork, conversation: Conversation, by: str, now: datetime, policy: Policy
) -> bool:
    """Close for both sides; nothing is relayed afterwards. ``by``: seeker|helper|idle|..."""
    if not await uow.conversations.close(conversation.id or 0, now, by):
        return False
    seeker = await uow.people.get(conversation.seeker_id)
    helper = await uow.people.get(conversation.helper_id)
    request = await uow.requests.get(conversation.request_id)
    if request is not None:
        request.status = RequestStatus.CLOSED
        request.closed_at = now
    await uow.timers.cancel(TimerKind.IDLE_CLOSE, conversation.id or 0)
    who = seeker.pseudonym if seeker else "?"
    if seeker is not None and by != "seeker_unreachable":
        await say(uow, seeker, f"end.seeker.{_reason(by)}", now)
    if helper is not None and by != "helper_unreachable":
        await say(uow, helper, f"end.helper.{_reason(by)}", now, who=who)
        profile = await uow.helpers.by_person(helper.id or 0)
        if profile is not None:
            if profile.current_conversation_id == conversation.id:
                profile.current_conversation_id = None
            if not await uow.conversations.active_for_helper(helper.id or 0):
                profile.idle_since = now
    await followups.after_close(uow, conversation, by, now, policy)
    await queueing.match_waiting(uow, now, policy)
    return True


def _reason(by: str) -> str:
    return by if by in ("seeker", "helper", "idle", "seeker_unreachable") else "other"


async def end_by(uow: UnitOfWork, person: Person, now: datetime, policy: Policy) -> None:
    """``/end`` from a seeker (their conversation, or leaving the queue) or a helper."""
    conversation = await uow.conversations.active_for_seeker(person.id or 0)
    if conversation is not None:
        await close(uow, conversation, "seeker", now, policy)
        await uow.commit()
        return
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is not None:
        request.status = RequestStatus.CANCELLED
        request.closed_at = now
        await offers.withdraw(uow, request.id or 0, now, "offer.withdrawn", person.pseudonym)
        await uow.timers.cancel(TimerKind.WAIT_ALERT, request.id or 0)
        await uow.held.delete_for_request(request.id or 0)
        await say(uow, person, "end.left_queue", now)
        await uow.commit()
        return
    target = await helper_target(uow, person, None)
    if isinstance(target, Conversation):
        await close(uow, target, "helper", now, policy)
    elif target == "relay.choose_conversation":
        await offer_switch(uow, person, now)
    else:
        await say(uow, person, "end.nothing", now)
    await uow.commit()


async def idle_check(uow: UnitOfWork, conversation_id: int, now: datetime, policy: Policy) -> None:
    conversation = await uow.conversations.get(conversation_id)
    if conversation is None or conversation.closed_at is not None:
        return
    due = conversation.last_message_at + policy.idle_after
    if due > now:
        await uow.timers.add(
            Timer(kind=TimerKind.IDLE_CLOSE, ref_id=conversation_id, due_at=due, created_at=now)
        )
        return
    await close(uow, conversation, "idle", now, policy)
