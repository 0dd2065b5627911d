"""Which helper gets the next offer for a request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from matching.models import HelperProfile, Request

_LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Availability:
    """What selection needs to know about the helpers right now."""

    open_counts: Mapping[int, int]  # active conversations per helper person id
    pending: frozenset[int]  # helpers with an offer waiting for their answer


def is_eligible(helper: HelperProfile, language: str, availability: Availability) -> bool:
    """On duty, not suspended, under capacity, no pending offer, speaks the language."""
    return (
        helper.on_duty
        and not helper.suspended
        and availability.open_counts.get(helper.person_id, 0) < helper.capacity
        and helper.person_id not in availability.pending
        and helper.speaks(language)
    )


def preference(helper: HelperProfile, request: Request) -> tuple[int, int, int, datetime]:
    """Sort key, smallest first: previous helper, family peer for relatives, theme, longest idle."""
    return (
        0 if helper.person_id == request.preferred_helper_id else 1,
        0 if request.relative and helper.family_peer else 1,
        0 if helper.covers(request.theme) else 1,
        helper.idle_since or _LONG_AGO,
    )


def choose_helper(
    request: Request,
    language: str,
    helpers: Iterable[HelperProfile],
    availability: Availability,
    refused: set[int] | frozenset[int] = frozenset(),
) -> HelperProfile | None:
    """The best eligible helper who has not just refused this request, or None."""
    candidates = [
        h
        for h in helpers
        if is_eligible(h, language, availability) and h.person_id not in refused
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda h: preference(h, request))
