"""Short-lived state kept out of the database: offer snippets and flood counters.

With ``REDIS_URL`` it lives in Redis (shared by every bot process, expiring on its own);
without, in this process's memory."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

SNIPPET_PREFIX = "pairline:snippet:"
FLOOD_PREFIX = "pairline:"


def make_redis(url: str) -> Any:
    from redis.asyncio import Redis

    return Redis.from_url(url, decode_responses=True)


class MemorySnippets:
    def __init__(self, ttl: int) -> None:
        self._ttl = ttl
        self._items: dict[int, tuple[float, str]] = {}

    async def put(self, request_id: int, text: str) -> None:
        self._items[request_id] = (time.monotonic() + self._ttl, text)

    async def get(self, request_id: int) -> str | None:
        found = self._items.get(request_id)
        if found is None:
            return None
        if found[0] < time.monotonic():
            self._items.pop(request_id, None)
            return None
        return found[1]

    async def delete(self, request_id: int) -> None:
        self._items.pop(request_id, None)


class RedisSnippets:
    def __init__(self, redis: Any, ttl: int) -> None:
        self._redis = redis
        self._ttl = ttl

    async def put(self, request_id: int, text: str) -> None:
        await self._redis.set(f"{SNIPPET_PREFIX}{request_id}", text, ex=self._ttl)

    async def get(self, request_id: int) -> str | None:
        value = await self._redis.get(f"{SNIPPET_PREFIX}{request_id}")
        return None if value is None else str(value)

    async def delete(self, request_id: int) -> None:
        await self._redis.delete(f"{SNIPPET_PREFIX}{request_id}")


class MemoryRateLimiter:
    """Sliding window: at most ``limit`` hits per ``window`` seconds per key."""

    def __init__(self, limit: int, window: int) -> None:
        self._limit = limit
        self._window = window
        self._hits: dict[str, deque[float]] = {}

    async def hit(self, key: str) -> bool:
        """Count one event; True while the key is within its limit."""
        now = time.monotonic()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self._window:
            hits.popleft()
        if len(hits) >= self._limit:
            return False
        hits.append(now)
        return True


class RedisRateLimiter:
    """Fixed window counter in Redis (INCR + EXPIRE), shared by every bot process."""

    def __init__(self, redis: Any, limit: int, window: int) -> None:
        self._redis = redis
        self._limit = limit
        self._window = window

    async def hit(self, key: str) -> bool:
        bucket = int(time.time() // self._window)
        name = f"{FLOOD_PREFIX}{key}:{bucket}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, self._window * 2)
            count, _ = await pipe.execute()
        return int(count) <= self._limit
