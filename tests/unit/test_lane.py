"""The relay's fast lane decides from facts alone: when plain messages may skip the outbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from matching.lane import RouteFacts, route
from matching.models import Role

NOW = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
SEEKER_CHAT, HELPER_CHAT = 2001, 3001

SEEKER = RouteFacts(
    person_id=1, role=Role.SEEKER, banned=False, consented=True,
    last_seen_at=NOW - timedelta(minutes=1), conversation_id=7, sender_is_seeker=True,
    to_chat=HELPER_CHAT, helper_id=2, helper_conversations=1, helper_named=True,
    current_conversation_id=7, last_message_at=NOW - timedelta(seconds=30),
    helper_last_active_at=NOW - timedelta(seconds=30), backlog=False,
)
HELPER = replace(SEEKER, person_id=2, role=Role.HELPER, sender_is_seeker=False,
                 to_chat=SEEKER_CHAT)


def test_a_seeker_in_a_one_to_one_conversation_goes_straight_to_their_helper() -> None:
    lane = route(SEEKER, SEEKER_CHAT, NOW, frozenset())
    assert lane is not None
    assert (lane.from_chat, lane.to_chat, lane.conversation_id) == (SEEKER_CHAT, HELPER_CHAT, 7)
    assert lane.stamp_conversation and lane.stamp_helper_id is None


def test_a_helper_with_one_current_conversation_goes_straight_and_is_stamped_active() -> None:
    lane = route(HELPER, HELPER_CHAT, NOW, frozenset())
    assert lane is not None and lane.to_chat == SEEKER_CHAT and lane.stamp_helper_id == 2


def test_stamps_written_less_than_a_second_ago_are_not_written_again() -> None:
    fresh = replace(HELPER, last_message_at=NOW, helper_last_active_at=NOW)
    lane = route(fresh, HELPER_CHAT, NOW, frozenset())
    assert lane is not None and not lane.stamp_conversation and lane.stamp_helper_id is None


def test_anything_queued_for_the_other_side_sends_the_message_behind_it() -> None:
    assert route(replace(SEEKER, backlog=True), SEEKER_CHAT, NOW, frozenset()) is None


def test_a_helper_with_two_conversations_needs_the_full_path_and_its_header() -> None:
    assert route(replace(SEEKER, helper_conversations=2), SEEKER_CHAT, NOW, frozenset()) is None
    assert route(replace(HELPER, helper_conversations=2), HELPER_CHAT, NOW, frozenset()) is None


def test_people_the_full_path_must_answer_do_not_take_the_lane() -> None:
    for facts in (
        replace(SEEKER, banned=True),
        replace(SEEKER, consented=False),
        replace(SEEKER, last_seen_at=NOW - timedelta(minutes=6)),  # last seen is refreshed
        replace(SEEKER, role=Role.HELPER),
        replace(HELPER, helper_named=False),  # still asked for a name
        replace(HELPER, current_conversation_id=None),  # made current on the full path
        None,  # no conversation, or several
    ):
        assert route(facts, SEEKER_CHAT, NOW, frozenset()) is None, facts


def test_a_coordinator_always_takes_the_full_path() -> None:
    assert route(SEEKER, SEEKER_CHAT, NOW, frozenset({SEEKER_CHAT})) is None
