"""Webhook mode: Telegram pushes each update to ``WEBHOOK_URL`` (behind a TLS reverse proxy).

An update is answered 200 only once it has been handled and committed: Telegram keeps and sends
again anything not answered 200, so a crash mid-handling loses nothing, as with polling. The
relay's fast lane is offered each update first, as the poller does. A request without the secret
header Telegram was given (``X-Telegram-Bot-Api-Secret-Token``) is refused, so nobody else can
post updates. Several bot processes may serve the same URL behind a load balancer (timers and the
outbox are claimed atomically on PostgreSQL); ``WEBHOOK_CONNECTIONS`` (default 1) is how many
updates Telegram sends at once: 1 keeps each person's messages in order across processes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any

from aiogram import Bot
from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from bot.polling import AckAfterHandling

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
GRACE = 5.0  # seconds


def default_secret(token: str) -> str:
    """Stable across processes without configuration, and not the token itself."""
    return hashlib.sha256(f"pairline-webhook:{token}".encode()).hexdigest()


class WebhookServer:
    def __init__(self, bot: Bot, dispatcher: AckAfterHandling, path: str, secret: str) -> None:
        self._bot = bot
        self._dispatcher = dispatcher
        self._path = path or "/"
        self._secret = secret
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, host: str, port: int) -> None:
        app = web.Application()
        app.router.add_post(self._path, self.handle)
        # On stop, updates being handled get a few seconds to commit; any still running then is
        # cancelled without its 200, so Telegram sends it again.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=GRACE)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(status=401, text="unauthorized")
        try:
            data: Any = await request.json()
            update = Update.model_validate(data, context={"bot": self._bot})
        except (ValueError, ValidationError):
            return web.Response(status=400, text="not an update")
        try:
            await self._dispatcher.handle_batch(self._bot, [update])
        except Exception:  # noqa: BLE001 - not answered 200: Telegram sends it again
            log.exception("webhook update %s not handled; Telegram will retry", update.update_id)
            return web.Response(status=500, text="retry")
        return web.Response(status=200)
