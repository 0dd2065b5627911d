"""Plain first-person statements of intent are crisis by the rules alone, whatever the person
or wording; their negations are not.

Until 2026-12-04 a negation guard read "i am" as the start of "i am not ...": "I am suicidal",
"I'm in danger" and "I'm going to kill myself" were blanked out as negated and rated routine by
the rules (the second opinion, on by default, raised most of them); and a hyperbole guard read
"I want to die for real" as "to die for" (a cake to die for). Messages here are written for the
tests."""

from __future__ import annotations

import pytest

from matching.models import Level
from matching.triage import assess

STATEMENTS = [
    "i am suicidal", "I'm suicidal", "im suicidal rn", "I feel suicidal", "i'm in danger",
    "I'm not safe right now", "I am going to kill myself", "i'm going to hurt myself",
    "im gonna kill myself", "gonna off myself tonight", "I want to die", "i want to kill myself",
    "I'm going to end my life tonight", "i'm going to end it tonight", "I will kill myself",
    "i've decided to kill myself", "I keep thinking about suicide", "i want to end it all",
    "I don't want to live anymore", "I'm going to unalive myself",
    "i'm going to kill myself. not a cry for help",
    "I'm going to kill myself tonight, talking isn't changing that",
    "je suis suicidaire", "je vais me tuer", "je vais me suicider", "je veux mourir",
    "je veux en finir", "je vais en finir ce soir", "j'ai envie de mourir", "je pense au suicide",
    "je ne veux plus vivre", "jveux plus vivre", "je vais mettre fin à mes jours",
    "je vais me foutre en l'air", "je compte me suicider", "je suis en danger", "jvais me tuer",
    "I want to die for real", "I've wanted to die for months", "she wants to die, for weeks now",
    "I'm done with life", "j'en ai fini avec la vie",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_plain_statements_of_intent_are_crisis(text: str) -> None:
    assert assess(text).level is Level.CRISIS


@pytest.mark.parametrize("text", STATEMENTS[:6])
def test_statements_are_crisis_during_a_conversation(text: str) -> None:
    assert assess(text, conversation=True).level is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I'm not suicidal, just exhausted",
    "i am not going to kill myself, I promise, I just need to vent",
    "never been suicidal but this week is rough",
    "je ne suis pas suicidaire, juste épuisée",
    "the bot asked if I'm in danger and I tapped yes by mistake, I'm fine",
    "that chocolate cake was to die for",
])
def test_negated_statements_are_not_crisis(text: str) -> None:
    assert assess(text).level is not Level.CRISIS
