"""Steps people take, driven through the emulator exactly as a Telegram client would."""

from __future__ import annotations

import re
from typing import Any

from harness import COORDINATOR, button_data, has_button, says

from bot.emulator import EmulatorClient


async def press(
    client: EmulatorClient, user: int, label: str, timeout: float = 10
) -> dict[str, Any]:
    """Press the button containing ``label`` on the newest bot message that has it."""
    message = await client.wait_for(user, has_button(label), timeout=timeout)
    bots = [m for m in await client.bot_messages(user) if has_button(label)(m)]
    message = bots[-1] if bots else message
    return await client.press(user, message["message_id"], button_data(message, label))


async def onboard_helper(client: EmulatorClient, helper: int, name: str) -> None:
    before = len(await client.bot_messages(COORDINATOR))
    await client.send_text(COORDINATOR, "/invite")
    msg = await client.wait_for(
        COORDINATOR,
        lambda m: "start=" in str(m.get("text")) and m["message_id"] > 0,
        timeout=10,
    )
    links = [m for m in await client.bot_messages(COORDINATOR) if "start=" in str(m.get("text"))]
    assert len(links) >= 1 and len(await client.bot_messages(COORDINATOR)) > before
    code = re.search(r"start=([\w-]+)", str(links[-1]["text"] or msg["text"])).group(1)  # type: ignore[union-attr]
    await client.send_text(helper, f"/start {code}")
    await client.wait_for(helper, says("name"), timeout=10)
    await client.send_text(helper, name)
    await client.wait_for(helper, says(name), timeout=10)
    await client.send_text(helper, "/available")
    await client.wait_for(helper, says("on duty"), timeout=10)


async def seek_help(
    client: EmulatorClient, seeker: int, words: str | None = "I feel very lonely lately",
    who: str = "Myself", theme: str = "personal",
) -> None:
    await client.send_text(seeker, "/start")
    await press(client, seeker, "I agree")
    await press(client, seeker, who)
    await press(client, seeker, theme)
    await client.wait_for(seeker, says("in a few words"))
    if words is None:
        await press(client, seeker, "Skip")
    else:
        await client.send_text(seeker, words)


async def accept_offer(client: EmulatorClient, helper: int) -> dict[str, Any]:
    return await press(client, helper, "Accept", timeout=15)
