"""Warning signs without a word of death (``matching.triage_signs``), and how rule lines are read.

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from matching.triage import assess
from matching.triage_rules import parse
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    "i swallowed a whole box of my tablets twenty minutes ago",
    "j'ai pris toute ma plaquette de cachets il y a 10 min",
    "this is the last message i will send, thank you for everything",
    "vous êtes la dernière personne à qui je parle",
    "dites à mon frère que je l'aime",
    "je suis sur le toit de mon immeuble la",
    "ma mère est par terre, elle respire plus",
    "j'ai tout ce qu'il faut à côté de moi, ce soir c'est bon",
    "gave my bike to my neighbour, won't be needing it",
    "la voix me dit de me tuer depuis ce matin",
    "i won't be around for my birthday next week and that's fine",
    "je serai plus un poids pour vous très longtemps",
    "j'ai peur de faire du mal à mon bébé",
    "my brother texted that everyone would be better off without me and now his phone is off",
    "j'ai mélangé l'alcool et mes cachets, je me sens partir",
    "il m'a serré le cou et il m'a écrit qu'il arrive",
    "les voix disent que je dois les arrêter avant qu'ils m'arrêtent",
    "je suis encore en HP mais j'ai toujours mon plan dans la tête",
    "j'espère ne jamais rouvrir les yeux demain matin",
    "j'ai programmé un message pour ma famille demain matin, après ce sera fini",
    "took the whole pack of my mum's pills an hour ago",
    "my dad's gun cabinet is open and he's not answering his phone",
    "mon voisin de 85 ans, on ne l'entend plus depuis 3 jours, il vit seul",
    "je suis au bord du quai depuis une heure, je laisse passer les trains",
    "il m'a mis un couteau sous la gorge, il revient dans 10 minutes",
    "by the time you read this it'll be done, sorry",
    "the voices say I have to deal with them with the knife",
    "I'm on the top floor of the car park and I already climbed over the barrier",
    "j'ai le cutter dans la main et j'arrive pas à sortir des toilettes",
])
def test_warning_signs_without_death_words_are_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "I won't be around next week, I'm on holiday",
    "dans le film le héros se suicide, c'est quoi le numéro pour en parler en classe ?",
    "just hit six months without self harm, proud of myself",
    "j'ai envie de disparaître sous ma couette tout le dimanche",
    "je voudrais en finir avec mes vieilles habitudes de grignotage",
    "I took all my meds this morning as prescribed",
    "sitting on the roof with friends watching the fireworks",
    "j'ai envoyé mon dernier message à la CAF hier",
    "can you explain one last time how the CMP works?",
    "someone just hit my car in the parking lot",
    "he threatened me with a lawsuit over the fence",
    "j'ai tout ce qu'il faut pour le gâteau ce soir",
    "got what i needed from the pharmacy today",
    "c'est pas ma faute si le bus est en retard",
    "my nose is bleeding a lot, is that normal?",
    "took a lot of stuff to the charity shop",
    "I'm going to join my mum in Lyon this weekend",
    "don't worry it'll be over tomorrow, the strike I mean",
    "my dad would die if he saw my grades lol",
    "how do I talk with my son about self-harm after a classmate did it?",
    "I lost my aunt years ago and I'm looking for a group for people bereaved by suicide",
    "no I'm not thinking of hurting myself, just tired of my boss",
    "je sais pas si je veux continuer la fac l'an prochain",
    "ma soeur a fait une tentative il y a un an, elle va bien maintenant, je cherche un groupe",
    "non j'ai pas du tout d'idées noires, c'est la fatigue",
    "je me suis brûlée en faisant les pâtes ce soir",
    "i used to self harm in high school but i've been clean for years",
    "good news, I found a flat! so this is my last message here, thank you all",
    "bonne nuit, dernier message pour ce soir promis",
    "my therapist asked if I ever thought of ending it and honestly no, never",
    "I watched a documentary about suicide among farmers, do you work with farmers?",
    "my mum is going to kill me, I forgot her birthday",
    "je pars demain pour de bon, direction Montréal pour un nouveau job, merci et au revoir",
    "adieu les cours, bonjour les vacances !",
    "le film finit mal, ils meurent tous à la fin, j'ai pleuré",
    "j'ai vu aux infos qu'un homme a tué sa femme dans ma ville, ça m'a secouée",
    "je pars en vacances demain, je serai plus là pendant deux semaines",
    "goodbye for now, thanks for listening :)",
])
def test_look_alikes_of_warning_signs_are_not_crisis(text: str) -> None:
    assert level(text) is not Level.CRISIS


def test_a_rule_line_broken_inside_a_word_is_refused() -> None:
    """Continuation lines are glued without a space: "to" + "know" would silently read "toknow",
    so a line may only break before ``|`` or after ``(?:``."""
    with pytest.raises(ValueError, match="break a rule"):
        parse("weak x \\bsomeone to\n    know\\b", {})
    rules = parse("weak x \\bsomeone to (?:\n    know)\\b", {})
    assert rules["weak"][0][1].search(" someone to know ")


def test_vais_is_not_read_as_a_past_tense() -> None:
    """The past-tense guard lowers a crisis told in the past; "je vais" is not past."""
    rating = assess("ce soir je vais rejoindre mon frère, il est parti il y a deux ans")
    assert rating.level is Level.CRISIS
    assert "past" not in rating.reasons


@pytest.mark.asyncio
async def test_messages_in_a_conversation_are_rated_with_the_conversation_thresholds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A human helper reads every message of a conversation and each crisis rating sends the
    seeker the crisis reply again: the model's conversation thresholds apply there."""
    from datetime import UTC, datetime

    from matching.models import Conversation, Person
    from matching.policy import Policy
    from matching.services import crisis

    asked: list[bool] = []
    real = crisis.assess

    def spy(text: str, **options: bool) -> object:
        asked.append(options["conversation"])
        return real(text, **options)

    monkeypatch.setattr(crisis, "assess", spy)
    now = datetime(2026, 12, 2, tzinfo=UTC)
    seeker = Person(telegram_id=1, pseudonym="Person K7Q", language="fr", id=1)
    talk = Conversation(request_id=1, seeker_id=1, helper_id=2, started_at=now,
                        last_message_at=now, id=1)
    for conversation in (talk, None):
        await crisis.screen(None, seeker, "on a regardé un film hier", now,  # type: ignore[arg-type]
                            Policy(), conversation=conversation)
    assert asked == [True, False]


def test_a_rule_written_with_ce_est_is_refused() -> None:
    """``normalise`` writes "c'est" as "c est": a rule reading "ce est" would never match."""
    with pytest.raises(ValueError, match="no 'ce est'"):
        parse("strong plan \\bce est ce soir\\b", {})
