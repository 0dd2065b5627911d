"""Router filters: who may use a router."""

from __future__ import annotations

from typing import Any

from aiogram.filters import Filter
from aiogram.types import TelegramObject

from matching.models import Role

#: Content a relay can carry with copyMessage.
RELAYABLE = frozenset(
    {
        "text",
        "photo",
        "video",
        "voice",
        "video_note",
        "audio",
        "document",
        "sticker",
        "animation",
        "location",
        "contact",
    }
)


class RoleIs(Filter):
    def __init__(self, *roles: Role) -> None:
        self.roles = roles

    async def __call__(self, event: TelegramObject, role: Role = Role.SEEKER, **_: Any) -> bool:
        return role in self.roles
