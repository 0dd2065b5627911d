"""Helpers' tools (/profile, /transfer, /escalate, /resources), a seeker's /report, the hours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from matching.hours import HoursError, OpeningHours, parse_hours
from matching.models import (
    Conversation,
    HelperProfile,
    Offer,
    OfferStatus,
    Person,
    RequestStatus,
    Role,
    Theme,
)
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.resources import Directory
from matching.services import queueing
from matching.services.admin import audit, find_helper
from matching.services.conversations import helper_target
from matching.services.notify import Keyboard, alert_coordinators, button, say

HOURS_KEY = "hours"
LANGUAGES = ("fr", "en")
CAPACITIES = (1, 2, 3, 4)


def _split(text: str) -> list[str]:
    return [x for x in (v.strip() for v in text.split(",")) if x]


def profile_buttons(profile: HelperProfile) -> Keyboard:
    def mark(on: bool) -> str:
        return "✅" if on else "▫️"

    langs = [button("pf.item", "pf", f"l.{code}", name=f"@btn.lang_{code}",
                    mark=mark(profile.speaks(code))) for code in LANGUAGES]
    themes = [button("pf.item", "pf", f"t.{t.value}", name=f"@theme.{t.value}",
                     mark=mark(profile.covers(t))) for t in Theme]
    caps = [button("pf.capacity", "pf", f"c.{n}", n=n, mark="•" if profile.capacity == n else "")
            for n in CAPACITIES]
    family = [button("pf.item", "pf", "f", name="@pf.family", mark=mark(profile.family_peer))]
    return [langs, themes[:2], themes[2:4], themes[4:], caps, family]


async def show_profile(uow: UnitOfWork, helper: Person, now: datetime) -> None:
    profile = await uow.helpers.by_person(helper.id or 0)
    if profile is None:
        return
    await say(uow, helper, "pf.show", now, buttons=profile_buttons(profile),
              name=profile.display_name)


async def change_profile(
    uow: UnitOfWork, helper: Person, value: str, now: datetime, policy: Policy
) -> tuple[str, Keyboard | None]:
    """Toggle one profile setting; returns a toast key and the refreshed buttons."""
    profile = await uow.helpers.by_person(helper.id or 0)
    if profile is None:
        return "toast.stale", None
    kind, _, arg = value.partition(".")
    if kind == "l" and arg in LANGUAGES:
        chosen = set(_split(profile.languages)) ^ {arg}
        if not chosen:
            return "pf.need_language", None
        profile.languages = ",".join(c for c in LANGUAGES if c in chosen)
    elif kind == "t" and arg in {t.value for t in Theme}:
        profile.themes = ",".join(sorted(set(_split(profile.themes)) ^ {arg}))
    elif kind == "c" and arg.isdigit() and int(arg) in CAPACITIES:
        profile.capacity = int(arg)
    elif kind == "f":
        profile.family_peer = not profile.family_peer
    else:
        return "toast.stale", None
    await queueing.match_waiting(uow, now, policy)
    return "toast.saved", profile_buttons(profile)


async def current_conversation(uow: UnitOfWork, helper: Person) -> Conversation | None:
    target = await helper_target(uow, helper, None)
    return target if isinstance(target, Conversation) else None


async def transfer(
    uow: UnitOfWork, helper: Person, to_name: str, now: datetime, policy: Policy
) -> None:
    """Hand the current conversation to the queue (first in line) or to a named helper."""
    conversation = await current_conversation(uow, helper)
    if conversation is None:
        await say(uow, helper, "transfer.nothing", now)
        return
    target = await find_helper(uow, to_name) if to_name else None
    if to_name and (
        target is None or target[0].id == helper.id or target[1].suspended
        or target[0].role is not Role.HELPER
        or target[0].id in await uow.offers.pending_helpers()
    ):
        await say(uow, helper, "transfer.no_such_helper", now, name=to_name)
        return
    if not await uow.conversations.close(conversation.id or 0, now, "transferred"):
        return
    request = await uow.requests.get(conversation.request_id)
    seeker = await uow.people.get(conversation.seeker_id)
    profile = await uow.helpers.by_person(helper.id or 0)
    if profile is not None and profile.current_conversation_id == conversation.id:
        profile.current_conversation_id = None
    if request is None or seeker is None:
        return
    request.status = RequestStatus.WAITING
    request.first_in_line = True
    request.preferred_helper_id = None
    # The helper passed this request on: recorded like a decline, so matching skips them.
    await uow.offers.add(Offer(request_id=request.id or 0, helper_id=helper.id or 0,
                               created_at=now, expires_at=now, status=OfferStatus.DECLINED,
                               answered_at=now))
    await say(uow, seeker, "transfer.seeker", now)
    await say(uow, helper, "transfer.done", now, who=seeker.pseudonym)
    if target is not None:
        await queueing.make_offer(uow, request, seeker, target[0].id or 0, now, policy)
    else:
        await queueing.match_waiting(uow, now, policy)


async def escalate(uow: UnitOfWork, helper: Person, now: datetime, policy: Policy) -> None:
    conversation = await current_conversation(uow, helper)
    profile = await uow.helpers.by_person(helper.id or 0)
    seeker = await uow.people.get(conversation.seeker_id) if conversation else None
    if conversation is None or seeker is None:
        await say(uow, helper, "escalate.nothing", now)
        return
    await alert_coordinators(uow, policy, "alert.escalate", now,
                             name=profile.display_name if profile else "?",
                             who=seeker.pseudonym, level=f"@level.{conversation.level.value}")
    await audit(uow, helper, "escalate", now, seeker.pseudonym)
    await say(uow, helper, "escalate.sent", now)


def resource_buttons(directory: Directory, language: str) -> Keyboard:
    rows: Keyboard = []
    for theme, items in directory.by_theme().items():
        for item in items:
            rows.append([button("rs.item", "rs", item.key, name=item.title_in(language),
                                theme=f"@theme.{theme.value}")])
    return rows


async def share_resource(
    uow: UnitOfWork, helper: Person, key: str, directory: Directory, now: datetime
) -> str:
    resource = directory.get(key)
    if resource is None:
        return "toast.stale"
    conversation = await current_conversation(uow, helper)
    seeker = await uow.people.get(conversation.seeker_id) if conversation else None
    if conversation is None or seeker is None:
        return "transfer.nothing"
    await say(uow, seeker, "rs.shared", now, conversation_id=conversation.id,
              text=resource.text_in(seeker.language))
    return "toast.resource_sent"


async def report(uow: UnitOfWork, seeker: Person, now: datetime, policy: Policy) -> None:
    """A seeker reports the current or last conversation: coordinators are alerted."""
    conversation = await uow.conversations.active_for_seeker(seeker.id or 0)
    conversation = conversation or await uow.conversations.last_for_seeker(seeker.id or 0)
    if conversation is None:
        await say(uow, seeker, "report.nothing", now)
        return
    profile = await uow.helpers.by_person(conversation.helper_id)
    await alert_coordinators(uow, policy, "alert.report", now, who=seeker.pseudonym,
                             name=profile.display_name if profile else "?",
                             conversation=conversation.id)
    await audit(uow, seeker, "report", now, seeker.pseudonym, conversation=conversation.id)
    await say(uow, seeker, "report.sent", now)


async def line_hours(uow: UnitOfWork) -> OpeningHours:
    stored = await uow.settings.get(HOURS_KEY)
    try:
        return parse_hours(stored or "")
    except HoursError:
        return OpeningHours()


async def set_hours(
    uow: UnitOfWork, actor: Person, spec: str, now: datetime, policy: Policy
) -> None:
    if not spec.strip():
        hours = await line_hours(uow)
        key = "hours.always" if hours.always_open else "hours.show"
        await say(uow, actor, key, now, hours=hours.describe(actor.language))
        return
    try:
        hours = parse_hours(spec)
    except HoursError as exc:
        await say(uow, actor, "hours.invalid", now, part=str(exc))
        return
    await uow.settings.put(HOURS_KEY, hours.spec(), now)
    await audit(uow, actor, "hours", now, hours.spec() or "always")
    key = "hours.always" if hours.always_open else "hours.set"
    await say(uow, actor, key, now, hours=hours.describe(actor.language))


async def closed_notice(uow: UnitOfWork, person: Person, now: datetime, policy: Policy) -> bool:
    """Outside opening hours: say when the line opens, with the numbers. True when closed."""
    hours = await line_hours(uow)
    zone = ZoneInfo(policy.timezone)
    if hours.is_open(now, zone):
        return False
    opening = hours.next_opening(now, zone)
    await say(uow, person, "line.closed", now, hours=hours.describe(person.language),
              when=f"{opening:%d/%m %H:%M}" if opening else "?")
    return True
