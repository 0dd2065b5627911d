"""Statistical second opinion for the triage (standard library only).

Two binary multinomial Naive Bayes heads, stacked with two L2-regularised logistic regression heads
(``matching.triage_logreg``), over binarised features of the normalised text
(``matching.triage_text.normalise``) once the rules' look-alike guards (negation, hyperbole,
idioms, bereavement, topic only: ``matching.triage_rules``) have replaced what they match with a
token naming the guard (`` _idiom_ ``), so that the model never reads again what the guards set
aside: character 3- to 5-grams inside space-padded words, 7-character windows across word
boundaries, word unigrams, bigrams and skip-bigrams within a clause, and which of the rules' cue
families match (``features``). ``crisis`` is P(crisis) against routine: its heads are trained on
crisis against routine messages, urgent ones counting as negatives with weight ``URGENT_WEIGHT``
only (the targets are about crisis rated routine and routine rated crisis; an urgent message
rated crisis is the lesser error; weighted fully, cross-validated crisis recall was lower).
``concern`` is P(urgent or crisis). Per head, the sigmoid of a weighted sum of the Naive Bayes and
logistic regression scores and of the message's ``coverage`` (the share of its features seen in
at least two training messages: ordinary chat about a kebab or the autumn is mostly new to the
model, and its scores there mean less) (``CALIBRATION``). ``eligible`` keeps the model out of very
short messages and of ordinary chat (thanks, greetings, goodbyes). The thresholds depend on where
the message comes from (``THRESHOLDS``): a first contact, where a crisis rated routine is the
error to avoid, or a message during a conversation, where most messages are ordinary chat, a
human helper reads every one, and each crisis rating sends the seeker the crisis reply again.

The model only ever raises the level the rules give (``raise_level``), never lowers it: it is there
to generalise to spellings and phrasings the rules have not seen, not to overrule them. It is
trained on first use from ``matching/data/triage_corpus.jsonl`` (the labelled set, blind sets 2
to 17, the fourteen mid-conversation sets, then the two training sets: 8128 messages) in 10 to
50 s, or read back in half a second from the directory given to ``store_in``, where a start saved
it for the same corpus and code (``fingerprint``); nothing happens at import. ``CALIBRATION``,
``THRESHOLDS`` and ``URGENT_WEIGHT`` were chosen by 5-fold cross-validation repeated with three
seeds on that union (``bench/triage_cv.py``; the conversation thresholds on the mid-conversation
sets' folds, the others on the first-contact sets'; the training sets are only trained on).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matching.models import LEVEL_RANK, Level
from matching.triage_cues import CUES
from matching.triage_families import FAMILIES, GUARDS
from matching.triage_logreg import EPOCHS, L2, RATE, Linear, fit
from matching.triage_rules import RISK
from matching.triage_text import normalise

__all__ = ["CALIBRATION", "CORPUS", "MIN_WORDS", "T_CONCERN", "T_CRISIS", "THRESHOLDS", "Head",
           "TriageModel",
           "combine", "default_model", "eligible", "features", "fingerprint", "load_corpus",
           "load_or_train", "mask", "raise_level", "sigmoid", "store_in", "train"]

CORPUS = Path(__file__).resolve().parent / "data" / "triage_corpus.jsonl"
#: (T_CRISIS, T_CONCERN) for a first contact and for a message during a conversation, chosen by
#: bench/triage_cv.py (5-fold CV x 3 seeds; "conversation" on the mid-conversation sets' folds)
THRESHOLDS = {"first": (0.55, 0.05), "conversation": (0.75, 0.55)}
T_CRISIS, T_CONCERN = THRESHOLDS["first"]
ALPHA = 0.5  # additive smoothing
URGENT_WEIGHT = 0.25  # weight of urgent messages among the crisis heads' negatives (triage_cv.py)
# P = sigmoid(a * NB + b * LR + d * coverage + c) per head, fitted on out-of-fold scores (triage_cv)
CALIBRATION = {"crisis": (0.675, 0.62, 6.078, -5.229), "concern": (0.577, 0.321, 8.246, -8.196)}
_GRAMS = (3, 4, 5)


@cache
def _cue_features() -> list[tuple[str, re.Pattern[str]]]:
    """The rules' cue families as features (one per table and family, any of its patterns
    matching): the alternation of every rule of that table and family, compiled on first use."""
    named: dict[str, list[str]] = {}
    for table in ("strong", "weak", "context"):
        for code, rx in FAMILIES.get(table, []):
            named.setdefault(f"f {table} {code}", []).append(rx.pattern)
    for code, rx in CUES["urgent"]:
        named.setdefault(f"f urgent {code}", []).append(rx.pattern)
    named["f floor"] = [rx.pattern for _, rx in RISK["floor"]]
    return [(name, re.compile("|".join(f"(?:{p})" for p in patterns)))
            for name, patterns in named.items()]



def mask(text: str, *, normalised: bool = False) -> str:
    """Normalised, look-alikes replaced by the name of their guard: what the model reads."""
    masked = text if normalised else normalise(text)
    for code, rx in GUARDS:
        masked = rx.sub(f" _{code}_ ", masked)
    return masked


def features(masked: str) -> frozenset[str]:
    """Binarised features of text already passed through ``mask``.

    Per clause: character 3- to 5-grams inside space-padded words (``c``), 7-character windows
    across a word boundary (``x``), words (``w``), bigrams (``b``) and skip-bigrams (``s``); for
    the whole text, the rules' cue families that match (``f``), so that the model can weigh
    together cues that the rules only count."""
    found: set[str] = set()
    for clause in masked.split("|"):
        words = clause.split()
        for word in words:
            padded = f" {word} "
            for n in _GRAMS:
                found.update("c" + padded[i:i + n] for i in range(len(padded) - n + 1))
        joined = f" {' '.join(words)} "
        found.update("x" + joined[i:i + 7] for i in range(len(joined) - 6)
                     if " " in joined[i + 1:i + 6])
        found.update("w " + word for word in words)
        found.update(f"b {a} {b}" for a, b in zip(words, words[1:], strict=False))
        found.update(f"s {a} {b}" for a, b in zip(words, words[2:], strict=False))
    found.update(name for name, rx in _cue_features() if rx.search(masked))
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


def _fit(docs: list[frozenset[str]], positive: list[bool], sample: list[float]) -> Head:
    counts: tuple[dict[str, float], dict[str, float]] = ({}, {})
    totals, sizes = [0.0, 0.0], [0.0, 0.0]
    for found, label, weight in zip(docs, positive, sample, strict=True):
        if weight <= 0:
            continue
        side = int(label)
        sizes[side] += weight
        totals[side] += weight * len(found)
        table = counts[side]
        for f in found:
            table[f] = table.get(f, 0.0) + weight
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
    crisis_linear: Linear
    concern_linear: Linear

    def coverage(self, found: frozenset[str]) -> float:
        """Share of the features the logistic regression kept (seen in two training messages)."""
        known = self.crisis_linear.weights
        return sum(f in known for f in found) / max(1, len(found))

    def scores(self, found: frozenset[str]) -> tuple[float, float, float, float, float]:
        """Scores: Naive Bayes crisis, concern; logistic regression crisis, concern; coverage."""
        return (self.crisis_head.score(found), self.concern_head.score(found),
                self.crisis_linear.score(found), self.concern_linear.score(found),
                self.coverage(found))

    def probabilities(self, text: str, *, normalised: bool = False) -> tuple[float, float]:
        """(P(crisis), P(urgent or crisis)) for one message (``normalised``: already normalised)."""
        nb_c, nb_u, lr_c, lr_u, cov = self.scores(features(mask(text, normalised=normalised)))
        return (combine(nb_c, lr_c, cov, CALIBRATION["crisis"]),
                combine(nb_u, lr_u, cov, CALIBRATION["concern"]))


def combine(nb: float, lr: float, cov: float, weights: tuple[float, float, float, float]) -> float:
    """The two models' scores and the coverage stacked: sigmoid(a * NB + b * LR + d * cov + c)."""
    a, b, d, c = weights
    return sigmoid(a * nb + b * lr + d * cov + c)


