"""Statistical second opinion for the triage (standard library only).

Two binary multinomial Naive Bayes heads over binarised features of the normalised text
(``matching.triage_text.normalise``) once the rules' look-alike guards (negation, hyperbole,
idioms, bereavement, topic only: ``matching.triage_rules``) have replaced what they match with a
token naming the guard (`` _idiom_ ``), so that the model never reads again what the guards set
aside: character 3- to 5-grams inside space-padded words, plus word unigrams and bigrams within
a clause. ``crisis`` is P(crisis); ``concern`` is P(urgent or crisis).

The model only ever raises the level the rules give (``raise_level``), never lowers it: it is there
to generalise to spellings and phrasings the rules have not seen, not to overrule them. It is
trained lazily, on first use, from ``matching/data/triage_corpus.jsonl`` (a copy of the labelled
set), in about a tenth of a second; nothing happens at import. ``T_CRISIS`` and ``T_CONCERN`` were
chosen by 5-fold cross-validation on the labelled set only (``bench/triage_cv.py``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matching.models import LEVEL_RANK, Level
from matching.triage_rules import RISK
from matching.triage_text import normalise

__all__ = ["CALIBRATION", "CORPUS", "T_CONCERN", "T_CRISIS", "Head", "TriageModel", "default_model",
           "features", "load_corpus", "mask", "raise_level", "sigmoid", "train"]

CORPUS = Path(__file__).resolve().parent / "data" / "triage_corpus.jsonl"
T_CRISIS = 0.55  # chosen by bench/triage_cv.py (5-fold CV, labelled set only)
T_CONCERN = 0.5  # chosen by bench/triage_cv.py (5-fold CV, labelled set only)
ALPHA = 0.5  # additive smoothing
# P = sigmoid(scale * score + bias) per head, fitted by cross-validated log-loss (triage_cv.py)
CALIBRATION = {"crisis": (0.8, 0.0), "concern": (0.6, -0.25)}
_GRAMS = (3, 4, 5)


def mask(text: str, *, normalised: bool = False) -> str:
    """Normalised, look-alikes replaced by the name of their guard: what the model reads."""
    masked = text if normalised else normalise(text)
    for code, rx in RISK["guard"]:
        masked = rx.sub(f" _{code}_ ", masked)
    return masked


def features(masked: str) -> frozenset[str]:
    """Binarised features of text already passed through ``mask``."""
    found: set[str] = set()
    for clause in masked.split("|"):
        words = clause.split()
        for word in words:
            padded = f" {word} "
            for n in _GRAMS:
                found.update("c" + padded[i:i + n] for i in range(len(padded) - n + 1))
        found.update("w " + word for word in words)
        found.update(f"b {a} {b}" for a, b in zip(words, words[1:], strict=False))
    return frozenset(found)


@dataclass(frozen=True)
class Head:
    """One binary head: log prior odds and per-feature log-likelihood ratios.

    Naive Bayes counts overlapping n-grams as independent evidence, so its raw posterior sits at
    0 or 1 and grows with length: the score divides the summed ratios by the square root of the
    number of known features, and ``CALIBRATION`` maps it to a probability."""

    prior: float
    weights: Mapping[str, float]

    def score(self, found: frozenset[str]) -> float:
        ratios = [self.weights[f] for f in found if f in self.weights]
        return self.prior + sum(ratios) / math.sqrt(max(1, len(ratios)))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _fit(docs: list[frozenset[str]], positive: list[bool]) -> Head:
    counts: tuple[dict[str, int], dict[str, int]] = ({}, {})
    totals, sizes = [0, 0], [0, 0]
    for found, label in zip(docs, positive, strict=True):
        side = int(label)
        sizes[side] += 1
        totals[side] += len(found)
        table = counts[side]
        for f in found:
            table[f] = table.get(f, 0) + 1
    vocabulary = sorted(counts[0].keys() | counts[1].keys())
    size = ALPHA * len(vocabulary)
    neg, pos = math.log(totals[0] + size), math.log(totals[1] + size)
    weights = {f: math.log(counts[1].get(f, 0) + ALPHA) - pos
               - math.log(counts[0].get(f, 0) + ALPHA) + neg for f in vocabulary}
    prior = math.log((sizes[1] or 1) / (sizes[0] or 1))
    return Head(prior, weights)


@dataclass(frozen=True)
class TriageModel:
    crisis_head: Head
    concern_head: Head

    def probabilities(self, text: str, *, normalised: bool = False) -> tuple[float, float]:
        """(P(crisis), P(urgent or crisis)) for one message (``normalised``: already normalised)."""
        found = features(mask(text, normalised=normalised))
        (a, b), (c, d) = CALIBRATION["crisis"], CALIBRATION["concern"]
        return (sigmoid(a * self.crisis_head.score(found) + b),
                sigmoid(c * self.concern_head.score(found) + d))


def train(rows: Iterable[Mapping[str, object]]) -> TriageModel:
    """Deterministic: the same rows in the same order give the same model."""
    docs, levels = [], []
    for row in rows:
        docs.append(features(mask(str(row["text"]))))
        levels.append(str(row["level"]))
    return TriageModel(_fit(docs, [lvl == "crisis" for lvl in levels]),
                       _fit(docs, [lvl != "routine" for lvl in levels]))


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@cache
def default_model() -> TriageModel:
    """Trained once, on first use, from the corpus shipped with the package."""
    return train(load_corpus())


def raise_level(level: Level, p_crisis: float, p_concern: float, t_crisis: float = T_CRISIS,
                t_concern: float = T_CONCERN) -> tuple[Level, str | None]:
    """The model's opinion applied to the rules' level: it may raise it, never lower it."""
    if p_crisis >= t_crisis and level is not Level.CRISIS:
        return Level.CRISIS, "model_crisis"
    if p_concern >= t_concern and LEVEL_RANK[level] < LEVEL_RANK[Level.URGENT]:
        return Level.URGENT, "model_concern"
    return level, None
