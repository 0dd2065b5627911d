"""APScheduler 3 jobs: module-level coroutines; the database rows are the truth.

The in-process scheduler only wakes the bot: ``sweep`` does every due timer (also those that fell
due while the bot was down) and delivers what the outbox owes; several bot processes can run it
at once because every row is claimed atomically before it is acted on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from matching.policy import Policy
from matching.ports import UnitOfWorkFactory
from matching.services import timers
from matching.services.delivery import Deliverer

log = logging.getLogger(__name__)


@dataclass
class JobContext:
    uow_factory: UnitOfWorkFactory
    policy: Policy
    deliverer: Deliverer
    now: Callable[[], datetime]


_context: JobContext | None = None


def configure(context: JobContext | None) -> None:
    global _context
    _context = context


def current() -> JobContext | None:
    return _context


def _ctx() -> JobContext:
    if _context is None:
        raise RuntimeError("scheduler.jobs.configure() was not called")
    return _context


async def sweep(ctx: JobContext | None = None) -> None:
    """Due timers, then the outbox."""
    ctx = ctx or _ctx()
    try:
        await timers.run_due(ctx.uow_factory, ctx.now(), ctx.policy)
        await ctx.deliverer.run_once()
    except Exception:
        log.exception("sweep failed")


async def rematch(ctx: JobContext | None = None) -> None:
    ctx = ctx or _ctx()
    try:
        await timers.rematch(ctx.uow_factory, ctx.now(), ctx.policy)
        await ctx.deliverer.release_stale()
    except Exception:
        log.exception("rematch failed")


def make_scheduler(
    sweep_seconds: float = 1.0, rematch_seconds: float = 30.0, context: JobContext | None = None
) -> AsyncIOScheduler:
    """``context``: this scheduler's own (several bots in one process must not share one)."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    common = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None,
              "kwargs": {"ctx": context}}
    scheduler.add_job(sweep, "interval", seconds=sweep_seconds, id="sweep", **common)
    scheduler.add_job(rematch, "interval", seconds=rematch_seconds, id="rematch", **common)
    return scheduler
