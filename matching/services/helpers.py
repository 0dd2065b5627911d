"""Helpers joining with an invite, choosing a display name, going on and off duty."""

from __future__ import annotations

from datetime import datetime

from matching.models import HelperProfile, Invite, Person, RequestStatus, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.pseudonym import new_invite_code
from matching.services import offers, queueing
from matching.services.notify import say

MAX_NAME = 32


async def create_invite(uow: UnitOfWork, coordinator: Person, now: datetime, policy: Policy) -> str:
    invite = Invite(
        code=new_invite_code(),
        created_by=coordinator.id or 0,
        created_at=now,
        expires_at=now + policy.invite_valid,
    )
    await uow.invites.add(invite)
    link = f"https://t.me/{policy.bot_username}?start={invite.code}"
    await say(uow, coordinator, "invite.created", now, link=link, days=policy.invite_valid.days)
    await uow.commit()
    return link


async def redeem(uow: UnitOfWork, person: Person, code: str, now: datetime) -> str:
    """``/start <code>``: the person becomes a helper and is asked for a display name.

    Returns "ok", "unknown" (not an invite code: a plain start) or "invalid" (used or expired).
    """
    invite = await uow.invites.by_code(code) if code else None
    if invite is None:
        return "unknown"
    if invite.used_at is not None or invite.expires_at <= now:
        await uow.commit()
        return "invalid"
    if person.role is Role.COORDINATOR:
        await say(uow, person, "invite.coordinator", now)
        await uow.commit()
        return "ok"
    if await uow.requests.open_for_seeker(person.id or 0) is not None:
        await say(uow, person, "invite.busy_as_seeker", now)
        await uow.commit()
        return "ok"
    invite.used_by = person.id
    invite.used_at = now
    person.role = Role.HELPER
    person.consented_at = person.consented_at or now
    if await uow.helpers.by_person(person.id or 0) is None:
        await uow.helpers.add(
            HelperProfile(
                person_id=person.id or 0, display_name="", languages=person.language, idle_since=now
            )
        )
    await say(uow, person, "helper.welcome", now)
    await uow.commit()
    return "ok"


async def needs_name(uow: UnitOfWork, person: Person) -> bool:
    profile = await uow.helpers.by_person(person.id or 0)
    return profile is not None and not profile.display_name


async def set_name(uow: UnitOfWork, person: Person, text: str, now: datetime) -> None:
    name = " ".join(text.split())
    profile = await uow.helpers.by_person(person.id or 0)
    if profile is None:
        return
    if not name or len(name) > MAX_NAME or name.startswith("/"):
        await say(uow, person, "helper.name_invalid", now, max=MAX_NAME)
    elif (other := await uow.helpers.by_display_name(name)) and other.id != profile.id:
        await say(uow, person, "helper.name_taken", now)
    else:
        profile.display_name = name
        await say(uow, person, "helper.name_set", now, name=name)
    await uow.commit()


async def set_duty(
    uow: UnitOfWork, person: Person, on_duty: bool, now: datetime, policy: Policy
) -> None:
    profile = await uow.helpers.by_person(person.id or 0)
    if profile is None:
        return
    if profile.suspended:
        await say(uow, person, "helper.suspended", now)
        await uow.commit()
        return
    was = profile.on_duty
    profile.on_duty = on_duty
    profile.last_active_at = now
    if on_duty:
        if not was:
            profile.idle_since = now
        await say(uow, person, "helper.available", now)
        await _tell_waiting_someone_is_here(uow, now)
        await queueing.match_waiting(uow, now, policy)
    else:
        await offers.cancel_pending_for_helper(uow, person, now)
        await say(uow, person, "helper.away", now)
        await queueing.match_waiting(uow, now, policy)
    await uow.commit()


async def _tell_waiting_someone_is_here(uow: UnitOfWork, now: datetime) -> None:
    """Seekers who were told nobody was on duty hear that someone now is."""
    on_duty = [h for h in await uow.helpers.all() if h.on_duty and not h.suspended]
    if len(on_duty) != 1:
        return  # only the first helper coming on duty changes anything for them
    for request in await uow.requests.queued():
        if request.status is RequestStatus.WAITING:
            seeker = await uow.people.get(request.seeker_id)
            if seeker is not None:
                await say(uow, seeker, "queue.helper_now_available", now)
