"""The result page speaks the same language as the Word copy: counts that add up to the
cards shown, severity words on every card, criterion labels (never keys), the role the user
chose in plain words."""

from __future__ import annotations

import html
import re

import pytest
from jdlint.web.view import build

from jdlint.engine import default_engine
from jdlint.readers import read_text

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import EXAMPLE  # noqa: E402

KEYS = ("lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions")


def view_of(text: str, role: str | None = None):
    engine = default_engine()
    document = read_text(text)
    return build(document, engine.check(document, role=role), engine.registry)


@pytest.mark.parametrize("text", [EXAMPLE, EXAMPLE.replace("addicts", "people").replace("MDT", "team")])
def test_counts_add_up_to_the_cards_shown(text):
    view = view_of(text)
    cards = [c.severity for g in view.groups for c in g.cards] + [v.severity for v in view.verdicts if v.severity]
    assert sum(view.counts.values()) == len(cards) > 0
    assert view.criteria_to_fix == sum(1 for v in view.verdicts if v.verdict in ("not-met", "partly-met"))
    for severity, n in view.counts.items():
        assert n == cards.count(severity)


def test_page_shows_severity_words_counts_and_labels_not_keys(client):
    body = client.post("/check", data={"text": EXAMPLE, "role": "auto"}).get_data(as_text=True)
    cards = re.findall(r'<article class="card sev-(\w+)"', body) + re.findall(r'</p> <span class="sev sev-(\w+)">', body)
    counts = re.search(r'<p class="counts">.*?(\d+) must fix · (\d+) should fix · (\d+) to consider', body, re.S)
    assert counts is not None
    assert [int(n) for n in counts.groups()] == [cards.count(s) for s in ("error", "warning", "info")]
    assert "Must fix" in body  # the not-met criteria are labelled as such
    assert "Must fix" in body or "Should fix" in body
    text = re.sub(r"<[^>]+>", " ", body)
    for key in KEYS:
        assert f"{key}:" not in text


@pytest.mark.parametrize(("role", "words"), [("other", "Role set by you: not a peer role."),
                                             ("peer-senior", "Role set by you: a senior peer role.")])
def test_role_chosen_by_the_user_is_said_plainly(client, role, words):
    body = client.post("/check", data={"text": EXAMPLE, "role": role}).get_data(as_text=True)
    assert words in body and "Role set by the user" not in body


# -- friendly errors that keep the text ------------------------------------------------------


def upload(data: bytes, name: str, **fields: str) -> dict:
    import io

    return {"file": (io.BytesIO(data), name), **fields}


