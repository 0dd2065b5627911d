"""Bot API request plumbing shared by the emulator's method modules: errors, parameter
parsing and validation, inline keyboards and target chats."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from bot.emulator.state import EmulatorState

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
JSON_KEYS = {
    "reply_markup",
    "reply_parameters",
    "message_ids",
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


def caption_param(params: Params) -> str | None:
    caption = params.get("caption")
    if caption is None or caption == "":
        return None
    if len(str(caption)) > CAPTION_LIMIT:
        raise bad("message is too long")
    return str(caption)


def writable_chat(state: EmulatorState, params: Params, key: str = "chat_id") -> int:
    """The chat a method may write to: a known user who has not blocked the bot."""
    chat_id = as_int(params.get(key))
    if chat_id is None or chat_id not in state.users:
        if key not in params:
            raise bad(f"{key} is required" if key != "chat_id" else "chat_id is empty")
        raise bad("chat not found")
    if chat_id in state.blocked:
        raise BotApiError(403, "Forbidden: bot was blocked by the user")
    return chat_id


def reply_target(state: EmulatorState, chat_id: int, params: Params) -> int | None:
    """The message id a new bot message replies to (``reply_parameters`` or legacy key)."""
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
    original = state.find_message(chat_id, message_id)
    if original is None or original["deleted"]:
        if allow:
            return None
        raise bad("message to be replied not found")
    return message_id
