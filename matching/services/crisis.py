"""The crisis layer: every seeker message, at any stage, before consent too.

Crisis wording gets the emergency numbers at once and a direct, kind question; the request keeps
its place with top priority and coordinators are alerted. Automatic rules only ever raise a level.
"""

from __future__ import annotations

from datetime import datetime

from matching.models import Conversation, Level, Person, Request, raise_level
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services.notify import alert_coordinators, say
from matching.triage import Assessment, assess


def assess_text(text: str, policy: Policy) -> Assessment:
    return assess(text, second_opinion=policy.triage_model)


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
    rating = assess_text(text, policy)
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
    await say(
        uow,
        person,
        "crisis.reply",
        now,
        child="@crisis.line_119" if rating.child_at_risk else "",
        women="@crisis.line_3919" if rating.violence_against_women else "",
    )
    if conversation is not None:
        helper = await uow.people.get(conversation.helper_id)
        if helper is not None:
            await say(
                uow,
                helper,
                "helper.crisis_notice",
                now,
                conversation_id=conversation.id,
                who=person.pseudonym,
            )
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


def _stage(request: Request | None, conversation: Conversation | None) -> str:
    if conversation is not None:
        return "@stage.conversation"
    if request is None:
        return "@stage.first_contact"
    return f"@stage.{request.status.value}"
