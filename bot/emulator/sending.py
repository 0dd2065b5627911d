"""Bot API methods that send messages: ``send*``, ``copyMessage(s)`` and ``forwardMessage``."""

from __future__ import annotations

from typing import Any

from aiohttp.web_request import FileField

from bot.emulator.params import (
    TEXT_LIMIT,
    BotApiError,
    Handler,
    Params,
    as_int,
    bad,
    caption_param,
    normalize_markup,
    reply_target,
    writable_chat,
)
from bot.emulator.state import FILE_KINDS, EmulatorState


class Sending:
    """Stores the bot's outgoing messages in the state's chats."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    def handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {
            "sendMessage": self.send_message,
            "copyMessage": self.copy_message,
            "copyMessages": self.copy_messages,
            "forwardMessage": self.forward_message,
            "sendLocation": self.send_location,
            "sendContact": self.send_contact,
            "sendChatAction": self.send_chat_action,
        }
        for kind in FILE_KINDS:
            name = "send" + "".join(part.capitalize() for part in kind.split("_"))
            handlers[name] = self._media_sender(kind)
        return handlers

    def _store_bot_message(self, chat_id: int, params: Params, **fields: Any) -> dict[str, Any]:
        reply_to = reply_target(self.state, chat_id, params)
        markup = normalize_markup(params.get("reply_markup"))
        return self.state.add_message(
            chat_id, "bot", reply_to_message_id=reply_to, reply_markup=markup, **fields
        )

    async def send_message(self, params: Params) -> dict[str, Any]:
        chat_id = writable_chat(self.state, params)
        text = params.get("text")
        if text is None or str(text) == "":
            raise bad("message text is empty")
        if len(str(text)) > TEXT_LIMIT:
            raise bad("message is too long")
        message = self._store_bot_message(chat_id, params, text=str(text))
        return self.state.render(message)

    def _media_sender(self, kind: str) -> Handler:
        async def send(params: Params) -> dict[str, Any]:
            chat_id = writable_chat(self.state, params)
            caption = caption_param(params)
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
        chat_id = writable_chat(self.state, params)
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
        chat_id = writable_chat(self.state, params)
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
        chat_id = writable_chat(self.state, params)
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
            caption = caption_param(params)
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

    async def copy_messages(self, params: Params) -> list[dict[str, Any]]:
        """As Telegram: 1 to 100 ids in strictly increasing order; the ones that cannot be found
        are skipped, album grouping is kept."""
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad("message_ids must be a list of 1-100 message identifiers")
        wanted = [as_int(i) or 0 for i in ids]
        if any(a >= b for a, b in zip(wanted, wanted[1:], strict=False)):
            raise bad("message identifiers must be in strictly increasing order")
        copied = []
        for message_id in wanted:
            try:
                message = self._copy({**params, "message_id": message_id}, forwarded=False)
            except BotApiError as exc:
                if "not found" not in exc.description or "chat" in exc.description:
                    raise
                continue  # skipped, as Telegram does
            copied.append({"message_id": message["message_id"]})
        return copied

    async def forward_message(self, params: Params) -> dict[str, Any]:
        return self.state.render(self._copy(params, forwarded=True))

    async def send_chat_action(self, params: Params) -> bool:
        writable_chat(self.state, params)
        return True
