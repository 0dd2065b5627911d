"""Relay benchmark: Pairline (persistence on) against a bare aiogram echo bot, same emulator API.

Both bots poll a Bot API emulator over real HTTP, each in its own process, as a bot runs apart
from Telegram's servers (the emulator and the measuring client share the parent process). The
echo bot copies each message back (copyMessage); Pairline relays a seeker's message to their
helper through its whole stack: middlewares, unit of work, outbox row, commit, delivery, message
link, commit.

Prints, for each bot: throughput (messages relayed per second with messages sent back to back)
and latency at a steady 50 msg/s (p50, p99: from the message reaching the emulator to its copy
reaching it), then the throughput ratio and the latency Pairline adds over the echo bot.

    .venv/bin/python bench/relay.py [--messages 400] [--rate 50] [--seconds 10] [--pairs 1]
    DATABASE_URL=postgresql+asyncpg://... REDIS_URL=redis://... .venv/bin/python bench/relay.py

With PostgreSQL the run uses a fresh database ``pairline_bench`` on that server.

Flood limits are raised for the run: one user sending 50 messages a second is a flood by design.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
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


async def serve_echo(api: str) -> None:
    """The echo bot's process: copy every message back to its chat."""
    router = Router(name="echo")

    @router.message()
    async def echo(message: Message) -> None:
        await message.copy_to(message.chat.id)

    bot = Bot("900:echo", session=AiohttpSession(api=TelegramAPIServer.from_base(api)))
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    print("ready", flush=True)
    await dispatcher.start_polling(bot, handle_signals=True)


async def scratch_database(url: str | None) -> str | None:
    """A PostgreSQL run gets a fresh database of its own beside the one named (which it never
    touches), so runs do not meet each other's conversations."""
    if not url or not url.startswith("postgresql"):
        return url
    import asyncpg
    from sqlalchemy.engine import make_url

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute("DROP DATABASE IF EXISTS pairline_bench")
        await conn.execute("CREATE DATABASE pairline_bench")
    finally:
        await conn.close()
    return make_url(url).set(database="pairline_bench").render_as_string(hide_password=False)


async def serve_pairline(api: str, workdir: Path, pairs: int) -> None:
    """Pairline's process: its helpers registered off duty; the parent pairs them up."""
    from bot.app import build
    from bot.commands.serve import stop_on_signals
    from bot.config import load_settings
    from bot.sandbox.runner import register_demo_helper

    settings = load_settings(
        bot_token="901:pairline", telegram_api_url=api,
        database_url=await scratch_database(os.environ.get("DATABASE_URL"))
        or f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}",
        redis_url=os.environ.get("REDIS_URL") or None, coordinator_ids=[7999],
        flood_limit=1_000_000, quiet_hours="",
    )
    app = await build(settings)
    for helper in HELPERS[:pairs]:
        await register_demo_helper(app.uow_factory, helper, f"Bench{helper}")
        async with app.uow_factory() as uow:  # off duty until the parent pairs them
            person = await uow.people.by_telegram(helper)
            profile = await uow.helpers.by_person(person.id)
            profile.on_duty = False
            await uow.commit()
    stop_on_signals(app)
    print("ready", flush=True)
    await app.run_polling()


async def start_bot(kind: str, api: str, workdir: Path, pairs: int) -> asyncio.subprocess.Process:
    # BENCH_BOT_PREFIX="-m cProfile -o bot.prof" profiles the bot's process.
    prefix = os.environ.get("BENCH_BOT_PREFIX", "").split()
    process = await asyncio.create_subprocess_exec(
        sys.executable, *prefix, __file__, "--serve", kind, "--api", api,
        "--workdir", str(workdir), "--pairs", str(pairs), stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 60)
    if line.strip() != b"ready":
        raise SystemExit(f"the {kind} bot did not start")
    return process


async def pair_up(client: EmulatorClient, pairs: int) -> dict[int, int]:
    """Each seeker talks to their own helper: helper i goes on duty, takes seeker i, goes away
    (keeping the conversation), through the bot's real commands and buttons."""
    routes: dict[int, int] = {}
    for seeker, helper in zip(SEEKERS[:pairs], HELPERS[:pairs], strict=True):
        await client.send_text(helper, "/available")
        await client.wait_for(helper, lambda m: "permanence" in str(m.get("text")))
        await client.send_text(seeker, "/start")
        for label in ("accepte", "moi-même", "Autre", "Passer"):
            message = await client.wait_for(seeker, lambda m, t=label: button(m, t) is not None)
            await client.press(seeker, message["message_id"], button(message, label) or "")
        offered = await client.wait_for(helper, lambda m: button(m, "Accepter") is not None, 15)
        await client.press(helper, offered["message_id"], button(offered, "Accepter") or "")
        await client.wait_for(seeker, lambda m, h=helper: f"Bench{h}" in str(m.get("text")), 15)
        await client.send_text(helper, "/away")
        await client.wait_for(helper, lambda m: "plus de permanence" in str(m.get("text")))
        routes[seeker] = helper
    return routes


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
                process = await start_bot(name, emulator.url, Path(tmp), pairs)
                try:
                    if name == "echo":
                        routes = {s: s for s in SEEKERS[:pairs]}
                    else:
                        routes = await pair_up(client, pairs)
                    await measure(client, routes, 20, None, "warm-up")
                    throughput, _ = await measure(client, routes, count, None, "burst")
                    _, latencies = await measure(client, routes, steady, rate, "steady")
                    results[name] = (throughput, latencies)
                finally:
                    process.send_signal(signal.SIGINT)
                    try:
                        await asyncio.wait_for(process.wait(), 20)
                    except TimeoutError:
                        process.kill()
                        await process.wait()
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
    parser.add_argument("--serve", choices=("echo", "pairline"), help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pairs = min(args.pairs, len(SEEKERS))
    if args.serve == "echo":
        asyncio.run(serve_echo(args.api))
    elif args.serve == "pairline":
        asyncio.run(serve_pairline(args.api, Path(args.workdir), pairs))
    else:
        asyncio.run(main(args.messages, args.rate, args.seconds, pairs))
