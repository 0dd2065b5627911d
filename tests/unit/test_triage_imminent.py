"""Warning signs of ``matching.triage_imminent`` (added once blind27, blind28, chat24 and
chat25 were folded in), their look-alikes, and violence told while the aggressor is away, by the
rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from matching.triage import assess
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "he's back, he's kicking the door and I'm hiding in the wardrobe with my daughter",
    "il est rentré et il casse tout, je suis dans le placard avec mon tel",
    "I'm standing on the other side of the barrier on the bridge road",
    "the voices told me it is time and I believe them tonight",
    "my dad says he swallowed all his pills and he won't tell me where he is",
    "ma grand-mère m'a dit au téléphone qu'elle a tout avalé, elle parle bizarrement",
    "I shook him twice and he's not waking up, there are boxes on the floor",
    "j'ai mélangé des cachets et de l'alcool et j'ai mal à la poitrine",
    "I've got things saved up in the drawer for after the party",
    "saturday will be the last one, I've made my peace with it",
    "my nephew just sent 'you won't have to worry about me after tonight'",
    "he texted me from the top of a multistorey and now his phone is off",
    "I'm not safe right now",
    "je ne me sens pas en sécurité avec moi-même ce soir",
])
def test_imminent_signs_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I did it while we were talking. it's deep this time",
    "je saigne beaucoup, la serviette est pleine",
    "I'm at the edge now. it's windy",
    "je suis arrivée tout en haut. c'est le moment",
    "thank you for everything. I'm signing off for good",
    "tell my brother I love him, that's all",
    "il revient, j'entends la clé dans la porte, je dois couper",
])
def test_imminent_signs_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "finished the packet of biscuits in one go, send help lol",
    "my teenager is not waking up for school again, any tips?",
    "I bleed a lot when I floss, is that normal? my gums are awful",
    "the exams are going to kill me this week",
    "my retirement do is on friday, 40 years, weird saying goodbye to everyone",
    "je vais chez le notaire pour mon testament, c'est normal à 75 ans, tout va bien",
    "that episode had me screaming, anyway do you do group sessions?",
    "mon pote dit qu'il va mourir s'il rate son code, il exagère toujours",
])
def test_look_alikes_of_imminent_signs_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "he hit me on friday. he's at work now and I don't know what to do",
    "mon mari m'a frappée hier soir, je suis chez ma soeur maintenant",
    "my dad hits me when he drinks, I'm at my friend's so I'm safe",
])
def test_violence_told_while_the_aggressor_is_away_is_urgent(text: str) -> None:
    result = assess(text)
    assert (result.level, "safe_now" in result.reasons) == (Level.URGENT, True)


@pytest.mark.parametrize("text", [
    "he hit me this morning, he's at work now but he said he'll kill me when he gets back",
    "il m'a serré le cou hier, il est au travail là",
    "he hit me, he went out to buy cigarettes and he's coming back soon",
])
def test_violence_with_a_threat_ahead_stays_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS
