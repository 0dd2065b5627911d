"""After a conversation: check-ins on schedule, outcome codes, quiet hours, /forget, debriefs."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aftercare_flows import (
    CHECKIN,
    aware,
    checkins_in_chat,
    is_checkin,
    seeker_rows,
    talk_then_end,
)
from flows import press
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, Runner, has_button, says

from bot.emulator import EmulatorClient
from matching.followup_models import CheckInStatus
from matching.models import TimerKind

DELAYS = (2.0, 4.0)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"followup_delays": "2s,4s"}


async def test_checkins_arrive_on_schedule_and_answers_are_acknowledged(
    client: EmulatorClient, runner: Runner
) -> None:
    await talk_then_end(client)
    assert not [m for m in await client.bot_messages(HELPER) if says("coordinator?")(m)]
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))
    agreed = time.monotonic()
    assert await checkins_in_chat(client) == []

    first = await client.wait_for(SEEKER, is_checkin, timeout=DELAYS[0] + 6)
    first_after = time.monotonic() - agreed
    assert DELAYS[0] - 0.5 <= first_after, f"first check-in came after {first_after:.1f}s"
    for label in ("Better", "Same", "Worse", "Talk"):
        assert has_button(label)(first), label
    assert len(await checkins_in_chat(client)) == 1

    await press(client, SEEKER, "Better")
    await client.wait_for(SEEKER, says("That is good to read"))
    hope = await client.wait_for(SEEKER, says("more hope"))
    for label in ("Yes, a lot", "A little", "No", "Skip"):
        assert has_button(label)(hope), label
    await press(client, SEEKER, "A little")
    await client.wait_for(SEEKER, says("more able to act"))
    await press(client, SEEKER, "a lot")
    await client.wait_for(SEEKER, says("Thank you for your answers"))

    second = await client.wait_for_count(SEEKER, 2, is_checkin, timeout=DELAYS[1] + 6)
    second_after = time.monotonic() - agreed
    assert DELAYS[1] - 0.5 <= second_after, f"second check-in came after {second_after:.1f}s"
    assert second[1]["message_id"] > first["message_id"]
    await press(client, SEEKER, "Worse")
    kind = await client.wait_for(SEEKER, says("it matters"))
    assert "3114" in kind["text"] and "112" in kind["text"]
    assert has_button("talk")(kind)

    await asyncio.sleep(2)  # nothing more: two offsets, two check-ins, outcomes asked once
    assert len(await checkins_in_chat(client)) == 2
    assert len([m for m in await client.bot_messages(SEEKER) if says("more hope")(m)]) == 1
    checkins, outcome = await seeker_rows(runner)
    assert [c.answer for c in checkins] == ["better", "worse"]
    assert outcome is not None and outcome.hope == "a_little" and outcome.agency == "a_lot"
    assert outcome.answered_at is not None


async def test_no_checkins_means_outcome_questions_at_the_end_stored_as_codes(
    client: EmulatorClient, runner: Runner
) -> None:
    await talk_then_end(client)
    await press(client, SEEKER, "No, thanks")
    await client.wait_for(SEEKER, says("no check-in messages"))
    await client.wait_for(SEEKER, says("more hope"))
    await press(client, SEEKER, "Skip")
    await client.wait_for(SEEKER, says("more able to act"))
    await press(client, SEEKER, "No")
    await client.wait_for(SEEKER, says("Thank you for your answers"))
    answer = await press(client, SEEKER, "No")  # a second tap changes nothing
    assert "already answered" in str(answer["answer"])

    await asyncio.sleep(DELAYS[1] + 1)
    assert await checkins_in_chat(client) == []
    checkins, outcome = await seeker_rows(runner)
    assert checkins == []
    assert outcome is not None and outcome.hope == "skip" and outcome.agency == "no"


async def test_talk_from_a_checkin_is_offered_to_the_same_helper_first(
    client: EmulatorClient, runner: Runner
) -> None:
    names = {HELPER: "Sam", HELPER2: "Lou"}
    chosen = await talk_then_end(client, names)
    other = HELPER2 if chosen == HELPER else HELPER
    offers_to_other = len([m for m in await client.bot_messages(other) if says("New request")(m)])
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, is_checkin, timeout=DELAYS[0] + 6)

    await press(client, SEEKER, "Talk")
    told = await client.wait_for(chosen, says("would like to talk again"))
    assert "Alice" not in told["text"]
    await client.wait_for(chosen, lambda m: has_button("Accept")(m)
                          and m["message_id"] > told["message_id"])
    await asyncio.sleep(1)
    assert len([m for m in await client.bot_messages(other)
                if says("New request")(m)]) == offers_to_other
    await press(client, chosen, "Accept")
    await client.wait_for(SEEKER, says(f"connected with {names[chosen]}"))


async def test_quiet_hours_hold_a_checkin_until_they_end(
    client: EmulatorClient, runner: Runner
) -> None:
    zone = "Asia/Kolkata"  # UTC+05:30: a window computed in the wrong zone would not cover now
    local = datetime.now(ZoneInfo(zone))
    ends = (local + timedelta(seconds=25)).replace(microsecond=0)
    window = f"{(local - timedelta(hours=1)):%H:%M:%S}-{ends:%H:%M:%S}"
    await runner.stop()
    await runner.start(quiet_hours=window, timezone=zone)

    await talk_then_end(client)
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))
    assert datetime.now(UTC) + timedelta(seconds=DELAYS[1] + 3) < ends, "setup was too slow"

    await asyncio.sleep(DELAYS[1] + 2)  # both check-ins fell due inside the quiet hours
    assert await checkins_in_chat(client) == []
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        deferred = await uow.timers.pending_of_kind(TimerKind.CHECKIN)
    assert len(deferred) == 2
    for timer in deferred:
        assert abs((aware(timer.due_at) - ends).total_seconds()) < 1, (timer.due_at, ends)

    wait = (ends - datetime.now(UTC)).total_seconds()
    await asyncio.sleep(max(wait - 1.5, 0))
    assert await checkins_in_chat(client) == [], "a check-in was sent during quiet hours"
    arrived = await client.wait_for_count(SEEKER, 2, is_checkin, timeout=10)
    assert datetime.now(UTC) >= ends
    await asyncio.sleep(2)
    assert len(await checkins_in_chat(client)) == len(arrived) == 2


async def test_mydata_says_what_is_kept(client: EmulatorClient, runner: Runner) -> None:
    await talk_then_end(client)
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))
    await client.send_text(SEEKER, "/mydata")
    kept = await client.wait_for(SEEKER, says("What Pairline keeps about you"))
    for line in ("language: English", "planned check-ins: 2", "30 days", "/forget"):
        assert line in kept["text"], line


async def test_forget_cancels_pending_checkins(client: EmulatorClient, runner: Runner) -> None:
    await talk_then_end(client)
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))
    await client.send_text(SEEKER, "/forget")
    confirm = await client.wait_for(SEEKER, says("erase what Pairline keeps"))
    assert has_button("No, keep")(confirm)
    assert not [m for m in await client.bot_messages(SEEKER) if says("data is erased")(m)]
    await press(client, SEEKER, "Yes, erase")
    done = await client.wait_for(SEEKER, says("your data is erased"))
    assert "3114" in done["text"]
    assert runner.app is not None
    async with runner.app.uow_factory() as uow:
        assert await uow.people.by_telegram(SEEKER) is None
        assert await uow.timers.pending_of_kind(TimerKind.CHECKIN) == []

    await asyncio.sleep(DELAYS[1] + 2)
    assert await checkins_in_chat(client) == [], f"a check-in ({CHECKIN!r}) came after /forget"
    await client.send_text(SEEKER, "/mydata")
    await client.wait_for(SEEKER, says("keeps nothing about you"))
    async with runner.app.uow_factory() as uow:
        cancelled = await uow.checkins.since(datetime.now(UTC) - timedelta(hours=1))
    assert [c.status for c in cancelled] == [CheckInStatus.CANCELLED] * 2


async def test_forget_can_be_declined(client: EmulatorClient, runner: Runner) -> None:
    await talk_then_end(client)
    await press(client, SEEKER, "Yes")
    await client.wait_for(SEEKER, says("we will check in on you"))
    await client.send_text(SEEKER, "/forget")
    await press(client, SEEKER, "No, keep")
    await client.wait_for(SEEKER, is_checkin, timeout=DELAYS[0] + 6)


async def test_helper_debrief_after_a_crisis_alerts_the_coordinator(
    client: EmulatorClient, runner: Runner
) -> None:
    await talk_then_end(client, during="Sometimes I want to kill myself")
    await client.wait_for(SEEKER, says("3114"))
    ask = await client.wait_for(HELPER, says("talk with a coordinator?"))
    assert has_button("Yes")(ask) and has_button("No")(ask)
    alerts_before = len([m for m in await client.bot_messages(COORDINATOR)
                         if says("debrief")(m)])
    await press(client, HELPER, "Yes, I'd like")
    await client.wait_for(HELPER, says("A coordinator has been told"))
    alert = await client.wait_for(COORDINATOR, says("would like a debrief"))
    assert "Sam" in alert["text"]
    assert len([m for m in await client.bot_messages(COORDINATOR)
                if says("debrief")(m)]) == alerts_before + 1
