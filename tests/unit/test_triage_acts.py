"""Acts under way (``matching.triage_acts``) and the look-alikes found with them.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "j'ai mes cachets juste à côté de moi",
    "i've got all my tablets in my hand",
    "been saving my sleeping pills for months",
    "laisse tomber les horaires, j'ai tout préparé",
    "already took something before writing to you, the room is spinning",
    "je suis debout sur les voies",
    "jvais sauter",
    "i'm going to jump, sorry",
    "my brother found me before i could finish it",
    "j'ai écrit les lettres hier soir",
    "the letters are on my desk for when they come home",
    "c'est la dernière fois que je me connecte",
    "i won't be around much longer, i wanted someone to know",
    "she said she is going to join dad tonight",
    "mon père a les lèvres bleues et il répond pas",
    "he passed out and i can't wake him",
    "ma fille a fait une tentative, elle est aux urgences",
    "the voices tell me to sacrifice myself tonight",
    "il arrive pour régler mon compte",
    "j'ai fait une bêtise, j'ai avalé tout ce qu'il y avait",
    "i stopped my insulin last week on purpose",
    "i need to talk to someone before i do it",
])
def test_acts_under_way_are_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je vais sauter le repas ce midi, trop de boulot",
    "i'm going to jump at the chance, the job looks great",
    "j'ai écrit une lettre de motivation hier",
    "i wrote a letter to my landlord about the mould",
    "i won't be around much longer, i'm moving to Lyon next month",
    "j'ai tout préparé pour la fête de ce soir",
    "I sorted everything for the move, finally",
    "my son doesn't wake up for school, any tips?",
    "goodbye Paris, hello Montréal!",
    "je vais disparaître une semaine, vacances sans réseau",
    "adieu mon vieux canapé, vous savez où le recycler ?",
    "I'm writing an essay on suicide in Victorian novels",
    "ma voisine a perdu son fils par suicide il y a dix ans, elle cherche un groupe",
    "no, i don't have thoughts of suicide, just tired",
    "I want to end it all. The paperwork, I mean",
    "j'ai mis mes affaires en ordre pour la rentrée",
    "i tried to end my life years ago, i'm not going to do that again, i'm well now",
])
def test_look_alikes_of_acts_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS


def test_i_mean_it_keeps_a_wish_to_die_crisis() -> None:
    """"I mean it" confirms the words: the "the paperwork, I mean" guard must not read it."""
    assert level("i want to die. and i mean it this time") is Level.CRISIS
