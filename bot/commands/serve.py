"""``run`` and ``migrate``: clear one-line errors, exit code 2, no traceback."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings

if TYPE_CHECKING:
    from bot.app import Pairline

log = logging.getLogger(__name__)


def fail(message: str) -> int:
    print(f"pairline: {message}", file=sys.stderr)
    return 2


async def migrate(settings: Settings) -> int:
    from storage.database import DatabaseError
    from storage.migrate import upgrade

    try:
        await upgrade(settings.database_url)
    except DatabaseError as exc:
        return fail(f"DATABASE_URL: {exc}")
    print("pairline: database is up to date")
    return 0


async def run(settings: Settings, worker: bool = False) -> int:
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    from bot.app import build
    from storage.database import DatabaseError

    if settings.bot_token is None:
        return fail("configuration error: BOT_TOKEN: missing (get one from @BotFather)")
    try:
        app = await build(settings)
    except DatabaseError as exc:
        return fail(f"DATABASE_URL: {exc}")
    except TelegramUnauthorizedError:
        return fail("BOT_TOKEN: Telegram refused this token")
    except ConfigError as exc:
        return fail(f"configuration error: {exc}")
    except (OSError, TelegramNetworkError) as exc:
        return fail(f"TELEGRAM_API_URL: cannot reach {settings.telegram_api_url}: {exc}")
    stop_on_signals(app)
    if worker:
        log.info("worker for @%s: timed work and delivery, no polling", app.policy.bot_username)
        await app.run_worker()
        return 0
    if settings.webhook_url:
        log.info("webhook %s as @%s, listening on %s", settings.webhook_url,
                 app.policy.bot_username, settings.webhook_listen)
        try:
            await app.run_webhook()
        except OSError as exc:
            return fail(f"WEBHOOK_LISTEN: cannot listen on {settings.webhook_listen}: {exc}")
        return 0
    log.info("polling %s as @%s", settings.telegram_api_url, app.policy.bot_username)
    await app.run_polling()
    return 0


def stop_on_signals(app: Pairline) -> None:
    loop = asyncio.get_running_loop()

    def stop() -> None:
        asyncio.ensure_future(app.stop())

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
