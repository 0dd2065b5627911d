"""Timed work: the database row is the truth; whoever claims a due timer does it, once."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from matching.models import TimerKind, TimerStatus
from matching.policy import Policy
from matching.ports import UnitOfWork, UnitOfWorkFactory
from matching.services import conversations, followups, offers, privacy, queueing, waiting

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=5)


async def run_due(uow_factory: UnitOfWorkFactory, now: datetime, policy: Policy) -> int:
    """Do every timer that fell due (also those missed while the bot was down). Runs every
    second: one read when nothing is due (stale claims are released by ``rematch``)."""
    async with uow_factory() as uow:
        due = await uow.timers.due(now, 200)
    done = 0
    for timer in due:
        async with uow_factory() as uow:
            if not await uow.timers.claim(timer.id or 0):
                continue
            await uow.commit()
            try:
                await _dispatch(uow, timer.kind, timer.ref_id, now, policy)
            except Exception:
                log.exception("timer %s (%s) failed", timer.id, timer.kind)
                await uow.rollback()
            claimed = await uow.timers.get(timer.id or 0)
            if claimed is not None:
                claimed.status = TimerStatus.DONE
            await uow.commit()
            done += 1
    return done


async def rematch(uow_factory: UnitOfWorkFactory, now: datetime, policy: Policy) -> int:
    """Periodic pass: timers claimed by a worker that died mid-work go back to due, and offers
    go to requests whose helpers' refusals have been forgotten."""
    async with uow_factory() as uow:
        await uow.timers.release_stale(now - STALE_AFTER)
        made = await queueing.match_waiting(uow, now, policy)
        await uow.commit()
    return made


async def _dispatch(
    uow: UnitOfWork, kind: TimerKind, ref_id: int, now: datetime, policy: Policy
) -> None:
    if kind is TimerKind.OFFER_TIMEOUT:
        await offers.expire(uow, ref_id, now, policy)
    elif kind is TimerKind.IDLE_CLOSE:
        await conversations.idle_check(uow, ref_id, now, policy)
    elif kind is TimerKind.WAIT_ALERT:
        await waiting.alert_if_still_waiting(uow, ref_id, now, policy)
    elif kind is TimerKind.CHECKIN:
        await followups.send_checkin(uow, ref_id, now, policy)
    elif kind is TimerKind.RETENTION:
        await privacy.purge(uow, now, policy)
    else:
        log.warning("no handler for timer kind %s", kind)
