"""The sandbox page's own routes, on a plain aiohttp application (no emulator, no bot)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.sandbox.web import STATIC_DIR, add_sandbox_routes, static_file

PHONES: list[dict[str, object]] = [
    {"user_id": 1001, "label": "Alex", "role": "seeker", "language_code": "fr"},
    {"user_id": 1002, "label": "Camille", "role": "helper", "language_code": "fr"},
    {"user_id": 1003, "label": "Dominique", "role": "coordinator", "language_code": "fr"},
]


@pytest.fixture
async def client() -> AsyncIterator[TestClient[web.Request, web.Application]]:
    app = web.Application()
    add_sandbox_routes(app, PHONES)
    async with TestClient(TestServer(app, port=0)) as test_client:
        yield test_client


async def test_page_has_the_three_phones(client: TestClient[web.Request, web.Application]) -> None:
    res = await client.get("/")
    assert res.status == 200
    assert res.content_type == "text/html"
    page = await res.text()
    for user_id, role in ((1001, "seeker"), (1002, "helper"), (1003, "coordinator")):
        assert f'data-phone="{user_id}" data-role="{role}"' in page
    assert "<!--PHONES-->" not in page
    for hook in ('data-testid="input"', 'data-testid="send"', 'data-testid="messages"'):
        assert hook in page
    assert "/sandbox/static/app.js" in page
    assert "/sandbox/static/style.css" in page
    assert 'lang="fr"' in page
    assert "http://" not in page and "https://" not in page  # nothing external


async def test_phone_fields_are_escaped() -> None:
    app = web.Application()
    add_sandbox_routes(app, [{"user_id": 7, "label": '<b>"x"</b>', "role": "seeker"}])
    async with TestClient(TestServer(app, port=0)) as test_client:
        page = await (await test_client.get("/")).text()
    assert 'data-label="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"' in page
    assert "<b>" not in page


async def test_phones_json(client: TestClient[web.Request, web.Application]) -> None:
    res = await client.get("/sandbox/phones")
    assert res.status == 200
    assert res.content_type == "application/json"
    assert await res.json() == PHONES


@pytest.mark.parametrize(
    ("name", "content_type", "needle"),
    [
        ("app.js", "application/javascript", "/control/state"),
        ("style.css", "text/css", ".phone"),
        ("index.html", "text/html", "phone-template"),
    ],
)
async def test_static_files(
    client: TestClient[web.Request, web.Application], name: str, content_type: str, needle: str
) -> None:
    res = await client.get(f"/sandbox/static/{name}")
    assert res.status == 200
    assert res.content_type == content_type
    body = await res.text()
    assert needle in body
    assert body == (STATIC_DIR / name).read_text(encoding="utf-8")


async def test_js_uses_the_control_api(client: TestClient[web.Request, web.Application]) -> None:
    js = await (await client.get("/sandbox/static/app.js")).text()
    for path in ("/control/send", "/control/press", "/control/block", "/control/chats/"):
        assert path in js
    for hook in ('"message"', '"button"', "data-from"):
        assert hook in js
    for external in ("http://", "https://", "//cdn"):
        assert external not in js


@pytest.mark.parametrize(
    "path",
    [
        "/sandbox/static/nope.js",
        "/sandbox/static/web.py",
        "/sandbox/static/__init__.py",
        "/sandbox/static/..%2Fweb.py",
        "/sandbox/static/..%2F..%2Fsandbox%2Fweb.py",
        "/sandbox/static/%2E%2E%2Fweb.py",
        "/sandbox/static/..%5Cweb.py",
        "/sandbox/static/.hidden.js",
        "/sandbox/static/../web.py",
        "/sandbox/static/../../../pyproject.toml",
        "/sandbox/static/%2Fetc%2Fpasswd",
    ],
)
async def test_unknown_or_escaping_names_are_404(
    client: TestClient[web.Request, web.Application], path: str
) -> None:
    res = await client.get(path)
    assert res.status == 404
    assert "add_sandbox_routes" not in await res.text()


async def test_static_file_outside_the_folder_is_refused(
    client: TestClient[web.Request, web.Application],
) -> None:
    # Even when the raw path reaches the handler unnormalised, `..` never escapes.
    from yarl import URL

    res = await client.session.get(
        URL(str(client.make_url("/sandbox/static/"))).with_path(
            "/sandbox/static/..%2Fweb.py", encoded=True
        )
    )
    assert res.status == 404


@pytest.mark.parametrize(
    "name",
    ["", ".", "..", "../web.py", "..\\web.py", "/etc/passwd", "sub/app.js", "app.js\x00", ".x.css"],
)
def test_static_file_guard(name: str) -> None:
    assert static_file(name) is None


def test_static_file_known_names() -> None:
    for name in ("index.html", "app.js", "style.css"):
        path = static_file(name)
        assert path is not None and path.parent == STATIC_DIR
