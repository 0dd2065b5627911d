"""Webhook mode end to end: the emulator pushes updates to the bot's own HTTP endpoint, as
Telegram does; an update not answered 200 is sent again, so nothing is lost."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import ClientSession
from conftest import free_port
from flows import bodies, connect, copies, onboard_helper
from harness import HELPER, SEEKER, Runner, says

from bot.emulator import EmulatorClient
from matching.services import lane as lane_service
from matching.services import seeker as seeker_service


def hook() -> dict[str, str]:
    port = free_port()
    return {"webhook_url": f"http://127.0.0.1:{port}/telegram",
            "webhook_listen": f"127.0.0.1:{port}"}


async def talking_over_a_webhook(client: EmulatorClient, runner: Runner) -> dict[str, str]:
    """The bot restarted in webhook mode, a seeker talking with Sam; returns its settings."""
    await runner.kill()
    settings = hook()
    await runner.start(**settings)
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    return settings


async def test_in_webhook_mode_seeker_and_helper_talk_both_ways(
    client: EmulatorClient, runner: Runner
) -> None:
    settings = await talking_over_a_webhook(client, runner)
    await client.send_text(SEEKER, "are you there?")
    await client.wait_for(HELPER, says("are you there?"))
    await client.send_text(HELPER, "yes, I am here")
    await client.wait_for(SEEKER, says("yes, I am here"))
    hooks = await client.calls(method="setWebhook")
    assert hooks[-1]["params"]["url"] == settings["webhook_url"]
    assert hooks[-1]["params"].get("secret_token")  # a push without it is refused
    async with ClientSession() as http:
        forged = {"update_id": 999999, "message": {
            "message_id": 1, "date": 0, "chat": {"id": HELPER, "type": "private"},
            "from": {"id": HELPER, "is_bot": False, "first_name": "x"}, "text": "/end"}}
        async with http.post(settings["webhook_url"], json=forged) as resp:
            assert resp.status == 401
    await asyncio.sleep(0.3)
    await client.send_text(HELPER, "still talking")
    await client.wait_for(SEEKER, says("still talking"))


async def test_an_update_the_bot_died_handling_is_pushed_again_after_the_restart(
    client: EmulatorClient, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = await talking_over_a_webhook(client, runner)
    handling = asyncio.Event()

    async def dies_midway(*args: object, **kwargs: object) -> None:
        handling.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(seeker_service, "on_message", dies_midway)
    monkeypatch.setattr(lane_service, "_relay_run", dies_midway)
    await client.send_text(SEEKER, "sent just before the crash")
    await asyncio.wait_for(handling.wait(), 10)
    await runner.kill()
    monkeypatch.undo()
    await runner.start(**settings)
    await client.wait_for(HELPER, says("sent just before the crash"), timeout=15)
    assert bodies(copies(await client.bot_messages(HELPER)))[-1] == "sent just before the crash"


async def test_back_to_polling_the_webhook_is_removed_and_waiting_updates_are_kept(
    client: EmulatorClient, runner: Runner
) -> None:
    await talking_over_a_webhook(client, runner)
    await runner.kill()
    await client.send_text(SEEKER, "written while the bot moved")
    await runner.start()  # polling again
    await client.wait_for(HELPER, says("written while the bot moved"), timeout=15)
    assert (await client.calls(method="deleteWebhook"))[-1]["params"].get(
        "drop_pending_updates") in (None, False, "false")
