"""The level the rules alone give a message (no statistical second opinion), shared by the
tests that pin the rule families (``tests/unit/test_triage_*.py``)."""

from __future__ import annotations

from matching.models import Level
from matching.triage import assess


def level(text: str, conversation: bool = False) -> Level:
    """``conversation``: rated as a message sent during a conversation is."""
    return assess(text, conversation=conversation).level
