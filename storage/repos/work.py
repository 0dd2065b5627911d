"""The outbox (every message the bot sends) and timers: rows claimed atomically, once."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update

from matching.models import OutboxItem, Timer, TimerKind, TimerStatus
from storage import tables
from storage.repos.base import SqlRepo

UNDELIVERED = ("pending", "sending")


class SqlOutboxRepo(SqlRepo):
    async def add(self, item: OutboxItem) -> None:
        self.session.add(item)

    async def chats_due(self, now: datetime, limit: int) -> list[int]:
        c = tables.outbox.c
        heads = (
            select(func.min(c.id).label("id"))
            .where(c.status.in_(UNDELIVERED))
            .group_by(c.chat_id)
            .subquery()
        )
        query = (
            select(c.chat_id)
            .join(heads, heads.c.id == c.id)
            .where(c.status == "pending", c.next_attempt_at <= now)
            .order_by(c.id)
            .limit(limit)
        )
        found: list[int] = list((await self.session.execute(query)).scalars().all())
        return found

    async def head(self, chat_id: int) -> OutboxItem | None:
        c = tables.outbox.c
        query = select(OutboxItem).where(c.chat_id == chat_id, c.status.in_(UNDELIVERED))
        return await self._one(query.order_by(c.id))

    async def claim_due(self, chat_id: int, at: datetime, limit: int) -> list[OutboxItem]:
        c = tables.outbox.c
        query = select(OutboxItem).where(c.chat_id == chat_id, c.status.in_(UNDELIVERED))
        items: list[OutboxItem] = []
        for item in await self._all(query.order_by(c.id).limit(limit)):
            if item.status != "pending" or item.next_attempt_at > at:
                break  # in order: nothing after an item that is being sent or not yet due
            items.append(item)
        if not items:
            return []
        ids = [item.id for item in items]
        statement = (
            update(tables.outbox)
            .where(c.id.in_(ids), c.status == "pending")
            .values(status="sending", claimed_at=at)
        )
        if await self._rows(statement) != len(items):
            return []  # another worker took some and sends this chat now; the caller rolls back
        for item in items:
            self._sync(OutboxItem, item.id or 0, status="sending", claimed_at=at)
        return items

    async def last_for_chat(self, chat_id: int) -> OutboxItem | None:
        c = tables.outbox.c
        return await self._one(select(OutboxItem).where(c.chat_id == chat_id).order_by(c.id.desc()))

    async def drop_pending_for_chat(self, chat_id: int, reason: str) -> int:
        await self.session.flush()
        c = tables.outbox.c
        return await self._rows(
            update(tables.outbox)
            .where(c.chat_id == chat_id, c.status == "pending")
            .values(status="dead", error=reason[:200])
        )

    async def release_stale(self, before: datetime) -> int:
        c = tables.outbox.c
        return await self._rows(
            update(tables.outbox)
            .where(c.status == "sending", c.claimed_at < before)
            .values(status="pending")
        )

    async def purge_sent(self, before: datetime) -> int:
        c = tables.outbox.c
        return await self._rows(
            delete(tables.outbox).where(c.status.in_(("sent", "dead")), c.created_at < before)
        )


class SqlTimerRepo(SqlRepo):
    async def add(self, timer: Timer) -> None:
        self.session.add(timer)

    async def get(self, timer_id: int) -> Timer | None:
        return await self.session.get(Timer, timer_id)

    async def due(self, now: datetime, limit: int) -> list[Timer]:
        c = tables.timers.c
        query = select(Timer).where(c.status == TimerStatus.PENDING, c.due_at <= now)
        return await self._all(query.order_by(c.due_at, c.id).limit(limit))

    async def next_due_at(self) -> datetime | None:
        c = tables.timers.c
        query = select(func.min(c.due_at)).where(c.status == TimerStatus.PENDING)
        value: datetime | None = (await self.session.execute(query)).scalar()
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value

    async def claim(self, timer_id: int) -> bool:
        await self.session.flush()
        c = tables.timers.c
        at = datetime.now(UTC)
        statement = (
            update(tables.timers)
            .where(c.id == timer_id, c.status == TimerStatus.PENDING)
            .values(status=TimerStatus.RUNNING, claimed_at=at, attempts=c.attempts + 1)
        )
        if await self._rows(statement) != 1:
            return False
        self._sync(Timer, timer_id, status=TimerStatus.RUNNING)
        return True

    async def cancel(self, kind: TimerKind, ref_id: int) -> int:
        await self.session.flush()
        c = tables.timers.c
        return await self._rows(
            update(tables.timers)
            .where(c.kind == kind, c.ref_id == ref_id, c.status == TimerStatus.PENDING)
            .values(status=TimerStatus.CANCELLED)
        )

    async def pending_of_kind(self, kind: TimerKind) -> list[Timer]:
        c = tables.timers.c
        query = select(Timer).where(c.kind == kind, c.status == TimerStatus.PENDING)
        return await self._all(query.order_by(c.due_at))

    async def release_stale(self, before: datetime) -> int:
        c = tables.timers.c
        return await self._rows(
            update(tables.timers)
            .where(c.status == TimerStatus.RUNNING, c.claimed_at < before)
            .values(status=TimerStatus.PENDING)
        )
