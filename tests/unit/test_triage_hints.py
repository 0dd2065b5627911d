"""Warning signs of ``matching.triage_hints`` (added once blind21, blind22, chat18 and chat19
were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "j'ai déjà pris tout ce que j'avais dans l'armoire",
    "drank a bottle and took everything with it",
    "i swallowed something stupid, my heart won't slow down",
    "the razor is ready on the sink",
    "i'm on the bridge, it's very quiet tonight",
    "do it after this conversation, that's decided",
    "please don't try to talk me out of it",
    "by the time you reply it won't matter",
    "demain ce sera plus mon problème",
    "everyone will be better off and tonight I'll make it happen",
    "je veux pas qu'on me sauve",
    "ce soir je rejoins maman",
    "just so you know, I won't be here when they get up",
    "c'est la dernière fois que vous aurez de mes nouvelles",
    "si quelqu'un lit ça, il faudra nourrir le chat",
    "tell my brother it wasn't his fault",
    "tout est rangé et les factures sont payées",
    "I gave everything away this week",
    "je saigne beaucoup du bras, je voulais pas aller aussi loin",
    "my sister is cutting herself in the bathroom right now",
    "he says he will take the kids to a better place",
    "the voices say I have to do it now",
    "how long would it take for someone to find me if I live alone?",
    "combien de temps avant qu'on me retrouve si je vis seule ?",
    "ils m'ont dit un mois d'attente pour le CMP, j'attendrai pas, c'est cette nuit",
    "bon voilà c'est fini. merci pour tout les gens",
])
def test_hints_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "the bottle's empty and I'm getting really sleepy",
    "he just punched my mum and now he's locking us in",
    "last message. my phone will be off after this",
    "i've made peace with it. tonight",
])
def test_hints_with_a_second_family_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je suis sur le toit de l'immeuble pour prendre des photos du coucher de soleil",
    "mon ex m'a rendu toutes mes affaires dans un carton, je suis soulagée",
    "une résidente que j'aimais beaucoup est partie cette nuit, paisiblement",
    "ce soir je rejoins papa au resto pour son anniversaire",
    "my dad wandered off at the market again, the police found him quickly",
    "j'ai tout donné au match ce soir, on a gagné",
    "my pills are on the table, I forgot to take them this morning",
    "ado en colère, il a cassé la porte de sa chambre hier",
])
def test_look_alikes_of_hints_are_not_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is not Level.CRISIS
