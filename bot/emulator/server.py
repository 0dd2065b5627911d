"""The emulator's aiohttp server: Bot API and control API on one port."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable

from aiohttp import web

from bot.emulator.botapi import BotApi
from bot.emulator.control import Control
from bot.emulator.state import EmulatorState

MAX_UPLOAD = 64 * 1024 * 1024


class Emulator:
    """Holds all state in memory. Add routes to ``app`` before ``start``."""

    def __init__(
        self,
        bot_username: str = "pairline_bot",
        extra_routes: Callable[[web.Application], None] | None = None,
        bot_first_name: str = "Pairline",
    ) -> None:
        self.state = EmulatorState(bot_username, bot_first_name)
        self.app = web.Application(client_max_size=MAX_UPLOAD)
        self.app[EMULATOR] = self
        self.botapi = BotApi(self.state)
        self.botapi.register(self.app)
        self.control = Control(self.state)
        self.control.register(self.app)
        if extra_routes is not None:
            extra_routes(self.app)
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        if self._url is None:
            raise RuntimeError("the emulator is not started")
        return self._url

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        if self._runner is not None:
            raise RuntimeError("the emulator is already started")
        self.state.reopen()
        runner = web.AppRunner(self.app, shutdown_timeout=1.0, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound = runner.addresses[0]
        self._url = f"http://{host}:{bound[1]}"

    async def stop(self) -> None:
        self.state.wake_all()
        await self.botapi.stop_webhook()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        self._url = None


EMULATOR = web.AppKey("emulator", Emulator)


async def serve(host: str, port: int, bot_username: str) -> None:
    emulator = Emulator(bot_username=bot_username)
    await emulator.start(host=host, port=port)
    print(f"Bot API emulator listening on {emulator.url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await emulator.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--bot-username", default="pairline_bot")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve(args.host, args.port, args.bot_username))
    return 0
