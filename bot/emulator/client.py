"""A thin async client over the emulator's control API, for tests, the sandbox and benchmarks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import TracebackType
from typing import Any
from urllib.parse import quote

from aiohttp import ClientSession, ClientTimeout

Message = dict[str, Any]
Predicate = Callable[[Message], bool]
POLL_INTERVAL = 0.05


class EmulatorError(RuntimeError):
    """The control API refused a call (unknown message, no such button, ...)."""


def describe(messages: list[Message], last: int = 8) -> str:
    lines = []
    for m in messages[-last:]:
        body = m.get("text") or m.get("caption") or f"[{m.get('media')}]"
        flags = " (deleted)" if m.get("deleted") else ""
        buttons = [
            b.get("text")
            for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row
        ]
        extra = f" buttons={buttons}" if buttons else ""
        lines.append(f"  #{m['message_id']} {m['from']}{flags}: {body!r}{extra}")
    return "\n".join(lines) or "  (no messages)"


class EmulatorClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._session: ClientSession | None = None

    async def __aenter__(self) -> EmulatorClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> ClientSession:
        if self._session is None or self._session.closed:
            self._session = ClientSession(timeout=ClientTimeout(total=30))
        return self._session

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        async with self._http().request(method, self.base_url + path, **kwargs) as resp:
            if resp.status >= 400:
                text = await resp.text()
                raise EmulatorError(f"{method} {path} -> {resp.status}: {text}")
            return await resp.json()

    async def _post(self, path: str, body: dict[str, Any]) -> Any:
        payload = {k: v for k, v in body.items() if v is not None}
        return await self._request("POST", path, json=payload)

    # -- playing the users -----------------------------------------------------------------
    async def add_user(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        body = {
            "id": user_id,
            "first_name": first_name,
            "last_name": last_name,
            "username": username,
            "language_code": language_code,
        }
        result: dict[str, Any] = await self._post("/control/users", body)
        return result

    async def send_text(self, user_id: int, text: str, reply_to: int | None = None) -> Message:
        body = {"user_id": user_id, "text": text, "reply_to": reply_to}
        result: Message = await self._post("/control/send", body)
        return result

    async def send_media(
        self,
        user_id: int,
        media: str,
        caption: str | None = None,
        reply_to: int | None = None,
        **extra: Any,
    ) -> Message:
        """``extra`` may carry latitude/longitude (location) or phone_number (contact)."""
        body = {"user_id": user_id, "media": media, "caption": caption, "reply_to": reply_to}
        result: Message = await self._post("/control/send", {**body, **extra})
        return result

    async def edit_text(self, user_id: int, message_id: int, text: str) -> Message:
        body = {"user_id": user_id, "message_id": message_id, "text": text}
        result: Message = await self._post("/control/edit", body)
        return result

    async def edit_caption(self, user_id: int, message_id: int, caption: str) -> Message:
        body = {"user_id": user_id, "message_id": message_id, "caption": caption}
        result: Message = await self._post("/control/edit", body)
        return result

    async def press(
        self, user_id: int, message_id: int, data: str, forged: bool = False
    ) -> dict[str, Any]:
        """Tap a button; ``forged``: send ``data`` even if no button holds it (a modified
        client, a stale or copied callback)."""
        body = {"user_id": user_id, "message_id": message_id, "data": data, "forged": forged}
        result: dict[str, Any] = await self._post("/control/press", body)
        return result

    async def block(self, user_id: int, blocked: bool = True) -> None:
        await self._request("POST", "/control/block", json={"user_id": user_id, "blocked": blocked})

    async def fail(
        self,
        method: str,
        error_code: int = 429,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
        delay: float | None = None,
    ) -> None:
        """Makes the next ``times`` calls of ``method`` fail (times < 0: until reset)."""
        body = {
            "method": method,
            "error_code": error_code,
            "description": description,
            "retry_after": retry_after,
            "times": times,
            "chat_id": chat_id,
            "delay": delay,
        }
        await self._post("/control/fail", body)

    # -- looking at what the bot did -------------------------------------------------------
    async def messages(self, chat_id: int) -> list[Message]:
        result = await self._request("GET", f"/control/chats/{chat_id}/messages")
        messages: list[Message] = result["messages"]
        return messages

    async def bot_messages(self, chat_id: int, include_deleted: bool = False) -> list[Message]:
        return [
            m
            for m in await self.messages(chat_id)
            if m["from"] == "bot" and (include_deleted or not m["deleted"])
        ]

    async def wait_for(self, user_id: int, predicate: Predicate, timeout: float = 10) -> Message:
        """The newest (not deleted) bot message in the chat matching ``predicate``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            messages = await self.messages(user_id)
            for message in reversed(messages):
                if message["from"] == "bot" and not message["deleted"] and predicate(message):
                    return message
            if loop.time() >= deadline:
                raise AssertionError(
                    f"no bot message matched in chat {user_id} within {timeout}s; "
                    f"last messages:\n{describe(messages)}"
                )
            await asyncio.sleep(POLL_INTERVAL)

    async def wait_for_count(
        self,
        user_id: int,
        count: int,
        predicate: Predicate | None = None,
        timeout: float = 10,
    ) -> list[Message]:
        """Waits until at least ``count`` bot messages (matching ``predicate``) are in the chat."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            messages = await self.messages(user_id)
            matching = [
                m
                for m in messages
                if m["from"] == "bot" and not m["deleted"] and (predicate is None or predicate(m))
            ]
            if len(matching) >= count:
                return matching
            if loop.time() >= deadline:
                raise AssertionError(
                    f"expected {count} bot messages in chat {user_id} within {timeout}s, "
                    f"got {len(matching)}; last messages:\n{describe(messages)}"
                )
            await asyncio.sleep(POLL_INTERVAL)

    async def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        params = {"method": method} if method else None
        result = await self._request("GET", "/control/calls", params=params)
        calls: list[dict[str, Any]] = result["calls"]
        return calls

    async def file_bytes(self, file_id: str) -> bytes:
        path = f"/control/files/{quote(file_id, safe='')}"
        async with self._http().get(self.base_url + path) as resp:
            if resp.status >= 400:
                raise EmulatorError(f"GET {path} -> {resp.status}: {await resp.text()}")
            return await resp.read()

    async def reset(self) -> None:
        await self._request("POST", "/control/reset")

    async def state(self) -> dict[str, Any]:
        result: dict[str, Any] = await self._request("GET", "/control/state")
        return result
