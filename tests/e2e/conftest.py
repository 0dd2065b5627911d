from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.emulator import Emulator, EmulatorClient
from harness import COORDINATOR, HELPER, HELPER2, SEEKER, SEEKER2, Runner, make_settings


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
