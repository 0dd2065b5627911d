"""The Telegram Bot API side of the emulator: ``/bot{token}/{method}``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, web
from aiohttp.web_request import FileField

from bot.emulator.state import FILE_KINDS, EmulatorState, now

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
TOKEN_RE = re.compile(r"^(\d+):[\w-]+$")
JSON_KEYS = {
    "reply_markup",
    "reply_parameters",
    "entities",
    "caption_entities",
    "link_preview_options",
    "allowed_updates",
    "commands",
    "scope",
    "menu_button",
}
INT_KEYS = {"chat_id", "from_chat_id", "message_id", "reply_to_message_id"}
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a specified content and reply markup of the message"
)
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

Params = dict[str, Any]
Handler = Callable[[Params], Awaitable[Any]]


class BotApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


def bad(description: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {description}")


def error_body(exc: BotApiError) -> dict[str, Any]:
    body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.retry_after is not None:
        body["parameters"] = {"retry_after": exc.retry_after}
    return body


def as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


def require_int(params: Params, key: str) -> int:
    value = as_int(params.get(key))
    if value is None:
        raise bad(f"{key} is required" if key not in params else f"invalid {key} specified")
    return value


async def parse_params(request: web.Request) -> Params:
    """Query, JSON body, form-urlencoded or multipart; nested objects decoded from JSON."""
    params: Params = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        else:
            form = await request.post()
            for key, value in form.items():
                params[key] = value
    for key in JSON_KEYS:
        raw = params.get(key)
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(raw)
    return params


def loggable(params: Params) -> Params:
    """Params as recorded in the call log: ids as ints, uploads by file name."""
    out: Params = {}
    for key, value in params.items():
        if isinstance(value, FileField):
            out[key] = {"upload": value.filename}
        elif key in INT_KEYS and as_int(value) is not None:
            out[key] = as_int(value)
        else:
            out[key] = value
    return out


def normalize_markup(markup: Any) -> dict[str, Any] | None:
    """Keeps inline keyboards as ``{inline_keyboard: [[{text, callback_data|url}]]}``."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    rows: list[list[dict[str, Any]]] = []
    for row in markup["inline_keyboard"]:
        buttons: list[dict[str, Any]] = []
        for button in row:
            item: dict[str, Any] = {"text": str(button.get("text", ""))}
            if button.get("callback_data") is not None:
                data = str(button["callback_data"])
                if not data or len(data.encode()) > CALLBACK_DATA_LIMIT:
                    raise bad("BUTTON_DATA_INVALID")
                item["callback_data"] = data
            if button.get("url") is not None:
                item["url"] = str(button["url"])
            buttons.append(item)
        rows.append(buttons)
    return {"inline_keyboard": rows}


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

    # -- chats -----------------------------------------------------------------------------
    def writable_chat(self, params: Params, key: str = "chat_id") -> int:
        chat_id = as_int(params.get(key))
        if chat_id is None or chat_id not in self.state.users:
            if key not in params:
                raise bad(f"{key} is required" if key != "chat_id" else "chat_id is empty")
            raise bad("chat not found")
        if chat_id in self.state.blocked:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def reply_target(self, chat_id: int, params: Params) -> int | None:
        reply = params.get("reply_parameters")
        message_id: int | None = None
        allow = as_bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            message_id = as_int(reply.get("message_id"))
            allow = allow or as_bool(reply.get("allow_sending_without_reply"))
        elif params.get("reply_to_message_id") is not None:
            message_id = as_int(params.get("reply_to_message_id"))
        if message_id is None:
            return None
        original = self.state.find_message(chat_id, message_id)
        if original is None or original["deleted"]:
            if allow:
                return None
            raise bad("message to be replied not found")
        return message_id

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
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "sendMessage": self.send_message,
            "copyMessage": self.copy_message,
            "forwardMessage": self.forward_message,
            "sendLocation": self.send_location,
            "sendContact": self.send_contact,
            "editMessageText": self.edit_message_text,
            "editMessageCaption": self.edit_message_caption,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "answerCallbackQuery": self.answer_callback_query,
            "sendChatAction": self.send_chat_action,
            "getChat": self.get_chat,
            "getFile": self.get_file,
            "setMyCommands": self.set_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "getMyCommands": self.get_my_commands,
        }
        for kind in FILE_KINDS:
            name = "send" + "".join(part.capitalize() for part in kind.split("_"))
            handlers[name] = self._media_sender(kind)
        for name in (
            "setMyDescription",
            "setMyShortDescription",
            "setMyName",
            "setChatMenuButton",
            "logOut",
            "close",
        ):
            handlers[name] = self.no_op
        return handlers

    async def no_op(self, params: Params) -> bool:
        return True

    async def get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.state.bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

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

    def _store_bot_message(self, chat_id: int, params: Params, **fields: Any) -> dict[str, Any]:
        reply_to = self.reply_target(chat_id, params)
        markup = normalize_markup(params.get("reply_markup"))
        return self.state.add_message(
            chat_id, "bot", reply_to_message_id=reply_to, reply_markup=markup, **fields
        )

    async def send_message(self, params: Params) -> dict[str, Any]:
        chat_id = self.writable_chat(params)
        text = params.get("text")
        if text is None or str(text) == "":
            raise bad("message text is empty")
        if len(str(text)) > TEXT_LIMIT:
            raise bad("message is too long")
        message = self._store_bot_message(chat_id, params, text=str(text))
        return self.state.render(message)

    def _caption(self, params: Params) -> str | None:
        caption = params.get("caption")
        if caption is None or caption == "":
            return None
        if len(str(caption)) > CAPTION_LIMIT:
            raise bad("message is too long")
        return str(caption)

    def _media_sender(self, kind: str) -> Handler:
        async def send(params: Params) -> dict[str, Any]:
            chat_id = self.writable_chat(params)
            caption = self._caption(params)
            file_id = self._file_param(kind, params)
            message = self._store_bot_message(
                chat_id, params, media=kind, file_id=file_id, caption=caption
            )
            return self.state.render(message)

        return send

    def _file_param(self, kind: str, params: Params) -> str:
        value = params.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value[len("attach://") :])
        if isinstance(value, FileField):
            data = value.file.read()
            stored = self.state.store_file(kind, data, value.filename)
            params[kind] = stored.file_id
            return stored.file_id
        if value is None or value == "":
            raise bad(f"there is no {kind} in the request")
        file_id = str(value)
        if file_id.startswith(("http://", "https://")):
            return self.state.register_file_id(kind, file_id).file_id
        if file_id not in self.state.files:
            raise bad("wrong file identifier/HTTP URL specified")
        return file_id

    async def send_location(self, params: Params) -> dict[str, Any]:
        chat_id = self.writable_chat(params)
        try:
            location = {
                "latitude": float(params["latitude"]),
                "longitude": float(params["longitude"]),
            }
        except (KeyError, TypeError, ValueError) as exc:
            raise bad("wrong latitude or longitude specified") from exc
        message = self._store_bot_message(chat_id, params, media="location", _location=location)
        return self.state.render(message)

    async def send_contact(self, params: Params) -> dict[str, Any]:
        chat_id = self.writable_chat(params)
        if not params.get("phone_number") or not params.get("first_name"):
            raise bad("phone number and first name must be non-empty")
        contact = {
            "phone_number": str(params["phone_number"]),
            "first_name": str(params["first_name"]),
        }
        if params.get("last_name"):
            contact["last_name"] = str(params["last_name"])
        message = self._store_bot_message(chat_id, params, media="contact", _contact=contact)
        return self.state.render(message)

    def _copy(self, params: Params, forwarded: bool) -> dict[str, Any]:
        chat_id = self.writable_chat(params)
        from_chat = as_int(params.get("from_chat_id"))
        message_id = as_int(params.get("message_id"))
        if from_chat is None or from_chat not in self.state.users:
            raise bad("chat not found")
        source = self.state.find_message(from_chat, message_id or 0)
        if source is None or source["deleted"]:
            raise bad(
                "message to copy not found" if not forwarded else "message to forward not found"
            )
        caption = source["caption"]
        if not forwarded and "caption" in params and source["media"]:
            caption = self._caption(params)
        fields: dict[str, Any] = {
            "text": source["text"],
            "caption": caption,
            "media": source["media"],
            "file_id": source["file_id"],
            "copied_from": {"chat_id": from_chat, "message_id": source["message_id"]},
            "forwarded": forwarded,
        }
        for key in ("_location", "_contact"):
            if key in source:
                fields[key] = source[key]
        return self._store_bot_message(chat_id, params, **fields)

    async def copy_message(self, params: Params) -> dict[str, Any]:
        return {"message_id": self._copy(params, forwarded=False)["message_id"]}

    async def forward_message(self, params: Params) -> dict[str, Any]:
        return self.state.render(self._copy(params, forwarded=True))

    def _editable(self, params: Params) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise bad("inline messages are not supported by the emulator")
        chat_id = self.writable_chat(params)
        message = self.state.find_message(chat_id, as_int(params.get("message_id")) or 0)
        if message is None or message["deleted"]:
            raise bad("message to edit not found")
        if message["from"] != "bot":
            raise bad("message can't be edited")
        return message

    def _apply_edit(self, message: dict[str, Any], **changes: Any) -> dict[str, Any]:
        if all(message[key] == value for key, value in changes.items()):
            raise bad(NOT_MODIFIED)
        message.update(changes)
        message["edited"] = True
        message["_edit_date"] = now()
        self.state.bump()
        return self.state.render(message)

    async def edit_message_text(self, params: Params) -> dict[str, Any]:
        message = self._editable(params)
        text = params.get("text")
        if text is None or str(text) == "":
            raise bad("message text is empty")
        if len(str(text)) > TEXT_LIMIT:
            raise bad("message is too long")
        if message["text"] is None:
            raise bad("there is no text in the message to edit")
        markup = normalize_markup(params.get("reply_markup"))
        return self._apply_edit(message, text=str(text), reply_markup=markup)

    async def edit_message_caption(self, params: Params) -> dict[str, Any]:
        message = self._editable(params)
        if not message["media"] or message["media"] in ("location", "contact"):
            raise bad("there is no caption in the message to edit")
        caption = self._caption(params)
        markup = normalize_markup(params.get("reply_markup"))
        return self._apply_edit(message, caption=caption, reply_markup=markup)

    async def edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        message = self._editable(params)
        markup = normalize_markup(params.get("reply_markup"))
        return self._apply_edit(message, reply_markup=markup)

    async def delete_message(self, params: Params) -> bool:
        chat_id = self.writable_chat(params)
        message = self.state.find_message(chat_id, as_int(params.get("message_id")) or 0)
        if message is None or message["deleted"]:
            raise bad("message to delete not found")
        message["deleted"] = True
        self.state.bump()
        return True

    async def answer_callback_query(self, params: Params) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        future = self.state.answers.get(query_id)
        if future is None or future.done():
            raise bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        future.set_result(
            {"text": str(text) if text else None, "show_alert": as_bool(params.get("show_alert"))}
        )
        self.state.bump()
        return True

    async def send_chat_action(self, params: Params) -> bool:
        self.writable_chat(params)
        return True

    async def get_chat(self, params: Params) -> dict[str, Any]:
        chat_id = as_int(params.get("chat_id"))
        if chat_id is None or chat_id not in self.state.users:
            raise bad("chat not found")
        gifts = (
            "unlimited_gifts",
            "limited_gifts",
            "unique_gifts",
            "premium_subscription",
            "gifts_from_channels",
        )
        return {
            **self.state.chat_info(chat_id),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {key: True for key in gifts},
        }

    async def get_file(self, params: Params) -> dict[str, Any]:
        stored = self.state.files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_size": len(stored.data),
            "file_path": f"files/{stored.file_id}",
        }

    async def set_my_commands(self, params: Params) -> bool:
        commands = params.get("commands")
        self.state.commands = list(commands) if isinstance(commands, list) else []
        return True

    async def delete_my_commands(self, params: Params) -> bool:
        self.state.commands = []
        return True

    async def get_my_commands(self, params: Params) -> list[dict[str, Any]]:
        return self.state.commands
