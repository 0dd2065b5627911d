"""Warning signs of ``matching.triage_leaving`` (added once blind31, blind32, chat28 and chat29
were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "I swallowed some tablets twenty minutes ago and now I feel dizzy",
    "I attempted before and I'm going to try again this weekend",
    "cette nuit je crois que je vais aller jusqu'au bout",
    "plus de boulot, plus de maison. ce soir je règle tout une bonne fois pour toutes",
    "j'ai décidé de partir avant",
    "I've decided to take myself out of the picture, everyone will be better",
    "je préfère partir à ma façon",
    "I left the front door unlocked so the police won't need to break it",
    "my dog will need a new home after tonight, can you help with that",
    "if I stop replying later it's not your fault",
    "the voices tell me I must go tonight",
    "my brother thanked me for being a good sister and now his phone is off",
    "I don't intend to be around by the new year",
    "he's back on the window ledge and won't come in",
])
def test_signs_of_leaving_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "yes. tonight",
    "I'm still going to do it, don't try to change my mind",
    "j'ai le truc dans la main",
    "il est revenu et il a un couteau",
    "je suis au bord du canal et j'ai plus envie de rentrer",
    "si je réponds plus c'est normal",
])
def test_signs_of_leaving_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "we wrote our wills this week since we bought a house, is it normal to feel odd about it?",
    "ce soir je règle le problème une bonne fois pour toutes avec mon propriétaire",
    "j'ai décidé de partir avant la fin du bail, le proprio est d'accord",
    "I don't intend to be here for the summer, I'm moving abroad in June",
    "je vais sauter le dîner ce soir, trop de boulot, c'est grave ?",
    "died on the same boss twenty times tonight haha",
    "my mum keeps saying 'when I'm gone you'll have the flat' and she's 58 and healthy",
    "I'm going to disappear from instagram for a while, like a detox",
    "j'ai tout rangé, les cartons sont prêts, le camion arrive demain",
    "thanks for everything tonight, bye and take care",
    "I'm writing a play and want to know how to write about suicide safely",
    "the toddler screaming in the background is a lot today",
])
def test_look_alikes_of_leaving_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
