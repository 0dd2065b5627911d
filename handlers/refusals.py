"""Admin and helper commands from people who may not use them: a short "not allowed", nothing
else (no hint of what the command does). Placed after the role routers."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from handlers.filters import RoleIs
from handlers.i18n import Texts
from matching.models import Role

ADMIN_COMMANDS = (
    "invite", "promote", "demote", "helpers", "suspend", "reinstate", "queue", "assign",
    "stats", "export", "ban", "unban", "hours", "callout",
)
HELPER_COMMANDS = ("available", "away", "switch", "profile", "transfer", "escalate", "resources")

router = Router(name=__name__)


@router.message(Command(*ADMIN_COMMANDS))
async def admin_not_allowed(message: Message, texts: Texts, lang: str) -> None:
    """Coordinators were served by their own router; anyone reaching here is not one."""
    await message.answer(texts.get(lang, "not_allowed"))


@router.message(Command(*HELPER_COMMANDS), RoleIs(Role.SEEKER))
async def helper_not_allowed(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "not_allowed"))
