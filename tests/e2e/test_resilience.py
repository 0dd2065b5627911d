"""Resilience end to end: restarts, Telegram errors, people blocking the bot, edits."""

from __future__ import annotations

import asyncio

import pytest
from flows import (
    bodies,
    connect,
    copies,
    eventually,
    fail_copies,
    failed_copies,
    message,
    onboard_helper,
    press,
    pseudonym,
    seek_help,
)
from harness import HELPER, HELPER2, SEEKER, SEEKER2, Runner, button_data, says

from bot.emulator import EmulatorClient
from matching.services import lane as lane_service
from matching.services import seeker as seeker_service


async def test_a_restart_mid_conversation_and_the_talk_goes_on_both_ways(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.send_text(SEEKER, "before the crash")
    await client.wait_for(HELPER, says("before the crash"))
    await runner.kill()
    await client.send_text(SEEKER, "while you were down")
    await asyncio.sleep(0.5)
    assert not [m for m in await client.bot_messages(HELPER) if says("while you were down")(m)]
    await runner.start()
    await client.wait_for(HELPER, says("while you were down"), timeout=15)
    await client.send_text(HELPER, "still here after the restart")
    await client.wait_for(SEEKER, says("still here after the restart"))
    await client.send_text(SEEKER, "good to hear")
    await client.wait_for(HELPER, says("good to hear"))
    relayed = bodies(copies(await client.bot_messages(HELPER)))
    assert relayed == [
        "I feel very lonely lately",
        "before the crash",
        "while you were down",
        "good to hear",
    ]
    assert bodies(copies(await client.bot_messages(SEEKER))) == ["still here after the restart"]


async def test_a_crash_while_a_message_is_being_handled_does_not_lose_it(
    client: EmulatorClient, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram forgets an update once the bot asks for the next ones; the bot must not ask
    before the message is safely stored, or a crash at that moment would lose it."""
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    handling = asyncio.Event()

    async def dies_midway(*args: object, **kwargs: object) -> None:
        handling.set()
        await asyncio.Event().wait()  # the process dies before this message is stored

    monkeypatch.setattr(seeker_service, "on_message", dies_midway)  # the full path
    monkeypatch.setattr(lane_service, "_relay_run", dies_midway)  # the relay's fast lane
    await client.send_text(SEEKER, "sent just before the crash")
    await asyncio.wait_for(handling.wait(), 10)
    await asyncio.sleep(1.5)  # time enough for a careless poller to confirm it
    await runner.kill()
    monkeypatch.undo()
    await runner.start()
    await client.wait_for(HELPER, says("sent just before the crash"), timeout=15)
    assert bodies(copies(await client.bot_messages(HELPER)))[-1] == "sent just before the crash"


async def test_a_429_on_copy_is_retried_after_retry_after_and_order_is_kept(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await fail_copies(client, 429, retry_after=1, times=1)
    sent = ["first of three", "second of three", "third of three"]
    for text in sent:
        await client.send_text(SEEKER, text)
    await client.wait_for_count(HELPER, 3, says("of three"), timeout=15)
    await asyncio.sleep(0.5)
    assert [b for b in bodies(copies(await client.bot_messages(HELPER))) if "of three" in b] == sent
    assert 1 <= await failed_copies(client) <= 2  # the first copy tried, one message or a run


async def test_a_reply_sent_while_delivery_waits_still_threads_to_the_copy_it_answers(
    client: EmulatorClient, runner: Runner
) -> None:
    """Both go out in one delivery batch after the 429: the reply's target is a copy made
    earlier in that same batch."""
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.fail("copyMessage", error_code=429, retry_after=1, times=1)
    first = await client.send_text(SEEKER, "the first thing")
    await client.send_text(SEEKER, "and more about it", reply_to=first["message_id"])
    answer = await client.wait_for(HELPER, says("and more about it"), timeout=15)
    copied = await client.wait_for(HELPER, says("the first thing"))
    assert answer["reply_to_message_id"] == copied["message_id"]


async def test_a_server_error_is_retried_and_the_message_arrives(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.fail("copyMessage", error_code=502, times=2)
    await client.fail("copyMessages", error_code=502, times=1)
    await client.send_text(HELPER, "sorry for the delay")
    await client.send_text(HELPER, "are you still there?")
    await client.wait_for_count(SEEKER, 2, lambda m: m.get("copied_from") is not None, timeout=20)
    assert bodies(copies(await client.bot_messages(SEEKER))) == [
        "sorry for the delay",
        "are you still there?",
    ]
    assert await failed_copies(client) >= 2


async def test_the_seeker_blocking_the_bot_closes_the_conversation_and_the_helper_is_told(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    who = await connect(client, SEEKER, HELPER, "Sam")
    await client.block(SEEKER)
    await client.send_text(HELPER, "how are you today?")
    notice = await client.wait_for(HELPER, says("can no longer be reached"))
    assert f"Person {who}" in notice["text"]
    await client.send_text(HELPER, "hello?")
    await client.wait_for(HELPER, says("You have no open conversation"))
    await client.block(SEEKER, False)
    await asyncio.sleep(0.5)
    assert not copies(await client.bot_messages(SEEKER))


async def test_the_helper_blocking_the_bot_puts_the_seeker_first_in_line_for_the_next_helper(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER2, words="I have been waiting a while")  # waits longest
    declined = await client.wait_for(HELPER, says("New request"))
    await client.press(HELPER, declined["message_id"], button_data(declined, "Decline"))
    who = await connect(client, SEEKER, HELPER, "Sam")
    assert who != pseudonym(declined["text"])
    await client.block(HELPER)
    await client.send_text(SEEKER, "are you still with me?")
    await client.wait_for(SEEKER, says("first in line"))
    await onboard_helper(client, HELPER2, "Max")
    offer = await client.wait_for(HELPER2, says("New request"))
    assert pseudonym(offer["text"]) == who, "the seeker handed back is served before older ones"
    await press(client, HELPER2, "Accept")
    await client.wait_for(SEEKER, says("connected with Max"))
    await client.send_text(SEEKER, "hello Max")
    await client.wait_for(HELPER2, says("hello Max"))
    relayed = bodies(copies(await client.bot_messages(HELPER2)))
    assert relayed == ["I feel very lonely lately", "are you still with me?", "hello Max"]
    assert not [m for m in await client.bot_messages(SEEKER2) if says("connected with")(m)]


async def test_an_edit_is_applied_to_the_copy_on_the_other_side(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    original = await client.send_text(SEEKER, "I feel sad today")
    copy = await client.wait_for(HELPER, says("I feel sad today"))
    await client.edit_text(SEEKER, original["message_id"], "I feel a bit better now")

    async def edited(chat: int, message_id: int, text: str) -> bool:
        m = await message(client, chat, message_id)
        return bool(m["edited"]) and m["text"] == text

    await eventually(
        lambda: edited(HELPER, copy["message_id"], "I feel a bit better now"),
        "the helper's copy shows the seeker's edit",
    )
    answer = await client.send_text(HELPER, "glad to read that")
    back = await client.wait_for(SEEKER, says("glad to read that"))
    await client.edit_text(HELPER, answer["message_id"], "really glad to read that")
    await eventually(
        lambda: edited(SEEKER, back["message_id"], "really glad to read that"),
        "the seeker's copy shows the helper's edit",
    )
    assert len(copies(await client.bot_messages(HELPER))) == 2  # the words and one message
