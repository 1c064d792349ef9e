"""The web page in the system's headless Chromium: paste the seeds as a merged set, read the brief.

Driven by Playwright with Debian's ``/usr/bin/chromium`` (never a downloaded browser) against the app
served by Werkzeug on a free loopback port. Without Chromium the test is skipped, except under CI
(``CI`` set), where a missing browser is a failure. ``SCREENSHOT_DIR`` keeps the screenshots.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium waits on the network this machine does not have.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def base_url():
    server = make_server("127.0.0.1", 0, create_app({"TESTING": True}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; CI must apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright  # imported here: the module loads without it

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    return Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)


@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_merged_set_brief_is_highlighted_in_place(browser, base_url, screenshots, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    requests_seen, console = [], []
    page.on("request", lambda r: requests_seen.append(r.url))
    page.on("console", lambda m: console.append(m.text))
    response = page.goto(base_url + "/")
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'self' covers it
    assert response.headers["x-content-type-options"] == "nosniff"
    page.wait_for_selector("#method option[value=textrank]", state="attached")  # from GET /v1/methods

    for index, seed in enumerate(SEEDS):
        if index:
            page.click("#add-article")
        page.locator(".article textarea").nth(index).fill(seed.read_text(encoding="utf-8"))
    page.fill("#length", "4")
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")

    assert page.inner_text("#headline").strip()
    brief = page.locator("#brief li").all_inner_texts()
    assert len(brief) == 4
    assert page.locator("#sources .source").count() == len(SEEDS)
    marks = page.locator("#sources mark")
    assert marks.count() == 4
    # Each highlight is the brief sentence it stands for, cut from the pasted text by the offsets.
    for rank, text in enumerate(brief, start=1):
        assert page.locator(f"mark#s-{rank}").text_content() == text
    assert page.locator("#keyphrases li").count() > 0
    assert all(url.startswith(base_url) for url in requests_seen)  # nothing but the service
    assert not [m for m in console if "Content Security Policy" in m]  # the policy blocks nothing it needs

    no_sideways_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(screenshots / f"page-{width}.png"), full_page=True)
    assert no_sideways_scroll
    page.close()


def test_api_errors_are_shown_as_messages_at_their_field(browser, base_url):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base_url + "/")
    page.locator(".article textarea").first.fill("!!! ??? ...")
    page.click("#submit")
    page.wait_for_selector("#error:not([hidden])")
    assert "no sentence with a word" in page.inner_text("#error")
    assert page.locator(".article textarea").first.get_attribute("aria-invalid") == "true"
    assert page.locator("#result").is_hidden()

    page.locator(".article textarea").first.fill("The vote was close. Work starts next year.")
    page.fill("#length", "0")
    page.click("#submit")
    page.wait_for_function("document.querySelector('#error').textContent.includes('sentences must be')")
    assert page.locator("#length").get_attribute("aria-invalid") == "true"
    assert page.locator(".article textarea").first.get_attribute("aria-invalid") is None
    expect(page.locator("#error")).to_be_in_viewport()  # scrolled to, below the form on a phone
    page.close()
