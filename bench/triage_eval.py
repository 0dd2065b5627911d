"""Evaluate matching.triage on the labelled set and the blind sets (``--model``: as shipped).

Run with ``.venv/bin/python bench/triage_eval.py`` (add ``-v`` to list the labelled misses, level
only). Prints counts per level, crisis recall, crisis rated routine, routine rated crisis, a
confusion matrix, theme and relative accuracy, and the throughput of ``assess``.

``triage_labelled.jsonl`` is the tuning set (the former holdout and the first blind set were folded
into it once they had been seen). ``triage_blind2.jsonl`` was written by someone who never saw the
rules; once its figures were reported it joined the model's corpus and the rules' tuning, so its
figures here are in-sample (``bench/triage_cv.py`` gives cross-validated ones).
``triage_blind3.jsonl`` was written blind after that round and reported once (as shipped: crisis
recall 0.827, 4 crisis rated routine, 8.2 % of routine rated crisis); it then joined the model's
corpus like blind2, so its figures here are in-sample too. ``triage_blind4.jsonl`` (260 messages)
and ``triage_chat.jsonl`` (220 messages seekers send mid-conversation) were written blind after the
third round and reported once (as shipped, blind4: 0.900, 1, 7.0 %; chat: 1.000, 0, 10.0 %, with
45 % of routine raised to urgent or crisis); both then joined the model's corpus, so their figures
here are in-sample too. No set here is independent any more. The mid-conversation set is rated as
such messages are (``assess(..., conversation=True)``: the model's thresholds for a conversation);
"routine raised" is the share of routine messages rated urgent or crisis. Only the blind sets'
figures are printed, never their messages.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from matching.triage import assess  # noqa: E402

DATA = ROOT / "tests" / "data"
LABELLED = "triage_labelled.jsonl"
BLIND = "triage_blind2.jsonl"  # seen once, then trained and tuned on: in-sample now
BLIND4 = "triage_blind4.jsonl"  # seen once (0.900 / 1 / 7.0 %), then trained on: in-sample now
CHAT = "triage_chat.jsonl"  # mid-conversation, seen once (1.000 / 0 / 10.0 %), then trained on
BLIND3 = "triage_blind3.jsonl"  # seen once, then trained on: in-sample now
BLIND5 = "triage_blind5.jsonl"  # written blind after the fourth round, never tuned on
CHAT2 = "triage_chat2.jsonl"  # the same, mid-conversation messages: the independent measures
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
    evaluate(LABELLED, verbose="-v" in argv)
    evaluate(BLIND3, verbose=False)
    evaluate(BLIND4, verbose=False)  # figures only, never its messages
    evaluate(CHAT, verbose=False)  # mid-conversation messages
    evaluate(BLIND5, verbose=False)  # blind: figures only, never its messages
    evaluate(CHAT2, verbose=False)  # blind, mid-conversation: figures only
    if (DATA / BLIND).exists():
        evaluate(BLIND, verbose=False)
    else:
        print(f"== {BLIND}: not there yet, skipped")
    texts = [str(row["text"]) for row in load(LABELLED)]
    rate = throughput(texts)
    print(f"== throughput: {rate:,.0f} messages/s, {1000 / rate:.2f} ms per assess (single thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
