"""Crisis wording during a conversation: the seeker gets the numbers, not the same block on
every message; their helper is told every time; the words always reach the helper."""

from __future__ import annotations

import asyncio

from flows import bodies, connect, copies, onboard_helper
from harness import HELPER, SEEKER, Runner, says

from bot.emulator import EmulatorClient

ASKED = says("Are you thinking about suicide")


async def crisis_replies(client: EmulatorClient) -> list[dict[str, object]]:
    return [m for m in await client.bot_messages(SEEKER) if ASKED(m)]


async def test_crisis_wording_again_soon_tells_the_helper_without_repeating_the_numbers(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    who = await connect(client, SEEKER, HELPER, "Sam")
    before = len(await crisis_replies(client))
    await client.send_text(SEEKER, "I want to end my life tonight")
    reply = await client.wait_for_count(SEEKER, before + 1, ASKED, timeout=10)
    assert "3114" in reply[-1]["text"] and "your peer helper reads everything" in reply[-1]["text"]
    await client.wait_for(HELPER, says(f"{who}'s last message contains crisis wording."))
    await client.send_text(SEEKER, "I really want to die")
    again = await client.wait_for(HELPER, says("crisis wording again"))
    assert who in again["text"] and "30 minutes" in again["text"]
    await client.wait_for(HELPER, says("I really want to die"))
    await asyncio.sleep(0.5)
    assert len(await crisis_replies(client)) == before + 1
    relayed = bodies(copies(await client.bot_messages(HELPER)))
    assert relayed[-2:] == ["I want to end my life tonight", "I really want to die"]


async def test_once_the_pause_is_over_crisis_wording_gets_the_numbers_again(
    client: EmulatorClient, runner: Runner
) -> None:
    await runner.kill()
    await runner.start(crisis_repeat="1s")
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    before = len(await crisis_replies(client))
    await client.send_text(SEEKER, "I want to end my life tonight")
    await client.wait_for_count(SEEKER, before + 1, ASKED, timeout=10)
    await asyncio.sleep(1.2)
    await client.send_text(SEEKER, "I really want to die")
    await client.wait_for_count(SEEKER, before + 2, ASKED, timeout=10)
