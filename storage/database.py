"""Engines and sessions for SQLite (aiosqlite, the embedded default) and PostgreSQL (asyncpg)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

SUPPORTED = ("sqlite+aiosqlite", "postgresql+asyncpg")


class DatabaseError(Exception):
    """The database cannot be used; the message is one line, safe to show (no password)."""


def describe(exc: BaseException) -> str:
    """One line for a connection or migration failure, without secrets."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = text[0] if text else type(exc).__name__
    return f"{type(getattr(exc, 'orig', None) or exc).__name__}: {first}"[:300]


def check_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL ({exc})") from None
    if parsed.drivername not in SUPPORTED:
        raise DatabaseError(
            f"unsupported driver {parsed.drivername!r}; use one of {', '.join(SUPPORTED)}"
        )
    return parsed.drivername


def make_engine(url: str) -> AsyncEngine:
    driver = check_url(url)
    kwargs: dict[str, Any] = {}
    if driver.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
        # One connection per process: SQLite has a single writer anyway, and queueing for the
        # connection in asyncio is fair and fast, where SQLite's own busy handler sleeps.
        kwargs["pool_size"] = 1
        kwargs["max_overflow"] = 0
        kwargs["pool_timeout"] = 60
        # Every unit of work ends its transaction itself (commit, or close(), which rolls back),
        # so the pool's own rollback on return would be a second, empty round trip per unit.
        kwargs["pool_reset_on_return"] = None
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["pool_size"] = 10
    try:
        engine = create_async_engine(url, **kwargs)
    except (SQLAlchemyError, ImportError) as exc:
        raise DatabaseError(describe(exc)) from None
    if driver.startswith("sqlite"):
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a commit survives a crash of the bot process; only a power loss can lose the
    # last transactions. FULL would fsync on every commit and cap the relay at disk speed.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[Any]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)
