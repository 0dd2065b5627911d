"""Timed work exactly once: across a crash and restart, and with two bot processes at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aftercare_flows import checkins_in_chat, is_checkin, seeker_rows, talk_then_end
from flows import press
from harness import SEEKER, Runner, button_data, says

from bot.app import build
from bot.emulator import EmulatorClient
from matching.followup_models import CheckInStatus

DELAYS = (2.0, 5.0)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"followup_delays": "2s,5s"}


@pytest.fixture
async def second(runner: Runner) -> AsyncIterator[Runner]:
    """Another bot process on the same settings and database."""
    other = Runner(runner.settings)
    yield other
    await other.stop()


async def start_together(*runners: Runner) -> None:
    """Build one by one (migrations), then start every process in the same instant: the first
    polls, the others work beside it."""
    apps = [await build(r.settings) for r in runners]
    for index, (r, app) in enumerate(zip(runners, apps, strict=True)):
        run = app.run_polling() if index == 0 else app.run_worker()
        r.app, r._task = app, asyncio.create_task(run)
    await asyncio.sleep(0.05)


async def outbox_settled(runner: Runner, timeout: float = 5) -> None:
    """Wait until every message owed to the seeker is marked sent."""
    assert runner.app is not None
    for _ in range(int(timeout / 0.05)):
        async with runner.app.uow_factory() as uow:
            if await uow.outbox.head(SEEKER) is None:
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox did not settle")


async def agree_to_checkins(client: EmulatorClient) -> None:
    await talk_then_end(client)
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))


async def test_checkins_due_while_the_bot_was_down_arrive_once_after_restart(
    client: EmulatorClient, runner: Runner
) -> None:
    await agree_to_checkins(client)
    await runner.kill()
    await asyncio.sleep(DELAYS[1] + 1.5)  # both check-ins fall due while nothing runs
    assert await checkins_in_chat(client) == []

    await runner.start()
    await client.wait_for_count(SEEKER, 2, is_checkin, timeout=10)
    await asyncio.sleep(3)
    assert len(await checkins_in_chat(client)) == 2
    checkins, _ = await seeker_rows(runner)
    assert [c.status for c in checkins] == [CheckInStatus.SENT] * 2


async def test_killed_again_right_after_restart_still_sends_once(
    client: EmulatorClient, runner: Runner
) -> None:
    await agree_to_checkins(client)
    await runner.kill()
    await asyncio.sleep(DELAYS[0] + 1)
    await runner.start()
    await client.wait_for(SEEKER, is_checkin, timeout=10)
    await outbox_settled(runner)  # (a crash mid-send may repeat a message: at-least-once)
    await runner.kill()
    await asyncio.sleep(DELAYS[1] - DELAYS[0])
    await runner.start()
    await client.wait_for_count(SEEKER, 2, is_checkin, timeout=10)
    await asyncio.sleep(3)
    assert len(await checkins_in_chat(client)) == 2


async def test_two_processes_send_each_checkin_exactly_once(
    client: EmulatorClient, runner: Runner, second: Runner
) -> None:
    """The supported deployment: one process polls, another works beside it; both sweep the
    same timers and outbox."""
    await second.start(worker=True)
    await agree_to_checkins(client)
    await client.wait_for_count(SEEKER, 2, is_checkin, timeout=DELAYS[1] + 8)
    await asyncio.sleep(3)  # both sweeps ran several times since
    checkins = await checkins_in_chat(client)
    assert len(checkins) == 2, [m["text"] for m in checkins]
    await client.press(SEEKER, checkins[0]["message_id"], button_data(checkins[0], "Same"))
    await client.wait_for(SEEKER, says("Thank you for telling us"))
    await client.wait_for(SEEKER, says("more hope"))
    await asyncio.sleep(1)
    assert len([m for m in await client.bot_messages(SEEKER) if says("more hope")(m)]) == 1


async def test_two_processes_sharing_a_backlog_send_each_checkin_once(
    client: EmulatorClient, runner: Runner, second: Runner
) -> None:
    """Both come back after an outage and find the same due timers at the same moment."""
    await agree_to_checkins(client)
    await runner.kill()
    await asyncio.sleep(DELAYS[1] + 1.5)
    await start_together(runner, second)
    await client.wait_for_count(SEEKER, 2, is_checkin, timeout=10)
    await asyncio.sleep(3)
    assert len(await checkins_in_chat(client)) == 2


async def test_when_one_process_stops_the_other_carries_on(
    client: EmulatorClient, runner: Runner, second: Runner
) -> None:
    await second.start(worker=True)
    await agree_to_checkins(client)
    await second.stop()  # a rolling restart: one process leaves, the other keeps the line
    await client.wait_for_count(SEEKER, 2, is_checkin, timeout=DELAYS[1] + 8)
    await asyncio.sleep(2)
    assert len(await checkins_in_chat(client)) == 2
