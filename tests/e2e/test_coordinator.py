"""Coordinators and helpers run the line from their own chat: every command for its role,
refused to the others, audited, and never showing a seeker's Telegram identity."""

from __future__ import annotations

import asyncio
import csv
import io
import struct
from datetime import UTC, datetime

from flows import forge_press, onboard_helper, press, seek_help
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, SEEKER2, Runner, button_data, says

from bot.emulator import EmulatorClient

IDENTITY = ("Alice", "alice_real", str(SEEKER), "Bruno", "bruno_real", str(SEEKER2))
ADMIN = ("/invite", "/helpers", "/queue", "/assign K7Q Sam", "/suspend Sam", "/stats",
         "/export", "/ban K7Q", "/hours", "/callout hi", "/promote Sam")


async def pseudonym(runner: Runner, telegram_id: int) -> str:
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        person = await uow.people.by_telegram(telegram_id)
        assert person is not None
        return str(person.pseudonym)


async def ask(client: EmulatorClient, user: int, command: str, fragment: str) -> dict:
    """Send a command and wait for a new bot message containing ``fragment``."""
    seen = {m["message_id"] for m in await client.bot_messages(user)}
    await client.send_text(user, command)
    return await client.wait_for(
        user,
        lambda m: m["message_id"] not in seen
        and fragment.lower() in str(m.get("text") or m.get("caption") or "").lower(),
    )


async def no_identity(client: EmulatorClient, *users: int) -> None:
    for user in users:
        for message in await client.bot_messages(user):
            body = str(message.get("text") or "") + str(message.get("caption") or "")
            assert not any(secret in body for secret in IDENTITY), body


