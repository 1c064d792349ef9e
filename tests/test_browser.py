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


def _serve(config: dict):
    server = make_server("127.0.0.1", 0, create_app({"TESTING": True, **config}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def base_url():
    yield from _serve({})


@pytest.fixture(scope="module")
def fetching_url():
    """A service that fetches URLs, allowed to reach the local test site (an explicit test setting)."""
    yield from _serve({"FETCH_URLS": True, "FETCH_PRIVATE_ADDRESSES": True})


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
    assert "Warning" not in page.inner_text("#about")  # two reports of one event
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
    # Locator assertions, not wait_for_function: the page's CSP forbids the eval its polling uses.
    expect(page.locator("#error")).to_contain_text("from 1 to 1000, not 0")
    assert page.inner_text("#error").startswith("The length in sentences must be a whole number")
    assert page.locator("#length").get_attribute("aria-invalid") == "true"
    assert page.locator(".article textarea").first.get_attribute("aria-invalid") is None
    expect(page.locator("#error")).to_be_in_viewport()  # scrolled to, below the form on a phone
    page.close()


def test_a_set_of_unrelated_articles_is_briefed_with_a_warning(browser, base_url):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + "/")
    page.wait_for_selector("#method option[value=textrank]", state="attached")
    unrelated = [
        "The orchestra opened its winter season with a new symphony. Critics praised the violins. "
        "The composer thanked the conductor after the concert.",
        "Heavy rain flooded the coastal road on Monday. Drivers waited for hours. "
        "Engineers said the drains were blocked by sand.",
    ]
    for index, text in enumerate(unrelated):
        if index:
            page.click("#add-article")
        page.locator(".article textarea").nth(index).fill(text)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    expect(page.locator("#about")).to_contain_text("Warning: the articles share little")
    assert page.locator("#brief li").count() > 0  # the brief is still given
    page.close()


# --- the states added by issue 14: sample, copy, keyboard, HTML and URLs, errors in the person's terms ---


def test_the_sample_by_keyboard_then_copy_as_markdown(browser, base_url, screenshots):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.goto(base_url + "/")
    page.wait_for_selector("#method option[value=textrank]", state="attached")
    assert "PacSum" in page.inner_text("#method-help")  # the chosen method, in one line
    page.keyboard.press("Tab")  # the API link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "try-sample"
    page.keyboard.press("Enter")
    page.wait_for_selector("#result:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "headline"  # the answer is where focus goes
    assert page.inner_text("#about") == "Language: english (detected)"
    assert page.locator("#sources mark").count() == 3
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "copy-markdown"
    page.keyboard.press("Enter")
    from playwright.sync_api import expect

    expect(page.locator("#copied")).to_have_text("Copied as Markdown.")
    copied = page.evaluate("navigator.clipboard.readText()")
    headline = page.inner_text("#headline")
    first = page.locator("#brief li").first.inner_text()
    assert copied.startswith(f"**{headline}**\n\n- {first}\n") and "*Keyphrases:* " in copied
    page.screenshot(path=str(screenshots / "page-sample-copied.png"), full_page=True)
    # Ctrl+Enter from a field summarizes again: the percentage unit, in the person's terms.
    page.select_option("#unit", "ratio")
    page.fill("#length", "150")
    page.locator("#length").press("Control+Enter")
    page.wait_for_selector("#error:not([hidden])")
    assert "at most 100%, not 150%" in page.inner_text("#error") and "1.5" not in page.inner_text("#error")
    assert page.evaluate("document.activeElement.id") == "length"
    page.screenshot(path=str(screenshots / "page-percent-error.png"), full_page=True)
    context.close()


def test_pasted_html_shows_the_metadata_and_the_detected_language(browser, base_url, screenshots):
    from webpages import ARTICLE

    french = (
        "Le conseil municipal a voté lundi la construction d'un nouveau pont sur la rivière. "
        "Les travaux commenceront au printemps et dureront deux ans selon la mairie. "
        "Les habitants du quartier craignent des embouteillages pendant toute la durée du chantier."
    )
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base_url + "/")
    assert page.locator(".article [name=kind] option[value=url]").count() == 0  # fetching is off here
    first = page.locator(".article").first
    first.locator("[name=kind]").select_option("html")
    first.locator("textarea").fill(ARTICLE)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    assert page.inner_text(".source .byline") == "Jane Smith · York Press · 2025-04-23"
    assert page.inner_text(".source h4") == "Flood warning for York"
    assert "More from York" not in page.inner_text(".source-text")  # labels are not the article
    page.screenshot(path=str(screenshots / "page-html-metadata.png"), full_page=True)

    first.locator("[name=kind]").select_option("text")
    first.locator("textarea").fill(french)
    page.click("#submit")
    from playwright.sync_api import expect

    expect(page.locator("#about")).to_contain_text("french")
    assert page.inner_text("#about") == "Language: french (detected)"
    page.close()


def test_a_web_address_when_the_service_fetches(browser, fetching_url, site, screenshots):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(fetching_url + "/")
    first = page.locator(".article").first
    first.locator("[name=kind]").select_option("url")
    assert first.locator("textarea").is_hidden()
    first.locator("[name=url]").fill(site.url("/paywall"))
    page.click("#submit")
    page.wait_for_selector("#error:not([hidden])")
    assert "paywall" in page.inner_text("#error") and page.inner_text("#error").endswith("paste the article's text instead.")
    assert first.locator("[name=url]").get_attribute("aria-invalid") == "true"
    page.screenshot(path=str(screenshots / "page-url-paywall.png"), full_page=True)

    first.locator("[name=url]").fill(site.url("/article"))
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    assert page.locator(".source .byline a").get_attribute("href") == site.url("/article")
    page.screenshot(path=str(screenshots / "page-url-article.png"), full_page=True)
    page.close()
