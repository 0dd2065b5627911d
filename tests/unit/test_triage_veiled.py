"""Veiled warning signs (``matching.triage_veiled``) and the look-alikes found with them.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from matching.triage import assess, normalise


def level(text: str) -> Level:
    return assess(text).level


@pytest.mark.parametrize("text", [
    "je me demande si ça fait mal de partir, et je parle pas de vacances",
    "honestly i doubt i'll still be here by the time you answer",
    "je crois pas que je serai encore là la semaine prochaine",
    "i've made sure i won't wake up this time",
    "some nights i think we could both go to sleep together and never wake up",
    "i want the pain to stop. permanently.",
    "personne n'aura plus à se soucier de moi après ce soir",
    "je pense aux médicaments de ma mère tous les soirs, je sais comment faire",
    "i took everything from the bathroom cabinet",
    "he sent a voice note saying it's done and now his phone is off",
    "je me coupe de plus en plus profond depuis une semaine",
    "there's blood on the floor and i can't stop the bleeding",
    "my dad keeps his gun at home and i keep looking at it at night",
    "c'était son dernier noël, il l'a dit comme ça, et depuis ses volets sont fermés",
    "she's pregnant and he pushed her, he's still in the flat",
    "my little brother is 5 yo and dad just threw a bottle at him",
    "ma tante dit que le diable est dans mon cousin, elle est seule avec lui",
    "he thinks he can fly and keeps talking about the roof",
    "i've brought everything i need and nobody knows where i am",
    "relapsed on sh tonight and it went further than ever",
    "je vais m'allonger dehors et laisser faire, il gèle",
    "j'ai plus envie d'exister",
])
def test_veiled_warning_signs_are_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je voulais savoir s'il existe un groupe de parole près de chez moi",
    "i'm moving abroad so i won't need the chat anymore, thank you all",
    "i cut myself years ago, fine now, is laser treatment for scars covered?",
    "that film scared me to death lol",
    "last msg from me tonight, promise haha",
    "do you have a leaflet for patients after a suicide attempt? I'm a nurse",
    "je sens que je vais faire une connerie, genre tout dépenser en soldes",
    "not trying to hurt myself, i just need to vent about my day",
    "i want it all to stop. not like that, i mean the noise from the building site",
    "mon coloc menace de me virer si je fais pas la vaisselle",
    "i locked myself in the toilets at work to cry for five minutes",
    "je suis à la gare avec ma valise, le train a une heure de retard",
    "j'ai fait une TS il y a 6 ans, pas envie de recommencer, je vais bien",
    "I've brought everything I need for the camping trip",
])
def test_look_alikes_of_veiled_signs_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS


def test_a_wish_to_die_said_not_figuratively_stays_crisis() -> None:
    """"Pas au sens figuré" confirms the words: the "not like that" guard must not read it."""
    assert level("je veux mourir. pas au sens figuré. ce soir") is Level.CRISIS


def test_s_il_is_read_as_si_il() -> None:
    assert " si il existe " in normalise("s'il existe")
    assert " se est " in normalise("c'est s'est")
