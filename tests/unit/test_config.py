"""Settings read from the environment (``bot.config``): where the trained triage model is kept."""

from pathlib import Path

import pytest

from bot.config import load_settings


def test_the_trained_model_is_kept_in_the_data_folder_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("TRIAGE_MODEL_DIR", raising=False)
    assert load_settings().triage_model_dir == Path("data")


def test_an_empty_triage_model_dir_trains_at_every_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRIAGE_MODEL_DIR", "")
    assert load_settings().triage_model_dir is None
    monkeypatch.setenv("TRIAGE_MODEL_DIR", "/var/lib/pairline")
    assert load_settings().triage_model_dir == Path("/var/lib/pairline")
