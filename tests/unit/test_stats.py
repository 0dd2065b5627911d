import struct
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.charts import render_png
from matching.followup_models import CheckIn, CheckInAnswer, CheckInStatus, Outcome, OutcomeAnswer
from matching.models import Conversation, Level, Request, RequestStatus
from matching.stats import CSV_HEADER, Stats, compute, percentile, to_csv_rows

PARIS = ZoneInfo("Europe/Paris")
START = date(2026, 3, 1)
LABELS = {
    "crisis": "Crise", "urgent": "Urgent", "routine": "Courant", "conversations": "Échanges",
    "median_wait": "Attente médiane", "p90_wait": "Attente p90", "better": "Mieux",
    "same": "Pareil", "worse": "Moins bien", "talk": "Reparler",
    "requests_title": "Demandes par jour", "wait_title": "Attente (minutes)",
    "checkins_title": "Nouvelles", "hope": "plus d'espoir", "agency": "plus capable d'agir",
    "minutes": "minutes",
}


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def request(ident: int, at: datetime, level: Level = Level.ROUTINE) -> Request:
    return Request(seeker_id=1000 + ident, created_at=at, queued_at=at, level=level,
                   status=RequestStatus.CLOSED, id=ident)


def conversation(req: Request, wait_minutes: float) -> Conversation:
    assert req.queued_at is not None and req.id is not None
    started = req.queued_at + timedelta(minutes=wait_minutes)
    return Conversation(request_id=req.id, seeker_id=req.seeker_id, helper_id=77,
                        started_at=started, last_message_at=started, id=500 + req.id)


def checkin(answer: CheckInAnswer | None, at: datetime) -> CheckIn:
    return CheckIn(conversation_id=501, seeker_id=1001, due_at=at, created_at=at,
                   status=CheckInStatus.ANSWERED if answer else CheckInStatus.SENT,
                   answer=answer, answered_at=at if answer else None)


def outcome(hope: OutcomeAnswer | None, agency: OutcomeAnswer | None) -> Outcome:
    return Outcome(conversation_id=501, asked_at=utc(2, 10), hope=hope, agency=agency,
                   answered_at=utc(2, 10, 5))


def test_a_request_late_in_the_utc_evening_counts_on_the_next_paris_day() -> None:
    late = request(1, utc(1, 23, 30), Level.CRISIS)
    stats = compute([late], [], [], [], START, 3, PARIS)
    assert [(r.day, r.crisis) for r in stats.rows] == [
        (date(2026, 3, 1), 0), (date(2026, 3, 2), 1), (date(2026, 3, 3), 0)]
    assert stats.summary.by_level[Level.CRISIS] == 1 and stats.summary.requests == 1


def test_requests_count_by_level_and_outside_the_window_are_ignored() -> None:
    reqs = [request(1, utc(1, 9), Level.CRISIS), request(2, utc(1, 10), Level.URGENT),
            request(3, utc(1, 11)), request(4, utc(1, 12)),
            request(5, datetime(2026, 2, 28, 22, 59, tzinfo=UTC)),  # 23:59 in Paris, Feb 28
            request(6, utc(3, 23, 0))]  # midnight in Paris: March 4, past the window
    row = compute(reqs, [], [], [], START, 3, PARIS).rows[0]
    assert (row.crisis, row.urgent, row.routine, row.requests) == (1, 1, 2, 4)
    assert compute(reqs, [], [], [], START, 3, PARIS).summary.requests == 4


def test_median_and_p90_waits_use_the_nearest_rank() -> None:
    waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    reqs = [request(i + 1, utc(2, 8, i)) for i in range(len(waits))]
    convs = [conversation(r, w) for r, w in zip(reqs, reversed(waits), strict=True)]
    stats = compute(reqs, convs, [], [], START, 3, PARIS)
    day = stats.rows[1]
    assert day.conversations == 10
    assert day.median_wait_min == 5.0  # rank ceil(0.5 * 10) = 5
    assert day.p90_wait_min == 9.0  # rank ceil(0.9 * 10) = 9
    assert (stats.summary.median_wait_min, stats.summary.p90_wait_min) == (5.0, 9.0)
    assert stats.rows[0].median_wait_min is None and stats.rows[0].p90_wait_min is None


def test_percentile_nearest_rank_edges() -> None:
    assert percentile([], 50) is None
    assert percentile([4.0], 90) == 4.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0  # the lower middle, no interpolation
    assert percentile([float(i) for i in range(1, 21)], 90) == 18.0


def test_the_wait_counts_on_the_day_the_conversation_started() -> None:
    req = request(1, utc(1, 22, 30))  # 23:30 in Paris on March 1
    conv = conversation(req, 45.5)  # starts 00:15 in Paris on March 2
    stats = compute([req], [conv], [], [], START, 2, PARIS)
    assert stats.rows[0].routine == 1 and stats.rows[0].conversations == 0
    assert stats.rows[1].conversations == 1 and stats.rows[1].median_wait_min == 45.5


