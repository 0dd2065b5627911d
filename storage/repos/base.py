"""What every repository shares: the session and a few query helpers."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import CursorResult, Select, inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

T = TypeVar("T")


class SqlRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        # The session's identity map holds unchanged entities weakly: an entity loaded alongside
        # another (a join) is kept here for the unit of work, so a later get() needs no query.
        self._loaded: list[object] = []

    async def _one(self, query: Select[T]) -> T | None:
        return (await self.session.execute(query.limit(1))).scalars().first()

    async def _all(self, query: Select[T]) -> list[T]:
        return list((await self.session.execute(query)).scalars().all())

    async def _rows(self, statement: Any) -> int:
        """Execute a Core UPDATE or DELETE and return how many rows it touched."""
        result = await self.session.execute(statement)
        assert isinstance(result, CursorResult)
        return int(result.rowcount or 0)

    def _sync(self, entity: type, ident: int, **values: object) -> None:
        """After a conditional Core UPDATE, bring the session's copy (if loaded) up to date."""
        key: Any = inspect(entity).identity_key_from_primary_key((ident,))
        loaded = self.session.sync_session.identity_map.get(key)
        if loaded is not None:
            for name, value in values.items():
                set_committed_value(loaded, name, value)
