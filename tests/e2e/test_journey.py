"""The seeker's journey end to end: emulator -> aiogram -> storage -> replies, over HTTP."""

from __future__ import annotations

from flows import accept_offer, onboard_helper, press, seek_help
from harness import HELPER, SEEKER, Runner, says

from bot.emulator import EmulatorClient


async def test_start_gets_a_welcome_that_says_bot_and_gives_numbers(
    client: EmulatorClient, runner: Runner
) -> None:
    await client.send_text(SEEKER, "/start")
    welcome = await client.wait_for(SEEKER, says("I agree"))
    text = str(welcome["text"])
    assert "bot" in text and "not an emergency service" in text
    for number in ("112", "15", "3114", "114"):
        assert number in text
    assert any("I agree" in b["text"] for row in welcome["reply_markup"]["inline_keyboard"]
               for b in row)


async def test_seeker_reaches_a_helper_and_they_talk_both_ways(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words="I feel so alone since I moved")
    await client.wait_for(SEEKER, says("number 1 in line"))
    offer = await client.wait_for(HELPER, says("New request"), timeout=10)
    assert "Personal support" in offer["text"] and "I feel so alone" in offer["text"]
    assert "Alice" not in offer["text"] and "alice_real" not in offer["text"]
    answer = await accept_offer(client, HELPER)
    assert answer["answer"] is not None
    await client.wait_for(SEEKER, says("connected with Sam"))
    # the offer quotes the same first words: wait for the relayed copy itself, not the offer
    words = await client.wait_for(HELPER, lambda m: says("I feel so alone since I moved")(m)
                                  and m["copied_from"] is not None)
    assert words["copied_from"] is not None and not words["forwarded"]
    await client.send_text(HELPER, "I'm here. Tell me more?")
    await client.wait_for(SEEKER, says("Tell me more?"))
    await client.send_media(SEEKER, "photo", caption="my new street")
    photo = await client.wait_for(HELPER, lambda m: m.get("media") == "photo")
    assert photo["caption"] == "my new street"
    await client.send_text(SEEKER, "/end")
    await client.wait_for(HELPER, says("ended the conversation"))
    await client.wait_for(SEEKER, says("You ended the conversation"))
    calls = await client.calls(method="forwardMessage")
    assert calls == []


async def test_seeker_answers_what_to_expect_when_no_helper_is_on_duty(
    client: EmulatorClient, runner: Runner
) -> None:
    await seek_help(client, SEEKER, words=None)
    reply = await client.wait_for(SEEKER, says("No peer helper is available"))
    assert "3114" in reply["text"]
    await onboard_helper(client, HELPER, "Sam")
    await client.wait_for(SEEKER, says("A peer helper has just arrived"))
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER, says("connected with Sam"))
