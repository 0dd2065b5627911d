"""The unit of work: one AsyncSession, every repository, commit or roll back."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matching.lane import LaneRepo
from matching.ports import (
    AuditRepo,
    CheckInRepo,
    ConversationRepo,
    HeldRepo,
    HelperRepo,
    InviteRepo,
    LinkRepo,
    OfferRepo,
    OutboxRepo,
    OutcomeRepo,
    PeopleRepo,
    RequestRepo,
    RetentionRepo,
    SettingsRepo,
    TimerRepo,
    UnitOfWork,
    UnitOfWorkFactory,
)
from storage.mapping import start_mappers
from storage.repos.aftercare import SqlCheckInRepo, SqlOutcomeRepo, SqlRetentionRepo
from storage.repos.lane import SqlLaneRepo
from storage.repos.people import (
    SqlAuditRepo,
    SqlHelperRepo,
    SqlInviteRepo,
    SqlPeopleRepo,
    SqlSettingsRepo,
)
from storage.repos.queue import SqlConversationRepo, SqlOfferRepo, SqlRequestRepo
from storage.repos.relay import SqlHeldRepo, SqlLinkRepo
from storage.repos.work import SqlOutboxRepo, SqlTimerRepo


class SqlUnitOfWork:
    people: PeopleRepo
    lane: LaneRepo
    helpers: HelperRepo
    requests: RequestRepo
    offers: OfferRepo
    conversations: ConversationRepo
    held: HeldRepo
    links: LinkRepo
    outbox: OutboxRepo
    timers: TimerRepo
    invites: InviteRepo
    audit: AuditRepo
    checkins: CheckInRepo
    outcomes: OutcomeRepo
    retention: RetentionRepo
    settings: SettingsRepo

    def __init__(self, session_factory: async_sessionmaker[Any]) -> None:
        self._factory = session_factory
        self.session: AsyncSession | None = None

    async def __aenter__(self) -> UnitOfWork:
        session: AsyncSession = self._factory()
        self.session = session
        self.people = SqlPeopleRepo(session)
        self.lane = SqlLaneRepo(session)
        self.helpers = SqlHelperRepo(session)
        self.requests = SqlRequestRepo(session)
        self.offers = SqlOfferRepo(session)
        self.conversations = SqlConversationRepo(session)
        self.held = SqlHeldRepo(session)
        self.links = SqlLinkRepo(session)
        self.outbox = SqlOutboxRepo(session)
        self.timers = SqlTimerRepo(session)
        self.invites = SqlInviteRepo(session)
        self.audit = SqlAuditRepo(session)
        self.checkins = SqlCheckInRepo(session)
        self.outcomes = SqlOutcomeRepo(session)
        self.retention = SqlRetentionRepo(session)
        self.settings = SqlSettingsRepo(session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.session is not None:
            # close() rolls back what was not committed and detaches the entities with their
            # loaded state, so callers may still read them; rollback() would expire them.
            await self.session.close()
            self.session = None

    async def flush(self) -> None:
        assert self.session is not None
        await self.session.flush()

    async def commit(self) -> None:
        assert self.session is not None
        await self.session.commit()

    async def rollback(self) -> None:
        assert self.session is not None
        await self.session.rollback()


def make_uow_factory(session_factory: async_sessionmaker[Any]) -> UnitOfWorkFactory:
    start_mappers()

    def factory() -> UnitOfWork:
        return SqlUnitOfWork(session_factory)

    return factory
