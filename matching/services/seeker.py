"""Everything a seeker sends goes through here: crisis layer first, then the right stage."""

from __future__ import annotations

from datetime import datetime

from matching.models import Level, Request, RequestStatus, Role
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork
from matching.services import conversations, crisis, intake, tools
from matching.services.intake import Incoming
from matching.services.notify import say


async def on_start(uow: UnitOfWork, message: Incoming, now: datetime, policy: Policy) -> None:
    person, new = await intake.person_for(uow, message.telegram_id, message.language, policy, now)
    if person.banned:
        await say(uow, person, "banned", now)
    elif await uow.conversations.active_for_seeker(person.id or 0) is not None:
        await say(uow, person, "start.in_conversation", now)
    else:
        await intake.send_welcome(uow, person, now, returning=not new)
        await tools.closed_notice(uow, person, now, policy)
    await uow.commit()


async def on_message(
    uow: UnitOfWork, message: Incoming, now: datetime, policy: Policy, snippets: Snippets
) -> None:
    person, new = await intake.person_for(uow, message.telegram_id, message.language, policy, now)
    if person.role is not Role.SEEKER:
        return
    conversation = await uow.conversations.active_for_seeker(person.id or 0)
    # The hot path of the relay: during a conversation its request is loaded only if needed.
    request = None if conversation else await uow.requests.open_for_seeker(person.id or 0)
    rating = await crisis.screen(uow, person, message.text, now, policy, request, conversation)
    if person.banned:
        await say(uow, person, "banned", now)
    elif person.consented_at is None:
        if request is None and rating is not None and rating.level is not Level.ROUTINE:
            # Safety before formality: the level (never the words) is kept from this first
            # message, so the request has top priority once the person agrees to go on.
            await uow.requests.add(Request(seeker_id=person.id or 0, created_at=now,
                                           level=rating.level,
                                           crisis_alerted=rating.level is Level.CRISIS))
        if new:
            await say(uow, person, "welcome", now, buttons=intake.welcome_buttons())
            await tools.closed_notice(uow, person, now, policy)
        else:
            await say(uow, person, "consent.needed", now, buttons=intake.welcome_buttons())
    elif conversation is not None:
        await conversations.from_seeker(
            uow, person, conversation, message.message_id, message.reply_to, now
        )
    elif request is None:
        request = await intake.start_request(uow, person, now)
        if rating is not None:
            request.level = rating.level
        await intake.on_intake_message(uow, person, request, message, now, policy, snippets)
    elif request.status is RequestStatus.INTAKE:
        await intake.on_intake_message(uow, person, request, message, now, policy, snippets)
    else:
        await conversations.hold(uow, person, request, message.message_id, now)
    await uow.commit()