def test_days_with_nothing_are_zero_rows() -> None:
    stats = compute([request(1, utc(3, 10))], [], [], [], START, 5, PARIS)
    assert [r.day for r in stats.rows] == [START + timedelta(days=i) for i in range(5)]
    empty = stats.rows[3]
    assert (empty.requests, empty.conversations, empty.checkins_better) == (0, 0, 0)
    assert empty.median_wait_min is None
    assert compute([], [], [], [], START, 0, PARIS).rows == ()


def test_checkins_count_when_answered_on_the_answer_day() -> None:
    cks = [checkin(CheckInAnswer.BETTER, utc(2, 9)), checkin(CheckInAnswer.BETTER, utc(2, 10)),
           checkin(CheckInAnswer.WORSE, utc(2, 23, 30)), checkin(CheckInAnswer.TALK, utc(3, 9)),
           checkin(None, utc(2, 9))]
    stats = compute([], [], cks, [], START, 4, PARIS)
    day2, day3 = stats.rows[1], stats.rows[2]
    assert (day2.checkins_better, day2.checkins_worse, day2.checkins_same) == (2, 0, 0)
    assert (day3.checkins_worse, day3.checkins_talk) == (1, 1)
    assert stats.summary.checkins[CheckInAnswer.BETTER] == 2
    assert sum(stats.summary.checkins.values()) == 4


def test_hope_share_ignores_skip_and_none() -> None:
    outs = [outcome(OutcomeAnswer.A_LOT, OutcomeAnswer.NO),
            outcome(OutcomeAnswer.A_LITTLE, OutcomeAnswer.SKIP),
            outcome(OutcomeAnswer.NO, None),
            outcome(OutcomeAnswer.SKIP, None),
            outcome(None, None),
            outcome(None, OutcomeAnswer.A_LOT)]
    s = compute([], [], [], outs, START, 3, PARIS).summary
    assert s.hope_n == 3 and s.hope_share is not None and abs(s.hope_share - 2 / 3) < 1e-9
    assert s.agency_n == 2 and s.agency_share == 0.5
    assert s.outcome_answered == 4  # the SKIP-only and the empty one are not answers


def test_shares_are_none_when_nobody_answered() -> None:
    s = compute([], [], [], [outcome(OutcomeAnswer.SKIP, None)], START, 3, PARIS).summary
    assert (s.hope_share, s.hope_n, s.agency_share, s.agency_n) == (None, 0, None, 0)
    assert s.outcome_answered == 0


def sample() -> Stats:
    reqs = [request(i, utc(1 + i % 7, 8 + i % 12), list(Level)[i % 3]) for i in range(1, 40)]
    convs = [conversation(r, 3 + (r.id or 0) % 17) for r in reqs if (r.id or 0) % 4]
    answers = list(CheckInAnswer)
    cks = [checkin(answers[i % 4], utc(2 + i % 5, 12)) for i in range(15)]
    outs = [outcome(OutcomeAnswer.A_LOT, OutcomeAnswer.A_LITTLE),
            outcome(OutcomeAnswer.NO, OutcomeAnswer.A_LOT),
            outcome(OutcomeAnswer.A_LITTLE, OutcomeAnswer.NO)]
    return compute(reqs, convs, cks, outs, START, 10, PARIS)


def test_csv_has_the_header_one_row_per_day_and_no_identity() -> None:
    stats = sample()
    rows = to_csv_rows(stats)
    assert rows[0] == list(CSV_HEADER)
    assert rows[0][0] == "day" and rows[0][-1] == "checkins_talk" and len(rows[0]) == 11
    assert len(rows) == 1 + 10
    assert all(len(r) == 11 for r in rows)
    assert rows[1][0] == "2026-03-01"
    assert rows[-1][5:7] == ["", ""]  # no conversation on the last day: empty minutes
    assert all("." in r[5] and len(r[5].split(".")[1]) == 1 for r in rows[1:] if r[5])
    text = "\n".join(",".join(r) for r in rows)
    assert "pseudo" not in text and "seeker" not in text and "helper" not in text
    for ident in ("1001", "1002", "501", "502", "77"):  # seeker, conversation and helper ids
        assert ident not in text


def test_render_png_gives_a_large_enough_png() -> None:
    png = render_png(sample(), "Pairline — mars 2026", LABELS)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 10_000
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 600 and height > 600


def test_render_png_copes_with_an_empty_period() -> None:
    png = render_png(compute([], [], [], [], START, 7, PARIS), "vide", LABELS)
    assert png.startswith(b"\x89PNG")
