"""POST /api/fix: the revised advert and its new report."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

pytest_plugins = ("conftest_web",)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PASTED = """Peer Mentor

Mentors help people suffering from addiction in the community.

Essential criteria
- Able to travel.

Desirable criteria
- Lived experience of substance use would be an advantage.
"""


def test_api_fix_pasted_text_returns_revised_text_and_new_report(client) -> None:
    answer = client.post("/api/fix", json={"text": PASTED})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["format"] == "text" and body["filename"] == "advert.fixed.txt"
    assert "living with addiction" in body["text"] and "suffering from" not in body["text"]
    assert {"criterion": "lived-experience-essential", "before": "not-met", "after": "met"} in body["moved"]
    assert body["before"]["criteria"]["lived-experience-essential"] == "not-met"
    report = body["report"]["files"][0]
    verdicts = report["criteria"]
    verdict = verdicts["lived-experience-essential"] if isinstance(verdicts, dict) else \
        next(v for v in verdicts if v["criterion"] == "lived-experience-essential")  # fmt: skip
    assert verdict["verdict"] == "met"
    assert report["score"] > body["before"]["score"]
    assert body["unresolved"] == [] and body["new_findings"] == []
    assert any(x["rule"] == "SU005" and x["safety"] == "unsafe" for x in body["left"])


def test_api_fix_unsafe_flag_applies_placeholders(client) -> None:
    safe = client.post("/api/fix", json={"text": PASTED}).get_json()
    unsafe = client.post("/api/fix", json={"text": PASTED, "unsafe_fixes": True}).get_json()
    assert "<amount>" not in safe["text"] and "<amount>" in unsafe["text"]


def test_api_fix_docx_upload_returns_a_tracked_changes_docx(client) -> None:
    data = (EXAMPLES / "peer-support-lead.docx").read_bytes()
    answer = client.post("/api/fix", data={"file": (io.BytesIO(data), "lead.docx")}, content_type="multipart/form-data")
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["format"] == "docx" and body["filename"] == "lead.fixed.docx"
    revised = base64.b64decode(body["docx_base64"])
    docx.Document(io.BytesIO(revised))
    xml = zipfile.ZipFile(io.BytesIO(revised)).read("word/document.xml").decode()
    assert 'w:author="jdlint"' in xml and "<w:ins " in xml
    assert {"criterion": "peer-panel", "before": "not-met", "after": "met"} in body["moved"]


def test_api_fix_pdf_upload_becomes_docx_with_a_layout_note(client) -> None:
    data = (EXAMPLES / "peer-recovery-specialist-us.pdf").read_bytes()
    body = client.post("/api/fix", data={"file": (io.BytesIO(data), "us.pdf")}, content_type="multipart/form-data").get_json()
    assert body["format"] == "docx" and body["filename"] == "us.fixed.docx"
    assert any("layout is new" in n for n in body["notes"])


@pytest.mark.parametrize(("payload", "status"), [({"text": ""}, 400), ({"text": "x", "role": "boss"}, 400), ([1, 2], 400)])
def test_api_fix_bad_input_is_a_clear_error(client, payload, status) -> None:
    answer = client.post("/api/fix", json=payload)
    assert answer.status_code == status
    assert answer.get_json()["error"]


def test_api_fix_unreadable_file_is_422(client) -> None:
    answer = client.post("/api/fix", data={"file": (io.BytesIO(b"PK\x03\x04broken"), "x.docx")},
                         content_type="multipart/form-data")  # fmt: skip
    assert answer.status_code in (415, 422)
    assert answer.get_json()["error"]


# -- the result page's buttons ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "status", "says"), [
    ("scan.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 415, "jdlint cannot read “scan.docx”: it is an image"),
    ("advert.txt", __import__("gzip").compress(b"Peer Support Worker"), 415, "jdlint cannot read “advert.txt”: it is a gzip archive"),
    ("blank.txt", b"  \n\n ", 400, "“blank.txt” has no text to check"),
])  # fmt: skip
@pytest.mark.parametrize("route", ["/check", "/revised", "/download/revised-docx", "/apply"])
def test_every_button_refuses_a_file_as_the_result_page_does(client, route, name, data, status, says) -> None:
    """The class: the revised-advert buttons ("Copy revised text", "Download revised Word
    document", "Apply") refused what the result page refuses with the reader's bare words
    ("an image: jdlint reads text (OCR it first)", "empty file") and always 422; they now
    give the page's status and its message naming the file and the next step."""
    answer = client.post(route, data={"file": (io.BytesIO(data), name), "role": "auto"},
                         content_type="multipart/form-data")  # fmt: skip
    page = answer.get_data(as_text=True)
    assert answer.status_code == status, page
    assert says in page.replace("&#34;", '"').replace("&#39;", "'")
    assert "Traceback" not in page


def test_result_page_offers_the_revised_downloads(client) -> None:
    page = client.post("/check", data={"text": PASTED, "role": "auto"}).get_data(as_text=True)
    assert "Download revised Word document (tracked changes)" in page
    assert 'formaction="/download/revised-docx"' in page and 'formaction="/revised"' in page
    assert "Copy revised text" in page


@pytest.mark.parametrize(("name", "data"), [
    ("lead.docx", (EXAMPLES / "peer-support-lead.docx").read_bytes()),
    ("poor.txt", (EXAMPLES / "poor-peer-support-worker.txt").read_bytes()),
])  # fmt: skip
def test_revised_docx_download_from_the_result_page(client, name, data) -> None:
    from conftest_web import hidden_inputs

    page = client.post("/check", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    fields = hidden_inputs(page.get_data(as_text=True), "/download/docx")
    response = client.post("/download/revised-docx", data=fields)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f"attachment; filename={Path(name).stem}-revised.docx"
    revised = docx.Document(io.BytesIO(response.data))
    assert revised.paragraphs
    xml = zipfile.ZipFile(io.BytesIO(response.data)).read("word/document.xml").decode()
    assert 'w:author="jdlint"' in xml and "The interview panel will include" in xml


def test_revised_text_page_shows_scores_and_the_text(client) -> None:
    page = client.post("/revised", data={"text": PASTED, "role": "auto"}).get_data(as_text=True)
    before, after = (int(x) for x in re.findall(r"<strong>(\d+)</strong>", page.split('id="score-before-after"')[1])[:2])
    assert after > before
    text = page.split('id="revised-text"')[1].split("</textarea>")[0]
    assert "living with addiction" in text and "suffering from" not in text
    assert "lived-experience-essential: not-met → met" in page
    assert "SU005" in page  # the pay placeholder is left for a person


# -- Apply, one fix at a time -----------------------------------------------------------------

SEP = "\u241f"


def _apply_value(page: str, words: str) -> str:
    import html

    values = [html.unescape(v) for v in re.findall(r'name="apply" value="([^"]*)"', page)]
    return next(v for v in values if v.startswith(words))


def test_each_fix_card_has_an_apply_button_posting_the_advert(client) -> None:
    page = client.post("/check", data={"text": PASTED, "role": "auto"}).get_data(as_text=True)
    assert 'id="resend"' in page
    buttons = re.findall(r'<button[^>]*name="apply"[^>]*>', page)
    assert len(buttons) >= 5
    assert all('form="resend"' in b and 'formaction="/apply"' in b for b in buttons)
    assert SEP in _apply_value(page, "living with")


def test_apply_one_fix_to_pasted_text(client) -> None:
    from conftest_web import hidden_inputs

    page = client.post("/check", data={"text": PASTED, "role": "auto"}).get_data(as_text=True)
    fields = hidden_inputs(page, "/download/docx")
    after = client.post("/apply", data={**fields, "apply": _apply_value(page, "living with")}).get_data(as_text=True)
    assert 'id="fix-notice"' in after and "Fix applied." in after
    fields = hidden_inputs(after, "/download/docx")
    assert "living with addiction" in fields["text"] and "suffering from" not in fields["text"]
    assert "Able to travel" in fields["text"]  # only that fix: nothing added
    assert "reasonable adjustments" not in fields["text"]


def test_apply_twice_to_a_word_file_builds_tracked_changes(client) -> None:
    from conftest_web import hidden_inputs

    data = (EXAMPLES / "peer-support-lead.docx").read_bytes()
    page = client.post("/check", data={"file": (io.BytesIO(data), "lead.docx")}, content_type="multipart/form-data")
    page = page.get_data(as_text=True)
    score = int(re.search(r"<strong>(\d+)</strong>", page).group(1))
    first = client.post("/apply", data={**hidden_inputs(page, "/download/docx"),
                                        "apply": _apply_value(page, "The interview panel will include")}).get_data(as_text=True)  # fmt: skip
    assert f"{score} before the fix." in first
    assert int(re.search(r"<strong>(\d+)</strong>", first).group(1)) > score
    second = client.post("/apply", data={**hidden_inputs(first, "/download/docx"),
                                         "apply": _apply_value(first, "Wellness Recovery Action Plan")}).get_data(as_text=True)  # fmt: skip
    fields = hidden_inputs(second, "/download/docx")
    revised = base64.b64decode(fields["upload"])
    xml = zipfile.ZipFile(io.BytesIO(revised)).read("word/document.xml").decode()
    assert "The interview panel will include" in xml and "Wellness Recovery Action Plan" in xml
    # "not a clinical role" would contradict the nursing qualification CS004 still finds
    third = client.post("/apply", data={**fields, "apply": _apply_value(second, "This is a peer role")}).get_data(as_text=True)
    assert "This fix was not applied: it would contradict what CS004 still finds" in third
    assert xml.count('w:author="jdlint"') >= 4  # two tracked paragraphs (mark and run each)
    assert fields["upload_name"] == "lead.docx"


def test_apply_an_unsafe_fix_says_why_not(client) -> None:
    from conftest_web import hidden_inputs

    page = client.post("/check", data={"text": PASTED, "role": "auto"}).get_data(as_text=True)
    fields = hidden_inputs(page, "/download/docx")
    after = client.post("/apply", data={**fields, "apply": _apply_value(page, "Pay: <amount>")}).get_data(as_text=True)
    assert "This fix was not applied: unsafe fix" in after


# -- notes saying why (HTML comments) in a revised Markdown advert ----------------------------

PASTED_MD = [
    "# Peer Mentor\n\n## About the role\n\nMentors help people suffering from addiction in the community.\n\n"
    "## Essential criteria\n\n- Able to travel.\n\n## Desirable criteria\n\n- Lived experience of substance use would be an advantage.\n",
    "# Peer Support Worker\n\n## The role\n\nYou will walk alongside people suffering from depression.\n\n"
    "## Essential\n\n- Good listening skills.\n\n## Desirable\n\n- Lived experience of mental health difficulties is desirable.\n",
]


@pytest.mark.parametrize("text", PASTED_MD)
def test_api_fix_markdown_carries_notes_unless_change_notes_is_off(client, text) -> None:
    noted = client.post("/api/fix", json={"text": text}).get_json()
    assert noted["format"] == "markdown" and "<!-- jdlint LA006: " in noted["text"]
    assert "<!-- jdlint CS001: Lived experience is essential: not met." in noted["text"]
    plain = client.post("/api/fix", json={"text": text, "change_notes": False}).get_json()
    form = client.post("/api/fix", data={"text": text, "change_notes": "0"}).get_json()
    assert "<!--" not in plain["text"] and form["text"] == plain["text"]
    assert "living with" in plain["text"] and plain["moved"] == noted["moved"]


@pytest.mark.parametrize("text", PASTED_MD)
def test_the_revised_text_to_copy_and_apply_carry_no_notes(client, text) -> None:
    from conftest_web import hidden_inputs

    page = client.post("/revised", data={"text": text, "role": "auto"}).get_data(as_text=True)
    box = page.split('id="revised-text"')[1].split("</textarea>")[0]
    assert "living with" in box and "&lt;!--" not in box and "<!--" not in box
    page = client.post("/check", data={"text": text, "role": "auto"}).get_data(as_text=True)
    after = client.post("/apply", data={**hidden_inputs(page, "/download/docx"),
                                        "apply": _apply_value(page, "living with")}).get_data(as_text=True)  # fmt: skip
    revised = hidden_inputs(after, "/download/docx")["text"]
    assert "living with" in revised and "<!--" not in revised


_ENCODED = "# Peer Support Worker\n\nLived experience of mental health challenges is essential. Salary £24,000.\n\nWe support people suffering from addiction.\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-32-be", b"\x00\x00\xfe\xff"), ("cp1252", b""),
])  # fmt: skip
def test_the_revised_text_of_an_upload_not_in_utf8_is_its_text(client, encoding, bom) -> None:
    """/api/fix's "text" and the revised-text page decode the revised copy as the advert was
    decoded: a UTF-16, UTF-32 or Windows-1252 upload came back as NUL bytes or U+FFFD (the
    pound sign lost)."""
    data = bom + _ENCODED.encode(encoding)
    body = client.post("/api/fix", data={"file": (io.BytesIO(data), "advert.md")},
                       content_type="multipart/form-data").get_json()  # fmt: skip
    text = body["text"]
    assert text.startswith("# Peer Support Worker\n") and "\x00" not in text and "\ufffd" not in text
    assert "Salary £24,000." in text and "living with addiction" in text
    page = client.post("/revised", data={"file": (io.BytesIO(data), "advert.md"), "role": "auto"},
                       content_type="multipart/form-data").get_data(as_text=True)  # fmt: skip
    shown = page.split('id="revised-text"')[1].split("</textarea>")[0]
    assert "Salary £24,000." in shown and "living with addiction" in shown and "\ufffd" not in shown
