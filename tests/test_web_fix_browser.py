"""The fix buttons in a real browser (headless Chromium via Playwright; skipped without them):
the revised text checks again with a higher score, and the revised Word document reopens."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import download, submit_file, submit_text  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900}, base_url=live_server)
    yield context.new_page()
    context.close()


def _score(page) -> int:
    return int(page.locator(".score-number strong").first.inner_text())


def test_revised_text_checks_again_with_a_higher_score(page) -> None:
    submit_text(page, (EXAMPLES / "poor-peer-support-worker.txt").read_text(encoding="utf-8"))
    before = _score(page)
    page.click("#copy-revised")
    page.wait_for_selector("#revised-text")
    shown = re.findall(r"\d+", page.locator("#score-before-after").inner_text())
    assert int(shown[0]) == before and int(shown[1]) > before
    assert "living with psychosis" in page.locator("#revised-text").input_value()
    page.click("#check-revised")
    page.wait_for_selector("#verdicts-h")
    assert _score(page) == int(shown[1]) > before


def test_download_the_revised_word_document_and_reopen_it(page, tmp_path) -> None:
    submit_file(page, "lead.docx", (EXAMPLES / "peer-support-lead.docx").read_bytes())
    target = tmp_path / "lead-revised.docx"
    assert download(page, "#dl-revised-docx", target) == "lead-revised.docx"
    revised = docx.Document(str(target))
    assert any(p.text.startswith("Peer Support Lead") for p in revised.paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(target.read_bytes())).read("word/document.xml").decode()
    assert 'w:author="jdlint"' in xml and "The interview panel will include" in xml


def test_apply_a_fix_card_without_javascript_and_the_score_rises(browser, live_server) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=live_server)
    page = context.new_page()
    submit_text(page, (EXAMPLES / "poor-peer-support-worker.txt").read_text(encoding="utf-8"))
    before = _score(page)
    card = page.locator("#v-C")  # peer panel: not met, its fix adds the panel sentence
    assert "v-not-met" in (card.get_attribute("class") or "").split()
    card.locator("button.apply").click()
    page.wait_for_selector("#fix-notice")
    assert "Fix applied." in page.locator("#fix-notice").inner_text()
    assert _score(page) > before
    assert page.locator("#score-was").inner_text().startswith(str(before))
    assert "v-met" in (page.locator("#v-C").get_attribute("class") or "").split()
    context.close()


def test_apply_with_javascript_does_not_reload_and_builds_on_itself(page, tmp_path) -> None:
    submit_file(page, "lead.docx", (EXAMPLES / "peer-support-lead.docx").read_bytes())
    before = _score(page)
    page.evaluate("window.__stay = 'same page'")
    page.locator("#v-C button.apply").click()
    page.wait_for_selector("#fix-notice")
    assert page.evaluate("window.__stay") == "same page"  # no reload
    assert _score(page) > before
    # the page's enhancements (copy buttons) run again: app.js is loaded anew, asynchronously
    page.wait_for_selector("button.copy")
    assert page.locator("button.copy").count() > 0
    cards = page.locator("button.apply")
    assert cards.count() >= 1
    target = tmp_path / "lead-revised.docx"
    download(page, "#dl-revised-docx", target)
    xml = zipfile.ZipFile(io.BytesIO(target.read_bytes())).read("word/document.xml").decode()
    assert xml.count("The interview panel will include") == 1  # applied once, kept, not doubled
    docx.Document(str(target))
