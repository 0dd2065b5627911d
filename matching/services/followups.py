"""After a conversation: check-ins the seeker agreed to, the two outcome questions, debriefs."""

from __future__ import annotations

from datetime import datetime

from matching.followup_models import CheckIn, CheckInAnswer, CheckInStatus, Outcome, OutcomeAnswer
from matching.models import Conversation, Level, Person, Request, Theme, Timer, TimerKind
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.quiet import in_quiet_hours, quiet_end
from matching.services import queueing
from matching.services.notify import Keyboard, alert_coordinators, button, say

ASKED_AFTER = ("seeker", "helper", "idle")


def checkin_buttons(checkin_id: int) -> Keyboard:
    return [
        [button("btn.better", "ci", "better", checkin_id),
         button("btn.same", "ci", "same", checkin_id),
         button("btn.worse", "ci", "worse", checkin_id)],
        [button("btn.talk_again", "ci", "talk", checkin_id)],
    ]


def outcome_buttons(question: str, conversation_id: int) -> Keyboard:
    # "." not ":": ":" separates the packed callback data's fields, packing would fail.
    return [
        [button("btn.a_lot", "oc", f"{question}.a_lot", conversation_id),
         button("btn.a_little", "oc", f"{question}.a_little", conversation_id)],
        [button("btn.no", "oc", f"{question}.no", conversation_id),
         button("btn.skip", "oc", f"{question}.skip", conversation_id)],
    ]


async def after_close(
    uow: UnitOfWork, conversation: Conversation, by: str, now: datetime, policy: Policy
) -> None:
    """Ask the seeker about check-ins; offer the helper a debrief after a crisis."""
    cid = conversation.id or 0
    seeker = await uow.people.get(conversation.seeker_id)
    if seeker is not None and by in ASKED_AFTER and policy.followup_delays:
        await say(uow, seeker, "followup.ask", now, conversation_id=cid, buttons=[[
            button("btn.followup_yes", "fu", "yes", cid),
            button("btn.followup_no", "fu", "no", cid)]])
    if conversation.level is Level.CRISIS:
        helper = await uow.people.get(conversation.helper_id)
        if helper is not None and by != "helper_unreachable":
            await say(uow, helper, "debrief.ask", now, conversation_id=cid, buttons=[[
                button("btn.debrief_yes", "db", "yes", cid),
                button("btn.debrief_no", "db", "no", cid)]])


async def answer_followup(
    uow: UnitOfWork, seeker: Person, conversation_id: int, wanted: bool, now: datetime,
    policy: Policy,
) -> str:
    conversation = await uow.conversations.get(conversation_id)
    if conversation is None or conversation.seeker_id != seeker.id:
        return "toast.stale"
    if await uow.checkins.for_conversation(conversation_id) or \
            await uow.outcomes.for_conversation(conversation_id):
        return "toast.already_answered"
    if wanted:
        for sequence, delay in enumerate(policy.followup_delays, start=1):
            checkin = CheckIn(conversation_id=conversation_id, seeker_id=seeker.id or 0,
                              due_at=now + delay, created_at=now, sequence=sequence)
            await uow.checkins.add(checkin)
            await uow.flush()
            await uow.timers.add(Timer(kind=TimerKind.CHECKIN, ref_id=checkin.id or 0,
                                       due_at=checkin.due_at, created_at=now))
        await say(uow, seeker, "followup.scheduled", now)
    else:
        await say(uow, seeker, "followup.declined", now)
        await ask_outcome(uow, seeker, conversation_id, now)
    await uow.commit()
    return "toast.noted"


async def send_checkin(uow: UnitOfWork, checkin_id: int, now: datetime, policy: Policy) -> None:
    """Timer: send a due check-in, or defer it to the end of quiet hours."""
    checkin = await uow.checkins.get(checkin_id)
    if checkin is None or checkin.status is not CheckInStatus.PENDING:
        return
    if in_quiet_hours(now, policy.quiet_hours, policy.timezone):
        await uow.timers.add(Timer(kind=TimerKind.CHECKIN, ref_id=checkin_id, created_at=now,
                                   due_at=quiet_end(now, policy.quiet_hours, policy.timezone)))
        return
    seeker = await uow.people.get(checkin.seeker_id)
    if seeker is None or seeker.telegram_id < 0:
        checkin.status = CheckInStatus.CANCELLED
        return
    checkin.status = CheckInStatus.SENT
    checkin.sent_at = now
    await say(uow, seeker, "checkin.ask", now, buttons=checkin_buttons(checkin_id))


async def answer_checkin(
    uow: UnitOfWork, seeker: Person, checkin_id: int, value: str, now: datetime, policy: Policy
) -> str:
    checkin = await uow.checkins.get(checkin_id)
    if checkin is None or checkin.seeker_id != seeker.id:
        return "toast.stale"
    if checkin.status is not CheckInStatus.SENT:
        return "toast.already_answered"
    try:
        answer = CheckInAnswer(value)
    except ValueError:
        return "toast.invalid"
    checkin.status = CheckInStatus.ANSWERED
    checkin.answer = answer
    checkin.answered_at = now
    if answer is CheckInAnswer.TALK:
        await talk_again(uow, seeker, checkin.conversation_id, now, policy)
    elif answer is CheckInAnswer.WORSE:
        await say(uow, seeker, "checkin.worse", now,
                  buttons=[[button("btn.talk_again", "ci", "talk", checkin_id)]])
        checkin.status = CheckInStatus.SENT  # "talk" stays possible from the kind answer
    else:
        await say(uow, seeker, f"checkin.{answer.value}", now)
    if checkin.sequence == 1 and answer is not CheckInAnswer.TALK:
        await ask_outcome(uow, seeker, checkin.conversation_id, now)
    await uow.commit()
    return "toast.thanks"


async def talk_again(
    uow: UnitOfWork, seeker: Person, conversation_id: int, now: datetime, policy: Policy
) -> None:
    """A new request, offered first to the same helper if they are on duty."""
    if await uow.requests.open_for_seeker(seeker.id or 0) is not None:
        await say(uow, seeker, "checkin.already_waiting", now)
        return
    conversation = await uow.conversations.get(conversation_id)
    old = await uow.requests.get(conversation.request_id) if conversation else None
    request = Request(seeker_id=seeker.id or 0, created_at=now,
                      theme=old.theme if old else Theme.OTHER,
                      relative=old.relative if old else False,
                      preferred_helper_id=conversation.helper_id if conversation else None)
    await uow.requests.add(request)
    await uow.flush()
    if conversation is not None:
        helper = await uow.people.get(conversation.helper_id)
        if helper is not None:
            await say(uow, helper, "checkin.helper_told", now, who=seeker.pseudonym)
    await queueing.enqueue(uow, seeker, request, now, policy)


async def ask_outcome(uow: UnitOfWork, seeker: Person, conversation_id: int, now: datetime) -> None:
    """The two outcome questions, once per conversation."""
    if await uow.outcomes.for_conversation(conversation_id) is not None:
        return
    await uow.outcomes.add(Outcome(conversation_id=conversation_id, asked_at=now))
    await say(uow, seeker, "outcome.hope", now, buttons=outcome_buttons("hope", conversation_id))


async def answer_outcome(
    uow: UnitOfWork, seeker: Person, conversation_id: int, value: str, now: datetime
) -> str:
    conversation = await uow.conversations.get(conversation_id)
    outcome = await uow.outcomes.for_conversation(conversation_id)
    if conversation is None or conversation.seeker_id != seeker.id or outcome is None:
        return "toast.stale"
    question, _, code = value.partition(".")
    try:
        answer = OutcomeAnswer(code)
    except ValueError:
        return "toast.invalid"
    if question == "hope" and outcome.hope is None:
        outcome.hope = answer
        await say(uow, seeker, "outcome.agency", now,
                  buttons=outcome_buttons("agency", conversation_id))
    elif question == "agency" and outcome.hope is not None and outcome.agency is None:
        outcome.agency = answer
        outcome.answered_at = now
        await say(uow, seeker, "outcome.thanks", now)
    else:
        return "toast.already_answered"
    await uow.commit()
    return "toast.thanks"


async def answer_debrief(
    uow: UnitOfWork, helper: Person, conversation_id: int, wanted: bool, now: datetime,
    policy: Policy,
) -> str:
    conversation = await uow.conversations.get(conversation_id)
    if conversation is None or conversation.helper_id != helper.id:
        return "toast.stale"
    if wanted:
        profile = await uow.helpers.by_person(helper.id or 0)
        await alert_coordinators(uow, policy, "alert.debrief", now,
                                 name=profile.display_name if profile else "?")
        await say(uow, helper, "debrief.yes", now)
    else:
        await say(uow, helper, "debrief.no", now)
    await uow.commit()
    return "toast.thanks"


async def cancel_pending(uow: UnitOfWork, seeker: Person) -> int:
    count = 0
    for checkin in await uow.checkins.pending_for_seeker(seeker.id or 0):
        checkin.status = CheckInStatus.CANCELLED
        count += await uow.timers.cancel(TimerKind.CHECKIN, checkin.id or 0)
    return count


