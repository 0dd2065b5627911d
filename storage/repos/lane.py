"""The relay's fast lane (``matching.lane``): its facts in one query, its links in one insert.

Core statements, not the ORM: this is the hot path of every relayed message, and the rows it
reads are a handful of columns, never entities the unit of work would need to track.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, case, exists, func, insert, or_, select, update

from matching.lane import Route, RouteFacts
from matching.models import ConversationStatus, Role
from storage import tables
from storage.repos.base import SqlRepo
from storage.repos.work import UNDELIVERED

ACTIVE = ConversationStatus.ACTIVE


@cache
def _facts_query() -> Any:
    """Built once, at first use (no work at import); SQLAlchemy caches its compiled form."""
    p = tables.people.alias("sender")
    other = tables.people.alias("other")
    c = tables.conversations.alias("conv")
    busy = tables.conversations.alias("busy")
    hp = tables.helper_profiles
    o = tables.outbox.c
    is_seeker = c.c.seeker_id == p.c.id
    helper_load = (
        select(func.count())
        .select_from(busy)
        .where(busy.c.helper_id == c.c.helper_id, busy.c.status == ACTIVE)
        .scalar_subquery()
    )
    backlog = exists().where(o.chat_id == other.c.telegram_id, o.status.in_(UNDELIVERED))
    return (
        select(
            p.c.telegram_id, p.c.id, p.c.role, p.c.banned, p.c.consented_at, p.c.last_seen_at,
            c.c.id, is_seeker, other.c.telegram_id, c.c.helper_id, helper_load,
            hp.c.display_name, hp.c.current_conversation_id, c.c.last_message_at,
            hp.c.last_active_at, backlog,
        )
        .select_from(p)
        .join(c, and_(c.c.status == ACTIVE, or_(c.c.seeker_id == p.c.id, c.c.helper_id == p.c.id)))
        .join(other, other.c.id == case((is_seeker, c.c.helper_id), else_=c.c.seeker_id))
        .outerjoin(hp, hp.c.person_id == c.c.helper_id)
        .where(p.c.telegram_id.in_(bindparam("ids", expanding=True)))
    )


class SqlLaneRepo(SqlRepo):
    async def facts(self, telegram_ids: Sequence[int]) -> dict[int, RouteFacts]:
        result = await self.session.execute(_facts_query(), {"ids": list(telegram_ids)})
        rows: dict[int, list[Any]] = {}
        for row in result.all():
            rows.setdefault(int(row[0]), []).append(row)
        return {sender: _facts(found[0]) for sender, found in rows.items() if len(found) == 1}

    async def record(
        self, route: Route, copies: Sequence[tuple[int, int]], now: datetime
    ) -> None:
        rows = [
            {
                "conversation_id": route.conversation_id,
                "src_chat_id": route.from_chat,
                "src_message_id": src,
                "dst_chat_id": route.to_chat,
                "dst_message_id": dst,
            }
            for src, dst in copies
        ]
        await self.session.execute(insert(tables.message_links), rows)
        if route.stamp_conversation:
            c = tables.conversations.c
            await self.session.execute(
                update(tables.conversations)
                .where(c.id == route.conversation_id)
                .values(last_message_at=now)
            )
        if route.stamp_helper_id is not None:
            h = tables.helper_profiles.c
            await self.session.execute(
                update(tables.helper_profiles)
                .where(h.person_id == route.stamp_helper_id)
                .values(last_active_at=now)
            )



def _facts(row: Any) -> RouteFacts:
    (_, person_id, role, banned, consented_at, last_seen_at, conversation_id, is_seeker,
     to_chat, helper_id, load, name, current, last_message_at, last_active, backlog) = row
    return RouteFacts(
        person_id=person_id,
        role=Role(role),
        banned=bool(banned),
        consented=consented_at is not None,
        last_seen_at=last_seen_at,
        conversation_id=conversation_id,
        sender_is_seeker=bool(is_seeker),
        to_chat=int(to_chat),
        helper_id=helper_id,
        helper_conversations=int(load or 0),
        helper_named=bool(name),
        current_conversation_id=current,
        last_message_at=last_message_at,
        helper_last_active_at=last_active,
        backlog=bool(backlog),
    )
