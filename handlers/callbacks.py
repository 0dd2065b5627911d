"""Typed callback data. Ids only (64 bytes at most); the data lives in the database."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class Btn(CallbackData, prefix="b"):
    """``a``: action (consent, who, theme, offer, switch...), ``v``: value, ``i``: an id."""

    a: str
    v: str = ""
    i: int = 0
