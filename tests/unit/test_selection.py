from datetime import UTC, datetime, timedelta

from matching.models import HelperProfile, Request, Theme
from matching.selection import Availability, choose_helper

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
FREE = Availability(open_counts={}, pending=frozenset())


def helper(pid: int, **kw: object) -> HelperProfile:
    base: dict[str, object] = {"display_name": f"H{pid}", "languages": "fr,en", "on_duty": True,
                               "idle_since": NOW - timedelta(minutes=pid)}
    base.update(kw)
    return HelperProfile(person_id=pid, **base)  # type: ignore[arg-type]


def request(**kw: object) -> Request:
    return Request(seeker_id=99, created_at=NOW, **kw)  # type: ignore[arg-type]


def test_off_duty_suspended_and_full_helpers_are_not_eligible() -> None:
    helpers = [helper(1, on_duty=False), helper(2, suspended=True), helper(3, capacity=1)]
    busy = Availability(open_counts={3: 1}, pending=frozenset())
    assert choose_helper(request(), "fr", helpers, busy) is None


def test_helper_with_a_pending_offer_gets_no_second_one() -> None:
    pending = Availability(open_counts={}, pending=frozenset({1}))
    assert choose_helper(request(), "fr", [helper(1)], pending) is None


def test_helper_must_speak_the_seekers_language() -> None:
    chosen = choose_helper(request(), "en", [helper(1, languages="fr"), helper(2)], FREE)
    assert chosen is not None and chosen.person_id == 2


def test_previous_helper_is_preferred_when_on_duty() -> None:
    chosen = choose_helper(request(preferred_helper_id=1), "fr", [helper(1), helper(9)], FREE)
    assert chosen is not None and chosen.person_id == 1


def test_family_peer_helper_is_preferred_for_a_relative() -> None:
    helpers = [helper(9, themes="personal"), helper(1, family_peer=True)]
    chosen = choose_helper(request(relative=True, theme=Theme.PERSONAL), "fr", helpers, FREE)
    assert chosen is not None and chosen.person_id == 1


def test_theme_cover_beats_idle_time() -> None:
    helpers = [helper(9), helper(1, themes="housing")]
    chosen = choose_helper(request(theme=Theme.HOUSING), "fr", helpers, FREE)
    assert chosen is not None and chosen.person_id == 1


def test_longest_idle_helper_wins_among_equals() -> None:
    chosen = choose_helper(request(), "fr", [helper(1), helper(5), helper(3)], FREE)
    assert chosen is not None and chosen.person_id == 5


def test_helpers_who_just_refused_are_skipped() -> None:
    chosen = choose_helper(request(), "fr", [helper(1), helper(5)], FREE, refused={5})
    assert chosen is not None and chosen.person_id == 1
