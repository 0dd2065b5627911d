"""``python -m bot triage``: rate messages read from stdin, one JSON object per line.

Each non-empty input line is one message; each output line is ``assess(line).as_json()``, rated
as the bot rates by default: the rules plus the statistical second opinion, which may only raise a
level (``--rules-only``: the rules alone, as ``TRIAGE_MODEL=false``).
Output is flushed per line so the command can sit at the end of a pipe.
"""

from __future__ import annotations

import json
from typing import TextIO

from matching.triage import assess


def run(argv: list[str], stdin: TextIO, stdout: TextIO) -> int:
    model = "--rules-only" not in argv
    for line in stdin:
        text = line.strip()
        if not text:
            continue
        rating = assess(text, second_opinion=model).as_json()
        stdout.write(json.dumps(rating, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
