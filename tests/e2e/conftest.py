from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, SEEKER2, Runner, make_settings

from bot.emulator import Emulator, EmulatorClient
from matching import triage_model


@pytest.fixture(scope="session", autouse=True)
def trained_triage_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The triage model, trained once per test session (10 to 50 s, machine-dependent) and kept
    in a folder every bot started by these tests reads it back from (``TRIAGE_MODEL_DIR``), so
    that a bot's first answer does not wait for a training of its own. ``fresh_sandbox`` starts
    one without it, to cover a first start."""
    folder = tmp_path_factory.mktemp("triage-model")
    triage_model.store_in(folder)
    triage_model.default_model()
    with pytest.MonkeyPatch.context() as patch:  # subprocesses inherit os.environ
        patch.setenv("TRIAGE_MODEL_DIR", str(folder))
        yield folder


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
    """``python -m bot sandbox --demo``, the model read back from the session's folder."""
    yield from run_sandbox(tmp_path, {})


@pytest.fixture
def fresh_sandbox(tmp_path: Path):  # noqa: ANN201
    """The same on a first start: no model kept anywhere, it trains before any update."""
    yield from run_sandbox(tmp_path, {"TRIAGE_MODEL_DIR": ""})


def run_sandbox(tmp_path: Path, extra: dict[str, str]):  # noqa: ANN201
    port = free_port()
    started = time.monotonic()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    process = subprocess.Popen([sys.executable, "-m", "bot", "sandbox", "--port", str(port),
                                "--demo"], cwd=tmp_path, env={**env, **extra},
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


