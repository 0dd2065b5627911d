"""Coordinators' tools: roles, helpers, suspension, queue, assignment, bans, callouts.

Every action is written to the audit log. Seekers appear by pseudonym only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matching.models import (
    AuditEvent,
    HelperProfile,
    Level,
    Person,
    RequestStatus,
    Role,
    Theme,
)
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.queue import ordered, waited
from matching.services import offers, queueing, unreachable
from matching.services.notify import say


@dataclass(frozen=True)
class HelperRow:
    name: str
    on_duty: bool
    suspended: bool
    open: int
    capacity: int
    themes: str
    languages: str
    family_peer: bool
    last_active: datetime | None


@dataclass(frozen=True)
class QueueRow:
    pseudonym: str
    level: Level
    theme: Theme
    relative: bool
    minutes: int
    offered: bool


async def audit(
    uow: UnitOfWork, actor: Person, action: str, now: datetime, subject: str = "", **details: object
) -> None:
    await uow.audit.add(
        AuditEvent(at=now, action=action, actor_id=actor.id, subject=subject or None,
                   details=dict(details))
    )


async def find_helper(uow: UnitOfWork, name: str) -> tuple[Person, HelperProfile] | None:
    profile = await uow.helpers.by_display_name(name) if name.strip() else None
    if profile is None:
        return None
    person = await uow.people.get(profile.person_id)
    return (person, profile) if person is not None else None


async def helper_or_say(
    uow: UnitOfWork, actor: Person, name: str, now: datetime
) -> tuple[Person, HelperProfile] | None:
    """The named helper, or None after telling the coordinator there is none by that name."""
    found = await find_helper(uow, name)
    if found is None or found[0].role is Role.SEEKER:
        await say(uow, actor, "admin.no_helper", now, name=name.strip() or "?")
        return None
    return found


async def set_role(
    uow: UnitOfWork, actor: Person, name: str, promote: bool, now: datetime, policy: Policy
) -> None:
    found = await helper_or_say(uow, actor, name, now)
    if found is None:
        return
    person, profile = found
    if not promote and person.telegram_id in policy.coordinator_ids:
        await say(uow, actor, "admin.demote_config", now, name=profile.display_name)
        return
    person.role = Role.COORDINATOR if promote else Role.HELPER
    if promote:
        profile.on_duty = False
        await offers.cancel_pending_for_helper(uow, person, now)
    await audit(uow, actor, "promote" if promote else "demote", now, profile.display_name)
    key = "admin.promoted" if promote else "admin.demoted"
    await say(uow, actor, key, now, name=profile.display_name)
    await say(uow, person, f"{key}.you", now)


async def helper_rows(uow: UnitOfWork) -> list[HelperRow]:
    counts = await uow.helpers.open_conversation_counts()
    rows = []
    for profile in await uow.helpers.all():
        person = await uow.people.get(profile.person_id)
        if person is None or person.role is not Role.HELPER or not profile.display_name:
            continue
        rows.append(
            HelperRow(
                name=profile.display_name,
                on_duty=profile.on_duty,
                suspended=profile.suspended,
                open=counts.get(profile.person_id, 0),
                capacity=profile.capacity,
                themes=profile.themes,
                languages=profile.languages,
                family_peer=profile.family_peer,
                last_active=profile.last_active_at,
            )
        )
    return rows


async def set_suspended(
    uow: UnitOfWork, actor: Person, name: str, suspended: bool, now: datetime, policy: Policy
) -> None:
    found = await helper_or_say(uow, actor, name, now)
    if found is None:
        return
    person, profile = found
    profile.suspended = suspended
    handed = 0
    if suspended:
        profile.on_duty = False
        profile.current_conversation_id = None
        await offers.cancel_pending_for_helper(uow, person, now)
        handed = await unreachable.hand_back(uow, person, "suspended", now, policy)
    await audit(uow, actor, "suspend" if suspended else "reinstate", now, profile.display_name,
                handed_back=handed)
    key = "admin.suspended" if suspended else "admin.reinstated"
    await say(uow, actor, key, now, name=profile.display_name, count=handed)
    await say(uow, person, f"{key}.you", now)
    await queueing.match_waiting(uow, now, policy)


async def queue_rows(uow: UnitOfWork, now: datetime) -> list[QueueRow]:
    rows = []
    for request in ordered(await uow.requests.queued(), now):
        seeker = await uow.people.get(request.seeker_id)
        if seeker is None:
            continue
        rows.append(
            QueueRow(
                pseudonym=seeker.pseudonym,
                level=request.level,
                theme=request.theme,
                relative=request.relative,
                minutes=int(waited(request, now).total_seconds() // 60),
                offered=request.status is RequestStatus.OFFERED,
            )
        )
    return rows


async def assign(
    uow: UnitOfWork, actor: Person, pseudonym: str, name: str, now: datetime, policy: Policy
) -> None:
    seeker = await uow.people.by_pseudonym(pseudonym) if pseudonym else None
    request = await uow.requests.open_for_seeker(seeker.id or 0) if seeker else None
    if seeker is None or request is None or request.status not in (
        RequestStatus.WAITING, RequestStatus.OFFERED
    ):
        await say(uow, actor, "admin.not_waiting", now, who=pseudonym or "?")
        return
    found = await find_helper(uow, name)
    if found is None or found[0].role is not Role.HELPER:
        await say(uow, actor, "admin.no_helper", now, name=name or "?")
        return
    helper, profile = found
    if profile.suspended:
        await say(uow, actor, "admin.helper_suspended", now, name=profile.display_name)
        return
    if helper.id in await uow.offers.pending_helpers():
        await say(uow, actor, "admin.helper_busy", now, name=profile.display_name)
        return
    await offers.withdraw(uow, request.id or 0, now, "offer.reassigned", seeker.pseudonym)
    await queueing.make_offer(uow, request, seeker, helper.id or 0, now, policy)
    await audit(uow, actor, "assign", now, seeker.pseudonym, helper=profile.display_name)
    await say(uow, actor, "admin.assigned", now, who=seeker.pseudonym, name=profile.display_name)


async def set_banned(
    uow: UnitOfWork, actor: Person, pseudonym: str, banned: bool, now: datetime, policy: Policy
) -> None:
    seeker = await uow.people.by_pseudonym(pseudonym) if pseudonym else None
    if seeker is None or seeker.role is not Role.SEEKER:
        await say(uow, actor, "admin.no_seeker", now, who=pseudonym or "?")
        return
    seeker.banned = banned
    if banned:
        request = await uow.requests.open_for_seeker(seeker.id or 0)
        if request is not None and request.status is not RequestStatus.ACTIVE:
            await offers.withdraw(uow, request.id or 0, now, "offer.withdrawn", seeker.pseudonym)
            request.status = RequestStatus.CANCELLED
            request.closed_at = now
        await say(uow, seeker, "banned", now)
    await audit(uow, actor, "ban" if banned else "unban", now, seeker.pseudonym)
    await say(uow, actor, "admin.banned" if banned else "admin.unbanned", now,
              who=seeker.pseudonym)


async def callout(
    uow: UnitOfWork, actor: Person, text: str, everyone: bool, now: datetime
) -> int:
    """A coordinator's message to helpers on duty (or all of them)."""
    sent = 0
    for profile in await uow.helpers.all():
        if profile.suspended or not (everyone or profile.on_duty):
            continue
        helper = await uow.people.get(profile.person_id)
        if helper is None or helper.role is not Role.HELPER:
            continue
        await say(uow, helper, "callout", now, text=text)
        sent += 1
    await audit(uow, actor, "callout", now, "all" if everyone else "on_duty", helpers=sent)
    await say(uow, actor, "admin.callout_sent", now, count=sent)
    return sent
