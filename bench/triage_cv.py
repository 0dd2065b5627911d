"""Choose the thresholds of the triage's statistical second opinion by 5-fold cross-validation.

Run with ``.venv/bin/python bench/triage_cv.py``. Uses the labelled set only
(``tests/data/triage_labelled.jsonl``), never the blind set. For each fold the model
(``matching.triage_model``) is trained on the other four folds and rates the held-out messages;
the rules (``assess(..., second_opinion=False)``) rate every message. The combined level is
``raise_level(rules, P(crisis), P(>= urgent), T_c, T_u)``, so the model can only raise.

First the model's scores are calibrated (Platt scaling on a grid, per head, out-of-fold log-loss).
Rule for the choice, fixed before any run: keep cross-validated routine rated crisis <= 8 % and
routine rated urgent or crisis <= 20 % (helpers' capacity); then maximise combined crisis recall,
minimise crisis rated routine, then, because the rules were tuned on this very set and are near
perfect on it, maximise what the model alone catches out of fold (crisis messages with
P(crisis) >= T_c, crisis messages with P(>= urgent) >= T_u); last, prefer the higher threshold.

Caveat printed with the table: the rules' own figures here are in-sample (they were tuned on
these messages), so the combined recall is optimistic; the model-alone columns are honest.
"""

from __future__ import annotations

import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from matching import triage_model  # noqa: E402
from matching.models import Level  # noqa: E402
from matching.triage import assess  # noqa: E402
from matching.triage_model import (  # noqa: E402
    features,
    load_corpus,
    mask,
    raise_level,
    sigmoid,
    train,
)

LABELLED = ROOT / "tests" / "data" / "triage_labelled.jsonl"
FOLDS, SEED = 5, 20240601
GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
        0.85, 0.9, 0.95, 0.99)
SCALES = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 2.0)
BIASES = tuple(b / 4 for b in range(-12, 13))
MAX_ROUTINE_CRISIS, MAX_ROUTINE_RAISED = 0.08, 0.20


def folds(rows: list[dict[str, object]]) -> list[int]:
    """Stratified by level, deterministic."""
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda i: str(rows[i]["level"]))
    fold = [0] * len(rows)
    for rank, i in enumerate(order):
        fold[i] = rank % FOLDS
    return fold


def out_of_fold(rows: list[dict[str, object]]) -> list[tuple[float, float]]:
    """Naive Bayes scores (crisis head, concern head) of each message, out of fold."""
    fold, scores = folds(rows), [(0.0, 0.0)] * len(rows)
    for k in range(FOLDS):
        model = train(r for r, f in zip(rows, fold, strict=True) if f != k)
        for i, row in enumerate(rows):
            if fold[i] == k:
                found = features(mask(str(row["text"])))
                scores[i] = model.crisis_head.score(found), model.concern_head.score(found)
    return scores


def calibrate(scores: list[float], truth: list[bool]) -> tuple[float, float, float]:
    """(log-loss, scale, bias) with the lowest out-of-fold log-loss: Platt scaling on a grid."""
    best = (math.inf, 1.0, 0.0)
    for scale in SCALES:
        for bias in BIASES:
            loss = 0.0
            for z, y in zip(scores, truth, strict=True):
                p = min(max(sigmoid(scale * z + bias), 1e-12), 1 - 1e-12)
                loss -= math.log(p if y else 1 - p) / len(scores)
            best = min(best, (loss, scale, bias))
    return best


def figures(rows: list[dict[str, object]], rules: list[Level], probs: list[tuple[float, float]],
            t_c: float, t_u: float) -> dict[str, float]:
    pairs = zip(rules, probs, strict=True)
    got = [raise_level(lvl, pc, pu, t_c, t_u)[0] for lvl, (pc, pu) in pairs]
    want = [str(r["level"]) for r in rows]
    crisis = [i for i, w in enumerate(want) if w == "crisis"]
    routine = [i for i, w in enumerate(want) if w == "routine"]
    urgent = [i for i, w in enumerate(want) if w == "urgent"]
    return {
        "recall": sum(got[i] is Level.CRISIS for i in crisis) / len(crisis),
        "c2r": sum(got[i] is Level.ROUTINE for i in crisis),
        "r2c": sum(got[i] is Level.CRISIS for i in routine) / len(routine),
        "r_raised": sum(got[i] is not Level.ROUTINE for i in routine) / len(routine),
        "u2c": sum(got[i] is Level.CRISIS for i in urgent) / len(urgent),
        "m_crisis": sum(probs[i][0] >= t_c for i in crisis) / len(crisis),
        "m_concern": sum(probs[i][1] >= t_u for i in crisis) / len(crisis),
        "m_urgent": sum(probs[i][1] >= t_u for i in urgent) / len(urgent),
    }


def main() -> int:
    rows = load_corpus(LABELLED)
    start = time.perf_counter()
    train(rows)
    print(f"training on {len(rows)} messages: {time.perf_counter() - start:.3f} s")
    rules = [assess(str(r["text"]), second_opinion=False).level for r in rows]
    scores = out_of_fold(rows)
    cal = {}
    for h, name in enumerate(("crisis", "concern")):
        truth = [r["level"] == "crisis" if h == 0 else r["level"] != "routine" for r in rows]
        loss, scale, bias = calibrate([z[h] for z in scores], truth)
        cal[name] = (scale, bias)
        print(f"calibration {name}: scale {scale} bias {bias} (out-of-fold log-loss {loss:.4f})")
    (a, b), (c, d) = cal["crisis"], cal["concern"]
    probs = [(sigmoid(a * zc + b), sigmoid(c * zu + d)) for zc, zu in scores]
    print(f"{FOLDS}-fold cross-validation on {LABELLED.name} (rules in-sample, model out of fold)")
    print(f"{'T_c':>9} {'T_u':>9} | recall c->rout r->cris r->raised u->cris | "
          f"model: cris>=Tc cris>=Tu urg>=Tu")
    best: tuple[tuple[float, ...], float, float] | None = None
    for t_c in GRID:
        for t_u in GRID:
            if t_u > t_c:
                continue  # a crisis-level opinion without a concern-level one makes no sense
            f = figures(rows, rules, probs, t_c, t_u)
            ok = f["r2c"] <= MAX_ROUTINE_CRISIS and f["r_raised"] <= MAX_ROUTINE_RAISED
            print(f"{t_c:>9.6f} {t_u:>9.6f} | {f['recall']:6.3f} {int(f['c2r']):6d} "
                  f"{f['r2c']:8.3f} {f['r_raised']:9.3f} {f['u2c']:7.3f} | "
                  f"{f['m_crisis']:14.3f} {f['m_concern']:8.3f} {f['m_urgent']:7.3f}"
                  f"{'' if ok else '  (over budget)'}")
            key = (f["recall"], -f["c2r"], f["m_crisis"], f["m_concern"], t_c, t_u)
            if ok and (best is None or key > best[0]):
                best = (key, t_c, t_u)
    if best is None:
        print("no threshold pair keeps within budget")
        return 1
    print(f"chosen: T_c = {best[1]}  T_u = {best[2]}  calibration {cal}")
    f = figures(rows, rules, probs, best[1], best[2])
    print("at the chosen values: " + "  ".join(f"{k} {v:.3f}" for k, v in f.items()))
    shipped = (triage_model.CALIBRATION, triage_model.T_CRISIS, triage_model.T_CONCERN)
    if shipped != (cal, best[1], best[2]):
        print(f"WARNING: matching/triage_model.py ships {shipped}, not these values")
    return 0


if __name__ == "__main__":
    sys.exit(main())
