"""The Telegram Bot API side of the emulator: ``/bot{token}/{method}``.

Routing, failure injection, the call log, long polling and webhook delivery live here; the
methods themselves are in ``sending`` and ``editing``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.emulator.editing import Editing
from bot.emulator.params import (
    BotApiError,
    Handler,
    Params,
    as_bool,
    as_int,
    bad,
    error_body,
    loggable,
    parse_params,
)
from bot.emulator.sending import Sending
from bot.emulator.state import EmulatorState

log = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"^(\d+):[\w-]+$")
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class BotApi:
    """Answers Bot API calls from the state; pushes updates to a webhook when one is set."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.poll_generation = 0
        self.webhook_task: asyncio.Task[None] | None = None
        self.handlers: dict[str, Handler] = self._handlers()
        self.names = {name.lower(): name for name in self.handlers}

    def register(self, app: web.Application) -> None:
        app.router.add_route("GET", "/bot{token}/{method}", self.handle)
        app.router.add_route("POST", "/bot{token}/{method}", self.handle)
        app.router.add_get("/file/bot{token}/files/{file_id}", self.download)

    async def handle(self, request: web.Request) -> web.Response:
        match = TOKEN_RE.match(request.match_info["token"])
        if match is None:
            return web.json_response(error_body(BotApiError(401, "Unauthorized")), status=401)
        self.state.bot_id = int(match.group(1))
        try:
            params = await parse_params(request)
        except (ValueError, UnicodeDecodeError):
            return web.json_response(error_body(bad("can't parse request")), status=400)
        method = request.match_info["method"]
        name = self.names.get(method.lower(), method)
        try:
            result = await self.execute(name, params)
        except BotApiError as exc:
            return web.json_response(error_body(exc), status=exc.code)
        return web.json_response({"ok": True, "result": result})

    async def execute(self, name: str, params: Params) -> Any:
        """Runs one method, applying injected failures and recording the call."""
        logged = name.lower() != "getupdates"
        failure = self.state.take_failure(name.lower(), as_int(params.get("chat_id")))
        try:
            if failure is not None:
                if failure.delay:
                    await asyncio.sleep(failure.delay)
                if failure.error_code:
                    raise self._injected(
                        failure.error_code, failure.description, failure.retry_after
                    )
            handler = self.handlers.get(name)
            if handler is None:
                raise BotApiError(404, "Not Found: method not found")
            result = await handler(params)
        except BotApiError as exc:
            if logged:
                self.state.log_call(name, loggable(params), False, exc.code)
            raise
        if logged:
            self.state.log_call(name, loggable(params), True)
        return result

    @staticmethod
    def _injected(code: int, description: str | None, retry_after: int | None) -> BotApiError:
        if code == 429:
            wait = retry_after if retry_after is not None else 1
            return BotApiError(429, description or f"Too Many Requests: retry after {wait}", wait)
        return BotApiError(code, description or DEFAULT_DESCRIPTIONS.get(code, "Error"))

    async def download(self, request: web.Request) -> web.Response:
        stored = self.state.files.get(request.match_info["file_id"])
        if stored is None:
            return web.json_response(error_body(BotApiError(404, "Not Found")), status=404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    # -- long polling and webhook ----------------------------------------------------------
    async def get_updates(self, params: Params) -> list[dict[str, Any]]:
        state = self.state
        if state.webhook_url:
            raise BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self.poll_generation += 1
        generation = self.poll_generation
        state.poke_updates()  # an older long poll still waiting is terminated
        offset = as_int(params.get("offset")) or 0
        limit = min(max(as_int(params.get("limit")) or 100, 1), 100)
        timeout = float(as_int(params.get("timeout")) or 0)
        if offset < 0:
            keep = state.updates.items[offset:]
            state.updates.items = keep
            offset = keep[0]["update_id"] if keep else state.updates.next_id
        state.confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self.poll_generation:
                raise BotApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            items = state.pending(offset, limit)
            remaining = deadline - loop.time()
            if items or state.closing or remaining <= 0:
                return items
            await state.wait_update(remaining)

    def start_webhook(self) -> None:
        if self.webhook_task is None or self.webhook_task.done():
            self.webhook_task = asyncio.create_task(self._push_loop())

    async def stop_webhook(self) -> None:
        task, self.webhook_task = self.webhook_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _push_loop(self) -> None:
        state = self.state
        async with ClientSession(timeout=ClientTimeout(total=30)) as http:
            while state.webhook_url and not state.closing:
                if not state.updates.items:
                    await state.wait_update(1.0)
                    continue
                update = state.updates.items[0]
                headers = {}
                if state.webhook_secret:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = state.webhook_secret
                try:
                    async with http.post(state.webhook_url, json=update, headers=headers) as resp:
                        delivered = resp.status < 300
                        reply = await resp.read() if delivered else b""
                except (ClientError, TimeoutError) as exc:
                    log.debug("webhook delivery failed: %s", exc)
                    delivered, reply = False, b""
                if not delivered:
                    await asyncio.sleep(0.5)
                    continue
                if update in state.updates.items:
                    state.updates.items.remove(update)
                await self._run_webhook_reply(reply)

    async def _run_webhook_reply(self, reply: bytes) -> None:
        """A webhook may answer with a method call in its response body."""
        try:
            body = json.loads(reply) if reply else None
        except ValueError:
            return
        if isinstance(body, dict) and isinstance(body.get("method"), str):
            params = {k: v for k, v in body.items() if k != "method"}
            method = str(body["method"])
            name = self.names.get(method.lower(), method)
            with contextlib.suppress(BotApiError):
                await self.execute(name, params)

    # -- methods ---------------------------------------------------------------------------
    def _handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
        }
        handlers.update(Sending(self.state).handlers())
        handlers.update(Editing(self.state).handlers())
        return handlers

    async def set_webhook(self, params: Params) -> bool:
        url = str(params.get("url") or "")
        if as_bool(params.get("drop_pending_updates")):
            self.state.updates.items.clear()
        self.state.webhook_url = url
        self.state.webhook_secret = (
            str(params["secret_token"]) if params.get("secret_token") else None
        )
        self.state.poke_updates()  # ends any long poll
        if url:
            self.start_webhook()
        else:
            await self.stop_webhook()
        return True

    async def delete_webhook(self, params: Params) -> bool:
        self.state.webhook_url = ""
        self.state.webhook_secret = None
        if as_bool(params.get("drop_pending_updates")):
            self.state.updates.items.clear()
        await self.stop_webhook()
        return True

    async def get_webhook_info(self, params: Params) -> dict[str, Any]:
        return {
            "url": self.state.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.updates.items),
        }
