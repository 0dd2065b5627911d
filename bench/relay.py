"""Relay benchmark: Pairline (persistence on) against a bare aiogram echo bot, same emulator API.

Both bots poll a Bot API emulator over real HTTP. The echo bot copies each message back
(copyMessage); Pairline relays a seeker's message to their helper through its whole stack:
middlewares, unit of work, outbox row, commit, delivery, message link, commit.

Prints, for each bot: throughput (messages relayed per second with messages sent back to back)
and latency at a steady 50 msg/s (p50, p99: from the message reaching the emulator to its copy
reaching it), then the throughput ratio and the latency Pairline adds over the echo bot.

    .venv/bin/python bench/relay.py [--messages 400] [--rate 50] [--seconds 10] [--pairs 1]
    DATABASE_URL=postgresql+asyncpg://... REDIS_URL=redis://... .venv/bin/python bench/relay.py

Flood limits are raised for the run: one user sending 50 messages a second is a flood by design.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiogram import Bot, Dispatcher, Router  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from aiogram.types import Message  # noqa: E402

from bot.emulator import Emulator, EmulatorClient  # noqa: E402

SEEKERS = [7001 + i for i in range(100)]
HELPERS = [8001 + i for i in range(100)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


async def copies_in(client: EmulatorClient, chats: set[int]) -> dict[tuple[int, int], float]:
    """(original chat, original message id) -> arrival time of its copy, over ``chats``."""
    found: dict[tuple[int, int], float] = {}
    for chat in chats:
        for m in await client.messages(chat):
            if m["from"] == "bot" and m.get("copied_from"):
                origin = m["copied_from"]
                found[(origin["chat_id"], origin["message_id"])] = m["at"]
    return found


async def measure(client: EmulatorClient, pairs: dict[int, int], count: int,
                  rate: float | None, label: str) -> tuple[float, list[float]]:
    """Send ``count`` messages round-robin from the seekers in ``pairs`` (seeker -> the chat
    where the copy lands), back to back or at ``rate`` per second."""
    seekers = list(pairs)
    sent: dict[tuple[int, int], float] = {}
    start = time.perf_counter()
    for index in range(count):
        if rate:
            delay = start + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        user = seekers[index % len(seekers)]
        message = await client.send_text(user, f"{label} {index}")
        sent[(user, message["message_id"])] = message["at"]
    first_at = min(sent.values())
    while True:
        copies = await copies_in(client, set(pairs.values()))
        if all(k in copies for k in sent):
            break
        if time.perf_counter() - start > 180:
            raise SystemExit(f"{label}: only {sum(k in copies for k in sent)}/{count} arrived")
        await asyncio.sleep(0.05)
    last_at = max(copies[k] for k in sent)
    latencies = [(copies[k] - sent[k]) * 1000 for k in sent]
    return count / (last_at - first_at), latencies


async def echo_bot(emulator: Emulator) -> tuple[Bot, Dispatcher, asyncio.Task[Any]]:
    router = Router(name="echo")

    @router.message()
    async def echo(message: Message) -> None:
        await message.copy_to(message.chat.id)

    bot = Bot("900:echo", session=AiohttpSession(api=TelegramAPIServer.from_base(emulator.url)))
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    task = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False))
    return bot, dispatcher, task


async def pairline_bot(emulator: Emulator, client: EmulatorClient, workdir: Path,
                       pairs: int) -> tuple[Any, asyncio.Task[Any], dict[int, int]]:
    from bot.app import build
    from bot.config import load_settings
    from bot.sandbox.runner import register_demo_helper

    settings = load_settings(
        bot_token="901:pairline", telegram_api_url=emulator.url,
        database_url=os.environ.get("DATABASE_URL")
        or f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}",
        redis_url=os.environ.get("REDIS_URL") or None, coordinator_ids=[7999],
        flood_limit=1_000_000, quiet_hours="",
    )
    app = await build(settings)
    task = asyncio.create_task(app.run_polling())
    routes: dict[int, int] = {}
    for seeker, helper in zip(SEEKERS[:pairs], HELPERS[:pairs], strict=True):
        await register_demo_helper(app.uow_factory, helper, f"Bench{helper}")
        await client.send_text(seeker, "/start")
        for label in ("accepte", "moi-même", "Autre", "Passer"):
            message = await client.wait_for(seeker, lambda m, t=label: button(m, t) is not None)
            await client.press(seeker, message["message_id"], button(message, label) or "")
        offered = await client.wait_for(helper, lambda m: button(m, "Accepter") is not None, 15)
        await client.press(helper, offered["message_id"], button(offered, "Accepter") or "")
        await client.wait_for(seeker, lambda m, h=helper: f"Bench{h}" in str(m.get("text")), 15)
        async with app.uow_factory() as uow:  # one conversation each, like the echo bot's chats
            person = await uow.people.by_telegram(helper)
            profile = await uow.helpers.by_person(person.id)
            profile.on_duty = False
            await uow.commit()
        routes[seeker] = helper
    return app, task, routes


def button(message: dict[str, Any], label: str) -> str | None:
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        for b in row:
            if label.lower() in b["text"].lower():
                return str(b["callback_data"])
    return None


def report(name: str, throughput: float, latencies: list[float]) -> None:
    print(f"{name:<10} throughput {throughput:8.1f} msg/s   latency at steady rate: "
          f"p50 {statistics.median(latencies):6.1f} ms  p99 {percentile(latencies, 99):6.1f} ms")


async def main(count: int, rate: float, seconds: float, pairs: int) -> None:
    steady = int(rate * seconds)
    results: dict[str, tuple[float, list[float]]] = {}
    for name in ("echo", "pairline"):
        emulator = Emulator(bot_username=f"{name}_bench_bot")
        await emulator.start(host="127.0.0.1", port=0)
        with tempfile.TemporaryDirectory() as tmp:
            async with EmulatorClient(emulator.url) as client:
                for user in SEEKERS[:pairs] + HELPERS[:pairs]:
                    await client.add_user(user, f"U{user}", language_code="fr")
                if name == "echo":
                    bot, echo_dispatcher, task = await echo_bot(emulator)
                    routes, app = {s: s for s in SEEKERS[:pairs]}, None
                else:
                    app, task, routes = await pairline_bot(emulator, client, Path(tmp), pairs)
                await measure(client, routes, 20, None, "warm-up")
                throughput, _ = await measure(client, routes, count, None, "burst")
                _, latencies = await measure(client, routes, steady, rate, "steady")
                results[name] = (throughput, latencies)
                if app is None:
                    await echo_dispatcher.stop_polling()
                    await task
                    await bot.session.close()
                else:
                    await app.dispatcher.stop_polling()
                    await task
        await emulator.stop()
    print(f"{pairs} seeker(s) each talking to a helper; {count} messages back to back, then "
          f"{steady} at {rate:.0f} msg/s; database: {os.environ.get('DATABASE_URL', 'SQLite file')}"
          f", redis: {os.environ.get('REDIS_URL', 'none')}")
    report("echo", *results["echo"])
    report("pairline", *results["pairline"])
    echo_t, echo_l = results["echo"]
    pair_t, pair_l = results["pairline"]
    print(f"throughput ratio pairline/echo: {pair_t / echo_t:.2f}x (target >= 0.8x)")
    print(f"added latency: p50 {statistics.median(pair_l) - statistics.median(echo_l):+.1f} ms, "
          f"p99 {percentile(pair_l, 99) - percentile(echo_l, 99):+.1f} ms (target p99 <= 10 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--pairs", type=int, default=1, help="seekers, each with their helper")
    args = parser.parse_args()
    asyncio.run(main(args.messages, args.rate, args.seconds, min(args.pairs, len(SEEKERS))))
