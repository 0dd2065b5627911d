"""The line's tunable rules, built by ``bot`` from the settings and passed to services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta


@dataclass(frozen=True)
class Policy:
    offer_timeout: timedelta = timedelta(seconds=120)
    idle_after: timedelta = timedelta(hours=24)
    refusal_memory: timedelta = timedelta(minutes=10)
    alert_wait: timedelta = timedelta(minutes=10)
    invite_valid: timedelta = timedelta(days=7)
    followup_delays: tuple[timedelta, ...] = (timedelta(days=1), timedelta(days=7))
    retention: timedelta = timedelta(days=30)
    coordinator_ids: frozenset[int] = field(default_factory=frozenset)
    default_language: str = "fr"
    bot_username: str = "pairline_bot"
    languages: tuple[str, ...] = ("fr", "en")
    quiet_hours: tuple[time, time] | None = (time(21, 0), time(9, 0))
    timezone: str = "Europe/Paris"
    triage_model: bool = True  # the statistical second opinion (may only raise levels)
    #: In a conversation, the seeker gets the crisis reply at most this often (a human is there).
    crisis_reply_every: timedelta = timedelta(minutes=30)
