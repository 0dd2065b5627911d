"""After-care steps shared by the follow-up and timed-work tests."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from flows import onboard_helper, press, seek_help
from harness import HELPER, SEEKER, Runner, has_button, says

from bot.emulator import EmulatorClient
from matching.followup_models import CheckIn, Outcome

CHECKIN = "How are you doing since we talked"
ASK = "check in on you in the coming days"


def is_checkin(message: dict[str, Any]) -> bool:
    return bool(says(CHECKIN)(message))


async def checkins_in_chat(client: EmulatorClient, user: int = SEEKER) -> list[dict[str, Any]]:
    return [m for m in await client.bot_messages(user) if is_checkin(m)]


async def offered_to(client: EmulatorClient, helpers: tuple[int, ...], timeout: float = 15) -> int:
    """The helper who received the (first) offer with an Accept button."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for helper in helpers:
            if any(has_button("Accept")(m) for m in await client.bot_messages(helper)):
                return helper
        await asyncio.sleep(0.05)
    raise AssertionError(f"no offer reached any of {helpers} within {timeout}s")


async def talk_then_end(
    client: EmulatorClient, helpers: dict[int, str] | None = None,
    during: str = "Thank you for listening", onboard: bool = True,
) -> int:
    """Helpers go on duty, the seeker talks with one of them then ends; returns that helper."""
    helpers = helpers or {HELPER: "Sam"}
    if onboard:
        for helper, name in helpers.items():
            await onboard_helper(client, helper, name)
    await seek_help(client, SEEKER)
    chosen = await offered_to(client, tuple(helpers))
    await press(client, chosen, "Accept")
    await client.wait_for(SEEKER, says(f"connected with {helpers[chosen]}"))
    await client.send_text(SEEKER, during)
    await client.wait_for(chosen, says(during))
    await client.send_text(SEEKER, "/end")
    await client.wait_for(SEEKER, says("You ended the conversation"))
    await client.wait_for(SEEKER, has_button("Yes"))
    ask = await client.wait_for(SEEKER, says(ASK))
    assert has_button("No")(ask)
    return chosen


async def seeker_rows(runner: Runner) -> tuple[list[CheckIn], Outcome | None]:
    """The seeker's check-ins and outcome row for their last conversation, from the database."""
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        person = await uow.people.by_telegram(SEEKER)
        assert person is not None
        conversation = await uow.conversations.last_for_seeker(person.id or 0)
        assert conversation is not None
        checkins = await uow.checkins.for_conversation(conversation.id or 0)
        outcome = await uow.outcomes.for_conversation(conversation.id or 0)
    return checkins, outcome


def aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back naive (they are stored in UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
