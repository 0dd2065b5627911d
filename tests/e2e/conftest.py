from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, SEEKER2, Runner, make_settings

from bot.emulator import Emulator, EmulatorClient


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    emu = Emulator(bot_username="pairline_test_bot")
    await emu.start(host="127.0.0.1", port=0)
    yield emu
    await emu.stop()


@pytest.fixture
async def client(emulator: Emulator) -> AsyncIterator[EmulatorClient]:
    async with EmulatorClient(emulator.url) as c:
        await c.add_user(SEEKER, "Alice", username="alice_real", language_code="en")
        await c.add_user(SEEKER2, "Bruno", username="bruno_real", language_code="en")
        await c.add_user(HELPER, "Helen", username="helen_real", language_code="en")
        await c.add_user(HELPER2, "Hugo", username="hugo_real", language_code="en")
        await c.add_user(COORDINATOR, "Claire", username="claire_real", language_code="en")
        yield c


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {}


@pytest.fixture
async def runner(
    emulator: Emulator, app_database_url: str, redis_url: str | None,
    settings_overrides: dict[str, Any],
) -> AsyncIterator[Runner]:
    settings = make_settings(emulator.url, app_database_url, redis_url=redis_url,
                             **settings_overrides)
    r = Runner(settings)
    await r.start()
    yield r
    await r.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def sandbox(tmp_path: Path):  # noqa: ANN201
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "bot", "sandbox", "--port", str(port),
                                "--demo"], cwd=tmp_path, env={k: v for k, v in os.environ.items()
                                    if k not in {"DATABASE_URL", "REDIS_URL"}},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    page = ""
    assert process.stdout is not None
    while time.monotonic() - started < 15 and process.poll() is None:
        if "sandbox ready" in process.stdout.readline():
            page = urllib.request.urlopen(url, timeout=5).read().decode()
            break
    yield url, page, time.monotonic() - started, process
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()


