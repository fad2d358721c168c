"""The web front end through Flask's test client: pages, downloads, API, errors, security."""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import random
import re
import tempfile
import zipfile

import docx
import pytest
from jdlint.web import create_app
from werkzeug.datastructures import FileStorage

from jdlint.api import check_text
from jdlint.reports.json import document as json_document

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import EXAMPLE, csrf_token, hidden_inputs, make_docx, make_pdf  # noqa: E402

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(data: bytes, name: str, **fields: str) -> dict:
    return {"file": (io.BytesIO(data), name), **fields}


# -- pages -----------------------------------------------------------------------------------


def test_form_page(client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert '<label for="text">' in body and '<textarea id="text" name="text"' in body
    assert '<label for="file">' in body and 'type="file"' in body
    assert '<label for="role">' in body
    for choice in ("auto", "peer", "peer-senior", "other"):
        assert f'value="{choice}"' in body
    assert "<main" in body and 'role="banner"' in body and 'role="contentinfo"' in body
    assert '<script src="/static/app.js"' in body
    assert "<script>" not in body and "style=" not in body  # nothing inline (CSP)


def test_example_link_fills_the_textarea(client) -> None:
    body = client.get("/?example=1").get_data(as_text=True)
    assert "Riverside Community Mental Health Team" in body


def test_check_pasted_text(client) -> None:
    response = client.post("/check", data={"text": EXAMPLE, "role": "auto"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Role: Peer support role" in body
    # the four verdicts, with text and an accessible name, not colour alone
    for label in ("Lived experience is essential", "Peer principles are set out",
                  "Experienced peers on the interview panel", "Kept distinct from adjacent professions"):  # fmt: skip
        assert label in body
    assert body.count('<span class="visually-hidden">Verdict: </span>') == 4
    assert "Not met" in body and "Partly met" in body
    # highlights with anchors, and cards that link to them
    found = re.search(r'<mark id="hl-(\d+)" class="fd sev-warning">suffering from</mark>', body)
    assert found, "the finding's words are marked"
    n = found.group(1)
    assert f'href="#card-{n}"' in body and f'id="card-{n}"' in body and f'href="#hl-{n}"' in body
    # cards are numbered in the order they are shown
    numbers = [int(x) for x in re.findall(r'<article class="card sev-\w+" id="card-(\d+)"', body)]
    assert numbers == list(range(1, len(numbers) + 1))
    assert 'id="v-A"' in body and 'href="#v-A"' in body
    # fix cards: message, the suggested words, why (rationale and a source)
    assert "living with" in body
    assert "Why this matters" in body and "<cite>" in body
    # supporting findings grouped by category, the score and positives
    assert ">Language <span" in body and ">Support for the worker <span" in body
    assert '<meter id="score-meter"' in body
    assert "What the advert does well" in body
    # the downloads re-post the text: nothing is kept on the server
    fields = hidden_inputs(body, "/download/docx")
    assert fields["text"] == EXAMPLE.replace("\r\n", "\n") or fields["text"] == EXAMPLE
    assert fields["role"] == "auto"


def test_role_override_rerun(client) -> None:
    body = client.post("/check", data={"text": EXAMPLE, "role": "other"}).get_data(as_text=True)
    assert "Role: Not a peer role" in body
    assert body.count("Not applicable") == 4
    assert '<option value="other" selected>' in body  # the re-run form shows the override


def test_check_docx_upload(client) -> None:
    data = make_docx()  # once: two builds can differ in their zip timestamps
    response = client.post("/check", data=upload(data, "advert.docx", role="auto"),
                           content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "for advert.docx" in body
    assert re.search(r'<mark id="hl-\d+" class="fd sev-warning">suffering from</mark>', body)
    fields = hidden_inputs(body, "/download/docx")
    assert base64.b64decode(fields["upload"]) == data
    assert fields["upload_name"] == "advert.docx"
    assert "Your Word file with a summary comment at the top and a comment on the words of each finding." in body


def test_check_pdf_upload(client) -> None:
    response = client.post(
        "/check", data=upload(make_pdf(), "advert.pdf"), content_type="multipart/form-data"
    )
    assert response.status_code == 200
    assert "Clear-soil criteria" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (
            b"<html><body><h1>Peer Support Worker</h1><p>You will support addicts.</p></body></html>",
            "a.html",
            "html",
        ),
        (
            b"# Peer Support Worker\n\n## Job summary\n\nYou will support addicts.\n",
            "a.md",
            "markdown",
        ),
        (b"Peer Support Worker\n\nYou will support addicts.\n", "a.txt", "text"),
    ],
)
def test_check_other_formats(client, data: bytes, name: str, fmt: str) -> None:
    response = client.post(
        "/api/check", data=upload(data, name), content_type="multipart/form-data"
    )
    entry = response.get_json()["files"][0]
    assert response.status_code == 200 and entry["format"] == fmt
    assert any(f["rule"] == "LA001" for f in entry["findings"])
    page = client.post("/check", data=upload(data, name), content_type="multipart/form-data")
    assert page.status_code == 200 and "addicts</mark>" in page.get_data(as_text=True)


def test_file_wins_over_pasted_text(client) -> None:
    response = client.post("/check", data=upload(make_docx(), "a.docx", text="Other text entirely"),
                           content_type="multipart/form-data")  # fmt: skip
    body = response.get_data(as_text=True)
    assert "the file was checked" in body


def test_reader_notes_are_shown(client) -> None:
    from docx_factory import Advert, inserted, paragraph

    data = (
        Advert()
        .heading("Peer Support Worker")
        .raw(paragraph("You will ", inserted("inspire hope.")))
        .bytes()
    )
    body = client.post(
        "/check", data=upload(data, "tracked.docx"), content_type="multipart/form-data"
    ).get_data(as_text=True)
    assert "Reader notes" in body and "Tracked changes read as if accepted" in body


# -- downloads ------------------------------------------------------------------------------


def comments_of(data: bytes) -> list[str]:
    return [c.text for c in docx.Document(io.BytesIO(data)).comments]


def test_download_docx_from_text(client) -> None:
    response = client.post("/download/docx", data={"text": EXAMPLE, "role": "auto"})
    assert response.status_code == 200
    assert response.mimetype == DOCX_MIME
    assert response.headers["Content-Disposition"] == "attachment; filename=advert-jdlint.docx"
    comments = comments_of(response.data)
    assert len(comments) >= 10
    assert any("LA006" in c and "living with" in c for c in comments)
    assert any(c.startswith("jdlint review") for c in comments)


def test_download_docx_from_upload_keeps_the_document(client) -> None:
    original = make_docx()
    page = client.post(
        "/check", data=upload(original, "advert.docx"), content_type="multipart/form-data"
    )
    fields = hidden_inputs(page.get_data(as_text=True), "/download/docx")
    response = client.post("/download/docx", data=fields)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == "attachment; filename=advert-jdlint.docx"
    annotated = docx.Document(io.BytesIO(response.data))
    before = docx.Document(io.BytesIO(original))
    assert [p.text for p in annotated.paragraphs] == [p.text for p in before.paragraphs]
    comments = [c.text for c in annotated.comments]
    assert any("LA006" in c for c in comments) and any("LA001" in c for c in comments)
    # each comment is anchored at the paragraph holding its words
    body = annotated.element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for p in body.iter(f"{w}p"):
        ids = {e.get(f"{w}id") for e in p.iter(f"{w}commentRangeStart")}
        text = "".join(t.text or "" for t in p.iter(f"{w}t"))
        for c in annotated.comments:
            if str(c.comment_id) in ids and c.text.startswith("LA006"):
                assert "suffering from" in text


def test_download_json(client) -> None:
    response = client.post("/download/json", data={"text": EXAMPLE, "role": "auto"})
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == "attachment; filename=advert-jdlint.json"
    assert json.loads(response.data) == json_document([check_text(EXAMPLE)])


def test_upload_resent_as_base64_can_be_rechecked(client) -> None:
    fields = {
        "upload": base64.b64encode(make_docx()).decode(),
        "upload_name": "again.docx",
        "role": "peer",
    }
    body = client.post("/check", data=fields).get_data(as_text=True)
    assert "for again.docx" in body and "Role set by you: a peer support role." in body


def test_damaged_base64_is_a_400(client) -> None:
    response = client.post(
        "/download/docx", data={"upload": "not base64!!", "upload_name": "x.docx"}
    )
    assert response.status_code == 400
    assert "damaged" in response.get_data(as_text=True)


# -- bad input: clear messages, 4xx, never a 500 --------------------------------------------


def random_bytes(n: int = 4096, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(n))


def truncated_docx() -> bytes:
    data = make_docx()
    return data[: len(data) // 2]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + random_bytes(200)

HOSTILE = [
    pytest.param(b"", "empty.docx", 400, "empty", id="empty-file"),
    pytest.param(b"   \n\t ", "blank.txt", 400, "empty", id="blank-file"),
    pytest.param(PNG, "photo.png", 415, "image", id="png"),
    pytest.param(PNG, "advert.docx", 415, "image", id="png-named-docx"),
    pytest.param(truncated_docx(), "advert.docx", 422, "", id="truncated-docx"),
    pytest.param(b"PK\x03\x04" + random_bytes(3000), "advert.docx", 422, "", id="zip-header-junk"),
    pytest.param(random_bytes(), "advert.pdf", 415, "binary", id="random-bytes"),
    pytest.param(b"%PDF-1.7\n" + random_bytes(2000), "advert.pdf", 422, "", id="corrupt-pdf"),
    pytest.param(make_pdf(password="secret"), "locked.pdf", 422, "password", id="encrypted-pdf"),
    pytest.param(b"\xd0\xcf\x11\xe0" + random_bytes(1000), "old.doc", 415, ".doc", id="ole-doc"),
]


def hostile_docx() -> list:
    """Hostile Word packages from the DOCX reader's test factory."""
    from docx_factory import claims_huge, with_entities, zip_bomb

    return [
        pytest.param(zip_bomb(), "bomb.docx", 422, "", id="zip-bomb"),
        pytest.param(claims_huge(), "huge.docx", 413, "unpacks to", id="claims-huge"),
        pytest.param(with_entities(), "entities.docx", 422, "entities", id="xml-entities"),
    ]


HOSTILE += hostile_docx()


@pytest.mark.parametrize(("data", "name", "status", "words"), HOSTILE)
def test_bad_files_on_the_page(client, data: bytes, name: str, status: int, words: str) -> None:
    response = client.post("/check", data=upload(data, name), content_type="multipart/form-data")
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    body = response.get_data(as_text=True)
    assert 'role="alert"' in body and "We could not check that advert" in body
    if words:
        assert words in body.lower()
    assert "Traceback" not in body


@pytest.mark.parametrize(("data", "name", "status", "words"), HOSTILE)
def test_bad_files_on_the_api(client, data: bytes, name: str, status: int, words: str) -> None:
    response = client.post(
        "/api/check", data=upload(data, name), content_type="multipart/form-data"
    )
    assert response.status_code == status
    payload = response.get_json()
    entry = payload["files"][0]
    assert entry["error"] and entry["criteria"] == {} and entry["findings"] == []
    assert set(payload) == {"version", "tool", "criteria", "files"}


def test_empty_text_is_a_400(client) -> None:
    response = client.post("/check", data={"text": "   \n ", "role": "auto"})
    assert response.status_code == 400
    assert "Paste the advert text" in response.get_data(as_text=True)
    assert client.post("/check", data={}).status_code == 400


def test_bad_role_is_a_400(client) -> None:
    assert client.post("/check", data={"text": EXAMPLE, "role": "boss"}).status_code == 400
    assert client.post("/api/check", json={"text": EXAMPLE, "role": "boss"}).status_code == 400


@pytest.mark.parametrize(
    "web_config", [{"TESTING": True, "WTF_CSRF_ENABLED": False, "MAX_CONTENT_LENGTH": 4096}]
)
def test_oversized_upload_is_a_413(client) -> None:
    big = b"Peer Support Worker\n" + b"hope " * 20_000
    response = client.post(
        "/check", data=upload(big, "big.txt"), content_type="multipart/form-data"
    )
    assert response.status_code == 413
    body = response.get_data(as_text=True)
    assert "too large" in body and "4 KB" in body
    api = client.post("/api/check", data=upload(big, "big.txt"), content_type="multipart/form-data")
    assert api.status_code == 413
    assert "too large" in api.get_json()["files"][0]["error"]
    # a file just over the limit that fits in the request (the re-post allowance) is refused too
    near = b"Peer Support Worker\n" + b"hope " * 900
    response = client.post(
        "/check", data=upload(near, "near.txt"), content_type="multipart/form-data"
    )
    assert response.status_code == 413


def test_max_upload_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("JDLINT_MAX_UPLOAD_MB", "2.5")
    assert create_app().config["MAX_CONTENT_LENGTH"] == int(2.5 * 1024 * 1024)
    assert (
        create_app({"MAX_CONTENT_LENGTH": 1000}).config["MAX_CONTENT_LENGTH"] == 1000
    )  # config wins
    monkeypatch.setenv("JDLINT_MAX_UPLOAD_MB", "lots")
    from jdlint.errors import ConfigError

    with pytest.raises(ConfigError):
        create_app()


def test_default_limit_and_secret_key(monkeypatch) -> None:
    monkeypatch.delenv("JDLINT_MAX_UPLOAD_MB", raising=False)
    a, b = create_app(), create_app()
    assert a.config["MAX_CONTENT_LENGTH"] == 10 * 1024 * 1024
    assert a.config["SECRET_KEY"] != b.config["SECRET_KEY"] and len(a.config["SECRET_KEY"]) >= 32
    assert create_app({"SECRET_KEY": "given"}).config["SECRET_KEY"] == "given"


def test_unexpected_error_is_a_friendly_500_without_the_advert_in_the_log(
    app, client, caplog
) -> None:
    class Broken:
        def check(self, document, role=None):
            raise ValueError(f"boom while reading {document.text[:40]}")

    app.config["JDLINT_ENGINE"] = Broken()
    caplog.set_level(logging.DEBUG)
    response = client.post(
        "/check", data={"text": "Peer Support Worker: zebracorn unique words", "role": "auto"}
    )
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Something went wrong" in body and "Traceback" not in body and "boom" not in body
    assert "ValueError" in caplog.text
    assert "zebracorn" not in caplog.text and "boom" not in caplog.text
    api = client.post("/api/check", json={"text": "zebracorn"})
    assert api.status_code == 500 and "zebracorn" not in json.dumps(api.get_json())


def test_no_advert_text_in_logs(client, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    client.post("/check", data={"text": EXAMPLE + "\nQuokkaplatypus.", "role": "auto"})
    client.post(
        "/check",
        data=upload(truncated_docx(), "Quokkaplatypus.docx"),
        content_type="multipart/form-data",
    )
    assert "Quokkaplatypus" not in caplog.text
    assert "Riverside" not in caplog.text


def test_404_and_405(client) -> None:
    assert client.get("/nowhere").status_code == 404
    assert "There is no page here" in client.get("/nowhere").get_data(as_text=True)
    assert client.get("/check").status_code == 405
    assert client.get("/api/check").status_code == 405
    assert client.get("/api/check").get_json()["files"][0]["error"]
    assert client.get("/api/nowhere").get_json() == {
        "error": "There is no page here.",
        "status": 404,
    }


# -- JSON API -------------------------------------------------------------------------------


def test_api_check_json_body_is_the_json_report(client) -> None:
    response = client.post("/api/check", json={"text": EXAMPLE, "role": "auto"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    payload = response.get_json()
    assert payload == json_document([check_text(EXAMPLE)])
    assert list(payload["files"][0]) == list(
        json_document([check_text(EXAMPLE)])["files"][0]
    )  # key order kept


def test_api_check_role_override(client) -> None:
    payload = client.post("/api/check", json={"text": EXAMPLE, "role": "peer-senior"}).get_json()
    assert payload["files"][0]["role"]["kind"] == "peer-senior"
    assert payload["files"][0]["role"]["overridden"] is True


def test_api_check_multipart_file(client) -> None:
    response = client.post(
        "/api/check", data=upload(make_docx(), "advert.docx"), content_type="multipart/form-data"
    )
    assert response.status_code == 200
    entry = response.get_json()["files"][0]
    assert entry["path"] == "advert.docx" and entry["format"] == "docx"
    assert any(f["rule"] == "LA006" and f["span"]["paragraph"] == 4 for f in entry["findings"])


def test_api_check_form_field(client) -> None:
    response = client.post(
        "/api/check", data={"text": EXAMPLE}, content_type="multipart/form-data"
    )
    assert response.status_code == 200
    assert response.get_json()["files"][0]["format"] == "text"
    # urlencoded is what another site's form sends: refused (tests/test_web_safety.py)
    assert client.post("/api/check", data={"text": EXAMPLE}).status_code == 415


def test_api_check_bad_json(client) -> None:
    response = client.post("/api/check", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["files"][0]["error"]
    assert client.post("/api/check", json=["a list"]).status_code == 400
    assert client.post("/api/check", json={"text": 12}).status_code == 400


def test_api_rules(client) -> None:
    rules = client.get("/api/rules").get_json()
    assert len(rules) > 10
    for rule in rules:
        assert set(rule) == {"id", "name", "severity", "category", "summary", "applies_to"}
    assert any(r["id"] == "CS001" and r["category"] == "clear-soil" for r in rules)


def test_healthz(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


# -- security --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/healthz", "/api/rules", "/static/style.css", "/nowhere"])
def test_security_headers_on_every_response(client, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_security_headers_on_results_errors_and_downloads(client) -> None:
    for response in (
        client.post("/check", data={"text": EXAMPLE}),
        client.post("/check", data={"text": ""}),
        client.post("/download/json", data={"text": EXAMPLE}),
        client.post("/api/check", json={"text": EXAMPLE}),
    ):
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Cache-Control"] == "no-store"  # advert text stays out of caches


@pytest.mark.parametrize("web_config", [{"TESTING": True}])  # CSRF on, as in production
def test_csrf_protects_the_form(client) -> None:
    assert client.post("/check", data={"text": EXAMPLE}).status_code == 400
    expired = client.post("/check", data={"text": EXAMPLE}).get_data(as_text=True)
    assert "form expired" in expired and '<textarea id="text"' in expired  # the form, the text kept
    assert "Riverside Community Mental Health Team" in expired
    assert client.post("/download/docx", data={"text": EXAMPLE}).status_code == 400
    token = csrf_token(client.get("/").get_data(as_text=True))
    response = client.post("/check", data={"text": EXAMPLE, "csrf_token": token})
    assert response.status_code == 200
    # the result page's forms carry a token too
    fields = hidden_inputs(response.get_data(as_text=True), "/download/docx")
    assert client.post("/download/docx", data=fields).status_code == 200
    assert client.post("/check", data={"text": EXAMPLE, "csrf_token": "forged"}).status_code == 400


@pytest.mark.parametrize("web_config", [{"TESTING": True}])
def test_api_is_csrf_exempt(client) -> None:
    assert client.post("/api/check", json={"text": EXAMPLE}).status_code == 200
    assert (
        client.post(
            "/api/check", data=upload(make_docx(), "a.docx"), content_type="multipart/form-data"
        ).status_code
        == 200
    )


def test_filenames_are_sanitised(client) -> None:
    body = client.post(
        "/check",
        data=upload(make_docx(), "../../etc/<b>evil</b>.docx"),
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "<b>evil" not in body and "../" not in body
    fields = hidden_inputs(body, "/download/docx")
    response = client.post("/download/json", data=fields)
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert "/" not in response.headers["Content-Disposition"]


def test_pasted_html_is_escaped(client) -> None:
    body = client.post(
        "/check", data={"text": "Peer Support Worker\n\n<script>alert(1)</script> suffering from"}
    ).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# -- nothing written to disk -----------------------------------------------------------------


class TempFileSpy:
    """Replaces the tempfile functions (and records calls) for the length of a test."""

    NAMES = ("TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp")

    def __init__(self, monkeypatch) -> None:
        self.calls: list[str] = []
        for name in self.NAMES:
            original = getattr(tempfile, name)
            monkeypatch.setattr(tempfile, name, self._spy(name, original))
        # werkzeug imported this one by name
        monkeypatch.setattr(
            "werkzeug.formparser.SpooledTemporaryFile",
            self._spy("SpooledTemporaryFile", tempfile.SpooledTemporaryFile),
        )

    def _spy(self, name, original):
        def spy(*args, **kwargs):
            self.calls.append(name)
            return original(*args, **kwargs)

        return spy


def big_docx() -> bytes:
    """A real advert padded past werkzeug's 500 KB in-memory threshold with a stored blob."""
    buffer = io.BytesIO(make_docx())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as z:
        z.writestr("customXml/padding.bin", random_bytes(900_000))
    return buffer.getvalue()


def listing() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """A temporary folder of this test's own, so that files other processes leave in the
    shared /tmp never count as ours (tempfile.gettempdir() answers it from now on)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_uploads_stay_in_memory(client, monkeypatch, private_tmp) -> None:
    data = big_docx()
    assert len(data) > 800_000
    spy = TempFileSpy(monkeypatch)
    before = listing()
    response = client.post(
        "/check", data=upload(data, "big.docx"), content_type="multipart/form-data"
    )
    assert response.status_code == 200
    fields = hidden_inputs(response.get_data(as_text=True), "/download/docx")
    assert client.post("/download/docx", data=fields).status_code == 200  # the base64 re-post too
    assert (
        client.post(
            "/api/check", data=upload(data, "big.docx"), content_type="multipart/form-data"
        ).status_code
        == 200
    )
    assert spy.calls == []
    assert listing() - before == set()


def test_the_spy_would_see_werkzeugs_default_spooling(monkeypatch) -> None:
    """The control: a plain Flask app spools the same upload through tempfile."""
    from flask import Flask, request

    plain = Flask("plain")

    @plain.post("/")
    def receive() -> str:
        return str(len(request.files["file"].read()))

    spy = TempFileSpy(monkeypatch)
    plain.test_client().post(
        "/", data=upload(big_docx(), "big.docx"), content_type="multipart/form-data"
    )
    assert spy.calls  # SpooledTemporaryFile rolled over into a TemporaryFile


def test_waitress_keeps_bodies_in_memory(monkeypatch, private_tmp) -> None:
    """``jdlint serve``'s waitress settings: no request or response buffer spills to a file."""
    import urllib.request

    from jdlint.web.server import make_server, run_in_thread, waitress_options

    options = waitress_options(10 * 1024 * 1024, 4)
    assert options["inbuf_overflow"] > options["max_request_body_size"]
    assert options["outbuf_overflow"] > options["max_request_body_size"]
    assert 10 * 1024 * 1024 * 4 // 3 < options["max_request_body_size"] < 16 * 1024 * 1024
    server = make_server("127.0.0.1", 0, threads=2, config={"WTF_CSRF_ENABLED": False}, warm=False)
    stop = run_in_thread(server)
    try:
        spy = TempFileSpy(monkeypatch)
        before = listing()
        data = big_docx()
        boundary = "jdlintboundary"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.docx"\r\n'
                f"Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.effective_port}/check", data=body, method="POST",
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=60) as response:
            page = response.read()
            assert response.status == 200
        assert len(page) > len(data)  # the page embeds the upload for the downloads
        assert spy.calls == []
        assert listing() - before == set()
    finally:
        stop()


def test_form_storage_is_bytesio(app) -> None:
    with app.test_request_context("/check", method="POST", data=upload(big_docx(), "b.docx"),
                                  content_type="multipart/form-data"):  # fmt: skip
        from flask import request

        storage = request.files["file"]
        assert isinstance(storage, FileStorage)
        assert isinstance(storage.stream, io.BytesIO)


def test_stopping_a_server_whose_trigger_is_closed_still_stops_it() -> None:
    """``run_in_thread``'s ``stop()`` wakes the server's loop through its trigger; when that is
    closed already (the loop closed it on its way out: a second ``stop()``), it closes what is
    left from the caller's thread, with no error (a busy session once failed on EBADF here).
    The trigger is closed by the loop itself, as in use: closing it under a running loop would
    only make that loop's ``select`` fail in its thread."""
    from jdlint.web.server import make_server, run_in_thread

    server = make_server("127.0.0.1", 0, threads=1, config={"WTF_CSRF_ENABLED": False}, warm=False)
    stop = run_in_thread(server)
    stop()
    assert server._map == {}
    assert server.trigger._closed  # the loop closed its trigger on its way out
    stop()  # again: the trigger cannot be pulled, nothing is left to close, no error
    assert server._map == {}
