"""Stable pseudonyms such as ``K7Q``: what helpers and coordinators see instead of a name."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L, 5/S, 2/Z: easy to read aloud and to type in /assign.
ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"


def new_pseudonym(length: int = 3) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_invite_code() -> str:
    return secrets.token_urlsafe(12)
