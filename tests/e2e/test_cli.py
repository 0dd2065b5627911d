"""The entry points as an operator uses them: ``python -m bot ...`` in a fresh directory."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from harness import SEEKER, says

from bot.emulator import Emulator, EmulatorClient

ROOT = Path(__file__).resolve().parents[2]


def bot_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "REDIS_URL", "BOT_TOKEN", "TELEGRAM_API_URL"}}
    env.update(values)
    return env


def run_bot(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=bot_env(**env),
                          capture_output=True, text=True, timeout=60)


def one_clear_line(result: subprocess.CompletedProcess[str], names: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert names in lines[0]


def test_bad_database_url_is_one_line_and_exit_2(tmp_path: Path) -> None:
    one_clear_line(run_bot(tmp_path, "run", BOT_TOKEN="1:x", DATABASE_URL="mysql://db/x"),
                   "DATABASE_URL")
    one_clear_line(run_bot(tmp_path, "migrate",
                           DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:1/none"),
                   "DATABASE_URL")


def test_missing_or_invalid_settings_are_named(tmp_path: Path) -> None:
    one_clear_line(run_bot(tmp_path, "run"), "BOT_TOKEN")
    one_clear_line(run_bot(tmp_path, "run", BOT_TOKEN="1:x", OFFER_TIMEOUT="soon"),
                   "OFFER_TIMEOUT")
    one_clear_line(run_bot(tmp_path, "run", BOT_TOKEN="1:x", COORDINATOR_IDS="12,abc"),
                   "COORDINATOR_IDS")
    one_clear_line(run_bot(tmp_path, "run", BOT_TOKEN="1:x",
                           TELEGRAM_API_URL="http://127.0.0.1:9"), "TELEGRAM_API_URL")


def test_migrate_creates_the_default_sqlite_database(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "migrate")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "pairline.sqlite3").exists()


def test_triage_command_prints_one_json_object_per_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "triage"], cwd=tmp_path, env=bot_env(), text=True,
        input="je veux mourir\nrdv chez le psychiatre demain\n\nthis exam is killing me\n",
        capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["level"] for r in rows] == ["crisis", "routine", "routine"]
    assert rows[1]["theme"] == "care"
    assert set(rows[0]) == {"level", "theme", "relative", "reasons"}


async def test_run_polls_any_bot_api_compatible_server(tmp_path: Path) -> None:
    emulator = Emulator(bot_username="operator_bot")
    await emulator.start(host="127.0.0.1", port=0)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path,
        env=bot_env(BOT_TOKEN="42:operator", TELEGRAM_API_URL=emulator.url),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        async with EmulatorClient(emulator.url) as client:
            await client.add_user(SEEKER, "Alice", language_code="en")
            await client.send_text(SEEKER, "/start")
            await client.wait_for(SEEKER, says("I agree"), timeout=30)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 20) == 0
    finally:
        if process.returncode is None:
            process.kill()
        await emulator.stop()


def test_sandbox_serves_its_page_within_15_seconds_and_stops_on_ctrl_c(  # noqa: ANN001
    fresh_sandbox,
) -> None:
    """On a first start, so the page comes while the model trains and Ctrl-C lands then."""
    url, page, elapsed, process = fresh_sandbox
    assert 'data-phone="1001"' in page and 'data-role="coordinator"' in page
    assert elapsed < 15
    process.send_signal(signal.SIGINT)
    assert process.wait(20) == 0
    output = process.stdout.read() if process.stdout else ""
    assert "sandbox stopped" in output and "Traceback" not in output


def test_triage_command_honours_triage_model_false(tmp_path: Path) -> None:
    """``TRIAGE_MODEL=false`` rates with the rules alone, as the bot does: a misspelled sentence
    only the model raises stays below crisis (the model's own reading is tested with it on)."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "triage"], cwd=tmp_path, env=bot_env(TRIAGE_MODEL="false"),
        text=True, input="i dont wanna b here nemore\n", capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] != "crisis"
    on = subprocess.run(
        [sys.executable, "-m", "bot", "triage"], cwd=tmp_path, env=bot_env(), text=True,
        input="i dont wanna b here nemore\n", capture_output=True, timeout=60)
    assert json.loads(on.stdout)["level"] == "crisis", on.stderr
