import io
import json

from bot.commands.triage import run


class CountingFlush(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_one_json_object_per_non_empty_line() -> None:
    stdin = io.StringIO("je veux mourir\n\n   \nC'est quoi un CMP ?\n")
    stdout = CountingFlush()
    assert run([], stdin, stdout) == 0
    rows = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [row["level"] for row in rows] == ["crisis", "routine"]
    assert rows[1]["theme"] == "information"
    assert set(rows[0]) == {"level", "theme", "relative", "reasons"}
    assert stdout.flushes >= 2


def test_output_keeps_non_ascii_and_never_echoes_the_message() -> None:
    stdout = io.StringIO()
    run([], io.StringIO("Mon fils veut se suicider, aidez-moi\n"), stdout)
    line = stdout.getvalue().strip()
    row = json.loads(line)
    assert row["level"] == "crisis" and row["relative"] is True
    assert "suicider" not in line and "fils" not in line


def test_empty_input_prints_nothing() -> None:
    stdout = io.StringIO()
    assert run([], io.StringIO(""), stdout) == 0
    assert stdout.getvalue() == ""


def test_rates_as_the_bot_does_by_default_and_rules_only_on_request() -> None:
    line = io.StringIO("i want to kil myself\n")
    default, rules = io.StringIO(), io.StringIO()
    run([], line, default)
    run(["--rules-only"], io.StringIO(line.getvalue()), rules)
    assert json.loads(default.getvalue())["level"] == "crisis"
    assert json.loads(rules.getvalue())["level"] != "crisis"
