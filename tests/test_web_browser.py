"""The web front end in a real browser: Debian's headless Chromium driven by Playwright.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is missing;
never downloads a browser. Set JDLINT_WEB_SCREENSHOT=path to save the result page's
screenshot (docs/screenshot-web.png is made that way).
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import EXAMPLE, make_docx, make_pdf  # noqa: E402

CHROMIUM = os.environ.get("JDLINT_CHROMIUM", "/usr/bin/chromium")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        accept_downloads=True, viewport={"width": 1280, "height": 900}, base_url=live_server
    )
    page = context.new_page()
    page.console_messages = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.console_messages.append(m.text))  # type: ignore[attr-defined]
    yield page
    context.close()


def csp_violations(page) -> list[str]:
    return [m for m in page.console_messages if "Content Security Policy" in m or "Refused to" in m]


def submit_text(page, text: str = EXAMPLE) -> None:
    page.goto("/")
    page.fill("#text", text)
    page.click("button.primary")
    page.wait_for_selector("#verdicts-h")


def test_paste_the_example_and_see_verdicts_and_highlights(page, tmp_path) -> None:
    submit_text(page)
    assert page.title().startswith("Result: Peer Support Worker")
    badges = page.locator(".verdict .badge")
    assert badges.count() == 4
    texts = [t.strip() for t in badges.all_inner_texts()]
    assert all(
        any(word in t for word in ("Met", "Partly met", "Not met", "Not applicable")) for t in texts
    )
    shot = os.environ.get("JDLINT_WEB_SCREENSHOT")
    path = Path(shot) if shot else tmp_path / "result.png"
    page.set_viewport_size({"width": 1280, "height": 1640})
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=False)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.set_viewport_size({"width": 1280, "height": 900})
    mark = page.locator("mark.fd", has_text="suffering from")
    assert mark.is_visible() and mark.inner_text() == "suffering from"
    n = mark.get_attribute("id").removeprefix("hl-")
    # the number after the highlight leads to its card, and focus follows (JS)
    page.locator(f".advert-text a.ref[href='#card-{n}']").click()
    assert page.evaluate("document.activeElement.id") == f"card-{n}"
    assert "living with" in page.locator(f"#card-{n}").inner_text()
    # the card leads back to the highlight
    page.locator(f"#card-{n} a[href='#hl-{n}']").click()
    assert page.evaluate("location.hash") == f"#hl-{n}"
    # copy buttons are added by JS
    assert page.locator("button.copy").count() >= 5
    assert csp_violations(page) == []


def test_role_override_from_the_result_page(page) -> None:
    submit_text(page)
    page.select_option("#rerun-role", "other")
    page.click("form.inline button[type=submit]")
    page.wait_for_selector("#verdicts-h")
    assert "Role: Not a peer role" in page.locator("#role").inner_text()
    assert page.locator(".badge-not-applicable").count() == 4


def test_upload_docx_and_download_the_annotated_copy(page, tmp_path) -> None:
    page.goto("/")
    page.set_input_files(
        "#file",
        files=[
            {"name": "advert.docx", "mimeType": "application/octet-stream", "buffer": make_docx()}
        ],
    )
    page.click("button.primary")
    page.wait_for_selector("#verdicts-h")
    assert "advert.docx" in page.locator("h1").inner_text()
    assert page.locator("mark.fd", has_text="suffering from").get_attribute("id").startswith("hl-")
    with page.expect_download() as info:
        page.click("#dl-docx")
    download = info.value
    assert download.suggested_filename == "advert-jdlint.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    annotated = docx.Document(str(target))
    comments = [c.text for c in annotated.comments]
    assert any(c.startswith("LA006") for c in comments)
    assert [p.text for p in annotated.paragraphs] == [
        p.text for p in docx.Document(io.BytesIO(make_docx())).paragraphs
    ]


def test_upload_pdf_and_download_json(page, tmp_path) -> None:
    page.goto("/")
    page.set_input_files(
        "#file", files=[{"name": "advert.pdf", "mimeType": "application/pdf", "buffer": make_pdf()}]
    )
    page.click("button.primary")
    page.wait_for_selector("#verdicts-h")
    assert page.locator(".verdict").count() == 4
    assert page.locator("mark").count() > 3
    with page.expect_download() as info:
        page.click("#dl-json")
    target = tmp_path / "report.json"
    info.value.save_as(target)
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["files"][0]["format"] == "pdf" and payload["files"][0]["error"] is None
    with page.expect_download() as info:
        page.click("#dl-docx")
    info.value.save_as(tmp_path / "pdf.docx")
    assert len(list(docx.Document(str(tmp_path / "pdf.docx")).comments)) > 3


def test_a_bad_file_shows_a_clear_message(page) -> None:
    page.goto("/")
    page.set_input_files(
        "#file",
        files=[
            {
                "name": "photo.docx",
                "mimeType": "image/png",
                "buffer": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
            }
        ],
    )
    response_status = {}
    page.on("response", lambda r: response_status.setdefault(r.url.rsplit("/", 1)[-1], r.status))
    page.click("button.primary")
    page.wait_for_selector("[role=alert]")
    assert response_status.get("check") == 415
    assert "image" in page.locator("[role=alert]").inner_text()
    assert page.evaluate("document.activeElement.id") == "form-error"  # read out at once


def test_works_without_javascript(browser, live_server, tmp_path) -> None:
    context = browser.new_context(
        java_script_enabled=False, accept_downloads=True, base_url=live_server
    )
    page = context.new_page()
    try:
        page.goto("/")
        page.fill("#text", EXAMPLE)
        page.click("button.primary")
        page.wait_for_selector("#verdicts-h")
        assert page.locator(".verdict").count() == 4
        assert (
            page.locator("mark.fd", has_text="suffering from").get_attribute("id").startswith("hl-")
        )
        assert page.locator("button.copy").count() == 0  # only JS adds them
        assert page.locator(".suggest-text").count() > 5  # the words are there to select
        page.select_option("#rerun-role", "peer-senior")
        page.click("form.inline button[type=submit]")
        page.wait_for_selector("#verdicts-h")
        assert "Senior peer role" in page.locator("#role").inner_text()
        with page.expect_download() as info:
            page.click("#dl-docx")
        info.value.save_as(tmp_path / "nojs.docx")
        assert len(list(docx.Document(str(tmp_path / "nojs.docx")).comments)) > 5
    finally:
        context.close()


def test_narrow_screen_has_no_sideways_scroll(browser, live_server) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server)
    page = context.new_page()
    try:
        page.goto("/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.fill("#text", EXAMPLE)
        page.click("button.primary")
        page.wait_for_selector("#verdicts-h")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_keyboard_skip_link_and_focus_styles(page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator(".skip").is_visible()
    page.keyboard.press("Enter")
    page.focus("button.primary")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline == "solid 3px"
    # the landmarks a screen reader lists
    assert page.locator("header[role=banner]").count() == 1
    assert page.locator("main").count() == 1
    assert page.locator("footer[role=contentinfo]").count() == 1
    assert csp_violations(page) == []
