"""Bot API methods that change or query what exists: ``edit*``, ``deleteMessage``,
``answerCallbackQuery``, chats, files, commands and the bot itself."""

from __future__ import annotations

from typing import Any

from bot.emulator.params import (
    NOT_MODIFIED,
    TEXT_LIMIT,
    Handler,
    Params,
    as_bool,
    as_int,
    bad,
    caption_param,
    normalize_markup,
    writable_chat,
)
from bot.emulator.state import EmulatorState, now


class Editing:
    """Edits and deletes the bot's messages and answers the remaining small methods."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    def handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {
            "getMe": self.get_me,
            "editMessageText": self.edit_message_text,
            "editMessageCaption": self.edit_message_caption,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "answerCallbackQuery": self.answer_callback_query,
            "getChat": self.get_chat,
            "getFile": self.get_file,
            "setMyCommands": self.set_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "getMyCommands": self.get_my_commands,
        }
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

    def _editable(self, params: Params) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise bad("inline messages are not supported by the emulator")
        chat_id = writable_chat(self.state, params)
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
        caption = caption_param(params)
        markup = normalize_markup(params.get("reply_markup"))
        return self._apply_edit(message, caption=caption, reply_markup=markup)

    async def edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        message = self._editable(params)
        markup = normalize_markup(params.get("reply_markup"))
        return self._apply_edit(message, reply_markup=markup)

    async def delete_message(self, params: Params) -> bool:
        chat_id = writable_chat(self.state, params)
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
