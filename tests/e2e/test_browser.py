"""The sandbox page in a real browser: headless Chromium driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
async def test_seeker_phone_sends_start_and_sees_the_welcome(sandbox) -> None:  # noqa: ANN001
    from playwright.async_api import async_playwright

    url, page_html, _, _ = sandbox
    assert page_html
    async with async_playwright() as p:
        # Playwright starts Chromium with a new, empty user-data-dir of its own.
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = await browser.new_page()
            await page.goto(url)
            seeker = page.locator('[data-phone="1001"]')
            await seeker.locator('[data-testid="input"]').fill("/start")
            await seeker.locator('[data-testid="send"]').click()
            welcome = seeker.locator('[data-testid="message"][data-from="bot"]').first
            # the model is read back from the session's folder (conftest.trained_triage_model)
            await welcome.wait_for(timeout=30_000)
            text = await welcome.inner_text()
            assert "bot" in text and "3114" in text
            consent = seeker.locator('[data-testid="button"]', has_text="J'accepte")
            await consent.click()
            await seeker.locator('[data-testid="message"][data-from="bot"]',
                                 has_text="Pour qui").wait_for(timeout=15_000)
            coordinator = page.locator('[data-phone="1003"]')
            await coordinator.locator('[data-testid="input"]').fill("/queue")
            await coordinator.locator('[data-testid="input"]').press("Enter")
            await coordinator.locator('[data-testid="message"][data-from="bot"]').first.wait_for(
                timeout=15_000)
        finally:
            await browser.close()