def train(rows: Iterable[Mapping[str, object]], **options: float) -> TriageModel:
    """Deterministic: the same rows in the same order give the same model.

    ``options``: ``epochs``, ``rate``, ``l2`` of the logistic regression (see
    ``bench/triage_cv.py``)."""
    docs, levels = [], []
    for row in rows:
        docs.append(features(mask(str(row["text"]))))
        levels.append(str(row["level"]))
    # crisis heads: crisis against routine, urgent messages weighted URGENT_WEIGHT (docstring)
    crisis, concern = [lvl == "crisis" for lvl in levels], [lvl != "routine" for lvl in levels]
    weight = options.get("urgent_weight", URGENT_WEIGHT)
    weights = [weight if lvl == "urgent" else 1.0 for lvl in levels]
    epochs, rate, l2 = int(options.get("epochs", EPOCHS)), options.get("rate", RATE), options.get(
        "l2", L2)
    crisis_linear, concern_linear = fit(docs, list(zip(crisis, concern, strict=True)),
                                        epochs=epochs, rate=rate, l2=l2,
                                        weights=[(w, 1.0) for w in weights])
    return TriageModel(_fit(docs, crisis, weights), _fit(docs, concern, [1.0] * len(docs)),
                       crisis_linear, concern_linear)


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fingerprint(corpus: Path = CORPUS) -> str:
    """What the trained model depends on: the corpus and the code of every triage module."""
    digest = hashlib.sha256(corpus.read_bytes())
    for source in sorted(Path(__file__).parent.glob("triage*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def load_or_train(directory: Path | None, corpus: Path = CORPUS) -> TriageModel:
    """The model of ``corpus``: read back from ``directory`` when a start saved it there for the
    same corpus and code, else trained (seconds) and saved there for the next start (written
    aside then renamed; copies for another fingerprint are removed). Unreadable: trained."""
    name = f"triage-model-{fingerprint(corpus)}.json"
    if directory is not None and (directory / name).is_file():
        try:
            heads = json.loads((directory / name).read_text(encoding="utf-8"))["heads"]
            return TriageModel(Head(*heads[0]), Head(*heads[1]), Linear(*heads[2]),
                               Linear(*heads[3]))
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            pass
    model = train(load_corpus(corpus))
    heads = [[h.prior, h.weights] for h in (model.crisis_head, model.concern_head)]
    heads += [[h.bias, h.weights] for h in (model.crisis_linear, model.concern_linear)]
    try:  # a directory that cannot be written only costs the next start its training again
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
            aside = directory / f".{name}.{os.getpid()}"
            aside.write_text(json.dumps({"heads": heads}), encoding="utf-8")
            os.replace(aside, directory / name)
            for old in directory.glob("triage-model-*.json"):
                if old.name != name:
                    old.unlink()
    except OSError:
        pass
    return model


_STORE: dict[str, Path | None] = {"dir": None}


def store_in(directory: Path | None) -> None:
    """Where ``default_model`` keeps its trained copy across starts (set at start, before its
    first use; ``None``: train at every start)."""
    _STORE["dir"] = directory


@cache
def default_model() -> TriageModel:
    """Trained once per process, on first use, from the corpus shipped with the package, or read
    back from the directory given to ``store_in``."""
    return load_or_train(_STORE["dir"])


#: The second opinion says nothing on shorter messages ("ok", "oui", "message 3"): with so few
#: words it answers from its priors, and chat is full of such messages.
MIN_WORDS = 4
#: Nor on ordinary chat: thanks, greetings, closing words, questions about the service. Matched on
#: the masked text; any word left after removing them means the model is asked.
_CHAT = re.compile(
    r"\b(?:merci|thanks?|thank you|ty|cheers|bonne? (?:soiree|journee|nuit|soir|fin de "
    r"journee|continuation|week end)|good ?(?:night|evening|day|bye)|have a (?:good|nice|great) "
    r"(?:night|evening|day|weekend)|bye|au revoir|a bientot|see you|(?:pour|for) (?:le |l |votre |"
    r"ton |your )?(?:ecoute|listening|aide|help|temps|time|echange|chat|reponse|reply)|beaucoup|"
    r"so much|a lot|really|vraiment|infiniment|bcp|je|vous|te|you|a|de|le|la|l|for|and|et|ca|"
    r"me|fait|du|bien|that|was|it|is|c|est|helped|helps|a aide|aide|encore|again|bonsoir|bonjour|"
    r"hello|hi|salut|coucou|ok|okay|d accord|super|top|cool|great|nice|good|lol|mdr|x|xx)\b")


def eligible(normalised: str) -> bool:
    """Whether the model is asked at all: enough words, and not only thanks and greetings."""
    if len(normalised.split()) < MIN_WORDS:
        return False
    return bool(_CHAT.sub(" ", normalised).replace("|", " ").split())


def raise_level(level: Level, p_crisis: float, p_concern: float, t_crisis: float = T_CRISIS,
                t_concern: float = T_CONCERN) -> tuple[Level, str | None]:
    """The model's opinion applied to the rules' level: it may raise it, never lower it."""
    if p_crisis >= t_crisis and level is not Level.CRISIS:
        return Level.CRISIS, "model_crisis"
    if p_concern >= t_concern and LEVEL_RANK[level] < LEVEL_RANK[Level.URGENT]:
        return Level.URGENT, "model_concern"
    return level, None
