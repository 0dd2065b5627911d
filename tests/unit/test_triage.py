"""Behaviour of the rule-based triage, and its figures on the labelled and blind sets.

``triage_labelled.jsonl`` is the tuning set (it includes the former holdout and the first blind
set, folded in once seen). ``triage_blind2.jsonl`` was written by someone who never saw the rules;
its first figures were recorded, and it is now part of the model's corpus and of the rules' tuning
(so its test is an in-sample figure test); its messages are never printed.
``triage_blind3.jsonl`` (220 messages) was written blind after that tuning round and evaluated once
(figures recorded in ``test_blind3_thresholds``); it then joined the model's corpus like blind2, so
its test is an in-sample figure test too. ``triage_blind4.jsonl`` (260 messages) and
``triage_chat.jsonl`` (220 mid-conversation messages), both written blind after the third round,
were each rated once (figures recorded in ``test_blind4_thresholds`` and
``test_mid_conversation_thresholds``); they then joined the model's corpus too, so their tests are
in-sample figure tests. No set here measures generalisation any more: ``bench/triage_cv.py``
gives cross-validated figures, and the next blind sets are kept apart.
"""

import json
from pathlib import Path

import pytest

from matching.models import Level, Theme
from matching.triage import Assessment, assess, normalise

DATA = Path(__file__).resolve().parents[1] / "data"


def level(text: str) -> Level:
    return assess(text).level


def test_as_json_has_exactly_the_public_fields() -> None:
    result = assess("Je veux mourir")
    assert isinstance(result, Assessment)
    assert result.as_json() == {"level": "crisis", "theme": "personal", "relative": False,
                                "reasons": ["suicidal_intent"]}


def test_assessment_is_frozen() -> None:
    result = assess("bonjour")
    with pytest.raises(AttributeError):
        result.level = Level.CRISIS  # type: ignore[misc]


def test_normalise_folds_accents_elisions_and_repeated_letters() -> None:
    assert normalise("J'AI plus envie de vivre") == " je ai plus envie de vivre "
    assert normalise("Nooooon, c’est fini") == " non | c est fini "
    assert "je en peux plus" in normalise("jpp")


@pytest.mark.parametrize("text", [
    "je veux mourir", "J'ai plus envie de vivre", "jveux en finir", "g envie de mourrrrir",
    "chui fatiguée de vivre", "je pense à me suicider", "me foutre en l'air", "i wanna kms",
    "everyone would be better off without me", "unalive myself", "plus envie d'être là",
    "j'ai écrit une lettre d'adieu", "I want to die", "je me fais du mal",
])
def test_explicit_risk_is_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je meurs de faim", "mort de rire", "this exam is killing me", "I could die of embarrassment",
    "I'm dying to see the film", "je suis morte de fatigue", "ma mère va me tuer si elle voit ça",
])
def test_hyperbole_is_not_crisis(text: str) -> None:
    result = assess(text)
    assert result.level is not Level.CRISIS
    assert "hyperbole" in result.reasons


@pytest.mark.parametrize("text", [
    "je veux en finir avec ce dossier", "vivement d'en finir avec les examens",
    "j'ai hâte d'en finir avec ce travail", "en finir avec les idées reçues sur la psychiatrie",
])
def test_idiom_en_finir_avec_dossier_is_not_crisis(text: str) -> None:
    result = assess(text)
    assert result.level is Level.ROUTINE
    assert "idiom" in result.reasons


def test_en_finir_alone_or_with_life_is_crisis() -> None:
    assert level("je veux en finir") is Level.CRISIS
    assert level("je veux en finir avec la vie") is Level.CRISIS
    assert level("je veux en finir avec tout ça") is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je ne veux pas mourir", "I'm not suicidal", "je ne suis pas suicidaire",
    "I don't want to die", "je n'ai jamais eu d'idées suicidaires",
])
def test_negation_is_not_crisis(text: str) -> None:
    result = assess(text)
    assert result.level is Level.ROUTINE
    assert "negated" in result.reasons


def test_negation_does_not_hide_a_second_statement() -> None:
    assert level("I'm not suicidal, I just want it all to end") is Level.CRISIS
    assert level("je ne veux pas mourir mais je ne veux plus vivre") is Level.CRISIS


def test_negated_life_is_crisis_not_negation() -> None:
    assert level("je n'ai plus envie de vivre") is Level.CRISIS
    assert level("I don't want to live anymore") is Level.CRISIS


def test_guard_lowers_past_crisis_to_urgent() -> None:
    result = assess("Il y a 10 ans j'ai voulu mourir, ça va mieux")
    assert result.level is Level.URGENT
    assert "past" in result.reasons


def test_past_guard_reads_the_words_around_each_hit_after_a_panic_cue() -> None:
    """A panic cue earlier in the message is blanked before the hits are found: the past tense
    is read around each hit in that text, not at the same offsets in the unblanked one."""
    result = assess("j'ai fait une crise d'angoisse hier, j'ai cru mourir. Il y a 10 ans j'ai "
                    "voulu me suicider, c'était il y a longtemps")
    assert result.level is Level.URGENT
    assert "past" in result.reasons


def test_guard_never_lowers_crisis_to_routine() -> None:
    for text in ("Il y a 10 ans j'ai voulu mourir, ça va mieux",
                 "When I was a teenager I tried to kill myself, I'm much better now",
                 "il y a longtemps j'avais des idées noires, aujourd'hui je vais bien"):
        assert level(text) is Level.URGENT


def test_past_guard_does_not_apply_when_it_comes_back() -> None:
    assert level("il y a 2 ans j'ai fait une TS et les idées reviennent") is Level.CRISIS
    assert level("il y a 10 ans j'ai voulu mourir et aujourd'hui je veux mourir") is Level.CRISIS


@pytest.mark.parametrize(("text", "expected"), [
    ("jsp quoi faire g des idées noires", Level.CRISIS),
    ("chuis a bout jpp", Level.URGENT),
    ("jvx plu vivre", Level.CRISIS),
    ("je v me tuer", Level.CRISIS),
    ("plz help im gonna kms", Level.CRISIS),
    ("c trop dur, je tiens plus", Level.URGENT),
    ("je vé me foutre en lair", Level.CRISIS),
    ("j ai envi de me sucider", Level.CRISIS),
    ("jpense a me suisider ce soir", Level.CRISIS),
    ("thinking about suicde all the time", Level.CRISIS),
])
def test_sms_spelling_is_understood(text: str, expected: Level) -> None:
    assert level(text) is expected


def test_missing_accents_and_apostrophes_are_understood() -> None:
    assert level("jai plus envie de vivre") is Level.CRISIS
    assert level("il m a frappee hier soir") is Level.CRISIS


