"""Coordinators hear about requests that wait too long."""

from __future__ import annotations

from datetime import datetime

from matching.models import RequestStatus
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.queue import waited
from matching.services.notify import alert_coordinators


async def alert_if_still_waiting(
    uow: UnitOfWork, request_id: int, now: datetime, policy: Policy
) -> bool:
    request = await uow.requests.get(request_id)
    if request is None or request.status not in (RequestStatus.WAITING, RequestStatus.OFFERED):
        return False
    seeker = await uow.people.get(request.seeker_id)
    await alert_coordinators(
        uow,
        policy,
        "alert.waiting",
        now,
        who=seeker.pseudonym if seeker else "?",
        level=f"@level.{request.level.value}",
        minutes=int(waited(request, now).total_seconds() // 60),
    )
    return True
