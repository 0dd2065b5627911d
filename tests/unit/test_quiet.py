from datetime import UTC, datetime, time

from matching.quiet import in_quiet_hours, quiet_end

NIGHT = (time(21, 0), time(9, 0))
ZONE = "Europe/Paris"


def paris(hour: int, minute: int = 0, day: int = 24) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(2026, 11, day, hour, minute, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)


def test_late_evening_and_early_morning_are_quiet_across_midnight() -> None:
    assert in_quiet_hours(paris(23), NIGHT, ZONE)
    assert in_quiet_hours(paris(3), NIGHT, ZONE)
    assert not in_quiet_hours(paris(9), NIGHT, ZONE)
    assert not in_quiet_hours(paris(15), NIGHT, ZONE)


def test_a_checkin_due_at_night_moves_to_nine_the_next_morning() -> None:
    assert quiet_end(paris(23, 30), NIGHT, ZONE) == paris(9, 0, day=25)
    assert quiet_end(paris(2), NIGHT, ZONE) == paris(9)


def test_outside_quiet_hours_nothing_moves() -> None:
    assert quiet_end(paris(14), NIGHT, ZONE) == paris(14)


def test_empty_quiet_hours_disable_deferral() -> None:
    assert not in_quiet_hours(paris(23), None, ZONE)
    assert quiet_end(paris(23), None, ZONE) == paris(23)


def test_daytime_range_that_does_not_cross_midnight() -> None:
    lunch = (time(12, 0), time(14, 0))
    assert in_quiet_hours(paris(13), lunch, ZONE)
    assert not in_quiet_hours(paris(14), lunch, ZONE)
