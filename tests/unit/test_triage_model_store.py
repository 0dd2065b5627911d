"""The trained triage model kept across starts (``matching.triage_model.load_or_train``).

A small corpus (the labelled set's first 60 messages) keeps these tests fast; the shipped corpus
works the same way, only slower to train."""

from pathlib import Path

import pytest

from matching import triage_model
from matching.triage_model import fingerprint, load_or_train

LABELLED = Path(__file__).resolve().parents[1] / "data" / "triage_labelled.jsonl"
TEXTS = ("je veux mourir ce soir", "merci pour hier, ça m'a aidée", "my exam is killing me lol")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = LABELLED.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:60]), encoding="utf-8")
    return path


def no_training(*_: object, **__: object) -> None:
    raise AssertionError("trained again")


def test_a_start_reads_back_the_model_an_earlier_start_saved(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    trained = load_or_train(store, corpus)
    assert [p.name for p in store.iterdir()] == [f"triage-model-{fingerprint(corpus)}.json"]
    monkeypatch.setattr(triage_model, "train", no_training)
    again = load_or_train(store, corpus)
    assert again == trained
    assert [again.probabilities(t) for t in TEXTS] == [trained.probabilities(t) for t in TEXTS]


def test_a_changed_corpus_is_trained_again_and_the_old_copy_removed(
    corpus: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    load_or_train(store, corpus)
    before = fingerprint(corpus)
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write('{"text": "je suis sur le pont", "level": "crisis", "theme": "personal", '
                 '"relative": false}\n')
    assert fingerprint(corpus) != before
    load_or_train(store, corpus)
    assert [p.name for p in store.iterdir()] == [f"triage-model-{fingerprint(corpus)}.json"]


def test_an_unreadable_copy_is_trained_again(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / f"triage-model-{fingerprint(corpus)}.json").write_text("{not json", "utf-8")
    model = load_or_train(store, corpus)
    assert model == load_or_train(None, corpus)
    assert load_or_train(store, corpus) == model  # the broken copy was replaced


def test_a_store_that_cannot_be_written_only_costs_the_training(
    corpus: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("", "utf-8")
    assert load_or_train(blocked / "store", corpus) == load_or_train(None, corpus)
