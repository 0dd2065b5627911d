"""Rate each blind set with the code of the commit at which it was first rated, then sweep the
first-contact crisis threshold: what a lower threshold would have bought on text unseen by the
rules and the model.

Run with ``.venv/bin/python bench/triage_first_seen.py`` from a git checkout (about 40 s per set
here: each commit's model is trained from that commit's corpus). For every pair of ``FIRST_SEEN``
the commit's tree is extracted with ``git archive`` into a temporary folder and a child process
rates the set with that code: the rules' level and, where the model applies, its two
probabilities. The sweep then recombines them with ``matching.triage_model.raise_level``'s rule
(crisis at or above T_CRISIS, urgent at or above the commit's T_CONCERN), then sweeps
T_CONCERN the same way with the commits' own T_CRISIS. Prints figures only, never a message.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: each blind set and the commit at which it was rated once, as shipped (tests/unit/test_triage.py)
FIRST_SEEN = (("triage_blind13.jsonl", "b48744b"), ("triage_blind14.jsonl", "06753fb"),
              ("triage_blind15.jsonl", "fd4008b"), ("triage_blind16.jsonl", "1f88579"),
              ("triage_blind17.jsonl", "4c238cf"), ("triage_blind18.jsonl", "23ad3b6"),
              ("triage_blind19.jsonl", "bbb28e1"), ("triage_blind20.jsonl", "44174c7"),
              ("triage_blind21.jsonl", "3d2c56a"), ("triage_blind22.jsonl", "0e49698"),
              ("triage_blind23.jsonl", "3e8f2b1"), ("triage_blind24.jsonl", "3e8f2b1"),
              ("triage_blind25.jsonl", "ff48e79"), ("triage_blind26.jsonl", "ff48e79"),
              ("triage_blind27.jsonl", "5be2c08"), ("triage_blind28.jsonl", "5be2c08"),
              ("triage_blind29.jsonl", "b74ec3b"), ("triage_blind30.jsonl", "b74ec3b"),
              ("triage_blind31.jsonl", "56a49a2"), ("triage_blind32.jsonl", "56a49a2"),
              ("triage_blind33.jsonl", "889ff52"), ("triage_blind34.jsonl", "889ff52"),
              ("triage_blind35.jsonl", "4b3da3d"), ("triage_blind36.jsonl", "4b3da3d"),
              ("triage_blind37.jsonl", "4342e19"), ("triage_blind38.jsonl", "4342e19"))
SWEEP = (None, 0.35, 0.25, 0.15, 0.10)  # None: the commit's own threshold, as shipped then
#: the concern threshold (urgent, not an alert: a place in the queue) swept the same way
CONCERN_SWEEP = (None, 0.03, 0.02, 0.01)
RANK = {"routine": 0, "urgent": 1, "crisis": 2}
CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from matching import triage_model as tm
from matching.triage import assess
from matching.triage_text import normalise
model, out = tm.default_model(), []
for line in open(sys.argv[2], encoding="utf-8"):
    row = json.loads(line)
    plain = normalise(row["text"])
    ok = tm.eligible(plain)
    p = model.probabilities(plain, normalised=True) if ok else (0.0, 0.0)
    out.append([row["level"], assess(row["text"]).level.value, ok, p[0], p[1]])
print(json.dumps({"thresholds": tm.THRESHOLDS["first"], "rows": out}))
"""


def rate_at(commit: str, name: str) -> dict[str, object]:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "matching"],
                             check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        done = subprocess.run([sys.executable, "-c", CHILD, tree, str(ROOT / "tests/data" / name)],
                              check=True, capture_output=True, text=True, cwd=tree)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def level(row: list[object], t_crisis: float, t_concern: float) -> int:
    """``raise_level`` on a dumped row: [wanted, rules' level, eligible, P(crisis), P(concern)]."""
    _, rules, ok, p_crisis, p_concern = row
    if ok and float(str(p_crisis)) >= t_crisis:
        return 2
    if ok and float(str(p_concern)) >= t_concern:
        return max(RANK[str(rules)], 1)
    return RANK[str(rules)]


def figures(rated: list[dict[str, object]], threshold: float | None,
            concern: float | None = None) -> tuple[str, list[str]]:
    """Pooled and per-set figures with T_CRISIS ``threshold`` and T_CONCERN ``concern`` (None:
    the commit's own)."""
    pooled = {"crisis": [0, 0, 0], "urgent": [0, 0, 0], "routine": [0, 0, 0]}
    per_set = []
    for one in rated:
        first = one["thresholds"]
        assert isinstance(first, list)
        counts = {"crisis": [0, 0, 0], "urgent": [0, 0, 0], "routine": [0, 0, 0]}
        rows = one["rows"]
        assert isinstance(rows, list)
        for row in rows:
            got = level(row, first[0] if threshold is None else threshold,
                        first[1] if concern is None else concern)
            counts[str(row[0])][got] += 1
            pooled[str(row[0])][got] += 1
        per_set.append(line(counts))
    raised = pooled["routine"][1] + pooled["routine"][2]
    return line(pooled) + f" / raised {100 * raised / sum(pooled['routine']):.0f} %", per_set


def line(counts: dict[str, list[int]]) -> str:
    crisis, urgent, routine = counts["crisis"], counts["urgent"], counts["routine"]
    return (f"{crisis[2] / sum(crisis):.3f} / {crisis[0]} / {100 * routine[2] / sum(routine):.1f} %"
            f" / {100 * urgent[2] / sum(urgent):.0f} %")


def main() -> None:
    rated = []
    for name, commit in FIRST_SEEN:
        rated.append(rate_at(commit, name))
        print(f"rated {name} with the code of {commit}", flush=True)
    print("crisis recall / crisis rated routine / routine rated crisis / urgent rated crisis /"
          " routine raised to urgent or crisis (pooled only)")
    for threshold in SWEEP:
        pooled, per_set = figures(rated, threshold)
        label = "as shipped" if threshold is None else f"T_CRISIS {threshold:.2f}"
        print(f"{label:12} pooled {pooled}   per set: {'; '.join(per_set)}")
    print("the same, as shipped but T_CONCERN (routine raised to urgent or crisis last)")
    for concern in CONCERN_SWEEP[1:]:
        pooled, per_set = figures(rated, None, concern)
        print(f"T_CONCERN {concern:.2f} pooled {pooled}   per set: {'; '.join(per_set)}")


if __name__ == "__main__":
    main()
