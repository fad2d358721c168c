"""HTML: one self-contained, escaped page with a sortable table and per-file details."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_reports_common import (
    SCRIPT,
    docx_report,
    error_report,
    pdf_report,
    sample_reports,
)

from jdlint.model import Location, Report, Role
from jdlint.reports import html as html_report


class Collector(HTMLParser):
    """Tags, attributes and the text of every script and style element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            (self.scripts if tag == "script" else self.styles).append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "style":
            self.styles[-1] += data


@pytest.fixture(scope="module")
def page() -> str:
    return html_report.render(sample_reports())


@pytest.fixture(scope="module")
def parsed(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    return collector


def test_advert_text_is_escaped(page: str, parsed: Collector) -> None:
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert len(parsed.scripts) == 1, "only the report's own script"
    assert "alert(1)" not in parsed.scripts[0]


def test_every_untrusted_field_is_escaped() -> None:
    evil = '"><img src=x onerror=alert(2)><script>alert(3)</script>'
    report = pdf_report()
    findings = tuple(
        replace(
            f,
            message=evil + f.message,
            span=replace(f.span, text=evil, section=evil) if f.span else None,
        )
        for f in report.findings
    )
    report = replace(
        report,
        path=f"adverts/{evil}.pdf",
        role=Role("peer", evil),
        criteria=tuple(replace(v, why=evil) for v in report.criteria),
        findings=findings,
        positives=(evil,),
        notes=(evil,),
    )
    page = html_report.render([report, replace(error_report(), error=evil)])
    assert (
        "<img" not in page and "alert(3)</script>" not in page and "onerror=alert(2)>" not in page
    )
    collector = Collector()
    collector.feed(page)
    assert not [t for t, _ in collector.tags if t == "img"]
    assert len(collector.scripts) == 1


def test_self_contained(page: str, parsed: Collector) -> None:
    for tag, attrs in parsed.tags:
        assert not (tag == "script" and attrs.get("src")), "no external script"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), "no external stylesheet"
        assert tag != "img"
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "no external assets"
    assert "@import" not in parsed.styles[0] and "url(" not in parsed.styles[0]


def test_content_security_policy_hashes_the_inline_assets(parsed: Collector) -> None:
    csp = next(
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {digest(parsed.scripts[0])}" in csp
    assert f"style-src {digest(parsed.styles[0])}" in csp


def test_sort_script_and_sortable_table(page: str, parsed: Collector) -> None:
    script = parsed.scripts[0]
    assert "sortTable" in script and "aria-sort" in script
    table = next(a for t, a in parsed.tags if t == "table" and "data-sortable" in a)
    assert table is not None
    headers = [a for t, a in parsed.tags if t == "th" and "data-sort" in a]
    assert len(headers) >= 10
    assert '<th scope="col" data-sort="text">File</th>' in page, "a plain table without JS"


def test_summary_table_rows(page: str) -> None:
    body = page[
        page.index('<table class="summary"') : page.index(
            "</table>", page.index('<table class="summary"')
        )
    ]
    assert body.count("<tr") == 1 + 4
    assert "peer-support-worker.txt" in body and "broken.docx" in body
    assert "Could not check: not a Word file" in body
    assert "badge-not-met" in body and "Not met" in body, "verdicts carry colour and text"
    assert 'data-value="41"' in body


def test_run_summary_header(page: str) -> None:
    head = page[
        page.index('<section aria-labelledby="run-heading"') : page.index(
            '<section aria-labelledby="files-heading"'
        )
    ]
    assert re.search(r'stat-n">3</span><span class="stat-l">files checked', head)
    assert re.search(r'stat-n">1</span><span class="stat-l">could not be checked', head)
    assert "Verdicts by criterion" in head


def test_drill_down_sections(page: str) -> None:
    assert page.count('<details class="file"') == 4
    pdf = page[page.index('id="file-2"') : page.index('id="file-3"')]
    assert "Senior peer role" in pdf
    assert "names a senior peer role" in pdf
    assert "<mark>administer medication</mark>" in pdf, (
        "evidence words named in the why are highlighted"
    )
    assert "A peer worker will sit on the interview panel." in pdf, "the verdict's fix"
    assert "at the end" in pdf, "where the fix goes"
    assert "page 2" in pdf
    assert "Suppressed findings (1)" in pdf
    assert "What the advert does well" in pdf and "text extracted from 3 pages" in pdf
    docx = page[page.index('id="file-3"') : page.index('id="file-4"')]
    assert "paragraph 7" in docx and "table 1, row 2, column 3" in docx
    text = page[page.index('id="file-1"') : page.index('id="file-2"')]
    assert "<mark>suffering from</mark>" in text, "the match is marked in its sentence"
    assert "line 3" in text
    assert "whole advert" in text, "a finding without a span"
    error = page[page.index('id="file-4"') :]
    assert "jdlint could not check" in error


def test_common_folder_is_shown_once(page: str) -> None:
    assert "Adverts in <code>adverts</code>" in page
    assert ">docx/peer-worker.docx</a>" in page


def test_options() -> None:
    page = html_report.render([docx_report()], title="Q3 adverts <review>", generated="1 July 2026")
    assert "<title>Q3 adverts &lt;review&gt;</title>" in page
    assert "1 July 2026" in page


def test_highlight_escapes_and_marks() -> None:
    marked = html_report.highlight("a <b> suffering from & Suffering From", ["suffering from"])
    assert (
        str(marked) == "a &lt;b&gt; <mark>suffering from</mark> &amp; <mark>Suffering From</mark>"
    )
    assert str(html_report.highlight("<x>", [])) == "&lt;x&gt;"


def test_real_corpus_renders(shared: Path, tmp_path: Path) -> None:
    from jdlint.api import check_path, iter_files

    reports = [check_path(p) for p in list(iter_files([shared / "corpus" / "real"]))[:3]]
    page = html_report.render(reports)
    assert page.count('<details class="file"') == 3
    (tmp_path / "report.html").write_text(page, encoding="utf-8")


# --- in a real browser ------------------------------------------------------------------


def _browser():
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="playwright is in the [test] extra"
    )
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.skip("Debian's chromium is not installed")
    return playwright, executable


