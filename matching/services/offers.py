"""A helper's answer to an offer: consent on both sides, one winner when taps race."""

from __future__ import annotations

from datetime import datetime

from matching.models import (
    Conversation,
    OfferStatus,
    Person,
    RequestStatus,
    Timer,
    TimerKind,
)
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork
from matching.services import queueing
from matching.services.notify import copy, say, set_buttons

_GONE = {
    OfferStatus.ACCEPTED: "toast.offer_taken",
    OfferStatus.DECLINED: "toast.offer_declined_already",
    OfferStatus.EXPIRED: "toast.offer_expired",
    OfferStatus.CANCELLED: "toast.offer_cancelled",
}


async def accept(
    uow: UnitOfWork,
    helper: Person,
    offer_id: int,
    now: datetime,
    policy: Policy,
    snippets: Snippets,
) -> str:
    """Returns the toast key shown to the helper."""
    offer = await uow.offers.get(offer_id)
    if offer is None or offer.helper_id != helper.id:
        return "toast.offer_not_yours"
    if offer.status is not OfferStatus.PENDING:
        return _GONE[offer.status]
    if now >= offer.expires_at:
        return "toast.offer_expired"
    if not await uow.offers.transition(offer_id, OfferStatus.PENDING, OfferStatus.ACCEPTED, now):
        return "toast.offer_taken"
    request = await uow.requests.get(offer.request_id)
    seeker = await uow.people.get(request.seeker_id) if request else None
    profile = await uow.helpers.by_person(helper.id or 0)
    if request is None or seeker is None or profile is None:
        await uow.commit()
        return "toast.offer_cancelled"
    conversation = Conversation(
        request_id=request.id or 0,
        seeker_id=seeker.id or 0,
        helper_id=helper.id or 0,
        started_at=now,
        last_message_at=now,
        level=request.level,
    )
    await uow.conversations.add(conversation)
    await uow.flush()
    cid = conversation.id or 0
    request.status = RequestStatus.ACTIVE
    request.matched_at = now
    request.first_in_line = False
    profile.current_conversation_id = cid
    profile.last_active_at = now
    await uow.timers.cancel(TimerKind.OFFER_TIMEOUT, offer_id)
    await uow.timers.cancel(TimerKind.WAIT_ALERT, request.id or 0)
    await uow.timers.add(
        Timer(kind=TimerKind.IDLE_CLOSE, ref_id=cid, due_at=now + policy.idle_after, created_at=now)
    )
    if offer.message_id:
        await set_buttons(uow, helper, offer.message_id, now)
    await say(uow, seeker, "match.seeker", now, conversation_id=cid, name=profile.display_name)
    await say(uow, helper, "match.helper", now, conversation_id=cid, who=seeker.pseudonym)
    if request.words_message_id:
        await copy(uow, helper, seeker.telegram_id, request.words_message_id, now, cid)
    for held in await uow.held.for_request(request.id or 0):
        await copy(uow, helper, held.chat_id, held.message_id, now, cid)
    await uow.held.delete_for_request(request.id or 0)
    await snippets.delete(request.id or 0)
    # The helper's pending offer is resolved: if they have room for another conversation, the
    # next waiting request is offered now rather than at the next periodic rematch.
    await queueing.match_waiting(uow, now, policy)
    await uow.commit()
    return "toast.accepted"


async def decline(
    uow: UnitOfWork, helper: Person, offer_id: int, now: datetime, policy: Policy
) -> str:
    offer = await uow.offers.get(offer_id)
    if offer is None or offer.helper_id != helper.id:
        return "toast.offer_not_yours"
    if offer.status is not OfferStatus.PENDING:
        return _GONE[offer.status]
    if not await uow.offers.transition(offer_id, OfferStatus.PENDING, OfferStatus.DECLINED, now):
        return "toast.offer_taken"
    await _back_to_queue(uow, offer.request_id, helper, offer.message_id, now, policy)
    await uow.timers.cancel(TimerKind.OFFER_TIMEOUT, offer_id)
    await uow.commit()
    return "toast.declined"


async def expire(uow: UnitOfWork, offer_id: int, now: datetime, policy: Policy) -> bool:
    """The offer timed out: pass the request on to the next helper."""
    offer = await uow.offers.get(offer_id)
    if offer is None:
        return False
    if not await uow.offers.transition(offer_id, OfferStatus.PENDING, OfferStatus.EXPIRED, now):
        return False
    helper = await uow.people.get(offer.helper_id)
    if helper is not None:
        await say(uow, helper, "offer.expired", now)
    await _back_to_queue(uow, offer.request_id, helper, offer.message_id, now, policy)
    return True


async def cancel_pending_for_helper(uow: UnitOfWork, helper: Person, now: datetime) -> None:
    """The helper went away or can't be reached: their pending offer goes to someone else."""
    for request in await uow.requests.queued():
        offer = await uow.offers.pending_for_request(request.id or 0)
        if offer is None or offer.helper_id != helper.id:
            continue
        if await uow.offers.transition(
            offer.id or 0, OfferStatus.PENDING, OfferStatus.CANCELLED, now
        ):
            request.status = RequestStatus.WAITING
            await uow.timers.cancel(TimerKind.OFFER_TIMEOUT, offer.id or 0)


async def withdraw(
    uow: UnitOfWork, request_id: int, now: datetime, key: str, who: str
) -> bool:
    """Cancel the request's pending offer, if any: the buttons go and the helper is told why."""
    offer = await uow.offers.pending_for_request(request_id)
    if offer is None or not await uow.offers.transition(
        offer.id or 0, OfferStatus.PENDING, OfferStatus.CANCELLED, now
    ):
        return False
    await uow.timers.cancel(TimerKind.OFFER_TIMEOUT, offer.id or 0)
    helper = await uow.people.get(offer.helper_id)
    if helper is not None:
        if offer.message_id:
            await set_buttons(uow, helper, offer.message_id, now)
        await say(uow, helper, key, now, who=who)
    return True


async def _back_to_queue(
    uow: UnitOfWork,
    request_id: int,
    helper: Person | None,
    message_id: int | None,
    now: datetime,
    policy: Policy,
) -> None:
    if helper is not None and message_id:
        await set_buttons(uow, helper, message_id, now)
    request = await uow.requests.get(request_id)
    if request is not None and request.status is RequestStatus.OFFERED:
        request.status = RequestStatus.WAITING
    await queueing.match_waiting(uow, now, policy)
