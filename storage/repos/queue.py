"""Requests, offers and conversations: the atomic transitions live here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from matching.models import (
    Conversation,
    ConversationStatus,
    Offer,
    OfferStatus,
    Person,
    Request,
    RequestStatus,
)
from storage import tables
from storage.repos.base import SqlRepo

OPEN = (RequestStatus.INTAKE, RequestStatus.WAITING, RequestStatus.OFFERED, RequestStatus.ACTIVE)
QUEUED = (RequestStatus.WAITING, RequestStatus.OFFERED)


class SqlRequestRepo(SqlRepo):
    async def get(self, request_id: int) -> Request | None:
        return await self.session.get(Request, request_id)

    async def add(self, request: Request) -> None:
        self.session.add(request)

    async def open_for_seeker(self, seeker_id: int) -> Request | None:
        c = tables.requests.c
        query = select(Request).where(c.seeker_id == seeker_id, c.status.in_(OPEN))
        return await self._one(query.order_by(c.id.desc()))

    async def queued(self) -> list[Request]:
        c = tables.requests.c
        return await self._all(select(Request).where(c.status.in_(QUEUED)).order_by(c.id))

    async def since(self, since: datetime) -> list[Request]:
        c = tables.requests.c
        return await self._all(select(Request).where(c.created_at >= since).order_by(c.id))


class SqlOfferRepo(SqlRepo):
    async def get(self, offer_id: int) -> Offer | None:
        return await self.session.get(Offer, offer_id)

    async def add(self, offer: Offer) -> None:
        self.session.add(offer)

    async def pending_for_request(self, request_id: int) -> Offer | None:
        c = tables.offers.c
        query = select(Offer).where(c.request_id == request_id, c.status == OfferStatus.PENDING)
        return await self._one(query.order_by(c.id.desc()))

    async def pending_helpers(self) -> set[int]:
        c = tables.offers.c
        query = select(c.helper_id).where(c.status == OfferStatus.PENDING).distinct()
        found: list[int] = list((await self.session.execute(query)).scalars().all())
        return set(found)

    async def transition(
        self, offer_id: int, old: OfferStatus, new: OfferStatus, at: datetime
    ) -> bool:
        await self.session.flush()
        c = tables.offers.c
        statement = (
            update(tables.offers)
            .where(c.id == offer_id, c.status == old)
            .values(status=new, answered_at=at)
            .returning(c.message_id)
        )
        # RETURNING reads the row once its lock is ours: a message id recorded meanwhile by the
        # delivery (record_message) is seen here, so the buttons of that message can go
        row = (await self.session.execute(statement)).first()
        if row is None:
            return False
        self._sync(Offer, offer_id, status=new, answered_at=at, message_id=row[0])
        return True

    async def record_message(self, offer_id: int, message_id: int) -> OfferStatus | None:
        await self.session.flush()
        c = tables.offers.c
        statement = (
            update(tables.offers)
            .where(c.id == offer_id)
            .values(message_id=message_id)
            .returning(c.status)
        )
        row = (await self.session.execute(statement)).first()
        if row is None:
            return None
        self._sync(Offer, offer_id, message_id=message_id)
        return OfferStatus(row[0])

    async def refused_since(self, request_id: int, since: datetime) -> set[int]:
        c = tables.offers.c
        query = select(c.helper_id).where(
            c.request_id == request_id,
            c.status.in_((OfferStatus.DECLINED, OfferStatus.EXPIRED)),
            func.coalesce(c.answered_at, c.created_at) >= since,
        )
        found: list[int] = list((await self.session.execute(query)).scalars().all())
        return set(found)


class SqlConversationRepo(SqlRepo):
    async def get(self, conversation_id: int) -> Conversation | None:
        return await self.session.get(Conversation, conversation_id)

    async def add(self, conversation: Conversation) -> None:
        self.session.add(conversation)

    async def active_for_seeker(self, seeker_id: int) -> Conversation | None:
        """Loads the helper's person with it (one query for the relay's hot path)."""
        c = tables.conversations.c
        query = (
            select(Conversation, Person)
            .join(Person, tables.people.c.id == c.helper_id)
            .where(c.seeker_id == seeker_id, c.status == ConversationStatus.ACTIVE)
            .order_by(c.id.desc())
            .limit(1)
        )
        row = (await self.session.execute(query)).first()
        if row is None:
            return None
        self._loaded.append(row[1])
        return row[0]

    async def active_for_helper(self, helper_id: int) -> list[Conversation]:
        c = tables.conversations.c
        query = select(Conversation).where(
            c.helper_id == helper_id, c.status == ConversationStatus.ACTIVE
        )
        return await self._all(query.order_by(c.id))

    async def last_for_seeker(self, seeker_id: int) -> Conversation | None:
        c = tables.conversations.c
        query = select(Conversation).where(c.seeker_id == seeker_id)
        return await self._one(query.order_by(c.id.desc()))

    async def close(self, conversation_id: int, at: datetime, by: str) -> bool:
        await self.session.flush()
        c = tables.conversations.c
        statement = (
            update(tables.conversations)
            .where(c.id == conversation_id, c.status == ConversationStatus.ACTIVE)
            .values(status=ConversationStatus.CLOSED, closed_at=at, closed_by=by)
        )
        if await self._rows(statement) != 1:
            return False
        self._sync(
            Conversation,
            conversation_id,
            status=ConversationStatus.CLOSED,
            closed_at=at,
            closed_by=by,
        )
        return True

    async def since(self, since: datetime) -> list[Conversation]:
        c = tables.conversations.c
        query = select(Conversation).where(c.started_at >= since)
        return await self._all(query.order_by(c.id))
