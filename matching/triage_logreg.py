"""L2-regularised logistic regression over binary features (standard library only).

The discriminative half of the triage's second opinion (``matching.triage_model``): several binary
heads trained together by stochastic gradient descent on the same feature sets (each set weighted
``1 / sqrt(size)``, so that a long message does not score higher for being long), in a
deterministic order (a seeded shuffle), with the L2 penalty applied lazily through a scale factor so
that one step costs the size of one message, not of the vocabulary. Features seen in fewer than
``MIN_DOCS`` training messages are dropped: they cannot generalise and only slow training down.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["EPOCHS", "L2", "RATE", "Linear", "fit"]

EPOCHS, RATE, L2, MIN_DOCS, SEED = 6, 2.0, 1e-4, 2, 20240601


@dataclass(frozen=True)
class Linear:
    """One head: P(positive) = sigmoid(bias + sum(weights[f]) / sqrt(size))."""

    bias: float
    weights: Mapping[str, float]

    def score(self, found: frozenset[str]) -> float:
        if not found:
            return self.bias
        total = sum(self.weights.get(f, 0.0) for f in found)
        return self.bias + total / math.sqrt(len(found))


def _sig(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def fit(docs: Sequence[frozenset[str]], labels: Sequence[Sequence[bool]], *, epochs: int = EPOCHS,
        rate: float = RATE, l2: float = L2,
        weights: Sequence[Sequence[float]] | None = None) -> list[Linear]:
    """One ``Linear`` head per column of ``labels`` (one row of booleans per document);
    ``weights``: one row per document, one weight per head (default 1), multiplying its gradient
    steps. The heads share the document order and the L2 scale, so fitting them together gives
    each the same weights as fitting it alone."""
    heads = len(labels[0]) if labels else 0
    df: dict[str, int] = {}
    for found in docs:
        for f in found:
            df[f] = df.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= MIN_DOCS))}
    rows = []
    ones = [1.0] * heads
    for found, label, weight in zip(docs, labels, weights or [ones] * len(docs), strict=True):
        ids = sorted(index[f] for f in found if f in index)
        rows.append((ids, 1.0 / math.sqrt(max(1, len(found))), [float(y) for y in label], weight))
    # weights[h][i] = scale[h] * raw[h][i]: the L2 shrink multiplies the scale, not every weight
    raw = [[0.0] * len(index) for _ in range(heads)]
    scale, bias = [1.0] * heads, [0.0] * heads
    order = list(range(len(rows)))
    shuffle, step = random.Random(SEED).shuffle, 0
    for _ in range(epochs):
        shuffle(order)
        for n in order:
            ids, x, ys, per_head = rows[n]
            step += 1
            eta = rate / (1.0 + 0.01 * step / max(1, len(rows)))
            for h in range(heads):
                w = raw[h]
                z = bias[h] + scale[h] * x * sum(map(w.__getitem__, ids))
                g = (ys[h] - _sig(z)) * per_head[h]
                bias[h] += eta * g
                scale[h] *= 1.0 - eta * l2
                delta = eta * g * x / scale[h]
                for i in ids:
                    w[i] += delta
            if scale[0] < 1e-6:  # fold the scale back into the weights before it underflows
                for h in range(heads):
                    raw[h] = [v * scale[h] for v in raw[h]]
                    scale[h] = 1.0
    names = sorted(index, key=index.__getitem__)
    return [Linear(bias[h], {f: scale[h] * raw[h][i] for f, i in zip(names, range(len(names)),
                                                                     strict=True) if raw[h][i]})
            for h in range(heads)]
