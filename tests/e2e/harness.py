"""Runs the real bot (aiogram, storage, scheduler) against the emulator over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from bot.app import Pairline, build
from bot.config import Settings, load_settings
from matching.triage_model import default_model

SEEKER, SEEKER2, HELPER, HELPER2, COORDINATOR = 2001, 2002, 3001, 3002, 4001
TOKEN = "123456:TEST-TOKEN"


def make_settings(api_url: str, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "telegram_api_url": api_url,
        "database_url": database_url,
        "redis_url": None,
        "coordinator_ids": [COORDINATOR],
        "default_language": "fr",
        "offer_timeout": 120,
        "quiet_hours": "",
    }
    values.update(overrides)
    return load_settings(**values)


class Runner:
    """Starts and stops bot processes (in-process tasks) on one database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app: Pairline | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self, worker: bool = False, **overrides: Any) -> Pairline:
        """``worker``: timed work and delivery only, no polling (one poller per bot); with a
        ``webhook_url`` override, webhook mode."""
        settings = self.settings.model_copy(update=overrides) if overrides else self.settings
        # the bot trains the triage model before it handles any update (about 13 s, once per
        # process): train it here so the first test's waits measure replies, not the training
        await asyncio.to_thread(default_model)
        self.app = await build(settings)
        if worker:
            run = self.app.run_worker()
        else:
            run = self.app.run_webhook() if settings.webhook_url else self.app.run_polling()
        self._task = asyncio.create_task(run)
        await asyncio.sleep(0.05)
        return self.app

    async def stop(self) -> None:
        if self.app is not None and self._task is not None:
            await self.app.stop()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 15)
        self.app = None
        self._task = None

    async def kill(self) -> None:
        """As close to a crash as a test gets: no graceful shutdown of pending work.

        The Bot API session is closed first, so nothing of this instance reaches the emulator
        any more (a dead process); then its polling loop, which aiogram runs in tasks of its
        own that cancelling ours would leave behind, is told to stop."""
        if self.app is not None:
            with contextlib.suppress(Exception):
                await self.app.bot.session.close()
            await self.app.stop()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self.app is not None:
            with contextlib.suppress(Exception):
                await self.app.close()
        self.app = None
        self._task = None


def texts_of(messages: list[dict[str, Any]]) -> str:
    return "\n---\n".join(str(m.get("text") or m.get("caption") or f"[{m.get('media')}]")
                          for m in messages)


def button_data(message: dict[str, Any], contains: str) -> str:
    markup = message.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if contains.lower() in button["text"].lower():
                return str(button["callback_data"])
    raise AssertionError(f"no button containing {contains!r} in {markup}")


def has_button(contains: str):  # noqa: ANN201
    def predicate(message: dict[str, Any]) -> bool:
        try:
            button_data(message, contains)
        except AssertionError:
            return False
        return True

    return predicate


def says(fragment: str):  # noqa: ANN201
    def predicate(message: dict[str, Any]) -> bool:
        return fragment.lower() in str(message.get("text") or message.get("caption") or "").lower()

    return predicate
