"""Last resort: admin commands from people who may not use them, and stray buttons."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from handlers.i18n import Texts

router = Router(name=__name__)


@router.callback_query()
async def stray_button(query: CallbackQuery, texts: Texts, lang: str) -> None:
    """Forged, stale or someone else's callback data: a clear answer, nothing changes."""
    await query.answer(texts.get(lang, "toast.stale"), show_alert=True)
