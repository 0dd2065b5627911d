"""Warning signs of ``matching.triage_verge`` (added once blind35, blind36, chat32 and chat33
were folded in), by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "I took the whole box of my dad's heart pills ten minutes ago",
    "je viens de prendre des cachets, beaucoup, et je suis seul",
    "j'ai avalé la boîte de ma mère",
    "je suis sur le quai, le prochain train passe dans deux minutes",
    "I'm writing this from the bridge, I wanted someone to know",
    "elles me disent de sauter, je suis assise sur la fenêtre",
    "I've put the rope in the garage, I'm just sitting here",
    "the pills are on the passenger seat and I'm parked by the lake",
    "it will look like an accident on the motorway, that is the only way out",
    "what's the least painful way, asking for tonight",
    "il a pris le petit dans la voiture en disant qu'il allait se planter avec lui",
    "si je rentre ce soir il me tue, il l'a dit",
    "everyone will be better off, I'm on the balcony",
    "I'm 79, my husband died in May, I shan't see the morning",
    "I collapsed in the kitchen after a week without eating and I'm alone",
])
def test_signs_on_the_verge_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je me coupe là maintenant",
    "I'm cutting while we talk",
    "oui j'ai une date. samedi. tout est prêt",
    "c'est la dernière conversation que j'aurai",
    "ce sera quand tout le monde dormira",
])
def test_signs_on_the_verge_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "she said tonight is the last night I can stay on her sofa",
    "I will be gone by Friday for a work trip, can someone else take my shift?",
    "everyone will be better off if we book the train early",
])
def test_look_alikes_on_the_verge_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
