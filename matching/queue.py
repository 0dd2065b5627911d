"""Queue priority: crisis, then urgent, then routine, with ageing so nobody waits forever."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from matching.models import LEVEL_RANK, Request

#: A request gains one level of priority for every AGEING of waiting.
AGEING = timedelta(minutes=20)
#: Handed back to the queue after a helper left: ahead of everything else.
FIRST_IN_LINE_BONUS = 100.0


def waited(request: Request, now: datetime) -> timedelta:
    start = request.queued_at or request.created_at
    return max(now - start, timedelta(0))


def priority(request: Request, now: datetime) -> float:
    """Higher is served first. A routine request waiting 2 x AGEING overtakes a fresh crisis
    only in theory: crisis requests also age, so among equals the older goes first."""
    score = LEVEL_RANK[request.level] + waited(request, now) / AGEING
    if request.first_in_line:
        score += FIRST_IN_LINE_BONUS
    return score


def ordered(requests: Iterable[Request], now: datetime) -> list[Request]:
    """Requests in the order they should be served (ties: the oldest, then the lowest id)."""

    def key(request: Request) -> tuple[float, datetime, int]:
        start = request.queued_at or request.created_at
        return (-priority(request, now), start, request.id or 0)

    return sorted(requests, key=key)


def position(request: Request, queue: Iterable[Request], now: datetime) -> int:
    """1-based place in line of ``request`` in ``queue``."""
    for index, other in enumerate(ordered(queue, now), start=1):
        if other.id == request.id:
            return index
    return 1


def rough_wait_minutes(place: int, helpers_on_duty: int, per_conversation: int = 15) -> int:
    """A deliberately rough estimate shown to seekers, rounded up to 5 minutes."""
    if place <= helpers_on_duty:
        return 5
    rounds = -(-place // max(helpers_on_duty, 1))
    minutes = rounds * per_conversation
    return max(5, -(-minutes // 5) * 5)