async def test_admin_commands_are_refused_to_seekers_and_helpers(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    for user in (SEEKER, HELPER):
        for command in ADMIN:
            before = len(await client.bot_messages(user))
            await client.send_text(user, command)
            await client.wait_for_count(user, before + 1)
            reply = (await client.bot_messages(user))[-1]
            assert reply["text"] == "That command is not available to you.", (command, reply)
    await client.send_text(SEEKER, "/transfer")
    await client.wait_for(SEEKER, says("not available to you"))
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        profile = await uow.helpers.by_display_name("Sam")
        assert profile is not None and not profile.suspended


async def test_crisis_request_alerts_coordinators_and_shows_in_the_queue(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/start", "Coordinator commands")
    await seek_help(client, SEEKER, words="I want to end my life tonight")
    await client.wait_for(SEEKER, says("3114"))
    who = await pseudonym(runner, SEEKER)
    alert = await client.wait_for(COORDINATOR, says("Crisis request"))
    assert who in alert["text"]
    queue = await ask(client, COORDINATOR, "/queue", "Queue (1)")
    assert who in queue["text"] and "crisis" in queue["text"].lower()
    assert "min" in queue["text"]
    await no_identity(client, COORDINATOR)


async def test_suspension_takes_a_helper_out_of_matching(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await ask(client, COORDINATOR, "/suspend Sam", "Sam is suspended")
    await client.wait_for(HELPER, says("suspended by the coordinators"))
    await seek_help(client, SEEKER, words="I need to talk to someone")
    await client.wait_for(SEEKER, says("No peer helper is available"))
    await asyncio.sleep(1.5)
    assert not [m for m in await client.bot_messages(HELPER) if "New request" in str(m["text"])]
    listing = await ask(client, COORDINATOR, "/helpers", "Peer helpers (1)")
    assert "Sam" in listing["text"] and "suspended" in listing["text"]
    await ask(client, COORDINATOR, "/reinstate Sam", "can receive offers again")
    await client.send_text(HELPER, "/available")
    await client.wait_for(HELPER, says("New request"), timeout=10)
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        actions = [e.action for e in await uow.audit.recent(20)]
    assert "suspend" in actions and "reinstate" in actions


async def test_assign_offers_that_seeker_to_the_named_helper_now(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER2, "Lou")
    await client.send_text(HELPER2, "/away")
    await client.wait_for(HELPER2, says("off duty"))
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words=None)
    first = await client.wait_for(HELPER, says("New request"))  # Sam, on duty, is offered it
    who = await pseudonym(runner, SEEKER)
    await ask(client, COORDINATOR, f"/assign {who} Lou", "Offer sent to Lou")
    offer = await client.wait_for(HELPER2, says("New request"))
    assert who in offer["text"]
    await client.wait_for(HELPER, says(f"request from Person {who} to another peer helper"))
    assert not (await client.messages(HELPER))[first["message_id"] - 1]["reply_markup"]
    stale = await forge_press(client, HELPER, button_data(first, "Accept"))  # an old tap
    assert stale is not None and "connected" not in str(stale)
    await press(client, HELPER2, "Accept")
    await client.wait_for(SEEKER, says("connected with Lou"))
    await ask(client, COORDINATOR, "/assign NOPE Lou", "is not waiting")
    await ask(client, COORDINATOR, "/assign", "Usage")


async def test_stats_sends_a_real_png_and_the_figures_it_claims(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/start", "Coordinator commands")
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words="I feel so alone")
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER, says("connected with Sam"))
    await seek_help(client, SEEKER2, words="I want to die")
    await client.wait_for(COORDINATOR, says("Crisis request"))
    await client.send_text(COORDINATOR, "/stats 7")
    chart = await client.wait_for(COORDINATOR, lambda m: m.get("media") == "photo", timeout=20)
    caption = str(chart["caption"])
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        levels = [r.level.value for r in await uow.requests.since(datetime(2000, 1, 1, tzinfo=UTC))]
    assert sorted(levels)[0] == "crisis" and len(levels) == 2
    expected = (f"Over 7 days: 2 requests (crisis {levels.count('crisis')}, "
                f"urgent {levels.count('urgent')}, routine {levels.count('routine')}), "
                "1 conversations")
    assert expected in caption
    png = await client.file_bytes(chart["file_id"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 600 and height >= 600 and len(png) > 10_000
    await client.send_text(COORDINATOR, "/export 7")
    doc = await client.wait_for(COORDINATOR, lambda m: m.get("media") == "document", timeout=20)
    rows = list(csv.reader(io.StringIO((await client.file_bytes(doc["file_id"])).decode())))
    assert rows[0][:4] == ["day", "requests_crisis", "requests_urgent", "requests_routine"]
    assert len(rows) == 8
    assert sum(int(r[1]) for r in rows[1:]) == levels.count("crisis")
    assert sum(int(r[2]) for r in rows[1:]) == levels.count("urgent")
    assert sum(int(r[3]) for r in rows[1:]) == levels.count("routine")
    await ask(client, COORDINATOR, "/stats lots", "Usage")
    await no_identity(client, COORDINATOR, HELPER)


async def test_ban_stops_new_requests_politely_with_the_numbers(
    client: EmulatorClient, runner: Runner
) -> None:
    await seek_help(client, SEEKER, words=None)
    who = await pseudonym(runner, SEEKER)
    await ask(client, COORDINATOR, f"/ban {who}", "can no longer open requests")
    refusal = await client.wait_for(SEEKER, says("can no longer take your requests"))
    assert "3114" in refusal["text"] and "112" in refusal["text"]
    await ask(client, SEEKER, "/start", "can no longer take your requests")  # again, kindly
    await ask(client, COORDINATOR, "/queue", "queue is empty")
    await ask(client, COORDINATOR, f"/unban {who}", "can open requests again")


async def test_callout_reaches_helpers_on_duty_only_unless_all(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await onboard_helper(client, HELPER2, "Lou")
    await client.send_text(HELPER2, "/away")
    await client.wait_for(HELPER2, says("off duty"))
    await ask(client, COORDINATOR, "/callout People are waiting tonight", "sent to 1 peer")
    await client.wait_for(HELPER, says("People are waiting tonight"))
    await ask(client, COORDINATOR, "/callout all Team meeting Monday", "sent to 2 peer")
    await client.wait_for(HELPER2, says("Team meeting Monday"))
    on_duty_only = [m for m in await client.bot_messages(HELPER2) if "tonight" in str(m["text"])]
    assert on_duty_only == []


async def test_outside_opening_hours_the_welcome_says_when_and_keeps_the_request(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/hours sun 03:00-03:01", "Opening hours saved")
    await client.send_text(SEEKER, "/start")
    closed = await client.wait_for(SEEKER, says("The line is closed right now"))
    assert "Sun 03:00-03:01" in closed["text"] and "3114" in closed["text"]
    await press(client, SEEKER, "I agree")
    await press(client, SEEKER, "Myself")
    await ask(client, COORDINATOR, "/hours always", "open at all hours")
    await ask(client, COORDINATOR, "/hours someday maybe", "I don't understand")


async def test_promote_and_demote_change_who_may_run_admin_commands(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await ask(client, COORDINATOR, "/promote Sam", "Sam is now a coordinator")
    await ask(client, HELPER, "/queue", "queue is empty")
    await ask(client, COORDINATOR, "/demote Sam", "no longer a coordinator")
    await ask(client, HELPER, "/queue", "not available to you")


async def test_crisis_words_before_consent_keep_top_priority_once_queued(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/start", "Coordinator commands")
    await client.send_text(SEEKER, "je veux en finir ce soir")
    await client.wait_for(SEEKER, says("3114"))
    await client.wait_for(COORDINATOR, says("Crisis request"))
    await seek_help(client, SEEKER, words=None)
    queue = await ask(client, COORDINATOR, "/queue", "Queue (1)")
    assert "crisis" in queue["text"].lower()
    alerts = [m for m in await client.bot_messages(COORDINATOR) if "Crisis" in str(m["text"])]
    assert len(alerts) == 1


async def test_suspending_a_helper_hands_their_seeker_back_first_in_line(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await seek_help(client, SEEKER, words="I keep crying at night")
    await press(client, HELPER, "Accept")
    await client.wait_for(SEEKER, says("connected with Sam"))
    await ask(client, COORDINATOR, "/suspend Sam", "1 conversation(s) handed back")
    await client.wait_for(SEEKER, says("first in line"))
    await onboard_helper(client, HELPER2, "Lou")
    offer = await client.wait_for(HELPER2, says("New request"))
    assert await pseudonym(runner, SEEKER) in offer["text"]
    await client.send_text(HELPER, "hello?")
    await client.wait_for(HELPER, says("no open conversation"))
