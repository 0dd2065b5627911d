"""Helpers' tools in chat (/profile, /transfer, /escalate, /resources) and a seeker's /report."""

from __future__ import annotations

from flows import onboard_helper, press, seek_help
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, Runner, says
from test_coordinator import ask, no_identity, pseudonym

from bot.emulator import EmulatorClient


async def connect(client: EmulatorClient, helper: int, name: str) -> None:
    await seek_help(client, SEEKER, words="I can't cope with my flat anymore")
    await press(client, helper, "Accept")
    await client.wait_for(SEEKER, says(f"connected with {name}"))


async def test_profile_buttons_change_what_the_helper_is_offered(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    profile = await ask(client, HELPER, "/profile", "Your profile, Sam")
    labels = [b["text"] for row in profile["reply_markup"]["inline_keyboard"] for b in row]
    assert any("Housing" in label for label in labels)
    answer = await press(client, HELPER, "Housing")
    assert answer["answer"]["text"] == "Saved."
    await press(client, HELPER, "3 conv.")
    await press(client, HELPER, "Family peer helper")
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        stored = await uow.helpers.by_display_name("Sam")
        assert stored is not None
        assert stored.themes == "housing" and stored.capacity == 3 and stored.family_peer
    refreshed = (await client.bot_messages(HELPER))[-1]
    marks = [b["text"] for row in refreshed["reply_markup"]["inline_keyboard"] for b in row]
    assert "✅ Housing" in marks and "•3 conv." in marks


async def test_transfer_to_the_queue_puts_the_seeker_first_and_tells_them(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, HELPER, "Sam")
    await onboard_helper(client, HELPER2, "Lou")
    await ask(client, HELPER, "/transfer", "transferred")
    await client.wait_for(SEEKER, says("handing over"))
    offer = await client.wait_for(HELPER2, says("New request"))
    assert await pseudonym(runner, SEEKER) in offer["text"]
    await press(client, HELPER2, "Accept")
    await client.wait_for(SEEKER, says("connected with Lou"))
    await client.send_text(SEEKER, "still there?")
    await client.wait_for(HELPER2, says("still there?"))
    assert not [m for m in await client.bot_messages(HELPER) if m.get("text") == "still there?"]


async def test_transfer_to_a_named_helper_offers_them_the_conversation(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, HELPER, "Sam")
    await onboard_helper(client, HELPER2, "Lou")
    await client.send_text(HELPER2, "/away")
    await client.wait_for(HELPER2, says("off duty"))
    await ask(client, HELPER, "/transfer Nobody", "can't transfer")
    await ask(client, HELPER, "/transfer Lou", "transferred")
    await client.wait_for(HELPER2, says("New request"))


async def test_escalate_and_report_alert_coordinators_with_pseudonyms_only(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/start", "Coordinator commands")
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, HELPER, "Sam")
    who = await pseudonym(runner, SEEKER)
    await ask(client, HELPER, "/escalate", "coordinators have been told")
    alert = await client.wait_for(COORDINATOR, says("asks the coordinators for support"))
    assert "Sam" in alert["text"] and who in alert["text"]
    await ask(client, SEEKER, "/report", "Thank you for telling us")
    report = await client.wait_for(COORDINATOR, says("reports conversation"))
    assert who in report["text"] and "Sam" in report["text"]
    await no_identity(client, COORDINATOR, HELPER)


async def test_resources_are_sent_to_the_current_seeker_in_one_tap(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await ask(client, HELPER, "/resources", "tap to send")
    answer = await press(client, HELPER, "SOS Amitié")
    assert answer["answer"]["text"] == "You have no current conversation."
    await connect(client, HELPER, "Sam")
    answer = await press(client, HELPER, "3114 · suicide prevention")
    assert answer["answer"]["text"] == "Sent to the person."
    shared = await client.wait_for(SEEKER, says("sharing this resource"))
    assert "3114" in shared["text"]
