"""The statistical second opinion of the triage: it only raises, it is deterministic and lazy.

Its corpus is the labelled set, blind sets 2, 3 and 4 and the mid-conversation set (each blind
set joined once its figures had been reported), so nothing here measures generalisation:
``bench/triage_cv.py`` does."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from matching.models import LEVEL_RANK, Level
from matching.triage import assess, normalise
from matching.triage_model import (
    CORPUS,
    THRESHOLDS,
    default_model,
    features,
    load_corpus,
    mask,
    raise_level,
    train,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]


def corpus_texts() -> set[str]:
    return {normalise(str(row["text"])) for row in load_corpus()}


def test_corpus_is_the_labelled_set_then_the_blind_sets_in_order() -> None:
    """Blind sets 2, 3 and 4, the first mid-conversation set, then blind5 to blind36, each with
    the mid-conversation set written with it, were each reported once, then folded in, in that
    order, then the two training sets: in-sample now. Blind37 and later, and the thirty-fourth
    mid-conversation set and later, are not in it."""
    sets = [DATA / name for name in ("triage_labelled.jsonl", "triage_blind2.jsonl",
                                     "triage_blind3.jsonl", "triage_blind4.jsonl",
                                     "triage_chat.jsonl", "triage_blind5.jsonl",
                                     "triage_chat2.jsonl", "triage_blind6.jsonl",
                                     "triage_chat3.jsonl", "triage_blind7.jsonl",
                                     "triage_chat4.jsonl", "triage_blind8.jsonl",
                                     "triage_chat5.jsonl", "triage_blind9.jsonl",
                                     "triage_chat6.jsonl", "triage_blind10.jsonl",
                                     "triage_chat7.jsonl", "triage_blind11.jsonl",
                                     "triage_chat8.jsonl", "triage_blind12.jsonl",
                                     "triage_chat9.jsonl", "triage_blind13.jsonl",
                                     "triage_chat10.jsonl", "triage_blind14.jsonl",
                                     "triage_chat11.jsonl", "triage_blind15.jsonl",
                                     "triage_chat12.jsonl", "triage_blind16.jsonl",
                                     "triage_chat13.jsonl", "triage_blind17.jsonl",
                                     "triage_chat14.jsonl", "triage_blind18.jsonl",
                                     "triage_chat15.jsonl", "triage_blind19.jsonl",
                                     "triage_chat16.jsonl", "triage_blind20.jsonl",
                                     "triage_chat17.jsonl", "triage_blind21.jsonl",
                                     "triage_chat18.jsonl", "triage_blind22.jsonl",
                                     "triage_chat19.jsonl", "triage_blind23.jsonl",
                                     "triage_chat20.jsonl", "triage_blind24.jsonl",
                                     "triage_chat21.jsonl", "triage_blind25.jsonl",
                                     "triage_chat22.jsonl", "triage_blind26.jsonl",
                                     "triage_chat23.jsonl", "triage_blind27.jsonl",
                                     "triage_chat24.jsonl", "triage_blind28.jsonl",
                                     "triage_chat25.jsonl", "triage_blind29.jsonl",
                                     "triage_chat26.jsonl", "triage_blind30.jsonl",
                                     "triage_chat27.jsonl", "triage_blind31.jsonl",
                                     "triage_chat28.jsonl", "triage_blind32.jsonl",
                                     "triage_chat29.jsonl", "triage_blind33.jsonl",
                                     "triage_chat30.jsonl", "triage_blind34.jsonl",
                                     "triage_chat31.jsonl", "triage_blind35.jsonl",
                                     "triage_chat32.jsonl", "triage_blind36.jsonl",
                                     "triage_chat33.jsonl", "triage_train_fr.jsonl",
                                     "triage_train_en.jsonl")]
    expected = "".join(path.read_text(encoding="utf-8") for path in sets)
    assert CORPUS.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("text", [
    "thank you for listening", "merci pour l'écoute, bonne soirée",
    "Merci beaucoup, ça m'a fait du bien. Bonne nuit",
    "thanks so much, that really helped, good night",
])
def test_ordinary_closing_chat_is_not_raised_by_the_model(text: str) -> None:
    result = assess(text, second_opinion=True)
    assert result.level is Level.ROUTINE
    assert not {"model_crisis", "model_concern"} & set(result.reasons)


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("p_crisis", [0.0, 0.3, 0.99])
@pytest.mark.parametrize("p_concern", [0.0, 0.3, 0.99])
def test_raise_level_never_lowers(level: Level, p_crisis: float, p_concern: float) -> None:
    raised, reason = raise_level(level, p_crisis, p_concern, 0.5, 0.5)
    assert LEVEL_RANK[raised] >= LEVEL_RANK[level]
    assert (reason is None) == (raised is level)


def test_raise_level_thresholds() -> None:
    assert raise_level(Level.ROUTINE, 0.6, 0.0, 0.5, 0.5) == (Level.CRISIS, "model_crisis")
    assert raise_level(Level.URGENT, 0.6, 0.9, 0.5, 0.5) == (Level.CRISIS, "model_crisis")
    assert raise_level(Level.ROUTINE, 0.4, 0.6, 0.5, 0.5) == (Level.URGENT, "model_concern")
    assert raise_level(Level.URGENT, 0.4, 0.9, 0.5, 0.5) == (Level.URGENT, None)
    assert raise_level(Level.CRISIS, 0.0, 0.0, 0.5, 0.5) == (Level.CRISIS, None)


def test_the_model_only_raises_the_rules_on_the_labelled_set() -> None:
    for row in load_corpus(DATA / "triage_labelled.jsonl"):
        text = str(row["text"])
        rules, combined = assess(text, second_opinion=False), assess(text, second_opinion=True)
        assert LEVEL_RANK[combined.level] >= LEVEL_RANK[rules.level]
        assert set(rules.reasons) <= set(combined.reasons)


def test_training_is_deterministic() -> None:
    """(How long it takes is a figure of ``bench/triage_cv.py``, not a test.)"""
    rows = load_corpus()
    first = train(rows)
    second = train(list(rows))
    assert first == second
    text = "jveu plu vivr"
    assert first.probabilities(text) == second.probabilities(text) == (
        default_model().probabilities(text))


def test_nothing_is_trained_at_import() -> None:
    code = ("import matching.triage, matching.triage_model as m; "
            "assert m.default_model.cache_info().currsize == 0")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize("text", [
    "jveu plu vivr", "i want to kil myself", "i dont wanna b here nemore",
])
def test_unseen_spelling_of_a_clear_crisis_sentence_is_raised(text: str) -> None:
    """"j ai envi de me sucider" was here until the eighth session: retrained with blind23 to
    chat21, the model gave it P(crisis) 0.44 (threshold 0.5), so the misspellings of "suicide"
    are now folded by ``normalise`` and the rules rate it (tests/unit/test_triage.py)."""
    assert normalise(text) not in corpus_texts()
    assert assess(text, second_opinion=False).level is not Level.CRISIS  # the rules miss it
    result = assess(text, second_opinion=True)
    assert result.level is Level.CRISIS
    assert "model_crisis" in result.reasons


@pytest.mark.parametrize("text", [
    "je suis morte de rire", "this exam is killing me", "je meurs de faim",
    "I could die of embarrassment", "je vais mourir de chaud",
])
def test_hyperbole_stays_non_crisis(text: str) -> None:
    result = assess(text, second_opinion=True)
    assert result.level is not Level.CRISIS
    assert "model_crisis" not in result.reasons


def test_reasons_and_json_unchanged_when_the_rules_already_say_crisis() -> None:
    assert assess("Je veux mourir").as_json()["reasons"] == ["suicidal_intent"]


def test_corpus_rows_are_json_with_a_level() -> None:
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert json.loads(line)["level"] in {"crisis", "urgent", "routine"}


@pytest.mark.parametrize("text", ["ok", "oui", "yes", "message 3", "merci beaucoup", "d'accord"])
def test_short_chat_messages_are_left_to_the_rules(text: str) -> None:
    assert assess(text, second_opinion=True).level is Level.ROUTINE
    assert "model_crisis" not in assess(text, second_opinion=True).reasons


def test_the_second_opinion_is_on_by_default_in_the_crisis_layer_and_can_be_turned_off() -> None:
    from matching.policy import Policy
    from matching.services.crisis import assess_text

    text = "i want to kil myself"
    assert assess_text(text, Policy()).level is Level.CRISIS
    assert assess_text(text, Policy(triage_model=False)).level is not Level.CRISIS


def test_mid_conversation_thresholds_only_ever_raise_less_and_never_lower_the_rules() -> None:
    """During a conversation the model's thresholds are at least the first-contact ones, so a
    message rated there is never rated higher than as a first contact, nor below the rules."""
    first, conversation = THRESHOLDS["first"], THRESHOLDS["conversation"]
    assert all(c >= f for c, f in zip(conversation, first, strict=True))
    for row in load_corpus(DATA / "triage_chat.jsonl"):
        text = str(row["text"])
        rules = assess(text, second_opinion=False).level
        chat = assess(text, second_opinion=True, conversation=True).level
        contact = assess(text, second_opinion=True).level
        assert LEVEL_RANK[rules] <= LEVEL_RANK[chat] <= LEVEL_RANK[contact]


def test_coverage_is_the_share_of_features_the_model_knows() -> None:
    model = default_model()
    known = features(mask("je veux mourir"))
    assert 0.0 < model.coverage(known) <= 1.0
    assert model.coverage(frozenset({"w zzqxjv", "c zzq"})) == 0.0
    assert model.coverage(frozenset()) == 0.0
