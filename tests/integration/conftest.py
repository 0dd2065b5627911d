"""A migrated database (SQLite file, or PostgreSQL when DATABASE_URL says so) and a UoW factory."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from matching.ports import UnitOfWorkFactory
from storage.database import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.uow import make_uow_factory


@pytest.fixture
async def uow_factory(app_database_url: str) -> AsyncIterator[UnitOfWorkFactory]:
    await upgrade(app_database_url)
    engine = make_engine(app_database_url)
    yield make_uow_factory(make_session_factory(engine))
    await engine.dispose()
