"""Warning signs of ``matching.triage_present`` (added once blind33, blind34, chat30 and chat31
were folded in), by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "je suis en train de me couper et j'arrive pas à m'arrêter",
    "I swallowed all of my dad's sleeping pills, I just wanted someone to know",
    "the rope is up in the shed and I'm sitting here",
    "I took meds from the pharmacy at work and I'm going to use them tonight",
    "I'm by the river, it's dark, I wanted a kind word before I go in",
    "je suis monté sur le toit de l'immeuble et j'ai plus envie de redescendre",
    "I'm parked facing the edge of the quarry",
    "je suis sur le quai et je pense au prochain train",
    "ma soeur est partie vers la rivière pour que ça s'arrête, elle répond plus",
    "he said he would kill me if I called anyone, he's downstairs",
    "le bébé pleure depuis des heures et je sens que je vais le secouer",
    "I've scheduled emails to everyone I love for tomorrow morning",
    "I have chosen to leave this world on Sunday",
    "my grandfather said he's going to join my grandmother, he's stopped eating",
])
def test_signs_of_an_act_under_way_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "it's bleeding a lot more than I expected",
    "the tablets are already in me",
    "thanks for listening. I'll be gone by the time you read the next one",
    "merci d'avoir essayé, je vais y aller maintenant",
    "il hurle qu'il va me tuer, je sais pas si la porte va tenir",
])
def test_signs_of_an_act_under_way_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I'm going to join my husband for dinner at his parents'",
    "this is the last night of our holiday, so sad to go home",
    "I fed the ducks one last time before we move, the kids loved it",
    "il y a plus rien à faire ici, on rentre à la maison",
])
def test_look_alikes_of_an_act_under_way_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
