"""The sandbox page: three phones (seeker, helper, coordinator) over the emulator's control API.

``add_sandbox_routes`` mounts, on the emulator's aiohttp application (before it starts):

* ``GET /``                      the page (``static/index.html`` + one shell per phone);
* ``GET /sandbox/phones``        the phones as JSON (``[{user_id, label, role, language_code}]``);
* ``GET /sandbox/static/{name}`` a file of ``static/`` (flat folder, no sub-paths).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from aiohttp import web

STATIC_DIR = Path(__file__).resolve().parent / "static"

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html",
    ".js": "application/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}

FIELDS = ("user_id", "role", "label")
PHONES_KEY: web.AppKey[list[dict[str, object]]] = web.AppKey("sandbox_phones", list)


def static_file(name: str) -> Path | None:
    """The file ``name`` of the static folder, or None (unknown name or any escape attempt)."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
        return None
    if Path(name).suffix not in CONTENT_TYPES:
        return None
    path = (STATIC_DIR / name).resolve()
    if path.parent != STATIC_DIR or not path.is_file():
        return None
    return path


def file_response(path: Path) -> web.Response:
    return web.Response(
        body=path.read_bytes(),
        content_type=CONTENT_TYPES[path.suffix],
        charset="utf-8" if path.suffix in {".html", ".js", ".css", ".json", ".svg"} else None,
        headers={"Cache-Control": "no-cache"},
    )


def phone_shells(phones: list[dict[str, object]]) -> str:
    """One empty ``<section>`` per phone; app.js fills it from the page's ``<template>``."""
    return "\n".join(
        '<section class="phone" data-phone="{}" data-role="{}" data-label="{}"></section>'.format(
            *(html.escape(str(phone.get(key, "")), quote=True) for key in FIELDS)
        )
        for phone in phones
    )


async def index(request: web.Request) -> web.Response:
    path = static_file("index.html")
    if path is None:
        raise web.HTTPNotFound(text="sandbox page missing")
    page = path.read_text(encoding="utf-8")
    page = page.replace("<!--PHONES-->", phone_shells(request.app[PHONES_KEY]))
    return web.Response(text=page, content_type="text/html", headers={"Cache-Control": "no-cache"})


async def list_phones(request: web.Request) -> web.Response:
    return web.json_response(request.app[PHONES_KEY], dumps=json.dumps)


async def static(request: web.Request) -> web.Response:
    path = static_file(request.match_info["name"])
    if path is None:
        raise web.HTTPNotFound(text="not found")
    return file_response(path)


def add_sandbox_routes(app: web.Application, phones: list[dict[str, object]]) -> None:
    """Add the sandbox page and its files to ``app`` (call before the app starts)."""
    app[PHONES_KEY] = [dict(phone) for phone in phones]
    app.router.add_get("/", index)
    app.router.add_get("/sandbox/phones", list_phones)
    app.router.add_get("/sandbox/static/{name}", static)
