"""The line's weekly opening hours (permanences): parsing, display, open now, next opening.

A specification is a comma- or semicolon-separated list of ``<days> <HH:MM>-<HH:MM>`` items, days
in French or English (``lun-ven 18:00-23:00; sam 14:00-20:00``, ``mon,wed 9:00-12:00``). A range
that ends before it starts runs past midnight. An empty specification means always open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

DAYS = {
    "mon": 0, "lun": 0, "tue": 1, "mar": 1, "wed": 2, "mer": 2, "thu": 3, "jeu": 3,
    "fri": 4, "ven": 4, "sat": 5, "sam": 5, "sun": 6, "dim": 6,
}
NAMES = {
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_ITEM = re.compile(
    r"^(?P<days>[a-z,\-\s]+?)\s+(?P<start>\d{1,2})[:h](?P<sm>\d{2})\s*-\s*"
    r"(?P<end>\d{1,2})[:h](?P<em>\d{2})$"
)


class HoursError(ValueError):
    """The specification cannot be read; the message names the part that is wrong."""


@dataclass(frozen=True)
class Slot:
    day: int  # 0 = Monday
    start: time
    end: time

    def minutes(self) -> tuple[int, int]:
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return start, end if end > start else end + 24 * 60


@dataclass(frozen=True)
class OpeningHours:
    slots: tuple[Slot, ...] = ()

    @property
    def always_open(self) -> bool:
        return not self.slots

    def is_open(self, now: datetime, zone: tzinfo) -> bool:
        if self.always_open:
            return True
        local = now.astimezone(zone)
        minute_of_week = local.weekday() * 1440 + local.hour * 60 + local.minute
        for slot in self.slots:
            start, end = slot.minutes()
            for shift in (0, 7 * 1440):
                if slot.day * 1440 + start <= minute_of_week + shift < slot.day * 1440 + end:
                    return True
        return False

    def next_opening(self, now: datetime, zone: tzinfo) -> datetime | None:
        """When the line next opens (now if open); None when no slot is defined."""
        if self.always_open or self.is_open(now, zone):
            return now if not self.always_open else None
        local = now.astimezone(zone).replace(second=0, microsecond=0)
        best: datetime | None = None
        for days_ahead in range(0, 8):
            day = (local + timedelta(days=days_ahead)).date()
            for slot in self.slots:
                if slot.day != day.weekday():
                    continue
                start = datetime.combine(day, slot.start, tzinfo=zone)
                if start > local and (best is None or start < best):
                    best = start
        return best

    def describe(self, language: str) -> str:
        names = NAMES.get(language, NAMES["fr"])
        return ", ".join(
            f"{names[s.day]} {s.start:%H:%M}-{s.end:%H:%M}" for s in self.slots
        )

    def spec(self) -> str:
        return "; ".join(f"{NAMES['en'][s.day].lower()} {s.start:%H:%M}-{s.end:%H:%M}"
                         for s in self.slots)


def parse_hours(text: str) -> OpeningHours:
    cleaned = text.strip().lower()
    if cleaned in {"", "always", "24/7", "toujours"}:
        return OpeningHours()
    slots: list[Slot] = []
    for part in re.split(r"[;,]\s*(?=[a-z])", cleaned):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.match(part)
        if match is None:
            raise HoursError(part)
        start = _time(match["start"], match["sm"], part)
        end = _time(match["end"], match["em"], part)
        if start == end:
            raise HoursError(part)
        slots.extend(Slot(day, start, end) for day in _days(match["days"], part))
    return OpeningHours(tuple(sorted(set(slots), key=lambda s: (s.day, s.start))))


def _time(hour: str, minute: str, part: str) -> time:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        return time(23, 59)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise HoursError(part)
    return time(h, m)


def _days(text: str, part: str) -> list[int]:
    days: list[int] = []
    for chunk in re.split(r"[,\s]+", text.strip()):
        if not chunk:
            continue
        if "-" in chunk:
            first, _, last = chunk.partition("-")
            if first[:3] not in DAYS or last[:3] not in DAYS:
                raise HoursError(part)
            a, b = DAYS[first[:3]], DAYS[last[:3]]
            days.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif chunk[:3] in DAYS:
            days.append(DAYS[chunk[:3]])
        else:
            raise HoursError(part)
    return days