def scanned_pdf() -> bytes:
    """A one-page PDF with no text layer (a blank page stands in for a scan)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    import io

    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_scanned_pdf_error_names_the_file_and_the_next_step(client):
    response = client.post("/check", data=upload(scanned_pdf(), "vacancy-scan.pdf"), content_type="multipart/form-data")
    body = response.get_data(as_text=True)
    assert response.status_code in (400, 422)
    assert "This PDF (“vacancy-scan.pdf”) is a scanned image, so there is no text to check." in body
    assert "Paste the advert&#39;s text instead." in body or "Paste the advert's text instead." in body


@pytest.mark.parametrize("name", ["advert.doc", "notes.rtf"])
def test_unsupported_file_error_says_what_to_do(client, name):
    data = b"{\\rtf1 hello}" if name.endswith(".rtf") else b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    body = client.post("/check", data=upload(data, name), content_type="multipart/form-data").get_data(as_text=True)
    assert f"“{name}”" in body and "Save it as Word (.docx) or PDF" in body


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("bad&mark.txt", b"\xff\xfeP\x00e\x00e\x00r\x00\x00\xdc x",
     "a UTF-16 byte-order mark followed by bytes that are not UTF-16 (at byte 10): save it as UTF-8 text"),
    ("advert.md", b"\xef\xbb\xbf# Peer Worker\n\nLived experience \xff is essential.",
     "a UTF-8 byte-order mark followed by bytes that are not UTF-8 (at byte 35): save it as UTF-8 text"),
])  # fmt: skip
def test_a_bad_byte_order_mark_is_said_as_the_command_line_says_it(client, name, data, reason):
    """Text whose bytes are not in the encoding its byte-order mark names: the page gives the
    reader's own one-line reason (which mark, where, what to do), as ``jdlint check`` does,
    not that the file "looks damaged"."""
    from jdlint.readers import read_bytes

    with pytest.raises(Exception, match=re.escape(reason)):  # the command line's words
        read_bytes(data, name)
    response = client.post("/check", data=upload(data, name), content_type="multipart/form-data")
    body = response.get_data(as_text=True)
    assert response.status_code == 422
    shown = f"“{name}” could not be read: {reason}, or paste the advert's text instead."
    assert re.search(r"<p>[^<]*could not be read[^<]*</p>", body), "one line, in one paragraph"
    assert shown in html.unescape(body) and "looks damaged" not in body
    assert "bad&mark" not in body  # escaped: "bad&amp;mark"


@pytest.mark.parametrize("web_config", [{"TESTING": True, "WTF_CSRF_ENABLED": False, "JDLINT_MAX_CHARS": 2000}])
@pytest.mark.parametrize("extra", [1, 5000])
def test_over_long_paste_keeps_the_text(client, extra):
    text = EXAMPLE + "\n" + "More about the team. " * (100 + extra)
    response = client.post("/check", data={"text": text, "role": "peer"})
    body = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "The pasted text is too long to check" in body
    assert "More about the team. More about the team." in body  # kept in the textarea
    assert '<option value="peer" selected>' in body


@pytest.mark.parametrize("web_config", [{"TESTING": True}])  # CSRF on
@pytest.mark.parametrize("route", ["/check", "/download/docx"])
def test_expired_form_shows_the_form_with_the_text(client, route):
    body = client.post(route, data={"text": "Peer Support Worker\nA distinctive sentence to keep."}).get_data(as_text=True)
    assert "form expired" in body
    assert '<form class="check"' in body and "A distinctive sentence to keep." in body


def test_pasted_web_page_title_is_the_job_title_not_furniture(client):
    text = "Already have an account?\nSign in\nPeer Support Worker\nLived experience of mental health challenges is essential.\n"
    body = client.post("/check", data={"text": text, "role": "auto"}).get_data(as_text=True)
    assert "Result: Peer Support Worker" in body and "Already have an account" not in body.split("<h1>")[1].split("</h1>")[0]


def seven_mb_docx() -> bytes:
    """An invented advert padded to about 7 MB by an unreferenced picture-sized part (random
    bytes: they do not compress), as a Word file full of photos would be."""
    import io
    import os
    import zipfile

    from conftest_web import make_docx

    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            z.writestr(item, source.read(item.filename))
        z.writestr("word/media/photo1.bin", os.urandom(7 * 1024 * 1024))
    return out.getvalue()


def test_a_7_mb_upload_is_embedded_once_and_the_page_stays_under_10_5_mb(client):
    data = seven_mb_docx()
    assert len(data) > 7_000_000
    response = client.post("/check", data=upload(data, "photos.docx"), content_type="multipart/form-data")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert len(response.data) < 10_500_000
    assert body.count('name="upload"') == 1
    assert body.count(base64_of(data)[:4096]) == 1
    # every action on the page still gets the file: check again, and both downloads
    for button in ("rerun", "dl-docx", "dl-json"):
        assert re.search(rf'<button[^>]*form="resend"[^>]*id="{button}"', body) or re.search(
            rf'<button[^>]*id="{button}"[^>]*form="resend"', body
        ), button


def base64_of(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def test_tables_are_shown_as_tables_with_their_headers(client):
    from conftest_web import make_docx

    body = client.post("/check", data=upload(make_docx(), "spec.docx"), content_type="multipart/form-data").get_data(
        as_text=True
    )
    table = re.search(r'<table class="advert-table">(.*?)</table>', body, re.S)
    assert table is not None
    head = re.findall(r'<th scope="col">(.*?)</th>', table.group(1), re.S)
    assert [re.sub(r"<[^>]+>", "", h).strip() for h in head] == ["Criteria", "Essential", "Desirable"]
    assert '<th scope="row">Experience</th>' in table.group(1)


@pytest.mark.parametrize("advice_rule", ["RD001", "RD002"])
def test_instructions_get_no_copy_button_and_whole_advert_measures_are_not_missing(advice_rule):
    long = " ".join(["and then you will also be asked to help with many other different tasks"] * 6)
    hard = ("Notwithstanding organisational considerations, the multidisciplinary interdisciplinary "
            "collaborative therapeutic environment necessitates comprehensive communication capabilities. ") * 6  # fmt: skip
    text = EXAMPLE + f"\n{long}.\n{hard}\n"
    view = view_of(text)
    cards = [c for g in view.groups for c in g.cards if c.rule == advice_rule]
    assert cards, advice_rule
    for card in cards:
        assert card.fix is None or card.fix.action == "rewrite"
        if card.anchor is None:
            assert card.scope == "whole"
