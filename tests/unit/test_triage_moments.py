"""Warning signs of ``matching.triage_moments`` (added once blind18 to blind20 and chat15 to
chat17 were folded in) and their look-alikes, by the rules alone.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "i took a whole box of something from the bathroom, starting to feel it",
    "j'ai avalé les comprimés avant de vous écrire, ça commence à faire effet",
    "mixed wine with my sleeping pills on purpose",
    "I took way more than I meant to and my hands are numb",
    "I've been stockpiling my tramadol for months",
    "j'ai acheté des cachets dans trois pharmacies différentes ce matin",
    "there's a bottle of pills right next to me",
    "je vous écris depuis le pont, il fait froid",
    "my car is parked at the edge of the cliff",
    "he climbed over the railing and won't come back",
    "I'm sitting next to the railway line again",
    "dieu me dit que je dois me punir ce soir",
    "I'm not sticking around much longer",
    "plus de douleur après ce soir, c'est décidé",
    "you won't have to worry about me much longer",
    "demain matin ils me trouveront",
    "ne me cherchez pas, c'est mieux pour tout le monde",
    "elle a laissé ses clés et son téléphone sur la table et elle est partie",
    "mon père m'a donné sa montre et ses carnets, il dit qu'il en aura plus besoin",
    "elle est inconsciente et il y a des boîtes de cachets partout",
    "found my mum on the floor, she's breathing really slowly",
    "I'm cutting and there's a lot of blood, it won't stop",
    "le bébé est tout seul dans la voiture depuis une heure en plein soleil",
    "mon voisin est en train d'étrangler sa femme",
    "i can hear screaming next door, she's crying for help",
    "my son is threatening to kill himself and he has a knife",
    "stopped eating and stopped taking my heart pills on purpose",
])
def test_warning_signs_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "merci d'avoir essayé. ma décision est prise",
    "il cogne contre la porte, je chuchote sous le lit",
    "he has a knife and he's coming up the stairs",
    "she wrote 'it is done' and now it goes to voicemail",
    "he still won't open the door and I smell smoke",
    "i took them 20 min ago, sorry",
])
def test_two_families_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "i've made up my mind, I'm applying to nursing school next year",
    "j'ai pris ma décision, je démissionne lundi 💪",
    "mdr ton dernier msg m'a tué",
    "c'est fini, j'ai tout réglé ! le dossier est accepté",
    "merci, je reviendrai plus je crois, je me sens tellement mieux",
    "deleted all my accounts for a social media detox",
    "swimming lessons tomorrow, I have to jump off the high board lol",
    "I'm at the platform, next train in 10 min, see you soon",
    "we hung the rope swing in the garden for the kids",
    "j'entends les enfants qui jouent dans la cour",
    "the plan is ready for our trip, so excited",
    "mon père m'a offert sa montre pour mon anniversaire",
    "deleted his profile for a break from the app",
    "il me faut une date choisie pour le rdv chez le dentiste",
])
def test_look_alikes_are_not_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is not Level.CRISIS
