from datetime import UTC, datetime, timedelta

from matching.models import Level, Request, RequestStatus
from matching.queue import AGEING, ordered, position, rough_wait_minutes

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def req(ident: int, level: Level, waited_minutes: float, first: bool = False) -> Request:
    queued = NOW - timedelta(minutes=waited_minutes)
    return Request(seeker_id=ident, created_at=queued, queued_at=queued, level=level,
                   status=RequestStatus.WAITING, first_in_line=first, id=ident)


def test_crisis_is_served_before_urgent_before_routine() -> None:
    queue = [req(1, Level.ROUTINE, 5), req(2, Level.URGENT, 1), req(3, Level.CRISIS, 0)]
    assert [r.id for r in ordered(queue, NOW)] == [3, 2, 1]


def test_same_level_oldest_first() -> None:
    queue = [req(1, Level.URGENT, 2), req(2, Level.URGENT, 9)]
    assert [r.id for r in ordered(queue, NOW)] == [2, 1]


def test_a_long_wait_lets_routine_overtake_a_fresh_urgent_request() -> None:
    minutes = AGEING.total_seconds() / 60
    old_routine = req(1, Level.ROUTINE, minutes * 1.5)
    fresh_urgent = req(2, Level.URGENT, 0)
    assert [r.id for r in ordered([fresh_urgent, old_routine], NOW)] == [1, 2]


def test_request_handed_back_is_first_in_line_even_before_crisis() -> None:
    queue = [req(1, Level.CRISIS, 30), req(2, Level.ROUTINE, 0, first=True)]
    assert ordered(queue, NOW)[0].id == 2


def test_position_counts_from_one() -> None:
    a, b = req(1, Level.ROUTINE, 10), req(2, Level.ROUTINE, 1)
    assert position(a, [a, b], NOW) == 1
    assert position(b, [a, b], NOW) == 2


def test_rough_wait_grows_with_place_and_shrinks_with_helpers() -> None:
    assert rough_wait_minutes(1, 1) == 5
    assert rough_wait_minutes(4, 1) > rough_wait_minutes(4, 2)
    assert rough_wait_minutes(7, 2) % 5 == 0
