"""Look-alikes of ``matching.triage_ordinary`` (found on blind31 to chat33): ordinary messages
the rules rated crisis, and the crises next to them that must stay crisis.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "we wrote my will with the notary because we just bought a house, odd feeling",
    "j'ai écrit mon testament pour mes 50 ans, le notaire me l'a conseillé",
    "moving out of my student flat tomorrow, saying goodbye to my room is weird",
    "I'd like to join the training module on suicide prevention, who do I write to?",
    "j'ai lu un roman où l'héroïne écrit des lettres d'adieu, quel livre !",
    "my 6 year old says 'I want to die' whenever he has to brush his teeth, is that normal?",
    "ce partiel me tue, je vais crever, tu peux m'aider à réviser ?",
    "my phone is about to die, can I write again tomorrow?",
    "mon chef va me massacrer si le dossier est en retard",
    "j'ai encore des coups de blues le soir mais ça va mieux",
    "ma batterie est à 1 %, si je réponds plus c'est pour ça",
    "cutting was years ago, it's far behind me, I want to volunteer now",
    "my wife passed 10 years ago and I've made my peace with it",
    "my brother took his own life in 1998, I made my peace with it long ago; can I volunteer?",
    "I hope I'm doing this right, my granddaughter installed the app",
    "my sister said she'd kill me if I ate her chocolate lol",
    "how do I explain death to a child? our goldfish died",
    "the local hospital is dying, three more nurses quit, I'm just angry",
    "it's my last day at the office tomorrow, new job on Monday",
    "my dog has to be put to sleep on Friday and I don't know how to say goodbye",
    "the cake was honestly to die for",
    "no, I'm not hurting myself, my new shoes are",
])
def test_ordinary_messages_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "j'ai fait mon testament hier à 30 ans, c'est pas pour rien",
    "I'm moving out of this life tonight, goodbye",
    "my boss fired me and I want to die tonight",
    "si je réponds plus c'est normal, merci pour tout",
    "I've put my affairs in order and the solicitor has the letters. goodbye",
])
def test_crises_beside_the_look_alikes_stay_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS
