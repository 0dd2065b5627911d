"""``python -m bot triage``: rate messages read from stdin, one JSON object per line.

Each non-empty input line is one message; each output line is ``assess(line).as_json()``, rated
as the bot rates by default: the rules plus the statistical second opinion, which may only raise a
level (``--rules-only``: the rules alone, as ``TRIAGE_MODEL=false``). The model is read back
from ``model_dir`` (``TRIAGE_MODEL_DIR``) when a start saved it there, else trained and saved.
Output is flushed per line so the command can sit at the end of a pipe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from matching.triage import assess
from matching.triage_model import store_in


def run(argv: list[str], stdin: TextIO, stdout: TextIO, model_dir: Path | None = None) -> int:
    model = "--rules-only" not in argv
    if model:
        store_in(model_dir)
    for line in stdin:
        text = line.strip()
        if not text:
            continue
        rating = assess(text, second_opinion=model).as_json()
        stdout.write(json.dumps(rating, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
