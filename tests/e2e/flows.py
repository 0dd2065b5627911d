"""Steps people take, driven through the emulator exactly as a Telegram client would."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
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
    seen = {m["message_id"] for m in await client.bot_messages(COORDINATOR)}
    await client.send_text(COORDINATOR, "/invite")
    link = await client.wait_for(
        COORDINATOR, lambda m: m["message_id"] not in seen and "start=" in str(m.get("text"))
    )
    found = re.search(r"start=([\w-]+)", str(link["text"]))
    assert found is not None
    code = found.group(1)
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


# -- shared steps for matching and resilience tests -------------------------------------------
def pseudonym(text: str) -> str:
    found = re.search(r"Person (\w+)", text)
    assert found, f"no pseudonym in {text!r}"
    return found.group(1)


async def offered(
    client: EmulatorClient, helpers: tuple[int, ...], timeout: float = 10
) -> tuple[int, dict[str, Any]]:
    """Which of ``helpers`` received an offer first, and that offer."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        for helper in helpers:
            offers = [m for m in await client.bot_messages(helper) if says("New request")(m)]
            if offers:
                return helper, offers[-1]
        if loop.time() >= deadline:
            raise AssertionError(f"no offer reached any of {helpers} within {timeout}s")
        await asyncio.sleep(0.05)


async def connect(
    client: EmulatorClient,
    seeker: int,
    helper: int,
    name: str,
    words: str = "I feel very lonely lately",
) -> str:
    """The seeker asks for help and ``helper`` accepts; returns the seeker's pseudonym."""
    before = len([m for m in await client.bot_messages(helper) if says("New request")(m)])
    await seek_help(client, seeker, words=words)
    offer = await client.wait_for_count(helper, before + 1, says("New request"), timeout=10)
    await client.press(helper, offer[-1]["message_id"], button_data(offer[-1], "Accept"))
    await client.wait_for(seeker, says(f"connected with {name}"))
    who = pseudonym(str(offer[-1]["text"]))
    await client.wait_for(helper, says(f"talking with Person {who}"))
    return who


async def nothing_new(
    client: EmulatorClient, chat: int, fragment: str, seconds: float = 1.5
) -> None:
    """No bot message containing ``fragment`` shows up in ``chat`` for ``seconds``."""
    await asyncio.sleep(seconds)
    found = [m for m in await client.bot_messages(chat) if says(fragment)(m)]
    assert not found, f"unexpected {fragment!r} in chat {chat}: {found}"


def bodies(messages: list[dict[str, Any]]) -> list[str]:
    return [str(m.get("text") or m.get("caption") or "") for m in messages]


async def forge_press(client: EmulatorClient, user: int, data: str) -> dict[str, Any] | None:
    """A modified client sends ``data`` from ``user``'s chat, on no button of theirs."""
    last = (await client.bot_messages(user))[-1]
    result = await client.press(user, last["message_id"], data, forged=True)
    answer: dict[str, Any] | None = result["answer"]
    return answer


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 10) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() >= deadline:
            raise AssertionError(f"never happened within {timeout}s: {what}")
        await asyncio.sleep(0.05)


async def message(client: EmulatorClient, chat: int, message_id: int) -> dict[str, Any]:
    return next(m for m in await client.messages(chat) if m["message_id"] == message_id)


def copies(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The relayed messages (copies of the other side's) among ``messages``."""
    return [m for m in messages if m.get("copied_from") is not None]


COPY_METHODS = ("copyMessage", "copyMessages")  # one message, or a run of them at once


async def fail_copies(client: EmulatorClient, error_code: int, **kwargs: Any) -> None:
    """The next copy fails, whether the bot copies one message or a run at once."""
    for method in COPY_METHODS:
        await client.fail(method, error_code=error_code, **kwargs)


async def failed_copies(client: EmulatorClient) -> int:
    calls = [call for method in COPY_METHODS for call in await client.calls(method=method)]
    return sum(not call["ok"] for call in calls)