def test_child_at_risk_flag() -> None:
    assert assess("Mon beau-père frappe ma petite sœur").child_at_risk
    assert assess("j'ai 14 ans et mon père me frappe").child_at_risk
    assert assess("My dad beats my little brother").child_at_risk
    assert assess("le voisin bat ses enfants").level is Level.CRISIS
    assert not assess("je veux mourir").child_at_risk


def test_violence_against_women_flag() -> None:
    result = assess("Mon mari me frappe, j'ai peur qu'il me tue")
    assert result.level is Level.CRISIS and result.violence_against_women
    assert "domestic_violence" in result.reasons
    assert assess("je suis victime de violences conjugales").violence_against_women
    assert not assess("je veux mourir").violence_against_women


def test_relative_talking_about_dying_is_crisis_and_relative() -> None:
    for text in ("ma fille parle de se suicider", "My son told me he wants to kill himself",
                 "mon frère menace de se tuer"):
        result = assess(text)
        assert result.level is Level.CRISIS and result.relative


def test_relative_detection() -> None:
    assert assess("je m'inquiète pour mon fils").relative
    assert assess("worried about my mum, she doesn't eat").relative
    assert not assess("je me sens seule depuis mon déménagement").relative
    assert not assess("mon mari me frappe").relative


@pytest.mark.parametrize("text", [
    "je fais une crise d'angoisse", "I'm having a panic attack", "j'entends des voix",
    "ça fait 4 jours que je n'ai pas dormi", "j'ai rechuté hier", "I lost everything",
    "mis à la porte ce soir", "je suis seule et j'ai peur", "I can't cope anymore",
])
def test_severe_distress_is_urgent(text: str) -> None:
    assert level(text) is Level.URGENT


def test_panic_fear_of_dying_is_urgent_not_crisis() -> None:
    result = assess("j'ai l'impression que je vais mourir, mon coeur bat trop vite")
    assert result.level is Level.URGENT and "panic" in result.reasons


@pytest.mark.parametrize(("text", "theme"), [
    ("J'ai rendez-vous chez le psychiatre", Theme.CARE),
    ("la CAF m'a coupé le RSA", Theme.SOCIAL),
    ("mon loyer a augmenté, j'ai peur de l'expulsion", Theme.HOUSING),
    ("C'est quoi un CMP ?", Theme.INFORMATION),
    ("how does this work?", Theme.INFORMATION),
    ("je me sens seule et triste", Theme.PERSONAL),
    ("bonjour", Theme.OTHER),
])
def test_theme_keywords(text: str, theme: Theme) -> None:
    assert assess(text).theme is theme


def test_reasons_are_codes_never_text() -> None:
    text = "Je veux mourir, mon mari me frappe et ma fille est en danger"
    result = assess(text)
    words = set(normalise(text).split())
    for reason in result.reasons:
        assert reason.replace("_", "").isalpha() and reason not in words


@pytest.mark.parametrize("text", [
    "je me suis fait du mal hier soir", "j'ai peur de me faire du mal cette nuit",
    "I hurt myself again last night", "I relapsed into self harm",
    "à quoi bon rester en vie", "je sais pas pourquoi je suis encore en vie",
    "why should I stay alive", "I don't know how to keep going", "why am I still alive",
    "would anyone even notice if I died", "when I'm gone they'll be happier",
    "I won't be around much longer", "si je disparaissais personne ne le remarquerait",
    "quand je ne serai plus là ils seront tranquilles", "je veux tout arrêter",
    "j'ai envie que tout s'arrête", "I just want everything to stop",
    "everyone would be happier without me", "j'ai laissé un mot pour mes enfants",
    "I wrote letters to my family tonight", "je voulais vous dire adieu", "j'ai plus la force",
    "I have no strength left to keep going", "je pense tout le temps à ma mort",
    "I keep thinking about dying", "mon fils s'est encore fait du mal",
])
def test_broader_risk_phrasings_are_crisis(text: str) -> None:
    assert level(text) is Level.CRISIS


@pytest.mark.parametrize("text", [
    "je me suis remis à boire", "I started drinking again", "je dors plus depuis des jours",
    "I can't sleep, my head won't stop", "les voix recommencent", "the voices are back",
    "j'ai peur de devenir folle", "I'm losing my mind", "tout s'effondre autour de moi",
    "my whole life is falling apart", "mes parents m'ont mise à la porte",
    "my landlord kicked me out, nowhere to sleep tonight", "I'm having an anxiety attack",
])
def test_broader_distress_phrasings_are_urgent(text: str) -> None:
    assert assess(text, second_opinion=False).level is Level.URGENT  # the rules say urgent
    assert level(text) is not Level.ROUTINE  # the second opinion may only raise it


@pytest.mark.parametrize("text", [
    "je pense souvent à la mort", "I feel dead inside", "je me sens morte à l'intérieur",
    "parfois je me dis que ce serait plus simple de mourir", "I think about death a lot",
])
def test_safety_floor_keeps_death_vocabulary_out_of_routine(text: str) -> None:
    result = assess(text)
    assert result.level is not Level.ROUTINE
    assert result.level is Level.CRISIS or "mentions_death" in result.reasons


@pytest.mark.parametrize("text", [
    "my phone is dead", "ma batterie est morte", "on est au point mort avec la CAF",
    "I feel so alive since I started the group", "je vais mourir de chaud",
    "this heat is killing me lol", "c'est mort pour ce soir", "he's never hit me but he shouts",
    "I won't be around next week, I'm on holiday", "comment vivre avec un trouble bipolaire",
])
def test_idioms_with_death_words_stay_routine(text: str) -> None:
    assert level(text) is Level.ROUTINE


