"""The web front end in a real browser: Debian's headless Chromium driven by Playwright.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is missing;
never downloads a browser. Set JDLINT_WEB_SCREENSHOT=path to save the result page's
screenshot (docs/screenshot-web.png is made that way).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import docx
import pytest

try:
    # expect() polls from Playwright's side; page.wait_for_function would evaluate its string in
    # the page, which the app's Content Security Policy (script-src 'self') refuses as eval
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips these tests with the reason
    expect = None

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import download, make_docx, make_pdf, submit_file, submit_text  # noqa: E402

pytestmark = pytest.mark.browser


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
    # app.js moves focus in a zero-delay timeout after the click: waited for, not read at once
    expect(page.locator(f"#card-{n}")).to_be_focused()
    assert "living with" in page.locator(f"#card-{n}").inner_text()
    # the card leads back to the highlight
    page.locator(f"#card-{n} a[href='#hl-{n}']").click()
    page.wait_for_function(f"() => location.hash === '#hl-{n}'", timeout=5000)  # (a navigation: waited for)
    # copy buttons are added by JS (waited for, as the page's script may still be running)
    page.wait_for_function("() => document.querySelectorAll('button.copy').length >= 5", timeout=5000)
    assert csp_violations(page) == []


def test_role_override_from_the_result_page(page) -> None:
    submit_text(page)
    page.select_option("#rerun-role", "other")
    page.click("#rerun")
    page.wait_for_selector("#verdicts-h")
    assert "Role: Not a peer role" in page.locator("#role").inner_text()
    assert "Role set by you: not a peer role." in page.locator("#role").inner_text()
    assert page.locator(".badge-not-applicable").count() == 4


def test_upload_docx_and_download_the_annotated_copy(page, tmp_path) -> None:
    submit_file(page, "advert.docx", make_docx())
    assert "advert.docx" in page.locator("h1").inner_text()
    assert page.locator("mark.fd", has_text="suffering from").get_attribute("id").startswith("hl-")
    target = tmp_path / "advert-jdlint.docx"
    assert download(page, "#dl-docx", target) == "advert-jdlint.docx"
    annotated = docx.Document(str(target))
    comments = [c.text for c in annotated.comments]
    assert comments[0].startswith("jdlint review")
    assert any("(jdlint rule LA006 " in c and c.startswith("Should fix") for c in comments)
    assert [p.text for p in annotated.paragraphs] == [
        p.text for p in docx.Document(io.BytesIO(make_docx())).paragraphs
    ]


def test_upload_pdf_and_download_json(page, tmp_path) -> None:
    submit_file(page, "advert.pdf", make_pdf(), mime="application/pdf")
    assert page.locator(".verdict").count() == 4
    assert page.locator("mark").count() > 3
    target = tmp_path / "report.json"
    download(page, "#dl-json", target)
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["files"][0]["format"] == "pdf" and payload["files"][0]["error"] is None
    download(page, "#dl-docx", tmp_path / "pdf.docx")
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
    with page.expect_response(lambda r: r.url.rsplit("/", 1)[-1] == "check") as response:
        page.click("button.primary")
    assert response.value.status == 415
    page.wait_for_selector("[role=alert]")
    assert "image" in page.locator("[role=alert]").inner_text()
    # read out at once: app.js (loaded asynchronously) moves focus to the message once it runs,
    # which may be after the message shows: waited for (reading it at once failed in a full run)
    expect(page.locator("#form-error")).to_be_focused()


def test_works_without_javascript(browser, live_server, tmp_path) -> None:
    context = browser.new_context(
        java_script_enabled=False, accept_downloads=True, base_url=live_server
    )
    page = context.new_page()
    try:
        submit_text(page)
        assert page.locator(".verdict").count() == 4
        assert (
            page.locator("mark.fd", has_text="suffering from").get_attribute("id").startswith("hl-")
        )
        assert page.locator("button.copy").count() == 0  # only JS adds them
        assert page.locator(".suggest-text").count() > 5  # the words are there to select
        page.select_option("#rerun-role", "peer-senior")
        page.click("#rerun")
        page.wait_for_selector("#verdicts-h")
        assert "Senior peer role" in page.locator("#role").inner_text()
        download(page, "#dl-docx", tmp_path / "nojs.docx")
        assert len(list(docx.Document(str(tmp_path / "nojs.docx")).comments)) > 5
    finally:
        context.close()


def test_narrow_screen_has_no_sideways_scroll(browser, live_server) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server)
    page = context.new_page()
    try:
        page.goto("/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        submit_text(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_keyboard_skip_link_and_focus_styles(page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    expect(page.locator(".skip")).to_be_visible()
    page.keyboard.press("Enter")
    # the skip link moves focus to <main> when the browser follows "#main", which may land after
    # the key press returns: wait for it, or it can take the focus back from the button below
    # (main:focus has no outline, and the check read "none 3px" once in a loaded CI run)
    expect(page.locator("#main")).to_be_focused()
    # from <main>, the keyboard alone reaches the form's button (Tab by Tab, at most 40), and its
    # focus ring shows (a programmatic focus and Shift+Tab, Tab back lost the button once in a
    # loaded CI run: the order of a key press and the page's own focus moves is not fixed)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('button.primary')"):
            break
    expect(page.locator("button.primary")).to_be_focused()
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline == "solid 3px"
    # the landmarks a screen reader lists
    assert page.locator("header[role=banner]").count() == 1
    assert page.locator("main").count() == 1
    assert page.locator("footer[role=contentinfo]").count() == 1
    assert csp_violations(page) == []


# -- tables, the first screen, phones --------------------------------------------------------


def person_spec_docx() -> bytes:
    """An invented advert whose person specification is a table with Essential / Desirable."""
    d = docx.Document()
    d.add_heading("Peer Support Worker", 1)
    d.add_paragraph("You will offer one-to-one peer support to adults in the community.")
    d.add_heading("Person specification", 2)
    rows = [["Area", "Essential", "Desirable"],
            ["Experience", "Personal experience of mental health challenges", "Experience of group work"],
            ["Skills", "Listening with warmth", "Knowledge of WRAP"]]  # fmt: skip
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_person_specification_table_shows_its_columns(page) -> None:
    submit_file(page, "spec.docx", person_spec_docx())
    table = page.locator(".advert-text table.advert-table")
    assert table.count() == 1 and table.is_visible()
    headers = [t.strip() for t in table.locator("thead th").all_inner_texts()]
    assert headers == ["Area", "Essential", "Desirable"]
    # the lived-experience line sits under "Essential": same column as that header
    cell = table.locator("tbody td", has_text="Personal experience of mental health challenges")
    head = table.locator("thead th", has_text="Essential")
    cell_box, head_box = cell.bounding_box(), head.bounding_box()
    assert abs(cell_box["x"] - head_box["x"]) < 2
    assert table.locator("tbody th[scope=row]").count() == 2  # row headings
    assert csp_violations(page) == []


def test_submit_is_above_the_fold_on_a_laptop(browser, live_server) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_server)
    page = context.new_page()
    try:
        page.goto("/")
        box = page.locator("button.primary").bounding_box()
        assert box is not None and box["y"] + box["height"] <= 900
        # "clear-soil" is explained where it first appears, with a link
        lead = page.locator(".lead")
        assert "lived experience can take root" in lead.inner_text()
        assert lead.locator("a[href='#about-h']").count() == 1
    finally:
        context.close()


def test_phone_tap_targets_are_at_least_24px(browser, live_server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  base_url=live_server)  # fmt: skip
    page = context.new_page()
    try:
        submit_text(page)
        targets = page.locator(".advert-text a.ref, .evidence-links a")
        assert targets.count() > 5
        small = []
        for i in range(targets.count()):
            box = targets.nth(i).bounding_box()
            if box is not None and (box["width"] < 24 or box["height"] < 24):
                small.append((targets.nth(i).inner_text(), box["width"], box["height"]))
        assert small == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_legend_shows_every_highlight_colour(page) -> None:
    submit_text(page)
    colours = page.evaluate("""() => {
        const look = (s) => s.backgroundColor + '|' + (s.textDecorationLine.includes('underline')
            ? s.textDecorationColor + '|' + s.textDecorationStyle : 'none|none');
        const seen = new Set();
        for (const m of document.querySelectorAll('.advert-text mark')) {
            const s = getComputedStyle(m);
            seen.add(look(s));
        }
        const legend = new Set();
        for (const m of document.querySelectorAll('#legend mark')) {
            legend.add(look(getComputedStyle(m)));
        }
        return [[...seen], [...legend]];
    }""")
    shown, legend = colours
    # every mark's look (a background, or an underline's colour and style) is in the legend;
    # a mark covered by both a finding and evidence combines two looks the legend shows
    backgrounds = {c.split("|")[0] for c in legend}
    underlines = {tuple(c.split("|")[1:]) for c in legend}
    for colour in shown:
        background, *underline = colour.split("|")
        assert background == "rgba(0, 0, 0, 0)" or background in backgrounds, colour
        assert tuple(underline) == ("none", "none") or tuple(underline) in underlines, colour


def test_print_stylesheet_keeps_the_review_and_drops_the_controls(page) -> None:
    submit_text(page)
    page.emulate_media(media="print")
    # expect() waits for the print styles to apply (is_visible() reads the page once, and read
    # the screen styles once in a loaded CI run)
    expect(page.locator("#dl-docx")).to_be_hidden()
    expect(page.locator(".card").first).to_be_visible()
    expect(page.locator(".card details blockquote").first).to_be_visible()  # "why" open on paper


def test_text_over_the_upload_limit_is_stopped_before_it_is_sent_and_kept(page) -> None:
    """Pasted text over the limit would be refused unread (413) and lost: the page stops it
    first, says why, and keeps the text. (The limit is lowered on the page to try it.)"""
    page.goto("/")
    page.evaluate("document.querySelector('form.check').setAttribute('data-max-bytes', '20000')")
    text = "Peer Support Worker\n\n" + "Lived experience of mental health challenges is essential. " * 400
    page.fill("#text", text)
    page.click("form.check button[type=submit]")
    alert = page.locator("#size-error")
    alert.wait_for()
    assert "over the limit of" in alert.inner_text() and "Your text is kept" in alert.inner_text()
    assert page.evaluate("document.activeElement.id") == "size-error"
    assert not page.title().startswith("Result")  # nothing was sent
    assert page.input_value("#text") == text
    assert page.locator("form.check button[type=submit]").is_enabled()
    # within the limit, the same form sends
    page.fill("#text", text[:3000])
    page.click("form.check button[type=submit]")
    page.wait_for_selector("#verdicts-h")
    assert csp_violations(page) == []
