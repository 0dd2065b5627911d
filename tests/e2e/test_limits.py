"""Timed closes and alerts, flood limits and the retention purge, as people notice them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flows import connect, nothing_new, onboard_helper, seek_help
from harness import COORDINATOR, HELPER, SEEKER, Runner, says
from test_coordinator import ask

from bot.emulator import EmulatorClient
from matching.services import timers


@pytest.mark.parametrize("settings_overrides", [{"conversation_idle": "3s"}])
async def test_a_quiet_conversation_closes_for_both_after_conversation_idle(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    who = await connect(client, SEEKER, HELPER, "Sam")
    await client.send_text(SEEKER, "thanks, I'll think about it")
    await client.wait_for(HELPER, says("I'll think about it"))
    await client.wait_for(SEEKER, says("closed after a quiet while"), timeout=15)
    await client.wait_for(HELPER, says(f"conversation with Person {who} closed"), timeout=5)
    await client.send_text(HELPER, "are you still there?")
    await client.wait_for(HELPER, says("no open conversation"))
    await nothing_new(client, SEEKER, "still there?")


@pytest.mark.parametrize("settings_overrides", [{"alert_wait": "2s"}])
async def test_coordinators_hear_about_a_request_waiting_longer_than_alert_wait(
    client: EmulatorClient, runner: Runner
) -> None:
    await ask(client, COORDINATOR, "/start", "Coordinator commands")
    await seek_help(client, SEEKER, words=None)
    alert = await client.wait_for(COORDINATOR, says("has been waiting"), timeout=15)
    assert "Alice" not in alert["text"]


@pytest.mark.parametrize("settings_overrides", [{"flood_limit": 4, "flood_window": 60}])
async def test_a_flood_is_told_once_and_crisis_words_still_get_through(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    for index in range(8):
        await client.send_text(SEEKER, f"message {index}")
    warning = await client.wait_for(SEEKER, says("were not passed on"))
    assert "3114" in warning["text"]
    warnings = [m for m in await client.bot_messages(SEEKER) if says("not passed on")(m)]
    assert len(warnings) == 1
    await client.send_text(SEEKER, "je veux mourir")
    await client.wait_for(SEEKER, says("Are you thinking about suicide"), timeout=10)
    await client.wait_for(HELPER, says("je veux mourir"))


async def test_the_retention_purge_forgets_closed_conversations_but_keeps_counts(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.send_text(SEEKER, "/end")
    await client.wait_for(HELPER, says("ended the conversation"))
    app = runner.app
    assert app is not None
    later = datetime.now(UTC) + timedelta(days=31)
    await timers.run_due(app.uow_factory, later, app.policy)
    async with app.uow_factory() as uow:
        assert await uow.people.by_telegram(SEEKER) is None  # the Telegram id is gone
        conversations = await uow.conversations.since(later - timedelta(days=40))
        assert len(conversations) == 1  # the anonymous count stays
        assert await uow.links.by_src(SEEKER, 1) == []
