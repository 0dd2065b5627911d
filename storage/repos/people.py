"""People, helper profiles, invites and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from matching.models import (
    AuditEvent,
    ConversationStatus,
    HelperProfile,
    Invite,
    Person,
    Role,
)
from storage import tables
from storage.repos.base import SqlRepo


class SqlPeopleRepo(SqlRepo):
    async def get(self, person_id: int) -> Person | None:
        return await self.session.get(Person, person_id)

    async def by_telegram(self, telegram_id: int) -> Person | None:
        for loaded in self.session.identity_map.values():  # already in this unit of work
            if isinstance(loaded, Person) and loaded.telegram_id == telegram_id:
                return loaded
        return await self._one(select(Person).where(tables.people.c.telegram_id == telegram_id))

    async def by_pseudonym(self, pseudonym: str) -> Person | None:
        wanted = pseudonym.strip().removeprefix("#")
        query = select(Person).where(func.upper(tables.people.c.pseudonym) == wanted.upper())
        return await self._one(query)

    async def add(self, person: Person) -> None:
        self.session.add(person)

    async def coordinators(self) -> list[Person]:
        query = select(Person).where(tables.people.c.role == Role.COORDINATOR)
        return await self._all(query.order_by(tables.people.c.id))

    async def delete(self, person: Person) -> None:
        await self.session.delete(person)


class SqlHelperRepo(SqlRepo):
    async def by_person(self, person_id: int) -> HelperProfile | None:
        for loaded in self.session.identity_map.values():  # already in this unit of work
            if isinstance(loaded, HelperProfile) and loaded.person_id == person_id:
                return loaded
        c = tables.helper_profiles.c
        return await self._one(select(HelperProfile).where(c.person_id == person_id))

    async def by_display_name(self, name: str) -> HelperProfile | None:
        c = tables.helper_profiles.c
        query = select(HelperProfile).where(func.lower(c.display_name) == name.strip().lower())
        return await self._one(query)

    async def add(self, profile: HelperProfile) -> None:
        self.session.add(profile)

    async def all(self) -> list[HelperProfile]:
        return await self._all(select(HelperProfile).order_by(tables.helper_profiles.c.id))

    async def open_conversation_counts(self) -> dict[int, int]:
        c = tables.conversations.c
        query = (
            select(c.helper_id, func.count())
            .where(c.status == ConversationStatus.ACTIVE)
            .group_by(c.helper_id)
        )
        rows: list[Any] = list((await self.session.execute(query)).all())
        return {int(h): int(n) for h, n in rows}


class SqlInviteRepo(SqlRepo):
    async def add(self, invite: Invite) -> None:
        self.session.add(invite)

    async def by_code(self, code: str) -> Invite | None:
        return await self._one(select(Invite).where(tables.invites.c.code == code))


class SqlAuditRepo(SqlRepo):
    async def add(self, event: AuditEvent) -> None:
        self.session.add(event)

    async def recent(self, limit: int) -> list[AuditEvent]:
        c = tables.audit_events.c
        return await self._all(select(AuditEvent).order_by(c.id.desc()).limit(limit))


class SqlSettingsRepo(SqlRepo):
    async def get(self, key: str) -> str | None:
        c = tables.line_settings.c
        value = (await self.session.execute(select(c.value).where(c.key == key))).scalar()
        return None if value is None else str(value)

    async def put(self, key: str, value: str, at: datetime) -> None:
        c = tables.line_settings.c
        changed = await self._rows(
            update(tables.line_settings).where(c.key == key).values(value=value, updated_at=at)
        )
        if not changed:
            await self.session.execute(
                tables.line_settings.insert().values(key=key, value=value, updated_at=at)
            )
