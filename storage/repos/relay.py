"""Held messages (sent while waiting) and message links (original <-> copy, ids only)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, delete, or_, select

from matching.models import HeldMessage, MessageLink
from storage import tables
from storage.repos.base import SqlRepo


class SqlHeldRepo(SqlRepo):
    async def add(self, held: HeldMessage) -> None:
        self.session.add(held)

    async def for_request(self, request_id: int) -> list[HeldMessage]:
        c = tables.held_messages.c
        return await self._all(
            select(HeldMessage).where(c.request_id == request_id).order_by(c.id)
        )

    async def delete_for_request(self, request_id: int) -> None:
        await self.session.flush()
        c = tables.held_messages.c
        await self._rows(delete(tables.held_messages).where(c.request_id == request_id))


class SqlLinkRepo(SqlRepo):
    async def add(self, link: MessageLink) -> None:
        self.session.add(link)

    async def by_src(self, chat_id: int, message_id: int) -> list[MessageLink]:
        c = tables.message_links.c
        query = select(MessageLink).where(c.src_chat_id == chat_id, c.src_message_id == message_id)
        return await self._all(query.order_by(c.id))

    async def find(self, chat_id: int, message_id: int) -> MessageLink | None:
        c = tables.message_links.c
        query = select(MessageLink).where(
            or_(
                and_(c.src_chat_id == chat_id, c.src_message_id == message_id),
                and_(c.dst_chat_id == chat_id, c.dst_message_id == message_id),
            )
        )
        return await self._one(query.order_by(c.id.desc()))

    async def delete_for_conversations(self, conversation_ids: Sequence[int]) -> int:
        if not conversation_ids:
            return 0
        await self.session.flush()
        c = tables.message_links.c
        return await self._rows(
            delete(tables.message_links).where(c.conversation_id.in_(list(conversation_ids)))
        )
