"""Daily activity statistics of the listening line: pure aggregation, standard library only.

``compute`` turns entities into anonymous daily counts and waiting times; nothing in the result
identifies a person (no ids, no pseudonyms), so ``to_csv_rows`` can be exported as is.

Conventions:

* Every instant is placed on a calendar day in ``zone`` (naive datetimes are read as UTC).
  Entities whose day falls outside ``start .. start + days - 1`` are ignored.
* Requests count on the day of ``created_at``, by their (current) level.
* A wait is the minutes from ``request.queued_at`` to ``conversation.started_at`` (matched
  through ``conversation.request_id``), counted on the day the conversation started. A request
  that was never queued gives no wait; a negative wait (clock skew) counts as zero.
* Check-ins count when answered (an answer and ``answered_at``), on the day of ``answered_at``.
* Outcomes count on the day of ``answered_at`` (``asked_at`` when unset).
* Median and p90 use the nearest-rank method: sort the n values, take the one of rank
  ``ceil(p / 100 * n)`` (1-based). The median is the 50th percentile, so for an even n it is the
  lower of the two middle values, always an observed value, never an interpolation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from matching.followup_models import CheckIn, CheckInAnswer, Outcome, OutcomeAnswer
from matching.models import Conversation, Level, Request

POSITIVE: frozenset[OutcomeAnswer] = frozenset({OutcomeAnswer.A_LOT, OutcomeAnswer.A_LITTLE})

CSV_HEADER: tuple[str, ...] = (
    "day", "requests_crisis", "requests_urgent", "requests_routine", "conversations",
    "median_wait_min", "p90_wait_min",
    "checkins_better", "checkins_same", "checkins_worse", "checkins_talk",
)


@dataclass(frozen=True)
class DayRow:
    day: date
    crisis: int = 0
    urgent: int = 0
    routine: int = 0
    conversations: int = 0
    median_wait_min: float | None = None
    p90_wait_min: float | None = None
    checkins_better: int = 0
    checkins_same: int = 0
    checkins_worse: int = 0
    checkins_talk: int = 0

    @property
    def requests(self) -> int:
        return self.crisis + self.urgent + self.routine


@dataclass(frozen=True)
class Summary:
    requests: int
    by_level: dict[Level, int]
    conversations: int
    median_wait_min: float | None
    p90_wait_min: float | None
    checkins: dict[CheckInAnswer, int]
    outcome_answered: int
    hope_share: float | None
    agency_share: float | None
    hope_n: int
    agency_n: int


@dataclass(frozen=True)
class Stats:
    rows: tuple[DayRow, ...]
    summary: Summary


def percentile(values: Iterable[float], p: int) -> float | None:
    """Nearest-rank ``p``-th percentile (0 < p <= 100) of ``values``; None when empty."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, -(-p * len(ordered) // 100))  # ceil(p * n / 100), in integers
    return ordered[rank - 1]


def local_day(at: datetime, zone: tzinfo) -> date:
    """The calendar day of ``at`` in ``zone``; a naive datetime is taken as UTC."""
    return _aware(at).astimezone(zone).date()


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _share(answers: Iterable[OutcomeAnswer | None]) -> tuple[float | None, int]:
    """Share answering A_LOT or A_LITTLE among real answers (not None, not SKIP), and their n."""
    given = [a for a in answers if a is not None and a is not OutcomeAnswer.SKIP]
    if not given:
        return None, 0
    return sum(1 for a in given if a in POSITIVE) / len(given), len(given)


def _answered(answer: OutcomeAnswer | None) -> bool:
    return answer is not None and answer is not OutcomeAnswer.SKIP


def compute(
    requests: list[Request],
    conversations: list[Conversation],
    checkins: list[CheckIn],
    outcomes: list[Outcome],
    start: date,
    days: int,
    zone: tzinfo,
) -> Stats:
    """Aggregate the entities into ``days`` daily rows from ``start`` in ``zone``, and a summary."""
    span = [start + timedelta(days=i) for i in range(max(days, 0))]
    window = set(span)

    levels: dict[date, Counter[Level]] = {d: Counter() for d in span}
    for request in requests:
        day = local_day(request.created_at, zone)
        if day in window:
            levels[day][request.level] += 1

    queued_at: dict[int, datetime] = {
        r.id: r.queued_at for r in requests if r.id is not None and r.queued_at is not None
    }
    started: Counter[date] = Counter()
    waits: dict[date, list[float]] = {d: [] for d in span}
    for conversation in conversations:
        day = local_day(conversation.started_at, zone)
        if day not in window:
            continue
        started[day] += 1
        queued = queued_at.get(conversation.request_id)
        if queued is not None:
            minutes = (_aware(conversation.started_at) - _aware(queued)).total_seconds() / 60
            waits[day].append(max(minutes, 0.0))

    answers: dict[date, Counter[CheckInAnswer]] = {d: Counter() for d in span}
    for checkin in checkins:
        if checkin.answer is None or checkin.answered_at is None:
            continue
        day = local_day(checkin.answered_at, zone)
        if day in window:
            answers[day][checkin.answer] += 1

    kept = [o for o in outcomes if local_day(o.answered_at or o.asked_at, zone) in window]

    rows = tuple(
        DayRow(
            day=d,
            crisis=levels[d][Level.CRISIS],
            urgent=levels[d][Level.URGENT],
            routine=levels[d][Level.ROUTINE],
            conversations=started[d],
            median_wait_min=percentile(waits[d], 50),
            p90_wait_min=percentile(waits[d], 90),
            checkins_better=answers[d][CheckInAnswer.BETTER],
            checkins_same=answers[d][CheckInAnswer.SAME],
            checkins_worse=answers[d][CheckInAnswer.WORSE],
            checkins_talk=answers[d][CheckInAnswer.TALK],
        )
        for d in span
    )
    return Stats(rows=rows, summary=_summarise(levels, started, waits, answers, kept))


def _summarise(
    levels: Mapping[date, Counter[Level]],
    started: Counter[date],
    waits: Mapping[date, list[float]],
    answers: Mapping[date, Counter[CheckInAnswer]],
    outcomes: list[Outcome],
) -> Summary:
    by_level = {level: sum(c[level] for c in levels.values()) for level in Level}
    all_waits = [w for day in waits.values() for w in day]
    hope_share, hope_n = _share(o.hope for o in outcomes)
    agency_share, agency_n = _share(o.agency for o in outcomes)
    return Summary(
        requests=sum(by_level.values()),
        by_level=by_level,
        conversations=sum(started.values()),
        median_wait_min=percentile(all_waits, 50),
        p90_wait_min=percentile(all_waits, 90),
        checkins={a: sum(c[a] for c in answers.values()) for a in CheckInAnswer},
        outcome_answered=sum(1 for o in outcomes if _answered(o.hope) or _answered(o.agency)),
        hope_share=hope_share,
        agency_share=agency_share,
        hope_n=hope_n,
        agency_n=agency_n,
    )


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def to_csv_rows(stats: Stats) -> list[list[str]]:
    """Header row then one row per day: anonymous daily aggregates only, plain numbers."""
    out = [list(CSV_HEADER)]
    for row in stats.rows:
        out.append([
            row.day.isoformat(), str(row.crisis), str(row.urgent), str(row.routine),
            str(row.conversations), _minutes(row.median_wait_min), _minutes(row.p90_wait_min),
            str(row.checkins_better), str(row.checkins_same), str(row.checkins_worse),
            str(row.checkins_talk),
        ])
    return out
