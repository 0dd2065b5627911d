"""Warning signs of ``matching.triage_intent`` (added once blind29, blind30, chat26 and chat27
were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "my dad just told me he's going to end his life tonight",
    "ma soeur m'a dit qu'elle allait mettre fin à ses jours ce week-end",
    "my best friend keeps talking about killing himself since the funeral",
    "je pense à me supprimer depuis que j'ai perdu mon boulot",
    "i took a handful of pills after dinner and i feel strange",
    "I've found a way, I just wanted someone to know",
    "I won't be a burden to anyone after this weekend",
    "he asked if the life insurance pays out when it's not an accident",
    "ma mère a pris des dispositions et m'a dit de ne pas venir demain",
    "I can't see myself being alive by christmas",
    "my wife texted me 'thank you for everything' and now she's not answering",
])
def test_stated_intentions_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "the tablets are kicking in now",
    "i already cut tonight, it didn't help",
    "nothing you say will change my mind, sorry",
    "just talk to me until it is over",
    "laissez-moi partir tranquille, c'est tout",
])
def test_stated_intentions_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I found a way to pay the rent this month, such a relief",
    "my novel's main character wants to end it all, how do I write that responsibly?",
    "so done with this essay, I want to end it and never see it again lol",
    "adieu facebook, j'ai supprimé mon compte et je respire",
    "j'en ai fini avec lui, je bloque son numéro",
    "big interview tomorrow, I'm going to die of nerves, any tips?",
    "je vais quitter ce boulot, c'est décidé, j'ai trouvé mieux",
    "it's the anniversary of my grandad's death today, I'm fine, just thinking of him",
    "pouvez-vous me supprimer de votre liste de diffusion ?",
    "je veux me supprimer du groupe whatsapp, trop de messages",
])
def test_look_alikes_of_stated_intentions_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