@pytest.mark.browser
def test_sorting_in_a_browser_by_mouse_and_keyboard(tmp_path: Path) -> None:
    playwright, executable = _browser()
    reports: list[Report] = [
        replace(docx_report(), path=f"adverts/{n}.docx", score=s)
        for n, s in (("b", 50), ("a", 90), ("c", 10))
    ]
    reports.append(error_report())
    path = tmp_path / "report.html"
    path.write_text(html_report.render(reports), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(path.as_uri())
            rows = page.locator("table.summary tbody th.path")

            def names() -> list[str]:
                return [t.splitlines()[0] for t in rows.all_inner_texts()]

            assert names() == ["b.docx", "a.docx", "c.docx", "broken.docx"]
            score = page.locator("table.summary th", has_text="Score")
            score.locator("button").click()
            assert score.get_attribute("aria-sort") == "ascending"
            assert names() == ["c.docx", "b.docx", "a.docx", "broken.docx"], "no score sorts last"
            score.locator("button").focus()
            page.keyboard.press("Enter")
            assert score.get_attribute("aria-sort") == "descending"
            assert names() == ["a.docx", "b.docx", "c.docx", "broken.docx"]
            file_header = page.locator("table.summary th", has_text="File").locator("button")
            file_header.focus()
            page.keyboard.press("Space")
            assert names() == ["a.docx", "b.docx", "broken.docx", "c.docx"]
            page.locator("table.summary a", has_text="b.docx").click()
            # the page opens the link's <details> on "hashchange", which the browser fires after the
            # click returns: wait for it (up to 5 s), then read the attribute
            page.wait_for_function("() => document.getElementById('file-1').open", timeout=5000)
            assert page.locator("details#file-1").get_attribute("open") is not None
            page.get_by_role("button", name="Expand all").click()
            assert page.locator("details.file[open]").count() == 4
            assert not errors, errors
        finally:
            browser.close()


@pytest.mark.parametrize(
    ("loc", "short", "sarif_form", "html_form"),
    [
        (
            Location(page=2, paragraph=7, table=1, row=3, col=2),
            "page 2, table 1 row 3 col 2",
            "page 2, paragraph 7, table 1 row 3 column 2",
            "page 2, paragraph 7, table 1, row 3, column 2",
        ),
        (Location(page=4, paragraph=9), "page 4, para 9", "page 4, paragraph 9", "page 4, paragraph 9"),
        (Location(line=5, column=3), "5:3", "", "line 5, column 3"),
    ],
)
def test_the_three_forms_of_a_location(loc, short, sarif_form, html_form) -> None:
    from jdlint.reports import sarif

    assert loc.short() == short
    assert sarif.describe_location(loc) == sarif_form
    assert html_report.describe_location(loc) == html_form


@pytest.mark.parametrize("other", [
    "Support Worker\n\nYou will support older people at home with shopping and personal care.\n",
    "Administrator – Housing Office\n\nYou will answer the phone, book rooms and keep the tenancy files.\n",
])  # fmt: skip
def test_a_post_the_criteria_do_not_apply_to_is_not_said_to_meet_them(tmp_path, monkeypatch, other) -> None:
    """The class: the run summary's "meet all four criteria" counted a post that is not a peer
    role (every criterion not applicable) as meeting them all. The twin: the peer advert
    that meets all four is counted."""
    from click.testing import CliRunner

    from jdlint.cli import main

    examples = Path(__file__).resolve().parent.parent / "examples"
    monkeypatch.chdir(tmp_path)
    shutil.copy(examples / "good-peer-support-worker.md", "good.md")
    Path("other.txt").write_text(other, encoding="utf-8")
    CliRunner().invoke(main, ["check", "-j", "1", "--no-progress", "good.md", "other.txt", "-o", "report.html"])
    page = Path("report.html").read_text(encoding="utf-8")
    n = re.search(r'<span class="stat-n">(\d+)</span><span class="stat-l">meet all four criteria', page)
    assert n is not None and n.group(1) == "1"
