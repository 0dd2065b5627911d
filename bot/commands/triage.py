"""``python -m bot triage``: rate messages read from stdin, one JSON object per line.

Each non-empty input line is one message; each output line is ``assess(line).as_json()``.
Output is flushed per line so the command can sit at the end of a pipe.
"""

from __future__ import annotations

import json
from typing import TextIO

from matching.triage import assess


def run(argv: list[str], stdin: TextIO, stdout: TextIO) -> int:
    for line in stdin:
        text = line.strip()
        if not text:
            continue
        stdout.write(json.dumps(assess(text).as_json(), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