def load(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def figures(
    rows: list[dict[str, object]], second_opinion: bool = False, conversation: bool = False
) -> tuple[float, int, float]:
    crisis = [r for r in rows if r["level"] == "crisis"]
    routine = [r for r in rows if r["level"] == "routine"]
    rated = {id(r): assess(str(r["text"]), second_opinion=second_opinion,
                           conversation=conversation).level for r in rows}
    recall = sum(rated[id(r)] is Level.CRISIS for r in crisis) / len(crisis)
    crisis_to_routine = sum(rated[id(r)] is Level.ROUTINE for r in crisis)
    routine_to_crisis = sum(rated[id(r)] is Level.CRISIS for r in routine) / len(routine)
    return recall, crisis_to_routine, routine_to_crisis


LABELLED, BLIND, BLIND3 = "triage_labelled.jsonl", "triage_blind2.jsonl", "triage_blind3.jsonl"


def level_counts(rows: list[dict[str, object]]) -> tuple[int, int, int]:
    """How many messages of ``rows`` are labelled crisis, urgent and routine."""
    crisis, urgent, routine = (sum(r["level"] == lvl for r in rows)
                               for lvl in ("crisis", "urgent", "routine"))
    return crisis, urgent, routine


def repeats_of(rows: list[dict[str, object]], *earlier_sets: str) -> list[str]:
    """The levels of ``rows`` messages that, once normalised, repeat a message of the earlier
    sets; each must carry the level it had there (never texts: blind sets are not printed)."""
    earlier = {normalise(str(r["text"])): r["level"] for name in earlier_sets for r in load(name)}
    found = [r for r in rows if normalise(str(r["text"])) in earlier]
    assert all(earlier[normalise(str(r["text"]))] == r["level"] for r in found)
    return [str(r["level"]) for r in found]


def assert_targets(rows: list[dict[str, object]], conversation: bool = False) -> None:
    """The issue's targets, as shipped (rules plus the second opinion; ``conversation``: rated as
    messages sent during a conversation are)."""
    recall, crisis_to_routine, routine_to_crisis = figures(rows, second_opinion=True,
                                                           conversation=conversation)
    assert routine_to_crisis <= 0.10, f"routine rated crisis {routine_to_crisis:.3f}"
    assert crisis_to_routine == 0, f"{crisis_to_routine} crisis messages rated routine"
    assert recall >= 0.98, f"crisis recall {recall:.3f}"


def assert_chat_targets(rows: list[dict[str, object]]) -> None:
    """The issue's targets on messages sent during a conversation, rated as the bot rates them,
    and at most a quarter of the ordinary ones raised to urgent or crisis."""
    assert_targets(rows, conversation=True)
    assert raised(rows) <= 0.25, f"routine raised to urgent or crisis {raised(rows):.3f}"


def raised(rows: list[dict[str, object]]) -> float:
    """Share of routine messages rated urgent or crisis during a conversation, as shipped."""
    routine = [r for r in rows if r["level"] == "routine"]
    return sum(assess(str(r["text"]), second_opinion=True, conversation=True).level
               is not Level.ROUTINE for r in routine) / len(routine)


def test_labelled_set_is_well_formed() -> None:
    rows = load(LABELLED)
    assert len(rows) >= 280
    for row in rows:
        assert set(row) == {"text", "level", "theme", "relative"}
        assert row["level"] in {"crisis", "urgent", "routine"}
        assert row["theme"] in {t.value for t in Theme}
        assert isinstance(row["relative"], bool)
    assert len(rows) >= 430
    for lvl, minimum in (("crisis", 140), ("urgent", 115), ("routine", 160)):
        assert sum(r["level"] == lvl for r in rows) >= minimum


def test_labelled_thresholds() -> None:
    recall, crisis_to_routine, routine_to_crisis = figures(load(LABELLED))
    assert recall >= 0.98
    assert crisis_to_routine == 0
    assert routine_to_crisis <= 0.10


def test_blind2_thresholds() -> None:
    """The issue's targets on the former blind set, figures only (no texts printed).

    No longer blind: its figures as first seen were recorded (rules alone: crisis recall 0.660,
    10 crisis rated routine, 5.0 % of routine rated crisis; with TRIAGE_MODEL 0.868, 3, 13.3 %);
    since then it is part of the model's corpus and the rules were revised looking at its misses,
    so this is an in-sample regression guard like ``test_labelled_thresholds``, not a measure of
    generalisation (see ``bench/triage_cv.py`` for the cross-validated model figures)."""
    rows = load(BLIND)
    counts = {lvl: sum(r.get("level") == lvl for r in rows) for lvl in ("crisis", "routine")}
    assert counts["crisis"] and counts["routine"], f"blind set needs both levels: {counts}"
    labelled = {normalise(str(r["text"])) for r in load(LABELLED)}
    overlap = sum(normalise(str(r["text"])) in labelled for r in rows)
    assert overlap == 0, f"{overlap} blind messages also in the labelled set"
    recall, crisis_to_routine, routine_to_crisis = figures(rows)
    assert recall >= 0.98, f"crisis recall {recall:.3f}"
    assert crisis_to_routine == 0, f"{crisis_to_routine} crisis messages rated routine"
    assert routine_to_crisis <= 0.10, f"routine rated crisis {routine_to_crisis:.3f}"


def test_blind3_thresholds() -> None:
    """The issue's targets on the third blind set, as shipped (rules plus the statistical second
    opinion), figures only (no texts printed).

    No longer blind: its figures as first seen, on messages neither the rules nor the model had
    seen, were recorded (as shipped: crisis recall 0.827, 4 crisis rated routine, 8.2 % of routine
    rated crisis; rules alone 0.627, 18, 4.7 %); since then it is part of the model's corpus, so
    this is an in-sample regression guard (as shipped now: 1.000, 0, 4.7 %), not a measure of
    generalisation (see ``bench/triage_cv.py``). Seven of its messages repeat, once normalised,
    messages of the earlier sets (the former strict xfail stopped at that check, before the
    figures); they carry the same level there."""
    rows = load(BLIND3)
    assert len(repeats_of(rows, LABELLED, BLIND)) == 7
    assert_targets(rows)


BLIND4 = "triage_blind4.jsonl"


def test_blind4_was_new_to_the_triage() -> None:
    """The fourth blind set (260 messages) was written by someone who never saw the rules, the
    model or the other sets, and was rated once, after the third round, before it joined the
    model's corpus. One of its messages happens to repeat, once normalised, a routine message of
    an earlier set."""
    rows = load(BLIND4)
    assert len(rows) == 260
    assert repeats_of(rows, LABELLED, BLIND, BLIND3) == ["routine"]


def test_blind4_thresholds() -> None:
    """The issue's targets on the fourth blind set, as shipped, figures only (no texts printed).

    No longer blind: as first seen (2026-12-01), on messages neither the rules nor the model had
    seen: crisis recall 0.900, 1 crisis rated routine, 7.0 % of routine rated crisis (the triage
    shipped before that round gave 0.756, 2, 8.0 %; rules alone 0.456, 40, 7.0 %); the former
    strict xfail recorded that gap. Since then it is part of the model's corpus, so this is an
    in-sample regression guard, not a measure of generalisation (see ``bench/triage_cv.py``)."""
    assert_targets(load(BLIND4))


CHAT = "triage_chat.jsonl"


def test_mid_conversation_thresholds() -> None:
    """``triage_chat.jsonl`` (220 messages: 160 routine, 40 urgent, 20 crisis) was written blind,
    like blind4, as what seekers send during a conversation, and rated once.

    No longer blind: as first seen (2026-12-01), as shipped: crisis recall 1.000, none rated
    routine, 10.0 % of routine rated crisis (each gets the crisis reply), and 45 % of routine
    raised to urgent or crisis; rules alone: 0.400, 10, 1.2 %. Since then it is part of the
    model's corpus, so this is an in-sample regression guard (see ``bench/triage_cv.py`` for
    cross-validated figures), rated as the bot rates conversation messages now (conversation
    thresholds, since 2026-12-02). One of its messages repeats, once normalised, a crisis
    message of an earlier set, with the same level."""
    rows = load(CHAT)
    assert len(rows) == 220
    assert len(repeats_of(rows, LABELLED, BLIND, BLIND3, BLIND4)) == 1
    assert_chat_targets(rows)


BLIND5, CHAT2 = "triage_blind5.jsonl", "triage_chat2.jsonl"


def test_blind5_and_chat2_are_new_to_the_triage() -> None:
    """Written blind after the fourth round by someone who never saw the rules, the model or the
    other sets (260 first messages; 220 messages sent during a conversation), rated once, never
    trained or tuned on: the independent measures now. A few messages happen to repeat earlier
    ones once normalised (two of the first messages; seven short replies such as "ok" during a
    conversation), each with the same level."""
    first, chat = load(BLIND5), load(CHAT2)
    assert (len(first), len(chat)) == (260, 220)
    earlier = (LABELLED, BLIND, BLIND3, BLIND4, CHAT)
    assert len(repeats_of(first, *earlier)) == 2
    assert len(repeats_of(chat, *earlier)) == 7


def test_blind5_thresholds() -> None:
    """As first seen (2026-12-01), as shipped: crisis recall 0.867, 4 crisis rated routine,
    7.0 % of routine rated crisis (rules alone 0.389, 37, 3.0 %; the triage of that session's
    start 0.667, 4, 7.0 %); the former strict xfail recorded the gap. Since then the warning-sign
    rules (``matching.triage_signs``) were written looking at its misses and it is part of the
    model's corpus: an in-sample regression guard now, not a measure of generalisation."""
    assert_targets(load(BLIND5))


def test_chat2_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-01), as shipped then (first-contact
    thresholds): crisis recall 0.850, 3 crisis rated routine, 10.0 % of routine rated crisis,
    35.6 % raised to urgent or crisis (the conversation thresholds of then: 0.700, 6, 6.9 %,
    12.5 %). Since then the rules were revised looking at its misses and it is part of the
    model's corpus: an in-sample regression guard, rated as conversation messages are now."""
    assert_chat_targets(load(CHAT2))


