"""Warning signs of ``matching.triage_traces`` (added once blind23, blind24, chat20 and chat21
were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "j'ai laissé la porte d'entrée ouverte pour qu'on me trouve vite",
    "left the back door unlocked so they can find me",
    "tu seras la dernière à avoir de mes nouvelles",
    "si la police vous appelle au sujet de moi, vous avez fait ce que vous pouviez",
    "papa demain tu comprendras",
    "I'll be gone by sunrise, just wanted someone to know",
    "j'ai mis mes bijoux dans des boîtes avec les noms de mes nièces",
    "my flatmate is on the floor, not breathing properly",
    "ses lèvres deviennent bleues et il répond plus",
    "il m'a dit que si je le quitte il nous tue tous",
    "if I leave he will kill me, he said it again tonight",
    "a toddler is standing on the window ledge across the street",
    "I'm writing from the bathroom, he's kicking the door",
    "j'ai pas l'intention d'y arriver, à Noël",
    "don't tell me not to, I've thought about it for months",
    "this is the last time I'll bother anybody with this",
    "je suis à l'hôtel, une chambre pour une nuit seulement, personne sait où je suis",
    "the dog has a new home now, and the letters are posted",
])
def test_traces_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "i think the pills are kicking in. im sleepy. dont tell anyone",
    "il est revenu, il tape dans la porte, il casse tout",
    "après ce soir j'en aurai plus besoin de toute façon",
    "j'ai le couteau dans la main pendant que je te parle",
    "i'm by the river now. just keep talking to me",
])
def test_traces_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "j'ai mis mes affaires dans des cartons avec les noms des pièces, on déménage samedi",
    "my nose has been bleeding for ten minutes and won't stop",
    "laissé la porte ouverte pour que le chat puisse rentrer",
    "went for a walk by the canal with my sister, it helped",
    "c'est la dernière fois que je vous embête avant lundi, promis",
    "we'll be together forever, love you babe",
    "j'ai fini de tout ranger pour la fête, on se voit ce soir",
    "the painkillers are kicking in better now, thanks",
    "I put on my nice clothes for the interview this morning",
    "mon père a tout mis au nom de ma sœur chez le notaire, ça m'a vexé",
])
def test_look_alikes_of_traces_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS
