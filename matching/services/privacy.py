"""What is kept about a seeker (/mydata), erasing it (/forget), and the retention purge."""

from __future__ import annotations

from datetime import datetime, timedelta

from matching.models import Person, RequestStatus, Timer, TimerKind, TimerStatus
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork, UnitOfWorkFactory
from matching.services import conversations, followups
from matching.services.notify import button, say, say_to

RETENTION_EVERY = timedelta(days=1)


async def ask_forget(uow: UnitOfWork, person: Person, now: datetime) -> None:
    await say(uow, person, "forget.confirm", now, buttons=[[
        button("btn.forget_yes", "forget", "yes"), button("btn.forget_no", "forget", "no")]])
    await uow.commit()


async def forget(
    uow: UnitOfWork, person: Person, now: datetime, policy: Policy, snippets: Snippets
) -> str:
    """Erase what is kept: pending check-ins cancelled, links and the pseudonym mapping deleted.

    Anonymous counts (requests, conversations, outcome codes) stay, no longer linked to anyone.
    """
    conversation = await uow.conversations.active_for_seeker(person.id or 0)
    if conversation is not None:
        await conversations.close(uow, conversation, "forgotten", now, policy)
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is not None:
        request.status = RequestStatus.CANCELLED
        request.closed_at = now
        await snippets.delete(request.id or 0)
    await followups.cancel_pending(uow, person)
    chat_id, language = person.telegram_id, person.language
    await uow.retention.forget_person(person.id or 0)
    person.telegram_id = -(person.id or 0)
    person.pseudonym = f"~{person.id}"
    person.consented_at = None
    await say_to(uow, chat_id, language, "forget.done", now)
    await uow.commit()
    return "toast.noted"


async def my_data(uow: UnitOfWork, person: Person, now: datetime, policy: Policy) -> None:
    conversation = await uow.conversations.last_for_seeker(person.id or 0)
    pending = await uow.checkins.pending_for_seeker(person.id or 0)
    await say(
        uow, person, "mydata", now,
        pseudonym=person.pseudonym,
        lang_name=f"@btn.lang_{person.language}",
        consent=person.consented_at.date().isoformat() if person.consented_at else "-",
        conversation=conversation.started_at.date().isoformat() if conversation else "-",
        checkins=len(pending),
        days=policy.retention.days,
    )
    await uow.commit()


async def ensure_retention_timer(uow_factory: UnitOfWorkFactory, now: datetime) -> None:
    """The daily purge is a timer row like any other; make sure one is pending."""
    async with uow_factory() as uow:
        if not await uow.timers.pending_of_kind(TimerKind.RETENTION):
            await uow.timers.add(Timer(kind=TimerKind.RETENTION, ref_id=0, due_at=now,
                                       created_at=now, status=TimerStatus.PENDING))
            await uow.commit()


async def purge(uow: UnitOfWork, now: datetime, policy: Policy) -> dict[str, int]:
    """Timer: delete what retention allows, then schedule tomorrow's purge."""
    counts = await uow.retention.purge(now - policy.retention)
    await uow.timers.add(Timer(kind=TimerKind.RETENTION, ref_id=0,
                               due_at=now + RETENTION_EVERY, created_at=now))
    return counts