BLIND6, CHAT3 = "triage_blind6.jsonl", "triage_chat3.jsonl"



def test_blind6_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.922, 2 crisis rated routine,
    3.0 % of routine rated crisis (rules alone 0.600, 26, 2.0 %; the triage of that session's
    start 0.889, 3, 4.0 %; the same 0.922, 2, 3.0 % after a precision pass written without
    looking at it); the former strict xfail recorded the gap. Since then the rules were revised
    looking at its misses and it is part of the model's corpus: an in-sample regression guard."""
    assert_targets(load(BLIND6))


def test_chat3_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then (conversation
    thresholds): crisis recall 1.000, none rated routine, 5.6 % of routine rated crisis (6.2 %
    after the precision pass), 20.6 % raised (with the first-contact thresholds 1.000, 0, 8.8 %;
    the triage of that session's start, as its services rated them: 0.950, 0, 12.5 %, 35.0 %).
    In the model's corpus since: an in-sample regression guard."""
    assert_chat_targets(load(CHAT3))


BLIND7, CHAT4 = "triage_blind7.jsonl", "triage_chat4.jsonl"



def test_blind7_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.967, 1 crisis rated routine,
    10.0 % of routine rated crisis, 41 of 70 urgent rated crisis (rules alone 0.556, 29, 6.0 %;
    the round before, commit 3a627e0: 0.922, 1, 7.0 %, 23 urgent; the session's start 0.900, 2,
    7.0 %, 20). The former strict xfail recorded the gap. Since then the rules were revised
    looking at its misses and it is part of the model's corpus: an in-sample regression guard."""
    assert_targets(load(BLIND7))


def test_chat4_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    1.000, none rated routine, 10.6 % of routine rated crisis, 21.9 % raised, 22 of 40 urgent
    rated crisis (rules alone 0.800, 4, 2.5 %; the round before 1.000, 0, 6.2 %, 12 urgent).
    That led to the cross-validation's budgets on the model's own false alarms and on urgent
    messages rated crisis (``bench/triage_cv.py``). In the corpus since: in-sample."""
    assert_chat_targets(load(CHAT4))


BLIND8, CHAT5 = "triage_blind8.jsonl", "triage_chat5.jsonl"



def test_blind8_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.967, none rated routine,
    21.0 % of routine rated crisis, 33 of 70 urgent rated crisis; rules alone 0.467, 34, 14.0 %;
    every earlier triage as bad on its routine messages (the session's start 0.800, 5, 16.0 %).
    The look-alikes it showed (goodbyes with a future, "asked if..., no", suicide as a topic)
    are now guards (``matching.triage_lookalikes``) and it is in the corpus: in-sample."""
    assert_targets(load(BLIND8))


def test_chat5_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    1.000, none rated routine, 16.2 % of routine rated crisis, 26.9 % raised, 15 of 40 urgent
    rated crisis; rules alone 0.850, 1, 6.2 % (the session's start, as its services rated them,
    0.950, 0, 18.8 %). In the corpus since: an in-sample regression guard."""
    assert_chat_targets(load(CHAT5))


BLIND9, CHAT6 = "triage_blind9.jsonl", "triage_chat6.jsonl"



def test_blind9_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.867, none rated routine,
    8.0 % of routine rated crisis, 11 of 70 urgent rated crisis; rules alone 0.556, 25, 6.0 %
    (round 8, db1cc34: 0.956, 0, 14.0 %, 33 urgent; the session's start 0.800, 2, 17.0 %). In
    the corpus since, and the rules were revised on its misses: an in-sample regression guard."""
    assert_targets(load(BLIND9))


def test_chat6_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    0.950, 1 crisis rated routine, 5.6 % of routine rated crisis, 14.4 % raised, 5 of 40 urgent
    rated crisis; rules alone 0.800, 3, 4.4 % (the session's start, as its services rated
    them, 0.950, 1, 16.2 %). In the corpus since: an in-sample regression guard."""
    assert_chat_targets(load(CHAT6))


BLIND10, CHAT7 = "triage_blind10.jsonl", "triage_chat7.jsonl"



def test_blind10_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.967, 2 crisis rated
    routine, 4.0 % of routine rated crisis, 23 of 70 urgent rated crisis; rules alone 0.633, 24,
    4.0 % (round 9: 0.900, 2, 5.0 %; the session's start 0.889, 3, 9.0 %). In the corpus since,
    and the rules were revised on its misses: an in-sample regression guard."""
    assert_targets(load(BLIND10))


def test_chat7_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    1.000, none rated routine, 6.2 % of routine rated crisis, 16.2 % raised, within the
    targets; rules alone 0.700, 6, 1.9 % (the session's start, as its services rated them,
    0.850, 0, 16.9 %). In the corpus since: an in-sample regression guard."""
    assert_chat_targets(load(CHAT7))


BLIND11, CHAT8 = "triage_blind11.jsonl", "triage_chat8.jsonl"



def test_blind11_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.922, none rated routine,
    7.0 % of routine rated crisis, 19 of 70 urgent rated crisis; rules alone 0.644, 24, 6.0 %
    (the session's start 0.789, 2, 10.0 %). In the corpus since, and the rules were revised on
    its misses: an in-sample regression guard."""
    assert_targets(load(BLIND11))


def test_chat8_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    1.000, none rated routine, 5.6 % of routine rated crisis, 11.2 % raised, within the targets
    (the session's start, as its services rated them: 0.950, 0, 16.2 %). In the corpus since."""
    assert_chat_targets(load(CHAT8))


BLIND12, CHAT9 = "triage_blind12.jsonl", "triage_chat9.jsonl"



def test_blind12_thresholds() -> None:
    """As first seen (2026-12-02), as shipped then: crisis recall 0.967, none rated routine,
    8.0 % of routine rated crisis, 25 of 70 urgent rated crisis; rules alone 0.656, 20, 4.0 %.
    The former strict xfail recorded the gap. In the corpus since, and the rules were revised
    on its misses (matching/triage_veiled.py): an in-sample regression guard."""
    assert_targets(load(BLIND12))


def test_chat9_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02), as shipped then: crisis recall
    1.000, none rated routine, 4.4 % of routine rated crisis, 12.5 % raised, 15 of 40 urgent
    rated crisis; rules alone 0.850, 3, 2.5 %. Within the targets, the third conversation set
    in a row. In the corpus since."""
    assert_chat_targets(load(CHAT9))


BLIND13, CHAT10 = "triage_blind13.jsonl", "triage_chat10.jsonl"



def test_blind13_thresholds() -> None:
    """As first seen (2026-12-02, c40eae0), as shipped then: crisis recall 0.933, one rated
    routine, 8.0 % of routine rated crisis, 23 of 70 urgent rated crisis; rules alone 0.744, 17,
    8.0 %. The former strict xfail recorded the gap. In the corpus since, and the rules were
    revised on its misses (matching/triage_acts.py): an in-sample regression guard."""
    assert_targets(load(BLIND13))


def test_chat10_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02, c40eae0), as shipped then: crisis
    recall 1.000, none rated routine, 8.1 % of routine rated crisis, 20.0 % raised, 22 of 40
    urgent rated crisis; rules alone 0.500, 7, 1.9 %. Within the targets, the fourth
    conversation set in a row. In the corpus since."""
    assert_chat_targets(load(CHAT10))


TRAIN = ("triage_train_fr.jsonl", "triage_train_en.jsonl")


def test_the_training_sets_are_for_training_only() -> None:
    """Written after round 13 to widen the model's vocabulary of warning signs (300 French, 300
    mostly English; half crisis, a quarter urgent, a quarter look-alikes), never used as an
    independent measure: no target is asserted on them, only that they hold what they say."""
    assert [level_counts(load(name)) for name in TRAIN] == [(150, 75, 75)] * 2


PROBES = "triage_probe_lookalikes.jsonl"


def test_look_alike_probes_keep_their_crises_and_fewer_false_alarms() -> None:
    """Two probe sets written in the fifth session to find false alarms (240, then 200 first
    messages with warning words in an everyday sense; 80, then 60 crisis messages with the same
    kinds of words in danger; text, level and language only). The guards of that session were
    written looking at them: in-sample for the rules, never trained on. As shipped at b75f1d8,
    every crisis is rated crisis, and so are 53 of the 440 ordinary messages (75 at the
    session's start, when one crisis was rated urgent)."""
    rows = load(PROBES)
    assert level_counts(rows) == (140, 0, 440)
    rated = [(r["level"], assess(str(r["text"]), second_opinion=True).level) for r in rows]
    assert all(got is Level.CRISIS for want, got in rated if want == "crisis")
    assert sum(got is Level.CRISIS for want, got in rated if want == "routine") < 66


BLIND14, CHAT11 = "triage_blind14.jsonl", "triage_chat11.jsonl"



def test_blind14_thresholds() -> None:
    """As first seen (2026-12-02, ee785da), as shipped then: crisis recall 0.922, none rated
    routine, 4.0 % of routine rated crisis, 12 of 70 urgent rated crisis; rules alone 0.656, 18,
    4.0 % (c40eae0: 0.944, 0, 6.0 %; 2002330: 0.956, 0, 6.0 %). The former strict xfail
    recorded the gap. In the corpus since, and the rules were revised on its misses (a warning
    sign alone is crisis on a first message): an in-sample regression guard."""
    assert_targets(load(BLIND14))


def test_chat11_thresholds() -> None:
    """Mid-conversation messages, as first seen (2026-12-02, ee785da), as shipped then: crisis
    recall 1.000, none rated routine, 3.7 % of routine rated crisis, 18 of 160 raised, 21 of 40
    urgent rated crisis; rules alone 0.750, 2, 1.9 %. The session's start: 1.000, 0, 6.2 %.
    Within the targets, the fifth conversation set in a row. In the corpus since."""
    assert_chat_targets(load(CHAT11))


BLIND15, CHAT12 = "triage_blind15.jsonl", "triage_chat12.jsonl"
BLIND16, CHAT13 = "triage_blind16.jsonl", "triage_chat13.jsonl"
BLIND17, CHAT14 = "triage_blind17.jsonl", "triage_chat14.jsonl"
BLIND18, CHAT15 = "triage_blind18.jsonl", "triage_chat15.jsonl"
BLIND19, CHAT16 = "triage_blind19.jsonl", "triage_chat16.jsonl"
BLIND20, CHAT17 = "triage_blind20.jsonl", "triage_chat17.jsonl"
BLIND21, CHAT18 = "triage_blind21.jsonl", "triage_chat18.jsonl"
BLIND22, CHAT19 = "triage_blind22.jsonl", "triage_chat19.jsonl"
BLIND23, CHAT20 = "triage_blind23.jsonl", "triage_chat20.jsonl"
BLIND24, CHAT21 = "triage_blind24.jsonl", "triage_chat21.jsonl"
BLIND25, CHAT22 = "triage_blind25.jsonl", "triage_chat22.jsonl"
BLIND26, CHAT23 = "triage_blind26.jsonl", "triage_chat23.jsonl"
BLIND27, CHAT24 = "triage_blind27.jsonl", "triage_chat24.jsonl"
BLIND28, CHAT25 = "triage_blind28.jsonl", "triage_chat25.jsonl"
BLIND29, CHAT26 = "triage_blind29.jsonl", "triage_chat26.jsonl"
BLIND30, CHAT27 = "triage_blind30.jsonl", "triage_chat27.jsonl"
BLIND31, CHAT28 = "triage_blind31.jsonl", "triage_chat28.jsonl"
BLIND32, CHAT29 = "triage_blind32.jsonl", "triage_chat29.jsonl"
BLIND33, CHAT30 = "triage_blind33.jsonl", "triage_chat30.jsonl"
BLIND34, CHAT31 = "triage_blind34.jsonl", "triage_chat31.jsonl"
BLIND35, CHAT32 = "triage_blind35.jsonl", "triage_chat32.jsonl"
BLIND36, CHAT33 = "triage_blind36.jsonl", "triage_chat33.jsonl"
#: later pairs, each once a strict xfail where it missed the targets, in the corpus since and the
#: rules revised on its misses: in-sample guards now. As first seen, as shipped then (2026-12-02
#: unless dated):
#: crisis recall / crisis rated routine / routine rated crisis / urgent rated crisis; rules alone;
#: the session's start on the same set.
FOLDED = [
    # b382874: 0.956 / 1 / 2.0 % / 18 of 70; rules 0.767 / 16 / 1.0 %; e285ffd 0.944 / 1 / 2.0 %
    (BLIND15, False),
    # b382874: 0.900 / 1 / 3.7 % / 13 of 40 (16 of 160 raised); rules 0.800 / 3 / 1.2 %;
    # e285ffd 0.850 / 1 / 2.5 %: the first conversation set since chat6 outside the targets
    (CHAT12, True),
    # 3b0cdfd: 0.967 / 1 / 6.0 % / 15 of 70; rules 0.744 / 15 / 6.0 %; e285ffd 0.956 / 1 / 6.0 %
    (BLIND16, False),
    # 3b0cdfd: 0.950 / 1 / 0.6 % / 11 of 40 (21 of 160 raised); rules 0.800 / 4 / 0.0 %;
    # e285ffd 0.950 / 1 / 0.0 %
    (CHAT13, True),
    # 4c238cf: 0.933 / 0 / 4.0 % / 21 of 70; rules 0.689 / 24 / 4.0 %; d9651ec 0.933 / 0 / 5.0 %
    (BLIND17, False),
    # 4c238cf: 0.950 / 1 / 1.9 % / 9 of 40 (20 of 160 raised); rules 0.600 / 5 / 0.0 %;
    # d9651ec 0.950 / 1 / 2.5 %
    (CHAT14, True),
    # 23ad3b6: 0.967 / 1 / 1.0 % / 25 of 70; rules 0.622 / 26 / 1.0 %; d9651ec 0.944 / 1 / 4.0 %
    (BLIND18, False),
    # 23ad3b6: 1.000 / 0 / 3.8 % / 15 of 40 (19 of 160 raised); rules 0.750 / 3 / 0.6 %;
    # d9651ec 1.000 / 0 / 5.0 %
    (CHAT15, True),
    # bbb28e1 (blind18 and chat15 not folded in): 0.989 / 0 / 9.0 % / 31 of 70; rules 0.756 / 16
    # / 7.0 %: the first blind set of first messages within the targets
    (BLIND19, False),
    # bbb28e1: 1.000 / 0 / 5.0 % / 11 of 40 (20 of 160 raised); rules 0.800 / 2 / 1.9 %
    (CHAT16, True),
    # 44174c7 (blind18 to chat16 not folded in): 0.989 / 1 / 11.0 % / 34 of 70; rules 0.789 / 15
    # / 6.0 %
    (BLIND20, False),
    # 44174c7: 0.950 / 1 / 5.6 % / 16 of 40 (23 of 160 raised); rules 0.500 / 9 / 2.5 %
    (CHAT17, True),
    # 2026-12-03, 3d2c56a (blind18 to chat17 folded in): 0.989 / 0 / 7.0 % / 39 of 70; rules 0.700
    # / 20 / 4.0 %; 0fb15cf 0.989 / 1 / 6.0 %: the second blind set of first messages within the
    # targets
    (BLIND21, False),
    # 3d2c56a: 1.000 / 0 / 6.9 % / 20 of 40 (21 of 160 raised); rules 0.500 / 7 / 5.0 %; 0fb15cf
    # 1.000 / 0 / 8.8 %
    (CHAT18, True),
    # 0e49698 (the rules and model of 3d2c56a; written beside blind21): 0.933 / 2 / 9.0 % / 38 of
    # 70; rules 0.644 / 28 / 7.0 %; 0fb15cf 0.933 / 2 / 10.0 %
    (BLIND22, False),
    # 0e49698: 0.950 / 1 / 12.5 % / 19 of 40 (23 of 160 raised); rules 0.400 / 7 / 8.1 %; 0fb15cf
    # 0.950 / 1 / 13.1 %
    (CHAT19, True),
    # 3e8f2b1 (blind21 to chat19 folded in): 0.944 / 2 / 6.0 % / 39 of 70; rules 0.700 / 25 /
    # 4.0 %; 0fb15cf 0.933 / 2 / 7.0 %
    (BLIND23, False),
    # 3e8f2b1: 0.950 / 1 / 6.9 % / 11 of 40 (23 of 160 raised); rules 0.600 / 6 / 1.9 %; 0fb15cf
    # 0.950 / 1 / 11.2 %
    (CHAT20, True),
    # 3e8f2b1 (written beside blind23): 1.000 / 0 / 8.0 % / 45 of 70; rules 0.678 / 25 / 3.0 %;
    # 0fb15cf 1.000 / 0 / 10.0 %: the third blind set of first messages within the targets
    (BLIND24, False),
    # 3e8f2b1: 0.900 / 2 / 6.2 % / 18 of 40 (19 of 160 raised); rules 0.400 / 12 / 3.8 %; 0fb15cf
    # 0.900 / 2 / 8.8 %
    (CHAT21, True),
    # 2026-12-03, ff48e79 (blind23 to chat21 folded in): 0.967 / 1 / 9.0 % / 24 of 70; rules
    # 0.778 / 18 / 9.0 %; 817c0fb 0.978 / 1 / 10.0 %
    (BLIND25, False),
    # ff48e79: 0.750 / 2 / 5.6 % / 12 of 40 (20 of 160 raised); rules 0.400 / 6 / 3.1 %; 817c0fb
    # 0.700 / 4 / 5.0 %
    (CHAT22, True),
    # ff48e79 (written beside blind25): 0.900 / 2 / 8.0 % / 18 of 70; rules 0.567 / 35 / 6.0 %;
    # 817c0fb 0.933 / 2 / 10.0 %
    (BLIND26, False),
    # ff48e79: 0.850 / 2 / 5.0 % / 12 of 40 (22 of 160 raised); rules 0.450 / 8 / 2.5 %; 817c0fb
    # 0.850 / 2 / 6.9 %
    (CHAT23, True),
    # 2026-12-03, 5be2c08 (blind25 to chat23 folded in): 0.989 / 0 / 8.0 % / 27 of 70; rules
    # 0.833 / 11 / 8.0 %; 817c0fb 1.000 / 0 / 10.0 %: the fourth blind set of first messages
    # within the targets
    (BLIND27, False),
    # 5be2c08: 0.850 / 2 / 4.4 % / 9 of 40 (23 of 160 raised); rules 0.500 / 5 / 1.2 %; 817c0fb
    # 0.850 / 2 / 8.8 %
    (CHAT24, True),
    # 5be2c08 (written beside blind27): 0.967 / 0 / 13.0 % / 30 of 70; rules 0.789 / 14 /
    # 11.0 %; 817c0fb 0.956 / 0 / 14.0 %
    (BLIND28, False),
    # 5be2c08: 0.800 / 2 / 6.2 % / 12 of 40 (27 of 160 raised); rules 0.500 / 8 / 6.2 %; 817c0fb
    # 0.800 / 3 / 6.2 %
    (CHAT25, True),
    # 2026-12-04, b74ec3b (blind27 to chat25 folded in): 0.989 / 0 / 7.0 % / 27 of 70; rules
    # 0.822 / 13 / 7.0 %; 590cb3e 0.989 / 0 / 8.0 %: the fifth blind set of first messages
    # within the targets
    (BLIND29, False),
    # b74ec3b: 1.000 / 0 / 4.4 % / 18 of 40 (19 of 160 raised); rules 0.850 / 1 / 3.8 %; 590cb3e
    # 1.000 / 0 / 3.8 %
    (CHAT26, True),
    # b74ec3b (written beside blind29): 0.944 / 1 / 4.0 % / 32 of 70; rules 0.856 / 10 / 3.0 %;
    # 590cb3e 0.944 / 1 / 4.0 %
    (BLIND30, False),
    # b74ec3b: 0.950 / 0 / 4.4 % / 15 of 40 (16 of 160 raised); rules 0.600 / 5 / 3.8 %; 590cb3e
    # 0.950 / 0 / 3.8 %
    (CHAT27, True),
    # 56a49a2 (blind29 to chat27 folded in): 0.967 / 0 / 4.0 % / 23 of 70; rules 0.833 / 8 /
    # 4.0 %; 590cb3e 0.967 / 0 / 5.0 %
    (BLIND31, False),
    # 56a49a2: 0.950 / 0 / 5.0 % / 16 of 40 (18 of 160 raised); rules 0.500 / 7 / 4.4 %; 590cb3e
    # 0.900 / 0 / 5.0 %
    (CHAT28, True),
    # 56a49a2 (written beside blind31): 0.967 / 0 / 5.0 % / 26 of 70; rules 0.756 / 17 / 3.0 %;
    # 590cb3e 0.944 / 0 / 5.0 %
    (BLIND32, False),
    # 56a49a2: 0.950 / 1 / 4.4 % / 6 of 40 (16 of 160 raised); rules 0.600 / 6 / 3.8 %; 590cb3e
    # 0.900 / 1 / 5.0 %
    (CHAT29, True),
    # 2026-12-04, 889ff52 (blind31 to chat29 folded in): 1.000 / 0 / 5.0 % / 38 of 70; rules
    # 0.789 / 15 / 3.0 %; d9a2b46 1.000 / 0 / 6.0 %: the sixth blind set of first messages
    # within the targets
    (BLIND33, False),
    # 889ff52: 1.000 / 0 / 3.8 % / 22 of 40 (22 of 160 raised); rules 0.650 / 5 / 0.6 %; d9a2b46
    # 1.000 / 0 / 2.5 %
    (CHAT30, True),
    # 889ff52 (written beside blind33): 1.000 / 0 / 11.0 % / 42 of 70; rules 0.856 / 11 / 9.0 %;
    # d9a2b46 1.000 / 0 / 11.0 %
    (BLIND34, False),
    # 889ff52: 1.000 / 0 / 6.2 % / 20 of 40 (27 of 160 raised); rules 0.850 / 3 / 5.0 %; d9a2b46
    # 1.000 / 0 / 5.6 %
    (CHAT31, True),
    # 4b3da3d (blind33 to chat31 folded in): 0.989 / 0 / 10.0 % / 38 of 70; rules 0.844 / 9 /
    # 10.0 %; d9a2b46 1.000 / 0 / 12.0 %: the seventh blind set of first messages within the
    # targets
    (BLIND35, False),
    # 4b3da3d: 0.900 / 0 / 5.0 % / 18 of 40 (21 of 160 raised); rules 0.850 / 0 / 3.1 %; d9a2b46
    # 0.900 / 0 / 5.0 %
    (CHAT32, True),
    # 4b3da3d (written beside blind35): 0.967 / 1 / 8.0 % / 31 of 70; rules 0.767 / 18 / 6.0 %;
    # d9a2b46 0.978 / 1 / 8.0 %
    (BLIND36, False),
    # 4b3da3d: 0.900 / 1 / 2.5 % / 17 of 40 (25 of 160 raised); rules 0.650 / 5 / 1.2 %; d9a2b46
    # 0.950 / 1 / 3.8 %
    (CHAT33, True),
]


@pytest.mark.parametrize(("name", "conversation"), FOLDED)
def test_folded_sets_meet_the_targets_in_sample(name: str, conversation: bool) -> None:
    """Mid-conversation sets are rated as the bot rates messages sent during a conversation."""
    (assert_chat_targets if conversation else assert_targets)(load(name))


BLIND37, CHAT34 = "triage_blind37.jsonl", "triage_chat34.jsonl"
BLIND38, CHAT35 = "triage_blind38.jsonl", "triage_chat35.jsonl"


@pytest.mark.xfail(strict=True, reason="crisis recall 0.978 on first messages")
def test_blind37_thresholds_as_shipped() -> None:
    """As first seen (2026-12-04, 4342e19: blind35 to chat33 folded in), as shipped: crisis
    recall 0.978 (88 of 90, both missed rated urgent), none rated routine, 2.0 % of routine rated
    crisis, 26 of 70 urgent rated crisis (an alert each); rules alone 0.756, 19, 2.0 %. The
    session's start (d9a2b46): 0.967, 1, 4.0 %, 28 of 70. Strict: it turns red the day the
    targets are met."""
    assert_targets(load(BLIND37))


def test_chat34_thresholds_as_shipped() -> None:
    """Mid-conversation messages, as first seen (2026-12-04, 4342e19), as shipped: every crisis
    found (20 of 20), 5.0 % of routine rated crisis, 27 of 160 raised, 17 of 40 urgent rated
    crisis; rules alone 0.750, 2, 3.1 %. The session's start (d9a2b46): 1.000, 0, 5.6 %."""
    assert_chat_targets(load(CHAT34))


@pytest.mark.xfail(strict=True, reason="two crisis first messages rated routine")
def test_blind38_thresholds_as_shipped() -> None:
    """Written beside blind37 by another writer, rated once with the same code (2026-12-04,
    4342e19), as shipped: crisis recall 0.956 (86 of 90, two rated urgent, two routine), 6.0 %
    of routine rated crisis, 39 of 70 urgent rated crisis; rules alone 0.811, 10, 6.0 %. The
    session's start (d9a2b46): 0.956, 2, 8.0 %, 39 of 70."""
    assert_targets(load(BLIND38))


@pytest.mark.xfail(strict=True, reason="two crisis messages rated routine during a conversation")
def test_chat35_thresholds_as_shipped() -> None:
    """Mid-conversation messages, as first seen (2026-12-04, 4342e19), as shipped: crisis recall
    0.900 (18 of 20, both missed rated routine), 3.1 % of routine rated crisis, 34 of 160
    raised, 17 of 40 urgent rated crisis; rules alone 0.750, 4, 2.5 %. The session's start
    (d9a2b46): 0.900, 2, 5.0 %."""
    assert_chat_targets(load(CHAT35))


#: every set in the order it was written: each blind pair was rated once, then folded in
ORDER = (LABELLED, BLIND, BLIND3, BLIND4, CHAT, BLIND5, CHAT2, BLIND6, CHAT3, BLIND7, CHAT4,
         BLIND8, CHAT5, BLIND9, CHAT6, BLIND10, CHAT7, BLIND11, CHAT8, BLIND12, CHAT9,
         BLIND13, CHAT10, *TRAIN, BLIND14, CHAT11, BLIND15, CHAT12, BLIND16, CHAT13,
         BLIND17, CHAT14, BLIND18, CHAT15, BLIND19, CHAT16, PROBES, BLIND20, CHAT17,
         BLIND21, CHAT18, BLIND22, CHAT19, BLIND23, CHAT20, BLIND24, CHAT21, BLIND25, CHAT22,
         BLIND26, CHAT23, BLIND27, CHAT24, BLIND28, CHAT25, BLIND29, CHAT26, BLIND30, CHAT27,
         BLIND31, CHAT28, BLIND32, CHAT29, BLIND33, CHAT30, BLIND34, CHAT31,
         BLIND35, CHAT32, BLIND36, CHAT33, BLIND37, CHAT34, BLIND38, CHAT35)


@pytest.mark.parametrize(("first_set", "chat_set", "first_repeats", "chat_repeats"), [
    (BLIND6, CHAT3, 1, 5),  # the first pair with 90/70/100 and 20/40/160
    (BLIND7, CHAT4, 0, 5),
    (BLIND8, CHAT5, 1, 6),  # asked for more look-alike goodbyes and good news
    (BLIND9, CHAT6, 1, 4),
    (BLIND10, CHAT7, 0, 8),
    (BLIND11, CHAT8, 0, 11),
    (BLIND12, CHAT9, 2, 9),
    (BLIND13, CHAT10, 1, 6),
    (BLIND14, CHAT11, 8, 20),  # "write every line by hand" added; the training sets are earlier
    (BLIND15, CHAT12, 2, 15),
    (BLIND16, CHAT13, 2, 17),  # asked for writers of varied ages and situations
    (BLIND17, CHAT14, 1, 13),
    (BLIND18, CHAT15, 4, 14),
    (BLIND19, CHAT16, 0, 20),  # rated with blind18 and chat15 not folded in
    (BLIND20, CHAT17, 0, 2),  # written after the probes; rated with blind18 to chat16 not folded in
    (BLIND21, CHAT18, 2, 5),  # rated once blind18 to chat17 were folded in (seventh session)
    (BLIND22, CHAT19, 1, 6),  # written beside blind21 by another writer, rated with the same code
    (BLIND23, CHAT20, 3, 7),  # rated once blind21 to chat19 were folded in
    (BLIND24, CHAT21, 0, 7),  # written beside blind23 by another writer, rated with the same code
    (BLIND25, CHAT22, 0, 16),  # rated once blind23 to chat21 were folded in (eighth session)
    (BLIND26, CHAT23, 2, 25),  # written beside blind25 by another writer, rated with the same code
    (BLIND27, CHAT24, 2, 29),  # rated once blind25 to chat23 were folded in
    (BLIND28, CHAT25, 2, 26),  # written beside blind27 by another writer, rated with the same code
    (BLIND29, CHAT26, 1, 13),  # rated once blind27 to chat25 were folded in (ninth session)
    (BLIND30, CHAT27, 1, 25),  # written beside blind29 by another writer, rated with the same code
    (BLIND31, CHAT28, 1, 28),  # rated once blind29 to chat27 were folded in
    (BLIND32, CHAT29, 1, 20),  # written beside blind31 by another writer, rated with the same code
    (BLIND33, CHAT30, 0, 6),  # rated once blind31 to chat29 were folded in (tenth session)
    (BLIND34, CHAT31, 2, 7),  # written beside blind33 by another writer, rated with the same code
    (BLIND35, CHAT32, 2, 6),  # rated once blind33 to chat31 were folded in
    (BLIND36, CHAT33, 0, 10),  # written beside blind35 by another writer, rated with the same code
    (BLIND37, CHAT34, 3, 16),  # rated once blind35 to chat33 were folded in
    (BLIND38, CHAT35, 0, 5),  # written beside blind37 by another writer, rated with the same code
])
def test_each_blind_pair_was_new_to_the_triage_when_rated(
    first_set: str, chat_set: str, first_repeats: int, chat_repeats: int
) -> None:
    """Each pair was written blind after the previous round by someone who never saw the rules,
    the model or the other sets (260 first messages: 90 crisis, 70 urgent, 100 routine; 220
    messages sent during a conversation: 20 crisis, 40 urgent, 160 routine), rated once, and
    only then tuned and trained on. Once normalised, a few messages (mostly short replies such
    as "ok merci") repeat a message of an earlier set, each with the same level."""
    first, chat = load(first_set), load(chat_set)
    assert (level_counts(first), level_counts(chat)) == ((90, 70, 100), (20, 40, 160))
    earlier = ORDER[:ORDER.index(first_set)]
    assert len(repeats_of(first, *earlier)) == first_repeats
    assert len(repeats_of(chat, *earlier)) == chat_repeats
