"""Quiet hours: a check-in falling inside them is sent when they end."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def in_quiet_hours(moment: datetime, quiet: tuple[time, time] | None, zone: str) -> bool:
    if quiet is None:
        return False
    start, end = quiet
    local = moment.astimezone(ZoneInfo(zone)).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # the range crosses midnight


def quiet_end(moment: datetime, quiet: tuple[time, time] | None, zone: str) -> datetime:
    """When the quiet hours holding ``moment`` end (``moment`` itself when outside them)."""
    if quiet is None or not in_quiet_hours(moment, quiet, zone):
        return moment
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    end = quiet[1]
    candidate = datetime.combine(local.date(), end, tzinfo=tz)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), end, tzinfo=tz)
    return candidate.astimezone(UTC)
