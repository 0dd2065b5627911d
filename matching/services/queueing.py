"""Putting requests in the queue and making offers, one at a time, to the best helper."""

from __future__ import annotations

from datetime import datetime

from matching.models import (
    IntakeStep,
    Level,
    Offer,
    Person,
    Request,
    RequestStatus,
    Timer,
    TimerKind,
)
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.queue import ordered, position, rough_wait_minutes, waited
from matching.selection import Availability, choose_helper
from matching.services.notify import alert_coordinators, button, say


async def enqueue(
    uow: UnitOfWork, person: Person, request: Request, now: datetime, policy: Policy
) -> None:
    """The questions are answered: queue the request, tell the seeker where they stand."""
    request.intake_step = IntakeStep.DONE
    request.status = RequestStatus.WAITING
    request.queued_at = now
    await uow.timers.add(
        Timer(
            kind=TimerKind.WAIT_ALERT,
            ref_id=request.id or 0,
            due_at=now + policy.alert_wait,
            created_at=now,
        )
    )
    if request.level is Level.CRISIS and not request.crisis_alerted:
        request.crisis_alerted = True
        await alert_coordinators(
            uow, policy, "alert.crisis", now, who=person.pseudonym, stage="@stage.waiting"
        )
    helpers = [h for h in await uow.helpers.all() if h.on_duty and not h.suspended]
    if not helpers:
        await say(uow, person, "queue.no_helper", now)
    else:
        queue = await uow.requests.queued()
        place = position(request, queue, now)
        await say(
            uow,
            person,
            "queue.waiting",
            now,
            place=place,
            minutes=rough_wait_minutes(place, len(helpers)),
        )
    await match_waiting(uow, now, policy)


async def match_waiting(uow: UnitOfWork, now: datetime, policy: Policy) -> int:
    """Offer every waiting request (best first) to the best eligible helper. Returns offers made."""
    queue = [r for r in await uow.requests.queued() if r.status is RequestStatus.WAITING]
    if not queue:
        return 0
    helpers = await uow.helpers.all()
    availability = Availability(
        open_counts=await uow.helpers.open_conversation_counts(),
        pending=frozenset(await uow.offers.pending_helpers()),
    )
    made = 0
    for request in ordered(queue, now):
        seeker = await uow.people.get(request.seeker_id)
        if seeker is None:
            continue
        refused = await uow.offers.refused_since(request.id or 0, now - policy.refusal_memory)
        helper = choose_helper(request, seeker.language, helpers, availability, refused)
        if helper is None:
            continue
        await make_offer(uow, request, seeker, helper.person_id, now, policy)
        availability = Availability(
            open_counts=availability.open_counts,
            pending=availability.pending | {helper.person_id},
        )
        made += 1
    return made


async def make_offer(
    uow: UnitOfWork,
    request: Request,
    seeker: Person,
    helper_id: int,
    now: datetime,
    policy: Policy,
) -> Offer:
    helper = await uow.people.get(helper_id)
    assert helper is not None
    offer = Offer(
        request_id=request.id or 0,
        helper_id=helper_id,
        created_at=now,
        expires_at=now + policy.offer_timeout,
    )
    await uow.offers.add(offer)
    await uow.flush()
    request.status = RequestStatus.OFFERED
    await uow.timers.add(
        Timer(
            kind=TimerKind.OFFER_TIMEOUT,
            ref_id=offer.id or 0,
            due_at=offer.expires_at,
            created_at=now,
        )
    )
    await say(
        uow,
        helper,
        "offer.body",
        now,
        extra={"snippet_of": request.id, "offer_id": offer.id},
        buttons=[
            [
                button("btn.accept", "offer", "accept", offer.id or 0),
                button("btn.decline", "offer", "decline", offer.id or 0),
            ]
        ],
        who=seeker.pseudonym,
        theme=f"@theme.{request.theme.value}",
        level=f"@level.{request.level.value}",
        whom="@whom.relative" if request.relative else "@whom.self",
        minutes=int(waited(request, now).total_seconds() // 60),
        seconds=int(policy.offer_timeout.total_seconds()),
    )
    return offer
