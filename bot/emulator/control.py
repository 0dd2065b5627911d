"""The control API (``/control/*``): plays the users and shows what the bot did."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import mimetypes
from typing import Any

from aiohttp import web

from bot.emulator.state import FILE_KINDS, MEDIA_KINDS, EmulatorState, Failure, now

PRESS_TIMEOUT = 5.0
# A 1x1 transparent PNG, the bytes behind every photo a user "sends".
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _int(body: dict[str, Any], key: str) -> int:
    try:
        return int(body[key])
    except (KeyError, TypeError, ValueError) as exc:
        raise ControlError(400, f"{key} must be an integer") from exc


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    try:
        body = await request.json()
    except ValueError as exc:
        raise ControlError(400, "body must be JSON") from exc
    if not isinstance(body, dict):
        raise ControlError(400, "body must be a JSON object")
    return body


class Control:
    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    def register(self, app: web.Application) -> None:
        add = app.router
        add.add_post("/control/users", self.wrap(self.add_user))
        add.add_get("/control/users", self.wrap(self.list_users))
        add.add_post("/control/send", self.wrap(self.send))
        add.add_post("/control/edit", self.wrap(self.edit))
        add.add_post("/control/press", self.wrap(self.press))
        add.add_post("/control/block", self.wrap(self.block))
        add.add_post("/control/fail", self.wrap(self.fail))
        add.add_get("/control/chats/{chat_id}/messages", self.wrap(self.messages))
        add.add_get("/control/calls", self.wrap(self.calls))
        add.add_get("/control/files/{file_id}", self.file)
        add.add_get("/control/state", self.wrap(self.version))
        add.add_post("/control/reset", self.wrap(self.reset))

    @staticmethod
    def wrap(handler: Any) -> Any:
        async def route(request: web.Request) -> web.StreamResponse:
            try:
                return web.json_response(await handler(request))
            except ControlError as exc:
                return web.json_response({"error": exc.message}, status=exc.status)

        return route

    async def add_user(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        first_name = str(body.get("first_name") or "")
        if not first_name:
            raise ControlError(400, "first_name is required")
        return self.state.add_user(
            _int(body, "id"),
            first_name,
            last_name=body.get("last_name"),
            username=body.get("username"),
            language_code=body.get("language_code", "en"),
        )

    async def list_users(self, request: web.Request) -> dict[str, Any]:
        users = [
            {**user, "blocked": user_id in self.state.blocked}
            for user_id, user in self.state.users.items()
        ]
        return {"users": users}

    def _user_message(self, user_id: int, message_id: int) -> dict[str, Any]:
        message = self.state.find_message(user_id, message_id)
        if message is None or message["deleted"]:
            raise ControlError(404, f"message {message_id} not found in chat {user_id}")
        return message

    async def send(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        user_id = _int(body, "user_id")
        self.state.ensure_user(user_id)
        fields: dict[str, Any] = {}
        reply_to = _optional_int(body.get("reply_to"))
        if reply_to is not None:
            self._user_message(user_id, reply_to)
            fields["reply_to_message_id"] = reply_to
        media = body.get("media")
        if media:
            fields.update(self._media_fields(user_id, str(media), body))
        else:
            text = body.get("text")
            if text is None or str(text) == "":
                raise ControlError(400, "text or media is required")
            fields["text"] = str(text)
        message = self.state.add_message(user_id, "user", **fields)
        self.state.enqueue("message", self.state.render(message))
        return self.state.public(message)

    def _media_fields(self, user_id: int, media: str, body: dict[str, Any]) -> dict[str, Any]:
        if media not in MEDIA_KINDS:
            raise ControlError(400, f"media must be one of {', '.join(MEDIA_KINDS)}")
        fields: dict[str, Any] = {"media": media}
        if body.get("caption") is not None and media in FILE_KINDS:
            fields["caption"] = str(body["caption"])
        if media == "location":
            fields["_location"] = {
                "latitude": float(body.get("latitude", 48.8566)),
                "longitude": float(body.get("longitude", 2.3522)),
            }
        elif media == "contact":
            user = self.state.users[user_id]
            fields["_contact"] = {
                "phone_number": str(body.get("phone_number", "+33100000000")),
                "first_name": str(body.get("first_name", user["first_name"])),
                "user_id": user_id,
            }
        elif media in FILE_KINDS:
            data = PIXEL_PNG if media in ("photo", "sticker") else f"emulated {media}".encode()
            filename = "photo.png" if media == "photo" else f"{media}.bin"
            fields["file_id"] = self.state.store_file(media, data, filename).file_id
        return fields

    async def edit(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        user_id = _int(body, "user_id")
        message = self._user_message(user_id, _int(body, "message_id"))
        if message["from"] != "user":
            raise ControlError(400, "a user can only edit their own messages")
        if body.get("text") is not None:
            if message["text"] is None:
                raise ControlError(400, "message has no text")
            message["text"] = str(body["text"])
        if body.get("caption") is not None:
            if message["media"] not in FILE_KINDS:
                raise ControlError(400, "message has no caption")
            message["caption"] = str(body["caption"])
        message["edited"] = True
        message["_edit_date"] = now()
        self.state.bump()
        self.state.enqueue("edited_message", self.state.render(message))
        return self.state.public(message)

    async def press(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        user_id = _int(body, "user_id")
        message = self._user_message(user_id, _int(body, "message_id"))
        data = str(body.get("data") or "")
        if message["from"] != "bot":
            raise ControlError(400, "only bot messages have buttons")
        buttons = [
            button.get("callback_data")
            for row in (message["reply_markup"] or {}).get("inline_keyboard", [])
            for button in row
        ]
        if data not in buttons and not body.get("forged"):
            # A real client only sends what a button holds; "forged" plays a modified one.
            raise ControlError(400, f"message {message['message_id']} has no button {data!r}")
        state = self.state
        state.callback_counter += 1
        query_id = f"{user_id}{state.callback_counter:06d}"
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        state.answers[query_id] = future
        state.enqueue(
            "callback_query",
            {
                "id": query_id,
                "from": state.users[user_id],
                "chat_instance": str(user_id),
                "message": state.render(message),
                "data": data,
            },
        )
        answer: dict[str, Any] | None = None
        try:
            answer = await asyncio.wait_for(asyncio.shield(future), PRESS_TIMEOUT)
        except TimeoutError:
            answer = None
        except asyncio.CancelledError:
            if not future.cancelled():
                raise
            answer = None
        finally:
            state.answers.pop(query_id, None)
            if not future.done():
                future.cancel()
        return {"callback_query_id": query_id, "answer": answer}

    async def block(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        user_id = _int(body, "user_id")
        if body.get("blocked", True):
            self.state.blocked.add(user_id)
        else:
            self.state.blocked.discard(user_id)
        self.state.bump()
        return {}

    async def fail(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request)
        if not body.get("method"):
            raise ControlError(400, "method is required")
        retry_after = body.get("retry_after")
        if int(body.get("times", 1)) == 0:
            return {}
        self.state.failures.append(
            Failure(
                method=str(body["method"]).lower(),
                error_code=int(body.get("error_code") or 0),
                description=body.get("description"),
                retry_after=None if retry_after is None else int(retry_after),
                times=int(body.get("times", 1)),
                chat_id=_optional_int(body.get("chat_id")),
                delay=float(body.get("delay") or 0),
            )
        )
        return {}

    async def messages(self, request: web.Request) -> dict[str, Any]:
        try:
            chat_id = int(request.match_info["chat_id"])
        except ValueError as exc:
            raise ControlError(400, "chat_id must be an integer") from exc
        chat = self.state.chats.get(chat_id, [])
        return {"messages": [self.state.public(m) for m in chat], "version": self.state.version}

    async def calls(self, request: web.Request) -> dict[str, Any]:
        method = request.query.get("method")
        calls = self.state.calls
        if method:
            calls = [c for c in calls if c["method"].lower() == method.lower()]
        return {"calls": calls}

    async def file(self, request: web.Request) -> web.Response:
        stored = self.state.files.get(request.match_info["file_id"])
        if stored is None:
            return web.json_response({"error": "file not found"}, status=404)
        content_type = "application/octet-stream"
        if stored.data.startswith(b"\x89PNG"):
            content_type = "image/png"
        elif stored.filename:
            content_type = mimetypes.guess_type(stored.filename)[0] or content_type
        return web.Response(body=stored.data, content_type=content_type)

    async def version(self, request: web.Request) -> dict[str, Any]:
        """``?since=N&wait=S`` waits up to S seconds for the version to move past N."""
        since = request.query.get("since")
        wait = request.query.get("wait")
        if since is not None and wait is not None:
            with contextlib.suppress(ValueError):
                if int(since) == self.state.version and not self.state.closing:
                    await self.state.wait_change(min(float(wait), 30.0))
        return {"version": self.state.version}

    async def reset(self, request: web.Request) -> dict[str, Any]:
        self.state.reset()
        return {}
