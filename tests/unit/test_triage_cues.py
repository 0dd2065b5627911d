"""Cue scoring of the triage: families of cues generalise beyond the sentences of the data sets.

The phrasings below were written for the cue families, not taken from the labelled or blind sets.
"""

import pytest

from matching.models import Level
from matching.triage import assess


def level(text: str) -> Level:
    """The rule layer on its own: these tests pin the cue families. The statistical second
    opinion may only raise these levels; the combined system is checked in test_triage.py and
    measured by bench/triage_eval.py."""
    return assess(text, second_opinion=False).level


@pytest.mark.parametrize("text", [
    "j'ai envie de mourir mdr", "jai envie de me tuer lol",
    "I've been thinking about killing myself lol",
    "pas d'idées suicidaires mais si je me réveillais pas demain ce serait pas plus mal",
    "not suicidal but I wish I didn't exist",
])
def test_laughter_and_a_negated_first_clause_do_not_cancel_risk(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    # two weak cues from different families (phrasings of the cue families, not of the sets)
    "je suis un fardeau pour ma famille, ils seraient soulagés",  # burden + would be better
    "je vous remercie pour tout, c'est la dernière fois que je vous écris",  # thanks + farewell
    "c'est décidé, ce sera demain",  # decision + the act
    "j'ai rangé toutes mes affaires et écrit à mes parents",  # affairs in order + letters
    "plus rien n'a de sens, je veux que ça s'arrête",  # hopelessness + ending
    "mon fils de 17 ans a laissé un mot pour nous et il ne répond plus",  # letters + no answer
    "I gave away my cat and said goodbye to my sister",  # giving away + goodbye
    "i'm done. i can't do this anymore. tonight is the night",  # ending + plan
    "my brother posted goodbye on insta and deleted his account",  # goodbye + closure
    "a baby is crying alone in the car in the parking lot for an hour",  # child alone + crying
    "je me suis encore coupée hier soir", "I've been cutting again",  # self-harm + again
    # strong cues: a wish or intention about death or ending, in any person
    "je voudrais juste m'endormir pour toujours", "j'ai envie de plus exister",
    "my husband said he'll kill me when he gets home, I'm hiding at the neighbour's",
    "j'ai peur de ce que je vais faire ce soir", "ma grand-mère veut mourir depuis la mort de papi",
])
def test_cue_families_generalise(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I feel hopeless about this job search", "je pense souvent à la mort de mon père",
    "mon père est ivre et il crie", "can you explain one last time how the CMP works?",
])
def test_one_weak_cue_is_urgent(text: str) -> None:
    assert level(text) is Level.URGENT


@pytest.mark.parametrize("text", [
    "jai pas dormi de la nuit et je suis un poids pour tout le monde",  # feeling a burden
    "je suis garée sur le parking du pont depuis une heure",  # somewhere high
    "j'ai résilié mon forfait et fermé mes comptes",  # affairs settled
])
def test_one_warning_sign_is_crisis_on_a_first_message_and_urgent_later(text: str) -> None:
    assert level(text) is Level.CRISIS
    assert assess(text, conversation=True).level is Level.URGENT  # a helper is reading


def test_a_warning_sign_with_a_future_is_not_crisis_on_its_own() -> None:
    text = "J'ai donné mes livres à ma nièce, je pars vivre à Lyon"
    assert level(text) is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "ce trajet me tue tous les matins", "ce boulot va me tuer, encore une réunion",
    "I'm dying of boredom in this waiting room", "je vais le tuer mdr il a mangé mon dessert",
    "merci pour tout, à la semaine prochaine au groupe",
    "ma batterie va mourir, je reviens ce soir",
    "on a décidé de déménager demain", "je veux en finir avec mes dettes",
    "i'm so dead lmao my boss saw my tweet",
    "mon dossier MDPH traîne, j'en peux plus de ces papiers",
])
def test_known_idioms_stay_routine(text: str) -> None:
    assert level(text) is Level.ROUTINE
    assert assess(text, second_opinion=True).level is not Level.CRISIS  # model on: never crisis


@pytest.mark.parametrize("text", [
    "j'ai tout préparé, personne n'est au courant",
    "c'est décidé. je voulais que quelqu'un le sache",
    "my sister sent 'sorry for everything' and her phone is off",
    "je veux que la douleur s'arrête, définitivement",
    "I want it to stop, for good",
    "si jamais il me arrive quelque chose, qui prendra mon chien ?",
    "je pense à la mort tout le temps",
    "I keep thinking about death",
    "je crois que je vais pas passer la nuit",
    "I'm scared I'm going to hurt someone",
    "il va se foutre en l'air, il l'a dit",
    "just planning my exit lol",
    "si je me réveille pas demain ce sera tant mieux",
])
def test_veiled_crisis_families(text: str) -> None:
    assert assess(text).level is Level.CRISIS


@pytest.mark.parametrize("text", [
    "j'ai tout préparé pour la fête de samedi",
    "je pense à la mort de mon père, ça fait un an",
    "je n'ai jamais pensé au suicide, juste fatiguée",
    "he wants me gone by sunday and I have nothing left",
])
def test_veiled_families_do_not_fire_alone(text: str) -> None:
    assert assess(text).level is not Level.CRISIS
