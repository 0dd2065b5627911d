"""The Transport port over aiogram: renders outbox items and maps Telegram errors."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import ReplyParameters

from handlers.i18n import Texts
from handlers.keyboards import render_keyboard
from matching.models import OutboxItem
from matching.ports import Rejected, RetryLater, Unreachable

TEXT_LIMIT = 4096


log = logging.getLogger(__name__)

class AiogramTransport:
    def __init__(self, bot: Bot, texts: Texts) -> None:
        self.bot = bot
        self.texts = texts

    async def send(self, item: OutboxItem, reply_to: int | None, words: str | None) -> int:
        return int(await self._guard(self._send(item, reply_to, words)))

    async def copy_many(
        self, chat_id: int, from_chat: int, message_ids: Sequence[int]
    ) -> list[int]:
        call = self.bot.copy_messages(
            chat_id=chat_id, from_chat_id=from_chat, message_ids=list(message_ids)
        )
        return [m.message_id for m in await self._guard(call)]

    async def edit_copy(self, chat_id: int, message_id: int, text: str, caption: bool) -> None:
        if caption:
            call = self.bot.edit_message_caption(
                chat_id=chat_id, message_id=message_id, caption=text
            )
        else:
            call = self.bot.edit_message_text(chat_id=chat_id, message_id=message_id, text=text)
        await self._guard(call)

    def render(self, item: OutboxItem, words: str | None = None) -> str:
        payload = item.payload
        language = str(payload.get("lang") or self.texts.default)
        params: dict[str, Any] = dict(payload.get("params") or {})  # type: ignore[call-overload]
        text = self.texts.get(language, str(payload["key"]), **params)
        if words:
            text += "\n\n" + self.texts.get(language, "offer.words", words=words)
        return text[:TEXT_LIMIT]

    async def _send(self, item: OutboxItem, reply_to: int | None, words: str | None) -> int:
        payload = item.payload
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to
            else None
        )
        if item.kind == "copy":
            result = await self.bot.copy_message(
                chat_id=item.chat_id,
                from_chat_id=int(payload["from_chat"]),  # type: ignore[call-overload]
                message_id=int(payload["message_id"]),  # type: ignore[call-overload]
                reply_parameters=reply,
            )
            return result.message_id
        language = str(payload.get("lang") or self.texts.default)
        markup = render_keyboard(self.texts, language, payload.get("buttons"))  # type: ignore[arg-type]
        if item.kind == "edit_markup":
            message_id = int(payload["message_id"])  # type: ignore[call-overload]
            try:
                await self.bot.edit_message_reply_markup(
                    chat_id=item.chat_id, message_id=message_id, reply_markup=markup
                )
            except TelegramBadRequest as exc:
                if "not modified" not in exc.message:
                    raise
            return int(message_id)
        message = await self.bot.send_message(
            chat_id=item.chat_id,
            text=self.render(item, words),
            reply_markup=markup,
            reply_parameters=reply,
        )
        return message.message_id

    @staticmethod
    async def _guard(call: Any) -> Any:
        try:
            return await call
        except TelegramRetryAfter as exc:
            raise RetryLater(float(exc.retry_after), "429") from exc
        except TelegramForbiddenError as exc:
            raise Unreachable(exc.message) from exc
        except (TelegramBadRequest, TelegramNotFound) as exc:
            raise Rejected(exc.message) from exc
        except (TimeoutError, TelegramServerError, TelegramNetworkError) as exc:
            raise RetryLater(0, type(exc).__name__) from exc
        except (ValueError, TypeError, KeyError) as exc:
            # A message we cannot even build (a bug): dead-lettered and logged, so it never
            # blocks the messages queued behind it in that chat.
            log.exception("cannot render an outbox item")
            raise Rejected(f"render: {exc}") from exc
