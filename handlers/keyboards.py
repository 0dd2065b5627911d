"""Domain keyboards (text keys + actions) -> aiogram inline keyboards in a language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.callbacks import Btn
from handlers.i18n import Texts


def render_keyboard(
    texts: Texts, language: str, rows: Sequence[Sequence[dict[str, Any]]] | None
) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    keyboard: list[list[InlineKeyboardButton]] = []
    for row in rows:
        buttons = []
        for spec in row:
            label = texts.get(language, str(spec["t"]), **dict(spec.get("p") or {}))
            if "u" in spec:
                buttons.append(InlineKeyboardButton(text=label, url=str(spec["u"])))
            else:
                data = Btn(a=str(spec["a"]), v=str(spec.get("v", "")), i=int(spec.get("i", 0)))
                buttons.append(InlineKeyboardButton(text=label, callback_data=data.pack()))
        keyboard.append(buttons)
    return InlineKeyboardMarkup(inline_keyboard=keyboard)
