"""Warning signs of ``matching.triage_marks`` (added once blind25, blind26, chat22 and chat23
were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "I can't promise I'll be safe tonight, that's the truth",
    "je peux pas te promettre que je serai en vie demain",
    "I want their last memory of me to be a good one, so I cooked for them",
    "j'ai mis les enveloppes sur le buffet avec les prénoms dessus",
    "i'll leave my passwords to my sister, won't be needing them after tonight",
    "j'ai laissé mon permis sur la table pour qu'ils sachent qui c'est",
    "there won't be a Monday for me",
    "quelqu'un pourra nourrir mon chat demain ? la clé est sous le pot",
    "I don't want my son to be the one who finds me",
    "by the time anyone reads this it will be done",
    "i took all of them about an hour ago",
    "my ex is outside with a knife and says he's coming in",
    "il a dit qu'il allait me faire la peau, il est dans l'entrée",
    "mon frère a posté une photo du viaduc avec 'pardon' et il répond plus",
    "je suis sur la passerelle au-dessus des voies, je sais pas quoi faire",
    "standing on the overpass, the cars are loud",
    "tout est dans mon sac, j'attends que mes parents soient couchés",
    "sorry mum, none of this is on you",
])
def test_marks_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je me suis coupée pendant qu'on parlait, ça saigne beaucoup",
    "he's back, i can hear him on the stairs. he said he'd make me pay",
    "tomorrow I won't need anyone anymore, so don't worry if you don't reply",
    "the letters are ready. I just wanted this chat to end well, thank you",
    "thanks, you did your best. it is better this way",
])
def test_marks_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "countdown to christmas: 12 days left!! 🎄",
    "on a posté une photo du pont pendant les vacances, trop beau",
    "meet you at the top of the car park after work",
    "my grandad died in march, my son keeps asking about death, how do I explain it?",
    "i'll see her tonight at the restaurant, first date in years",
    "keep it forever, happy birthday sis",
    "who can feed my cat while I'm on holiday next week?",
    "I was at the top of the tower for the photos, the view was crazy",
])
def test_look_alikes_of_marks_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
