"""Evaluate matching.triage on every labelled set (``--model``: as shipped, rules plus model).

Run with ``.venv/bin/python bench/triage_eval.py [--model] [-v]`` (``-v`` lists the labelled
set's misses, level only). Prints, per set, counts per level, crisis recall, crisis rated
routine, routine rated crisis, routine raised to urgent or crisis, a confusion matrix, theme and
relative accuracy; then the throughput of ``assess``. Sets written during a conversation
(``triage_chat*.jsonl``) are rated as the bot rates such messages (``assess(...,
conversation=True)``). Only the blind sets' figures are printed, never their messages.

``triage_labelled.jsonl`` is the tuning set; ``triage_train_*.jsonl`` were written to widen the
training data (their figures are no measure). Every other set was written blind (by someone who
never saw the rules, the model or the other sets), rated once as the independent measure, its
figures as first seen recorded in ``tests/unit/test_triage.py``, and only then folded into the
rules' tuning and the model's corpus (``matching/data/triage_corpus.jsonl``): their figures here
are in-sample. ``INDEPENDENT`` names the sets not folded in yet: the latest independent measures.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from triage_cv import SETS as CORPUS_SETS  # noqa: E402 (this folder, first on the path)

from matching.triage import assess  # noqa: E402

DATA = ROOT / "tests" / "data"
LABELLED = "triage_labelled.jsonl"
#: rated once (at 4342e19), never tuned or trained on: the independent measures (blind18 to
#: chat33, rated at 23ad3b6, bbb28e1, 44174c7, 3d2c56a, 0e49698, 3e8f2b1, ff48e79, 5be2c08,
#: b74ec3b, 56a49a2, 889ff52 and 4b3da3d, are in the corpus since)
INDEPENDENT: tuple[str, ...] = ("triage_blind37.jsonl", "triage_chat34.jsonl",
                               "triage_blind38.jsonl", "triage_chat35.jsonl")
#: the model's corpus (bench/triage_cv.py), then the independent pairs
SETS = (*CORPUS_SETS, *INDEPENDENT)
LEVELS = ("crisis", "urgent", "routine")


def load(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


MODEL = "--model" in sys.argv  # the statistical second opinion on top of the rules


def evaluate(name: str, verbose: bool = False, conversation: bool = False) -> dict[str, float]:
    """``conversation``: rate as messages sent during a conversation (``assess(conversation=)``)."""
    rows = load(name)
    matrix = {(want, got): 0 for want in LEVELS for got in LEVELS}
    themes = relatives = 0
    misses: list[str] = []
    for row in rows:
        result = assess(str(row["text"]), second_opinion=MODEL, conversation=conversation)
        matrix[(str(row["level"]), result.level.value)] += 1
        themes += result.theme.value == row["theme"]
        relatives += result.relative == row["relative"]
        if result.level.value != row["level"]:
            misses.append(f"  {row['level']:>7} -> {result.level.value:<7} {row['text']}")
    counts = {lvl: sum(matrix[(lvl, got)] for got in LEVELS) for lvl in LEVELS}
    crisis, routine = counts["crisis"] or 1, counts["routine"] or 1
    stats = {
        "crisis_recall": matrix[("crisis", "crisis")] / crisis,
        "crisis_to_routine": float(matrix[("crisis", "routine")]),
        "routine_to_crisis_rate": matrix[("routine", "crisis")] / routine,
        "routine_raised_rate": 1 - matrix[("routine", "routine")] / routine,
        "level_accuracy": sum(matrix[(x, x)] for x in LEVELS) / len(rows),
        "theme_accuracy": themes / len(rows),
        "relative_accuracy": relatives / len(rows),
    }
    print(f"== {name}: {len(rows)} messages" + (", rated as mid-conversation" if conversation
                                                   else ""))
    print("   counts: " + ", ".join(f"{lvl} {counts[lvl]}" for lvl in LEVELS))
    print(f"   crisis recall {stats['crisis_recall']:.3f}  crisis->routine "
          f"{int(stats['crisis_to_routine'])}  routine->crisis rate "
          f"{stats['routine_to_crisis_rate']:.3f}  routine raised "
          f"{stats['routine_raised_rate']:.3f}")
    print(f"   level accuracy {stats['level_accuracy']:.3f}  theme accuracy "
          f"{stats['theme_accuracy']:.3f}  relative accuracy {stats['relative_accuracy']:.3f}")
    print("   confusion (rows = label, columns = rated):")
    print("   " + " " * 9 + "".join(f"{got:>9}" for got in LEVELS))
    for want in LEVELS:
        print(f"   {want:>9}" + "".join(f"{matrix[(want, got)]:>9}" for got in LEVELS))
    if verbose and misses:
        print("   misses:\n" + "\n".join(misses))
    return stats


def throughput(texts: list[str], seconds: float = 1.0) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            assess(text, second_opinion=MODEL)
        done += len(texts)
    return done / (time.perf_counter() - start)


def main(argv: list[str]) -> int:
    for name in SETS:
        if name in INDEPENDENT:
            print(f"-- {name} is independent: never tuned or trained on")
        evaluate(name, verbose="-v" in argv and name == LABELLED,
                 conversation="_chat" in name)
    texts = [str(row["text"]) for row in load(LABELLED)]
    rate = throughput(texts)
    print(f"== throughput: {rate:,.0f} messages/s, {1000 / rate:.2f} ms per assess (single thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
