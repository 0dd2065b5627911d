"""Warning signs and look-alikes added after blind14 and chat11, after blind15 and chat12, after
blind16 and chat13, then after blind17 and chat14, look-alikes of older rules found in the
seventh session, and the everyday senses of warning words found by probing
(``matching.triage_acts``, ``triage_veiled``, ``triage_danger``, ``triage_lookalikes``,
``triage_text``, ``triage_cues``, ``triage_signs``, ``triage_farewell``).

Messages here are written for the tests (none is taken from a blind set)."""

from __future__ import annotations

import pytest

from matching.models import Level
from matching.triage import assess
from tests.unit.rules_level import level


@pytest.mark.parametrize("text", [
    # after blind14
    "je longe les voies depuis une heure",  # along the tracks
    "I'm walking along the railway line right now",
    "sur le quai de la gare, je monterai pas dans le train",
    "at the station, i will not get on the train",
    "my brother sent me a photo of himself on the ledge of his window",
    "I've been burning myself since dinner",
    "drank half a bottle and took all my sleeping pills",
    "she told me she took all her insulin and she's shaking",
    "g pri tt mé cachets",  # SMS: j'ai pris tous mes cachets
    "après ce soir j'aurai plus besoin de rien de toute façon",
    "won't need to pay for anything after tonight",
    "dont want to be here anymore",
    "je veux que mon fils sache que c'était pas sa faute",
    "je sais ce qu'il faut prendre et j'ai tout chez moi",
    "the voices keep telling me to walk into the river",
    "il a dit qu'il allait me tuer, il est devant la porte",
    "my ex is outside with a knife",
    "counted my pills again, there are enough",
    # after blind15
    "la corde est prête dans le grenier",
    "I've lined up all my tablets on the bedside table",
    "j'ai sorti tous mes cachets sur la table",
    "i have saved up enough to end it",
    "je recommence à me brûler avec des cigarettes",
    "cut my wrist again and it won't stop",
    "assise à la fenêtre, les jambes dans le vide",
    "I'm going to walk onto the tracks",
    "on the roof of the hospital, i just wanted to say it to someone",
    "he said he'd crash the car into a tree tonight",
    "what's the most painless way",
    "j'ai avalé toutes les plaquettes de ma mère",
    "tu me reverras plus, c'est mieux comme ça",
    "the voices say i have to disappear tonight",
    "un type frappe une femme dans la rue en ce moment",
    "a little kid is standing on the window sill next door, nobody with him",
    "mon ado s'est enfermé en disant qu'il voulait mourir, il répond plus",
    # after blind16
    "j'ai pris toute la boîte de lexomil",
    "took about 40 of my tramadol an hour ago",
    "elle a avalé de la javel, elle vomit",
    "j'attends le bon camion sur l'aire d'autoroute",
    "je me brûle la main avec le briquet, je peux pas arrêter",
    "j'ai mis la morphine de mon père de côté depuis des mois",
    "tablets are counted out on the bed",
    "combien de cachets il faut, je veux savoir",
    "how many sleeping pills would it take",
    "I know which dose would do it",
    "there is no sense, better to finish my life",
    "on the top floor of the parking, i keep looking down",
    "she is walking towards the canal, she won't answer me",
    "thinking about swerving into a truck on the motorway",
    "I stopped taking my insulin on purpose",
    "a little girl has been locked out on the balcony for hours, she's crying",
    "they are kicking the door down, we are hiding upstairs",
    "mon mari a sorti un couteau, il crie, je suis cachée dans la chambre",
    # after blind17
    "we're planning on ending things on sunday, me and nobody else",
    "ce soir je vais rejoindre maman là-haut, c'est décidé",
    "the voices say I have to hurt myself tonight",
    "took the rest of my oxys with wine",
    "la voiture tourne dans le garage fermé et je suis assis dedans",
    "no one left to keep me here anyway",
    "j'ai pris ma décision, je me sens enfin apaisée",
    "ma mère m'a écrit 'prends soin de ton frère pour moi', elle répond plus",
    "il y a une corde dans la grange, j'y pense tout le temps",
    "I googled how high the bridge by the river is",
    "dites à mon père que c'était pas sa faute",
    "a video of him at the edge of the cliff saying he loves me",
    "mon mari a secoué notre bébé, il pleure plus et il est tout mou",
    "not eaten for 8 days and my heart is racing",
    "j'ai trouvé une solution définitive à tout ça",
    "cancelled all my subscriptions, strangely calm now",
    "my nan has dementia and wandered off in the snow, nobody can find her",
    "j'ai bu une bouteille de whisky et pris des somnifères",
    "she said she took enough to make sure this time",
    "sitting on the ledge of the car park roof",
])
def test_warning_signs_are_crisis_on_a_first_message(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    # after chat11
    "i have the pills right here next to me",
    "already took a bunch of stuff before i texted, feeling dizzy",
    "il tape à la porte, il a dit qu'il allait me tuer cette fois",
    "gave my guitar to my cousin, they all think i'm moving abroad",
    # after chat12
    "you were so kind to me. goodbye",
    "ne te dis jamais que c'est ta faute, d'accord ?",
    "j'ai déjà pris toutes les boîtes de l'armoire",
    # after chat13
    "c'est la dernière fois qu'on se parle. merci pour tout",
    "the rope is in my backpack",
    "the engine is running in the closed garage",
    "took all my lithium, i feel strange",
    # after chat14
    "je peux pas la réveiller, elle a pris ses cachets avec de l'alcool",
    "engine's on, garage door's shut",
    "jme suis coupé le bras trop profond, ça arrête pas de saigner",
    "j'ai pris toute la plaquette de zopi",
    "je crois que c'est ma dernière conversation. merci d'être là",
    "les voix me disent de me jeter sous le train ce soir",
])
def test_warning_signs_are_crisis_during_a_conversation(text: str) -> None:
    assert level(text, conversation=True) is Level.CRISIS


