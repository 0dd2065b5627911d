"""The crisis layer: every seeker message, at any stage, before consent too.

Crisis wording gets the emergency numbers at once and a direct, kind question; the request keeps
its place with top priority and coordinators are alerted. Automatic rules only ever raise a level.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from matching.models import Conversation, Level, Person, Request, raise_level
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services.notify import alert_coordinators, say
from matching.triage import Assessment, assess


def assess_text(text: str, policy: Policy, *, conversation: bool = False) -> Assessment:
    """``conversation``: the message is sent during a conversation, where a human helper reads
    every message and each crisis rating sends the seeker the crisis reply again: the model then
    uses the thresholds chosen on such messages (``matching.triage_model.THRESHOLDS``)."""
    return assess(text, second_opinion=policy.triage_model, conversation=conversation)


async def screen(
    uow: UnitOfWork,
    person: Person,
    text: str | None,
    now: datetime,
    policy: Policy,
    request: Request | None = None,
    conversation: Conversation | None = None,
) -> Assessment | None:
    """Rate one seeker message; answer and alert on crisis; raise the request's level.

    During a conversation ``request`` may be left out: it is loaded only for a message that is
    not routine."""
    if not text:
        return None
    rating = assess_text(text, policy, conversation=conversation is not None)
    if rating.level is Level.ROUTINE:
        return rating
    if request is None and conversation is not None:
        request = await uow.requests.get(conversation.request_id)
    if request is not None:
        request.level = raise_level(request.level, rating.level)
    if conversation is not None:
        conversation.level = raise_level(conversation.level, rating.level)
    if rating.level is not Level.CRISIS:
        return rating
    lines: dict[str, Any] = {"child": "@crisis.line_119" if rating.child_at_risk else "",
                             "women": "@crisis.line_3919" if rating.violence_against_women else ""}
    if conversation is None:
        await say(uow, person, "crisis.reply", now, **lines)
    else:
        await _in_conversation(uow, person, conversation, now, policy, lines)
    if request is None or not request.crisis_alerted:
        await alert_coordinators(
            uow,
            policy,
            "alert.crisis",
            now,
            who=person.pseudonym,
            stage=_stage(request, conversation),
        )
        if request is not None:
            request.crisis_alerted = True
    return rating


async def _in_conversation(
    uow: UnitOfWork,
    seeker: Person,
    conversation: Conversation,
    now: datetime,
    policy: Policy,
    lines: dict[str, Any],
) -> None:
    """A human is there: the seeker gets the numbers, not the same block on every message (at
    most once per ``policy.crisis_reply_every``); their helper is told every time."""
    last = conversation.crisis_replied_at
    again = last is not None and now - last < policy.crisis_reply_every
    if not again:
        await say(uow, seeker, "crisis.reply_in_conversation", now, **lines)
        conversation.crisis_replied_at = now
    helper = await uow.people.get(conversation.helper_id)
    if helper is None:
        return
    minutes = int(policy.crisis_reply_every.total_seconds() // 60)
    await say(
        uow,
        helper,
        "helper.crisis_notice_again" if again else "helper.crisis_notice",
        now,
        conversation_id=conversation.id,
        who=seeker.pseudonym,
        minutes=minutes,
    )


def _stage(request: Request | None, conversation: Conversation | None) -> str:
    if conversation is not None:
        return "@stage.conversation"
    if request is None:
        return "@stage.first_contact"
    return f"@stage.{request.status.value}"
