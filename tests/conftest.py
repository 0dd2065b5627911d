"""Shared fixtures: the database each test runs on, the emulator and the bot."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest


async def reset_postgres(url: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


@pytest.fixture
async def app_database_url(tmp_path: Path) -> AsyncIterator[str]:
    """An empty database: PostgreSQL when DATABASE_URL says so, else an SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgresql"):
        await reset_postgres(url)
        yield url
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / 'pairline.sqlite3'}"


@pytest.fixture
async def redis_url() -> str | None:
    """Redis when REDIS_URL says so, emptied so counters from one test never reach the next."""
    url = os.environ.get("REDIS_URL") or None
    if url:
        from redis.asyncio import Redis

        client = Redis.from_url(url)
        await client.flushdb()
        await client.aclose()
    return url