@pytest.mark.parametrize("text", [
    # after blind14
    "ma sœur va me tuer si je lui spoile la fin lol",
    "ma mère va me massacrer quand elle verra mes notes",
    "je dois rendre un exposé sur le suicide chez Durkheim, des sources ?",
    "enfin fini avec ce dossier CAF, je voulais tellement en finir !",
    "my friend says 'i want to die' every time her wifi drops lol",
    "je vais donner mes vieux jouets à Emmaüs",
    "gave my old phone to my little brother",
    "j'ai fait mes adieux à l'équipe, nouveau poste lundi",
    "I self-harmed in my teens, I've been fine for years now",
    "j'ai tout ce qu'il faut pour la raclette ce soir",
    "we walked along the old railway line, it's a cycle path now",
    "la personne dont je vous parlais a trouvé un logement",  # French "dont" stays French
    # after blind15
    "no i'm not going to jump off anything, it was a figure of speech",
    "I attempted back in 2012, I've been in a much better place for years",
    "planning it for june, a week by the sea with my sister",
    "my mum will kill me when she sees the mess lol",
    "tu me reverras pas avant lundi, je pars chez mes parents",
    "there's a leak on the roof of the building, who do I call?",
    "I burned myself on the oven door making dinner",
    "la corde à linge du jardin a cassé",
    # after blind16
    "I took 2 doliprane for my headache, is that ok?",
    "how many paracetamol can I take in a day?",
    "combien de doliprane faut il pour un enfant de 20 kg ?",
    "i have a rope in my bag for the climbing gym",
    "we're walking towards the lake with the dog, it's lovely",
    "this is the last time we'll talk before the holidays",
    "my pills are counted out in the pill box for the week",
    "I'm dead meat if I miss the bus again",
    "about to end it all with my phone provider, worst contract ever",
    "comment repérer qu'un élève a des idées noires ? je suis prof",
    "my son asked questions about suicide after a film, how do I answer?",
    "I don't think about ending my life anymore, I'm doing well",
    "les idées noires, c'était il y a longtemps, ça va bien maintenant",
    "my dad has a gun licence for hunting",
    # after blind17
    "we're ending things between us, it's mutual",
    "je vais rejoindre mon frère à Lyon pour de bon, j'ai trouvé un appart",
    "I cut my finger deeper than I thought while cooking",
    "look after your sister for me while I'm at work",
    "I have a rope in the boot for towing",
    "she made a video of a rope bridge",
    "une solution définitive pour l'humidité de la salle de bain ?",
    "je voudrais mettre fin à mon bail, quel préavis ?",
    "my friend says she wants to die every time her team loses",
    "le reportage sur les ados qui se suicident m'a remuée, moi ça va",
    "il y a plus rien dans le frigo, à plus tard",
    "my grandad has dementia, he went missing but the police found him",
    "je vois plus l'intérêt de continuer mes études de droit",
    # seventh session, found while writing tests
    "my dad gave me his watch for my birthday",
    "my grandpa cleaned his gun for the hunting season",
    "on a choisi une date pour le mariage !",
])
def test_look_alikes_are_not_crisis_in_either_context(text: str) -> None:
    assert level(text) is not Level.CRISIS
    assert level(text, conversation=True) is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "je vais rejoindre ma mère ce soir au restaurant",
    "I'm going to join my mum for dinner tonight",
    "je vais rejoindre mes parents demain chez eux",
    "I can't wake him up for school, he's a teenager",
    "je n'arrive pas à le réveiller pour l'école le matin",
    "j'ai pris toute ma boîte de doliprane sur 5 jours comme prescrit",
    "I took the whole box of antibiotics over 7 days, as prescribed",
    "I took all my paracetamol as the doctor said",
    "il est bleu de froid",
])
def test_everyday_senses_of_warning_words_are_not_crisis_as_shipped(text: str) -> None:
    """Meeting family for dinner, a teenager who will not get up, a course of medicine taken as
    prescribed, blue with cold: once each sent a crisis reply and a coordinator alert."""
    for conversation in (False, True):
        assert assess(text, second_opinion=True, conversation=conversation).level is not \
            Level.CRISIS


