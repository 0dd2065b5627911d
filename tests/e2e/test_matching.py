"""Matching and the relay end to end: offers, races, two conversations, crisis, anonymity."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from flows import (
    bodies,
    connect,
    copies,
    eventually,
    forge_press,
    message,
    nothing_new,
    offered,
    onboard_helper,
    press,
    pseudonym,
    seek_help,
)
from harness import (
    COORDINATOR,
    HELPER,
    HELPER2,
    SEEKER,
    SEEKER2,
    Runner,
    button_data,
    has_button,
    says,
)

from bot.emulator import EmulatorClient

NAMES = {HELPER: "Sam", HELPER2: "Max"}
SEEKER_IDENTITY = ("Alice", "alice_real", "2001")
HELPER_IDENTITY = ("Helen", "helen_real", "3001")


async def two_helpers_and_an_offer(client: EmulatorClient) -> tuple[int, int, dict[str, Any]]:
    await onboard_helper(client, HELPER, "Sam")
    await onboard_helper(client, HELPER2, "Max")
    await seek_help(client, SEEKER)
    first, offer = await offered(client, (HELPER, HELPER2))
    return first, HELPER2 if first == HELPER else HELPER, offer


async def test_a_declined_offer_goes_to_the_other_helper_on_duty(
    client: EmulatorClient, runner: Runner
) -> None:
    first, second, offer = await two_helpers_and_an_offer(client)
    answer = await client.press(first, offer["message_id"], button_data(offer, "Decline"))
    assert answer["answer"]["text"] == "Noted, the request goes to someone else."
    other = await client.wait_for(second, says("New request"))
    assert pseudonym(other["text"]) == pseudonym(offer["text"])

    async def buttons_gone() -> bool:
        return not has_button("Accept")(await message(client, first, offer["message_id"]))

    await eventually(buttons_gone, "the declined offer loses its buttons")
    await press(client, second, "Accept")
    await client.wait_for(SEEKER, says(f"connected with {NAMES[second]}"))
    assert not [m for m in await client.bot_messages(first) if says("talking with")(m)]


@pytest.mark.parametrize("settings_overrides", [{"offer_timeout": 5}])
async def test_an_unanswered_offer_goes_to_the_next_helper_after_the_timeout(
    client: EmulatorClient, runner: Runner
) -> None:
    first, second, offer = await two_helpers_and_an_offer(client)
    assert "within 5 s" in offer["text"]
    loop = asyncio.get_running_loop()
    seen = loop.time()
    other = await client.wait_for(second, says("New request"), timeout=15)
    assert loop.time() - seen > 3, "the offer moved on before OFFER_TIMEOUT"
    assert pseudonym(other["text"]) == pseudonym(offer["text"])
    await client.wait_for(first, says("went to someone else"))
    late = await forge_press(client, first, button_data(offer, "Accept"))
    assert late is not None and late["text"] == "This offer has expired."
    await press(client, second, "Accept")
    await client.wait_for(SEEKER, says(f"connected with {NAMES[second]}"))
    await nothing_new(client, SEEKER, f"connected with {NAMES[first]}", 0.5)


async def test_two_taps_on_accept_make_one_conversation_and_a_stranger_changes_nothing(
    client: EmulatorClient, runner: Runner
) -> None:
    first, second, offer = await two_helpers_and_an_offer(client)
    data = button_data(offer, "Accept")
    forged = await forge_press(client, second, data)
    assert forged is not None and forged["text"] == "This offer is not addressed to you."
    await nothing_new(client, SEEKER, "connected with", 1.0)
    assert has_button("Accept")(await message(client, first, offer["message_id"]))

    taps = await asyncio.gather(
        client.press(first, offer["message_id"], data),
        client.press(first, offer["message_id"], data),
    )
    toasts = sorted(str(t["answer"]["text"]) for t in taps)
    assert toasts == ["Thank you, you are connected.", "This offer was already accepted."]
    await client.wait_for(SEEKER, says(f"connected with {NAMES[first]}"))
    await client.send_text(SEEKER, "are you there?")
    await client.wait_for(first, says("are you there?"))
    await asyncio.sleep(1.0)
    connected = [m for m in await client.bot_messages(SEEKER) if says("connected with")(m)]
    assert len(connected) == 1
    relayed = bodies(copies(await client.bot_messages(first)))
    assert relayed == ["I feel very lonely lately", "are you there?"]
    assert not copies(await client.bot_messages(second))


async def test_a_helper_with_two_conversations_sees_who_is_who_and_answers_the_right_person(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words="My sister is unwell")
    first = pseudonym((await client.wait_for(HELPER, says("New request")))["text"])
    await seek_help(client, SEEKER2, words="I lost my job")  # while Sam's offer is pending
    await client.wait_for(SEEKER2, says("in line"))
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER, says("connected with Sam"))
    offers = await client.wait_for_count(HELPER, 2, says("New request"))  # room for one more
    second = pseudonym(offers[-1]["text"])
    assert first != second
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER2, says("connected with Sam"))
    await client.wait_for(HELPER, says(f"talking with Person {second}"))
    sent_a = await client.send_text(SEEKER, "message from the first person")
    await client.wait_for(HELPER, says("message from the first person"))
    await client.send_text(SEEKER2, "message from the second person")
    await client.wait_for(HELPER, says("message from the second person"))
    await client.send_text(SEEKER, "the first person again")
    await client.wait_for(HELPER, says("the first person again"))

    chat = await client.bot_messages(HELPER)
    expected = {
        "message from the first person": first,
        "message from the second person": second,
        "the first person again": first,
    }
    for index, m in enumerate(chat):
        if m.get("copied_from") and m["text"] in expected:
            assert chat[index - 1]["text"] == f"— Person {expected[m['text']]} —", m["text"]
    copy_a = next(m for m in chat if m["text"] == "message from the first person")
    copy_b = next(m for m in chat if m["text"] == "message from the second person")

    await client.send_text(HELPER, "reply for the first", reply_to=copy_a["message_id"])
    got = await client.wait_for(SEEKER, says("reply for the first"))
    assert got["reply_to_message_id"] == sent_a["message_id"]
    await client.send_text(HELPER, "reply for the second", reply_to=copy_b["message_id"])
    await client.wait_for(SEEKER2, says("reply for the second"))

    await client.send_text(HELPER, "plain to the newest")  # the last "You are now talking with"
    await client.wait_for(SEEKER2, says("plain to the newest"))
    await client.send_text(HELPER, "/switch")
    await press(client, HELPER, f"Person {first}")
    await client.wait_for(HELPER, says(f"now go to Person {first}"))
    await client.send_text(HELPER, "plain after switching")
    await client.wait_for(SEEKER, says("plain after switching"))
    await nothing_new(client, SEEKER, "reply for the second", 0.5)
    for text in ("reply for the first", "plain after switching"):
        assert not [m for m in await client.bot_messages(SEEKER2) if says(text)(m)]
    assert not [m for m in await client.bot_messages(SEEKER) if says("plain to the newest")(m)]


async def test_messages_written_while_waiting_reach_the_helper_in_order_after_accept(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words="I feel very lonely lately")
    await client.wait_for(HELPER, says("New request"))
    later = ["one: I moved last month", "two: I know nobody here", "three: nights are the worst"]
    for text in later:
        await client.send_text(SEEKER, text)
    await client.wait_for(SEEKER, says("I'm keeping this message"))
    await nothing_new(client, HELPER, "nights are the worst", 1.0)
    await press(client, HELPER, "Accept")
    await client.wait_for_count(HELPER, 4, lambda m: m.get("copied_from") is not None)
    chat = await client.bot_messages(HELPER)
    assert bodies(copies(chat)) == ["I feel very lonely lately", *later]
    intro = next(i for i, m in enumerate(chat) if says("talking with Person")(m))
    assert all(i > intro for i, m in enumerate(chat) if m.get("copied_from"))
    kept = [m for m in await client.bot_messages(SEEKER) if says("I'm keeping")(m)]
    assert len(kept) == 1


async def test_crisis_words_get_the_numbers_at_once_and_alert_the_coordinator_by_pseudonym(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await client.send_text(SEEKER, "I want to kill myself tonight")
    reply = await client.wait_for(SEEKER, says("Are you thinking about suicide"))
    assert (await client.bot_messages(SEEKER))[0]["message_id"] == reply["message_id"]
    for number in ("3114", "15", "112"):
        assert f"📞 {number}" in reply["text"]
    alert = await client.wait_for(COORDINATOR, says("Crisis request"))
    for secret in SEEKER_IDENTITY:
        assert secret not in alert["text"]
    who = pseudonym(alert["text"])

    await press(client, SEEKER, "I agree")
    await press(client, SEEKER, "Myself")
    await press(client, SEEKER, "personal")
    await client.wait_for(SEEKER, says("in a few words"))
    await client.send_text(SEEKER, "I don't want to live anymore")
    await client.wait_for_count(SEEKER, 2, says("Are you thinking about suicide"))
    offer = await client.wait_for(HELPER, says("New request"))
    assert pseudonym(offer["text"]) == who and "crisis" in offer["text"]
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER, says("connected with Sam"))
    await client.send_text(SEEKER, "I still want to die")
    notice = await client.wait_for(HELPER, says("crisis wording"))
    assert f"{who}'s last message" in notice["text"]
    await client.wait_for_count(SEEKER, 3, says("Are you thinking about suicide"))
    for m in await client.bot_messages(COORDINATOR):
        for secret in SEEKER_IDENTITY:
            assert secret not in str(m["text"])


async def test_unknown_commands_get_a_clear_answer_and_are_not_relayed(
    client: EmulatorClient, runner: Runner
) -> None:
    await client.send_text(SEEKER, "/frobnicate")
    await client.wait_for(SEEKER, says("I don't know that command. /help"))
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.send_text(SEEKER, "/whatisthis")
    await client.wait_for_count(SEEKER, 2, says("I don't know that command"))
    await client.send_text(HELPER, "/nosuchthing")
    await client.wait_for(HELPER, says("I don't know that command"))
    await client.send_text(SEEKER, "/available")
    await client.wait_for(SEEKER, says("not available to you"))
    await asyncio.sleep(0.5)
    for chat in (SEEKER, HELPER):
        assert not [
            m for m in copies(await client.bot_messages(chat)) if str(m.get("text")).startswith("/")
        ]


async def test_neither_side_learns_the_other_ones_identity(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam", words="Hard week, I need to talk")
    await client.send_text(SEEKER, "thanks for listening")
    await client.send_media(SEEKER, "photo", caption="where I live now")
    await client.send_media(SEEKER, "voice")
    await client.wait_for(HELPER, lambda m: m.get("media") == "voice")
    await client.send_text(HELPER, "I'm glad you wrote")
    await client.send_text(HELPER, "/end")
    await client.wait_for(SEEKER, says("peer helper ended the conversation"))
    for chat, secrets in ((HELPER, SEEKER_IDENTITY), (SEEKER, HELPER_IDENTITY)):
        for m in await client.messages(chat):
            if m["from"] != "bot":
                continue
            assert not m["forwarded"]
            shown = [str(m.get("text") or ""), str(m.get("caption") or "")] + [
                str(b)
                for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                for b in row
            ]
            for secret in secrets:
                assert all(secret not in part for part in shown), (chat, m)
    assert await client.calls(method="forwardMessage") == []


async def test_content_the_relay_cannot_carry_gets_a_clear_answer_and_is_not_relayed(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    for count, media in enumerate(("poll", "dice"), start=1):
        await client.send_media(SEEKER, media)
        await client.wait_for_count(SEEKER, count, says("can't pass on"))
    await client.send_media(HELPER, "poll")
    await client.wait_for(HELPER, says("can't pass on"))
    relayed = [m for m in await client.bot_messages(HELPER) if m.get("media") in ("poll", "dice")]
    assert relayed == [] and await client.calls(method="sendPoll") == []
