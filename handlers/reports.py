"""Coordinator views: helper and queue lists, statistics (chart, summary, CSV), in a language."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.charts import render_png
from handlers.i18n import Texts
from matching import stats as stats_module
from matching.followup_models import CheckInAnswer
from matching.models import RequestStatus
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services.admin import HelperRow, QueueRow
from matching.stats import Stats

CHART_LABELS = (
    "crisis", "urgent", "routine", "conversations", "median_wait", "p90_wait", "better", "same",
    "worse", "talk", "requests_title", "wait_title", "checkins_title", "hope", "agency", "minutes",
)


def _ago(texts: Texts, lang: str, then: datetime | None, now: datetime) -> str:
    if then is None:
        return texts.get(lang, "ago.never")
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 60:
        return texts.get(lang, "ago.minutes", n=max(minutes, 0))
    if minutes < 48 * 60:
        return texts.get(lang, "ago.hours", n=minutes // 60)
    return texts.get(lang, "ago.days", n=minutes // 1440)


def helpers_text(texts: Texts, lang: str, rows: list[HelperRow], now: datetime) -> str:
    if not rows:
        return texts.get(lang, "admin.helpers_none")
    lines = [texts.get(lang, "admin.helpers_title", count=len(rows))]
    for row in rows:
        state = "suspended" if row.suspended else "on_duty" if row.on_duty else "away"
        themes = ", ".join(texts.get(lang, f"theme.{t}") for t in row.themes.split(",") if t)
        lines.append(texts.get(
            lang, "admin.helper_line", name=row.name, state=f"@state.{state}", open=row.open,
            capacity=row.capacity, themes=themes or texts.get(lang, "admin.all_themes"),
            languages=row.languages, family=" 👪" if row.family_peer else "",
            ago=_ago(texts, lang, row.last_active, now),
        ))
    return "\n".join(lines)


def queue_text(texts: Texts, lang: str, rows: list[QueueRow]) -> str:
    if not rows:
        return texts.get(lang, "admin.queue_empty")
    lines = [texts.get(lang, "admin.queue_title", count=len(rows))]
    for row in rows:
        lines.append(texts.get(
            lang, "admin.queue_line", who=row.pseudonym, level=f"@level.{row.level.value}",
            theme=f"@theme.{row.theme.value}",
            whom="@whom.relative" if row.relative else "@whom.self", minutes=row.minutes,
            offered=texts.get(lang, "admin.offered") if row.offered else "",
        ))
    return "\n".join(lines)


async def gather(uow: UnitOfWork, since: datetime, now: datetime, days: int,
                 policy: Policy) -> Stats:
    zone = ZoneInfo(policy.timezone)
    requests = [r for r in await uow.requests.since(since)
                if r.status is not RequestStatus.INTAKE or r.queued_at is not None]
    start = (now.astimezone(zone) - timedelta(days=days - 1)).date()
    return stats_module.compute(
        requests,
        await uow.conversations.since(since),
        await uow.checkins.since(since - timedelta(days=31)),
        await uow.outcomes.since(since - timedelta(days=31)),
        start,
        days,
        zone,
    )


def csv_bytes(figures: Stats) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(stats_module.to_csv_rows(figures))
    return buffer.getvalue().encode("utf-8")


def chart(texts: Texts, lang: str, figures: Stats, days: int) -> bytes:
    labels = {name: texts.get(lang, f"chart.{name}") for name in CHART_LABELS}
    return render_png(figures, texts.get(lang, "chart.title", days=days), labels)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"


def _minutes(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def summary_text(texts: Texts, lang: str, figures: Stats, days: int) -> str:
    s = figures.summary
    levels = {level.value: count for level, count in s.by_level.items()}
    return texts.get(
        lang, "stats.summary", days=days, requests=s.requests,
        crisis=levels.get("crisis", 0), urgent=levels.get("urgent", 0),
        routine=levels.get("routine", 0), conversations=s.conversations,
        median=_minutes(s.median_wait_min), p90=_minutes(s.p90_wait_min),
        better=s.checkins.get(CheckInAnswer.BETTER, 0),
        same=s.checkins.get(CheckInAnswer.SAME, 0),
        worse=s.checkins.get(CheckInAnswer.WORSE, 0),
        talk=s.checkins.get(CheckInAnswer.TALK, 0),
        hope=_pct(s.hope_share), hope_n=s.hope_n, agency=_pct(s.agency_share),
        agency_n=s.agency_n,
    )
