"""The relay's fast lane end to end: runs of plain messages copied at once, everything else as
before. Messages sent while the bot is down reach it as one batch on restart: a run."""

from __future__ import annotations

from flows import bodies, connect, copies, eventually, message, onboard_helper
from harness import HELPER, SEEKER, Runner, says

from bot.emulator import EmulatorClient
from bot.emulator.client import Message


async def copy_reads(client: EmulatorClient, copy_id: int, text: str) -> None:
    """The helper's copy ``copy_id`` comes to read ``text`` (an edit reached it)."""

    async def edited() -> bool:
        return (await message(client, HELPER, copy_id))["text"] == text

    await eventually(edited, f"the helper's copy reads {text!r}")


async def burst_while_down(
    client: EmulatorClient, runner: Runner, burst: list[str], **settings: object
) -> tuple[str, list[Message]]:
    """A seeker talking with Sam sends ``burst`` while the bot is down; it comes back with
    ``settings`` and gets them as one batch. Returns the seeker's pseudonym and what they sent."""
    await onboard_helper(client, HELPER, "Sam")
    who = await connect(client, SEEKER, HELPER, "Sam")
    await runner.kill()
    sent = [await client.send_text(SEEKER, text) for text in burst]
    await runner.start(**settings)
    return who, sent


async def test_a_burst_sent_while_the_bot_was_down_arrives_in_order_in_one_copy_call(
    client: EmulatorClient, runner: Runner
) -> None:
    burst = [f"part {n} here" for n in range(1, 6)]  # short: routine for rules and model
    _, sent = await burst_while_down(client, runner, burst)
    await client.wait_for_count(HELPER, 5, says(" here"), timeout=15)
    relayed = copies(await client.bot_messages(HELPER))
    assert bodies(relayed)[-5:] == burst
    assert all(not m["forwarded"] for m in relayed)
    runs = [c for c in await client.calls(method="copyMessages") if c["ok"]]
    assert len(runs) == 1 and runs[0]["params"]["message_ids"] == [m["message_id"] for m in sent]
    # the links of the run were kept: an edit still reaches its copy on the other side
    await client.edit_text(SEEKER, sent[2]["message_id"], "part 3, said better")
    target = relayed[-3]["message_id"]

    await copy_reads(client, target, "part 3, said better")
    answer = await client.send_text(HELPER, "I read all of it")
    await client.wait_for(SEEKER, says("I read all of it"))
    assert answer["message_id"] > 0


async def test_crisis_wording_inside_a_burst_is_answered_and_nothing_is_reordered(
    client: EmulatorClient, runner: Runner
) -> None:
    burst = ["thanks", "long day", "I want to end my life tonight", "still here"]
    who, _ = await burst_while_down(client, runner, burst)
    reply = await client.wait_for(SEEKER, says("you are not alone"), timeout=15)
    assert "3114" in reply["text"] and "15" in reply["text"] and "112" in reply["text"]
    notice = await client.wait_for(HELPER, says("crisis wording"))
    assert who in notice["text"]
    await client.wait_for(HELPER, says("still here"), timeout=15)
    assert bodies(copies(await client.bot_messages(HELPER)))[-4:] == burst


async def test_with_the_lane_off_the_outbox_relays_the_same_burst_in_order(
    client: EmulatorClient, runner: Runner
) -> None:
    burst = [f"note {n} here" for n in range(1, 5)]
    _, sent = await burst_while_down(client, runner, burst, fast_lane=False)
    await client.wait_for(HELPER, says("note 4 here"), timeout=15)  # the last, once all are out
    relayed = copies(await client.bot_messages(HELPER))
    assert bodies(relayed)[-4:] == burst
    await client.edit_text(SEEKER, sent[0]["message_id"], "note 1, corrected")
    target = relayed[-4]["message_id"]

    await copy_reads(client, target, "note 1, corrected")
    await client.send_text(HELPER, "thank you for writing")
    await client.wait_for(SEEKER, says("thank you for writing"))


async def test_copies_queued_behind_a_429_go_out_together_in_order_when_it_ends(
    client: EmulatorClient, runner: Runner
) -> None:
    await onboard_helper(client, HELPER, "Sam")
    await connect(client, SEEKER, HELPER, "Sam")
    await client.fail("copyMessage", error_code=429, retry_after=2, times=2, chat_id=HELPER)
    first = await client.send_text(SEEKER, "one more thing")

    async def refused_twice() -> bool:  # the lane's try, then the outbox's
        return sum(not c["ok"] for c in await client.calls(method="copyMessage")) == 2

    await eventually(refused_twice, "both copy attempts got the 429")
    queued = [await client.send_text(SEEKER, f"and {n} more") for n in ("one", "two")]
    await client.wait_for(HELPER, says("and two more"), timeout=15)
    assert bodies(copies(await client.bot_messages(HELPER)))[-3:] == [
        "one more thing", "and one more", "and two more"]
    runs = [c for c in await client.calls(method="copyMessages") if c["ok"]]
    assert [c["params"]["message_ids"] for c in runs] == [
        [first["message_id"]] + [m["message_id"] for m in queued]]
