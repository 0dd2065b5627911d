"""Loads the resource directory: the shipped French defaults, or a coordinator's own file."""

from __future__ import annotations

import json
from pathlib import Path

from bot.config import ConfigError
from matching.resources import Directory, DirectoryError, build_directory

DEFAULT = Path(__file__).parent / "data" / "resources.json"


def load_directory(path: Path | None) -> Directory:
    source = path or DEFAULT
    try:
        entries = json.loads(source.read_text(encoding="utf-8"))
        if not isinstance(entries, list):
            raise DirectoryError("the file must hold a JSON list")
        return build_directory(entries)
    except (OSError, json.JSONDecodeError, DirectoryError) as exc:
        raise ConfigError(f"RESOURCES_FILE: {source}: {exc}") from None
