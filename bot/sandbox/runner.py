"""``python -m bot sandbox``: the emulator, the real bot polling through it, and the page."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import load_settings

log = logging.getLogger(__name__)

SEEKER, HELPER, COORDINATOR = 1001, 1002, 1003
PHONES: list[dict[str, Any]] = [
    {"user_id": SEEKER, "label": "Alex", "role": "seeker", "language_code": "fr"},
    {"user_id": HELPER, "label": "Camille", "role": "helper", "language_code": "fr"},
    {"user_id": COORDINATOR, "label": "Dominique", "role": "coordinator", "language_code": "fr"},
]
SANDBOX_TOKEN = "100000:sandbox"


async def register_demo_helper(uow_factory: object, telegram_id: int, name: str) -> None:
    """A helper on duty, as if they had used an invite and chosen a name."""
    from matching.models import HelperProfile, Person, Role
    from matching.pseudonym import new_pseudonym

    now = datetime.now(UTC)
    async with uow_factory() as uow:  # type: ignore[operator]
        if await uow.people.by_telegram(telegram_id) is not None:
            return
        person = Person(
            telegram_id=telegram_id,
            pseudonym=new_pseudonym(),
            language="fr",
            role=Role.HELPER,
            consented_at=now,
            created_at=now,
            last_seen_at=now,
        )
        await uow.people.add(person)
        await uow.flush()
        await uow.helpers.add(
            HelperProfile(
                person_id=person.id or 0,
                display_name=name,
                languages="fr,en",
                on_duty=True,
                idle_since=now,
                last_active_at=now,
            )
        )
        await uow.commit()


async def run_sandbox(host: str, port: int, demo: bool, workdir: Path | None = None) -> int:
    from bot.app import build
    from bot.emulator import Emulator, EmulatorClient
    from bot.sandbox.web import add_sandbox_routes

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)  # installed first: Ctrl-C at any moment is clean
    emulator = Emulator(bot_username="pairline_sandbox_bot")
    add_sandbox_routes(emulator.app, PHONES)
    await emulator.start(host=host, port=port)
    tmp = None
    if workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="pairline-sandbox-")
        workdir = Path(tmp.name)
    app = None
    try:
        settings = load_settings(
            bot_token=SANDBOX_TOKEN,
            telegram_api_url=emulator.url,
            database_url=f"sqlite+aiosqlite:///{workdir / 'sandbox.sqlite3'}",
            redis_url=None,
            coordinator_ids=[COORDINATOR],
            offer_timeout=60,
            conversation_idle="30m",
            followup_delays="1m,3m",
            quiet_hours="",
            alert_wait="3m",
        )
        async with EmulatorClient(emulator.url) as client:
            for phone in PHONES:
                await client.add_user(int(phone["user_id"]), str(phone["label"]),
                                      language_code=str(phone["language_code"]))
        app = await build(settings)
        if demo:
            await register_demo_helper(app.uow_factory, HELPER, "Camille")
        polling = asyncio.create_task(app.run_polling())
        print(f"Pairline sandbox ready: {emulator.url}/  (Ctrl-C to stop)", flush=True)
        await asyncio.wait([polling, asyncio.create_task(stop.wait())],
                           return_when=asyncio.FIRST_COMPLETED)
        await app.stop()
        await polling
    finally:
        await emulator.stop()
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.cleanup()
    print("Pairline sandbox stopped.", flush=True)
    return 0
