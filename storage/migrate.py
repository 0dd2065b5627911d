"""Alembic migrations, applied on start and by ``python -m bot migrate``."""

from __future__ import annotations

import asyncio
import weakref
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from storage.database import DatabaseError, describe, make_engine

MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_ID = 74_117_001  # any constant: PostgreSQL advisory lock taken while migrating
_local_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()  # Alembic's context is process-global: one upgrade at a time
)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database to ``revision``; DatabaseError with one line when it cannot."""
    engine = make_engine(url)
    config = alembic_config(url)

    def run(connection: Connection) -> None:
        if connection.dialect.name == "postgresql":
            # Several bot processes starting together: one migrates, the others wait, then
            # find the schema up to date.
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": LOCK_ID})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    lock = _local_locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
    try:
        async with lock, engine.begin() as connection:
            await connection.run_sync(run)
    except (SQLAlchemyError, OSError, ConnectionError) as exc:
        raise DatabaseError(describe(exc)) from None
    except Exception as exc:  # asyncpg raises its own errors on connect
        if type(exc).__module__.startswith(("asyncpg", "sqlite3", "aiosqlite", "socket")):
            raise DatabaseError(describe(exc)) from None
        raise
    finally:
        await engine.dispose()