@pytest.mark.parametrize("text", [
    "wrote goodbye cards for the team, retiring on Friday",
    "j'ai écrit un mot d'adieu à mes collègues, je pars à la retraite en juin",
    "exam week starts monday, goodbye social life",
    "adieu mon CDI, bonjour à l'auto-entreprise",
    "for our D&D campaign I need a goodbye letter for my character",
    "pour mon roman j'écris la lettre d'adieu d'une héroïne qui part en mer",
    "the kids had a nerf gun battle in the garden all afternoon",
    "got my nephew a water gun for the beach",
    "j'ai eu mon permis de chasse, mon père m'apprend à tirer au fusil",
    "on a fait neutraliser la vieille carabine de papi pour la garder en souvenir",
    "took all the expired meds back to the chemist",
    "j'ai pris tous les médicaments périmés pour les rapporter à la pharmacie",
    "wedding planning again, honestly this is going to kill me",
    "first 10k today, thought I was going to die on the hill but I finished",
    "we hiked along the cliffs at Étretat, stunning",
    "sortie du club de rando demain, on longe les falaises",
    "je veux en finir avec mon abonnement, comment on résilie ?",
    "mon pot d'adieu c'est vendredi, je quitte la boîte après 9 ans",
    "overdosed on caffeine before the interview lol",
    "which glue gun is best for kids' crafts?",
    "the car has suicide doors, are they legal?",
])
def test_everyday_senses_are_not_crisis_by_the_rules_on_a_first_message(text: str) -> None:
    """Retiring, a game or a novel, a toy or a hunting licence, expired medicine returned, a
    chore that will "kill me", a race, a cliff walk, a phone plan to end, too much coffee, car
    doors: rated crisis by the rules before."""
    assert level(text) is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "I wrote goodbye letters to everyone, tonight I'm done",
    "adieu la vie",
    "j'ai sorti le fusil de chasse de mon père, ce soir",
    "he is going to kill me, he has a knife",
    "je suis au bord de la falaise, je vais sauter",
    "I took all my pills",
    "I promised myself I would not see another birthday, it's tomorrow",
    "je me suis juré de pas voir un autre Noël",
    "je vais bientôt rejoindre ma mère au ciel",
    "I can't wake him up, he's not breathing properly",
    "I took the whole box, not as prescribed",
    "il est tout bleu et respire mal",
    "j'ai pris toute ma boîte de doliprane",
])
def test_the_same_words_in_danger_stay_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "mon oncle a pris le fusil de chasse et il ne répond plus",
    "he gave me his guitar and said see you on the other side",
    "she told me 'see you on the other side' and switched her phone off",
])
def test_hunting_guns_and_the_other_side_stay_crisis(text: str) -> None:
    """The look-alikes above stop at the birthday, the hunting season and the wedding: a hunting
    gun taken and "see you on the other side" (never a future) are still crisis."""
    assert level(text) is Level.CRISIS
