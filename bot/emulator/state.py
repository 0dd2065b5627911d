"""In-memory state of the Bot API emulator: users, chats, updates, files, failures, call log."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bot.emulator.records import (
    FILE_KINDS,
    MEDIA_KINDS,
    Failure,
    StoredFile,
    UpdateQueue,
    now,
    render_media,
)

__all__ = [
    "FILE_KINDS",
    "MEDIA_KINDS",
    "EmulatorState",
    "Failure",
    "StoredFile",
    "UpdateQueue",
    "now",
]


class EmulatorState:
    """Everything the emulator knows. Single event loop, so no locking is needed."""

    def __init__(self, bot_username: str, bot_first_name: str = "Pairline") -> None:
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.bot_id = 0
        self.users: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.chats: dict[int, list[dict[str, Any]]] = {}
        self.next_message_id: dict[int, int] = {}
        self.updates = UpdateQueue()
        self.failures: list[Failure] = []
        self.calls: list[dict[str, Any]] = []
        self.files: dict[str, StoredFile] = {}
        self.file_counter = 0
        self.callback_counter = 0
        self.answers: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.commands: list[dict[str, Any]] = []
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.version = 0
        self.closing = False
        self._changed = asyncio.Event()
        self._new_update = asyncio.Event()

    # -- change notification -------------------------------------------------------------
    def bump(self) -> None:
        self.version += 1
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_change(self, timeout: float) -> None:
        event = self._changed
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass

    def wake_all(self) -> None:
        """Wakes every long poll (used when stopping)."""
        self.closing = True
        self._new_update.set()
        self._changed.set()
        for future in self.answers.values():
            if not future.done():
                future.cancel()

    def reopen(self) -> None:
        """Fresh wake-up events after a stop, so a restarted emulator long-polls again."""
        self.closing = False
        self._changed = asyncio.Event()
        self._new_update = asyncio.Event()

    # -- users -----------------------------------------------------------------------------
    def add_user(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self.users[user_id] = user
        self.chats.setdefault(user_id, [])
        self.bump()
        return user

    def ensure_user(self, user_id: int) -> dict[str, Any]:
        if user_id not in self.users:
            self.add_user(user_id, f"User{user_id}")
        return self.users[user_id]

    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def chat_info(self, chat_id: int) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": "private"}
        user = self.users.get(chat_id, {"first_name": f"User{chat_id}"})
        for key in ("first_name", "last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    # -- messages --------------------------------------------------------------------------
    def add_message(self, chat_id: int, sender: str, **fields: Any) -> dict[str, Any]:
        message_id = self.next_message_id.get(chat_id, 0) + 1
        self.next_message_id[chat_id] = message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "chat_id": chat_id,
            "from": sender,
            "date": now(),
            "at": time.time(),  # arrival, wall clock with sub-second precision (benchmarks)
            "text": None,
            "caption": None,
            "media": None,
            "file_id": None,
            "reply_markup": None,
            "reply_to_message_id": None,
            "edited": False,
            "deleted": False,
            "copied_from": None,
            "forwarded": False,
        }
        message.update(fields)
        self.chats.setdefault(chat_id, []).append(message)
        self.bump()
        return message

    def find_message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        for message in self.chats.get(chat_id, []):
            if message["message_id"] == message_id:
                return message
        return None

    def public(self, message: dict[str, Any]) -> dict[str, Any]:
        """The stored message as the control API shows it (internal keys dropped)."""
        return {k: v for k, v in message.items() if not k.startswith("_")}

    def render(self, message: dict[str, Any], nested: bool = True) -> dict[str, Any]:
        """The stored message in Telegram's shape, as aiogram expects it."""
        chat_id = int(message["chat_id"])
        sender = self.bot_user() if message["from"] == "bot" else self.ensure_user(chat_id)
        out: dict[str, Any] = {
            "message_id": message["message_id"],
            "date": message["date"],
            "chat": self.chat_info(chat_id),
            "from": sender,
        }
        if message["text"] is not None:
            out["text"] = message["text"]
            if str(message["text"]).startswith("/"):
                command = str(message["text"]).split()[0]
                out["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if message["caption"] is not None:
            out["caption"] = message["caption"]
        media = message["media"]
        if media:
            out[media] = render_media(message, self.files)
        if message["reply_markup"]:
            out["reply_markup"] = message["reply_markup"]
        if message["edited"]:
            out["edit_date"] = message.get("_edit_date", message["date"])
        if message["forwarded"]:
            out["forward_origin"] = {
                "type": "hidden_user",
                "sender_user_name": "Someone",
                "date": message["date"],
            }
        reply_to = message["reply_to_message_id"]
        if nested and reply_to is not None:
            original = self.find_message(chat_id, int(reply_to))
            if original is not None:
                out["reply_to_message"] = self.render(original, nested=False)
        return out

    # -- updates ---------------------------------------------------------------------------
    def enqueue(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self.updates.next_id, kind: payload}
        self.updates.next_id += 1
        self.updates.items.append(update)
        self.poke_updates()
        self.bump()
        return update

    def poke_updates(self) -> None:
        """Wakes every waiting long poll without adding an update."""
        self._new_update.set()
        self._new_update = asyncio.Event()

    def confirm(self, offset: int) -> None:
        if offset > 0:
            self.updates.items = [u for u in self.updates.items if u["update_id"] >= offset]

    def pending(self, offset: int, limit: int) -> list[dict[str, Any]]:
        return [u for u in self.updates.items if u["update_id"] >= offset][:limit]

    async def wait_update(self, timeout: float) -> None:
        if self.closing or timeout <= 0:
            return
        event = self._new_update
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass

    # -- failures, calls, files ------------------------------------------------------------
    def take_failure(self, method: str, chat_id: int | None) -> Failure | None:
        for failure in self.failures:
            if failure.method != method:
                continue
            if failure.chat_id is not None and failure.chat_id != chat_id:
                continue
            if failure.times > 0:
                failure.times -= 1
                if failure.times == 0:
                    self.failures.remove(failure)
            return failure
        return None

    def log_call(self, method: str, params: dict[str, Any], ok: bool, error_code: int = 0) -> None:
        self.calls.append(
            {"method": method, "params": params, "ok": ok, "error_code": error_code or None}
        )

    def store_file(self, kind: str, data: bytes, filename: str | None = None) -> StoredFile:
        self.file_counter += 1
        n = self.file_counter
        stored = StoredFile(f"{kind}-file-{n}", f"u{n}", kind, data, filename)
        self.files[stored.file_id] = stored
        return stored

    def register_file_id(self, kind: str, file_id: str) -> StoredFile:
        """A file the bot referenced by URL: remembered with no bytes."""
        if file_id not in self.files:
            self.file_counter += 1
            self.files[file_id] = StoredFile(file_id, f"u{self.file_counter}", kind, b"")
        return self.files[file_id]

    # -- reset -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Forgets chats, updates, failures, calls and files. Users stay registered (unblocked);
        update ids and per-chat message ids keep increasing so a running bot is not confused."""
        for chat in self.chats.values():
            chat.clear()
        self.blocked.clear()
        self.updates.items.clear()
        self.failures.clear()
        self.calls.clear()
        self.files.clear()
        for future in self.answers.values():
            if not future.done():
                future.cancel()
        self.answers.clear()
        self.bump()
