"""Records held by the Bot API emulator (failures, files, the update queue) and their
Telegram shapes."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

MEDIA_KINDS = (
    "photo",
    "video",
    "voice",
    "video_note",
    "audio",
    "document",
    "sticker",
    "animation",
    "location",
    "contact",
    "dice",
    "poll",
)
FILE_KINDS = tuple(k for k in MEDIA_KINDS if k not in ("location", "contact", "dice", "poll"))


@dataclass
class Failure:
    """An injected failure for one Bot API method (lower-cased name)."""

    method: str
    error_code: int = 0
    description: str | None = None
    retry_after: int | None = None
    times: int = 1
    chat_id: int | None = None
    delay: float = 0.0


@dataclass
class StoredFile:
    file_id: str
    unique_id: str
    kind: str
    data: bytes
    filename: str | None = None


@dataclass
class UpdateQueue:
    items: list[dict[str, Any]] = field(default_factory=list)
    next_id: int = 1


def now() -> int:
    return int(time.time())


def render_media(message: dict[str, Any], files: dict[str, StoredFile]) -> Any:
    """The media field of a stored message in Telegram's shape."""
    media = message["media"]
    if media == "location":
        return message.get("_location") or {"latitude": 48.8566, "longitude": 2.3522}
    if media == "contact":
        return message.get("_contact") or {"phone_number": "+33100000000", "first_name": "X"}
    if media == "dice":
        return {"emoji": "🎲", "value": 4}
    if media == "poll":
        return {
            "id": f"poll-{message['message_id']}",
            "question": "?",
            "options": [
                {"persistent_id": "a", "text": "yes", "voter_count": 0},
                {"persistent_id": "b", "text": "no", "voter_count": 0},
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
    file_id = str(message["file_id"])
    stored = files.get(file_id)
    ids = {"file_id": file_id, "file_unique_id": stored.unique_id if stored else f"u-{file_id}"}
    if media == "photo":
        return [{**ids, "width": 800, "height": 600}]
    if media == "sticker":
        return {
            **ids,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    if media in ("video", "animation"):
        return {**ids, "width": 640, "height": 360, "duration": 3}
    if media == "video_note":
        return {**ids, "length": 240, "duration": 3}
    if media in ("voice", "audio"):
        return {**ids, "duration": 3}
    if stored is not None and stored.filename:
        return {**ids, "file_name": stored.filename}
    return ids
