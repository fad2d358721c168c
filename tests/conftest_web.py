"""Fixtures and helpers for the web tests, loaded by them with ``pytest_plugins``.

Flaskr style: ``app`` is built from ``web_config`` (override that fixture in a module or
with ``@pytest.mark.parametrize`` to change the config), ``client`` is its test client.
``live_server`` runs the app on waitress on a free loopback port, as ``jdlint serve`` does.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import docx
import pytest
from jdlint.web import create_app

EXAMPLE = (
    resources.files("jdlint.web").joinpath("static/example-advert.txt").read_text(encoding="utf-8")
)

DOCX_PARAGRAPHS = [
    ("heading", "Peer Support Worker"),
    ("para", "We are recruiting a Peer Support Worker for our community team."),
    ("heading", "Job summary"),
    ("para", "You will support people suffering from anxiety and addicts in recovery."),
    ("para", "Through sharing your own story you will inspire hope that recovery is possible."),
    ("heading", "Person specification"),
]
DOCX_TABLE = [
    ["Criteria", "Essential", "Desirable"],
    [
        "Experience",
        "Lived experience of mental health challenges",
        "Experience of working in a team",
    ],
]


def make_docx(paragraphs: list[tuple[str, str]] | None = None, table: list[list[str]] | None = None,
              tail: list[str] | None = None) -> bytes:  # fmt: skip
    """A small advert as .docx bytes, written with python-docx."""
    document = docx.Document()
    for kind, text in paragraphs if paragraphs is not None else DOCX_PARAGRAPHS:
        if kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    rows = table if table is not None else DOCX_TABLE
    if rows:
        t = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    for text in (
        tail
        if tail is not None
        else ["How to apply", "Send your CV to the team manager by the closing date."]
    ):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(text: str = EXAMPLE, password: str | None = None) -> bytes:
    """The text as a one-column PDF, written with fpdf2 (Latin-1 core font)."""
    from fpdf import FPDF

    pdf = FPDF()
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        safe = line.replace("“", '"').replace("”", '"').replace("’", "'").replace("–", "-")
        if safe.strip():
            pdf.multi_cell(
                0,
                6,
                safe.encode("latin-1", "replace").decode("latin-1"),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        else:
            pdf.ln(4)
    return bytes(pdf.output())


def hidden_inputs(page: str, form_action: str) -> dict[str, str]:
    """What a browser sends from the page to ``form_action``: the hidden inputs of the form
    that posts there (by its ``action``, or a ``formaction`` button tied to it with
    ``form="id"``), plus the selected option of every menu tied to that form."""
    match = re.search(rf'<form[^>]*action="{re.escape(form_action)}"[^>]*>(.*?)</form>', page, re.S)
    form_id = None
    if match is None:
        for button in re.findall(r"<button[^>]*>", page):
            if f'formaction="{form_action}"' in button:
                form_id = re.search(r'\bform="([^"]+)"', button)
                break
        assert form_id, f"no form posting to {form_action}"
        form_id = form_id.group(1)
        match = re.search(rf'<form[^>]*id="{re.escape(form_id)}"[^>]*>(.*?)</form>', page, re.S)
    assert match, f"no form posting to {form_action}"
    fields = {}
    for tag in re.findall(r"<input[^>]*>", match.group(1)):
        if 'type="hidden"' not in tag:
            continue
        name = re.search(r'name="([^"]*)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[html.unescape(name.group(1))] = html.unescape(value.group(1)) if value else ""
    if form_id:
        for attrs, options in re.findall(r"<select([^>]*)>(.*?)</select>", page, re.S):
            name = re.search(r'name="([^"]*)"', attrs)
            if name and f'form="{form_id}"' in attrs:
                chosen = re.search(r'<option value="([^"]*)"[^>]*selected', options)
                if chosen:
                    fields[html.unescape(name.group(1))] = html.unescape(chosen.group(1))
    return fields


def csrf_token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


@pytest.fixture
def web_config() -> dict[str, Any]:
    return {"TESTING": True, "WTF_CSRF_ENABLED": False}


@pytest.fixture
def app(web_config: dict[str, Any]):
    return create_app(web_config)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """The app on waitress (CSRF on, the real config) on a free loopback port."""
    from jdlint.web.server import make_server, run_in_thread

    server = make_server("127.0.0.1", 0, threads=4, warm=True)
    stop = run_in_thread(server)
    yield f"http://127.0.0.1:{server.effective_port}"
    stop()


CHROMIUM = os.environ.get("JDLINT_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Playwright, one per test module (skips without them)."""
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


# -- driving the form in a browser (Playwright pages)


def submit_text(page, text: str = EXAMPLE) -> None:
    """Paste ``text`` into the form, check it and wait for the result page."""
    page.goto("/")
    page.fill("#text", text)
    page.click("button.primary")
    page.wait_for_selector("#verdicts-h")


def submit_file(page, name: str, data: bytes, mime: str = "application/octet-stream") -> None:
    """Upload ``data`` as the file ``name``, check it and wait for the result page."""
    page.goto("/")
    page.set_input_files("#file", files=[{"name": name, "mimeType": mime, "buffer": data}])
    page.click("button.primary")
    page.wait_for_selector("#verdicts-h")


def download(page, button: str, target: Path) -> str:
    """Click ``button``, save what it downloads as ``target``; the name the page suggested."""
    with page.expect_download() as info:
        page.click(button)
    info.value.save_as(target)
    return info.value.suggested_filename
