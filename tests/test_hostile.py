"""Hostile and broken inputs (issue 8): one small case per class of ``tools/hostile.py``.

Each goes through :func:`jdlint.api.check_bytes` (or ``check_path``) and through the web
API (Flask's test client) and must give a report or a one-line error, and never anything
from ``/etc/passwd``. No test here times the machine: the time limit is tested with a stage
made slow on purpose (:func:`slow_stage`), which runs until the limit stops it. The FIFO, symbolic-link and vanishing
folder cases go through ``jdlint check``. ``bench/robustness.py`` and
``bench/load_test.py`` run the full set (about 1,000 files) and the load test.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.api import check_bytes, check_path, check_text
from jdlint.cli import main
from jdlint.errors import ReadError
from jdlint.readers import Limits, read_file
from jdlint.reports.json import document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import hostile  # noqa: E402

pytest_plugins = ("conftest_web",)

# The time limit used here: far above what any case needs (under 0.3 s each), so that no case
# depends on the machine's speed; it only stops a case that would hang. The limit itself is
# tested with stages made slow on purpose (slow_stage below).
SECONDS = 60.0
LIMITS = Limits(timeout=SECONDS, memory_mb=300)
PASSWD = [
    line.strip()
    for line in (Path(hostile.PASSWD).read_text(errors="replace").splitlines() if Path(hostile.PASSWD).exists() else [])
    if line.count(":") >= 5 and len(line.strip()) >= 12
] + ["root:x:0:0"]

# One case per class (the cheap variant where a class has several); "error" must fail,
# "result" must be read, "any" may do either.
CASES = [
    ("docx-truncated-500.docx", "error"),
    ("docx-corrupt-no-document-xml.docx", "error"),
    ("docx-corrupt-ole-encrypted.docx", "error"),
    ("docx-zipbomb-12mb-zeros.docx", "error"),
    ("docx-zipbomb-claims-huge.docx", "error"),
    ("docx-xxe-document-file-entity.docx", "error"),
    ("docx-xxe-utf16-document.docx", "error"),
    ("docx-xxe-in-word-settings.xml.docx", "any"),
    ("docx-xxe-relationship-dotdot.docx", "result"),
    ("docx-entities-billion-laughs.docx", "error"),
    ("docx-entities-billion-laughs-in-styles-used.docx", "error"),
    ("docx-size-100k-empty-paragraphs.docx", "error"),
    ("docx-size-xml-depth-100000.docx", "error"),
    ("pdf-encrypted-user-password.pdf", "error"),
    ("pdf-image-only-one-page.pdf", "error"),
    ("pdf-pages-5000-blank.pdf", "error"),
    ("pdf-page-tree-loop.pdf", "any"),
    ("pdf-nesting-arrays-100000.pdf", "any"),
    ("pdf-xref-garbage-offsets.pdf", "any"),
    ("pdf-truncated-25.pdf", "any"),
    ("pdf-external-gotor-launch-uri.pdf", "result"),
    ("random-bytes-65536-2.docx", "error"),
    ("random-bytes-65536-2.pdf", "error"),
    ("random-bytes-65536-2.txt", "error"),
    ("random-bytes-pdf-header.pdf", "error"),
    ("empty-zero-bytes.docx", "error"),
    ("empty-bom-only.txt", "error"),
    ("invalid-utf8-surrogates.txt", "result"),
    ("utf16-no-bom-le.txt", "result"),
    ("utf16-no-bom-be.txt", "result"),
    ("long-line-10mb-words.txt", "error"),
    ("html-nesting-100k-unclosed-lt.html", "result"),
    ("html-nesting-1m-attributes.html", "result"),
    ("html-nesting-20k-unclosed-ld-json-scripts.html", "result"),
    ("html-nesting-100k-span-unclosed.html", "result"),
    ("html-xxe-doctype-entity.html", "result"),
    ("markdown-nesting-100k-blockquotes.md", "any"),
    ("markdown-xxe-local-links.md", "result"),
    ("text-control-bidi-and-zero-width.txt", "result"),
]


def test_every_class_has_a_case():
    class_of = {c.name: c.cls for c in hostile.cases()}
    covered = {class_of[name] for name, _ in CASES} | {"pdf-bomb", "fs", "mutation"}  # tests of their own below
    assert set(hostile.CLASSES) <= covered, set(hostile.CLASSES) - covered


@pytest.fixture(scope="module")
def warm():
    """The engine and its lazily loaded dictionaries, before any time limit counts."""
    report = check_text("Peer Support Worker\n\nLived experience is essential.\n")
    assert report.error is None


@pytest.fixture
def web_config():
    return {"TESTING": True, "WTF_CSRF_ENABLED": False, "JDLINT_READ_TIMEOUT": SECONDS, "JDLINT_READ_MEMORY_MB": 200}


def one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message, message


def no_passwd(text: str) -> None:
    leaks = [line for line in PASSWD if line in text]
    assert not leaks, leaks


def through_api(data: bytes, name: str, expect: str) -> None:
    report = check_bytes(data, name, limits=LIMITS)
    if report.error:
        one_line(report.error)
    assert expect != "error" or report.error, f"{name}: read, but it should not be"
    assert expect != "result" or not report.error, f"{name}: {report.error}"
    no_passwd(json.dumps(document([report])))


def through_web(client, data: bytes, name: str, expect: str) -> None:
    response = client.post("/api/check", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    assert response.status_code < 500, f"{name}: {response.status_code}"
    body = response.get_json()
    error = body["files"][0]["error"]
    if response.status_code == 200:
        assert error is None and expect != "error", f"{name}: 200, but it should not be read"
    else:
        assert 400 <= response.status_code < 500
        one_line(error)
        assert expect != "result", f"{name}: {response.status_code} {error}"
    no_passwd(response.get_data(as_text=True))


@pytest.mark.parametrize(("name", "expect"), CASES, ids=[n for n, _ in CASES])
def test_hostile_file(name, expect, warm, client):
    data = hostile.make(name)
    through_api(data, name, expect)
    through_web(client, data, name, expect)


def test_mutations_of_the_examples(warm, client):
    import random

    rng = random.Random(8)
    for source, data in hostile.mutation_sources()[:5]:
        for _ in range(2):
            kind, mutated = hostile.mutate(data, source, rng)
            through_api(mutated, f"{kind}-{source}", "any")
            through_web(client, mutated, f"{kind}-{source}", "any")


GIVE_UP = 120.0  # a slow stage returns after this long if no limit stopped it (the test then fails)


def slow_stage(original=None):
    """A stage made slow on purpose: it waits, in small steps, until a time limit stops it
    (the alarm or the watchdog raises inside it). Should no limit fire, it gives up after
    GIVE_UP seconds and returns (``original``'s result): the assertions on the one-line
    error then fail. Nothing here depends on how fast the machine is."""

    def stage(*args, **kwargs):
        end = time.monotonic() + GIVE_UP
        while time.monotonic() < end:
            time.sleep(0.01)
        return original(*args, **kwargs) if original is not None else None

    return stage


def test_a_slow_word_reader_stops_at_the_time_limit(warm, monkeypatch):
    """The limit covers reading: a Word file whose paragraphs read slowly stops at it."""
    from jdlint.readers import docx

    monkeypatch.setattr(docx._Walker, "parse", slow_stage(docx._Walker.parse))
    data = hostile.make("docx-size-100k-paragraphs.docx")
    report = check_bytes(data, "big.docx", limits=Limits(timeout=1.0))
    assert report.error and ("longer than" in report.error or "limit" in report.error), report.error
    one_line(report.error)


@pytest.mark.parametrize("web_config", [{"TESTING": True, "WTF_CSRF_ENABLED": False, "JDLINT_READ_TIMEOUT": 1.0}])
def test_a_slow_check_stops_at_the_time_limit(warm, client, monkeypatch):
    """A check that never ends (the engine made slow on purpose) is stopped by the time
    limit, in the API and the web, with a one-line error."""
    from jdlint.engine import Engine

    monkeypatch.setattr(Engine, "check", slow_stage())
    data = b"Peer Support Worker\n\nLived experience is essential.\n"
    report = check_bytes(data, "slow.txt", limits=Limits(timeout=1.0))
    assert report.error == "checking took longer than 1 s"
    response = client.post("/api/check", data={"file": (io.BytesIO(data), "slow.txt")}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert response.get_json()["files"][0]["error"] == "checking took longer than 1 s"  # as the API and CLI say


def test_a_flate_bomb_pdf_hits_the_memory_limit(warm, client):
    data = hostile._flate_bomb(400 << 20)
    report = check_bytes(data, "bomb.pdf", limits=Limits(timeout=10, memory_mb=200))
    assert report.error == "reading needed more than 200 MB", report.error
    response = client.post("/api/check", data={"file": (io.BytesIO(data), "bomb.pdf")}, content_type="multipart/form-data")
    assert response.status_code == 422
    one_line(response.get_json()["files"][0]["error"])


def test_a_run_of_punctuation_reaches_the_tokenizer_broken_up(warm, client, monkeypatch):
    """spaCy's tokenizer is quadratic in a run of punctuation (5,000 "[" took 7 s, 20,000 95 s),
    in one call no time limit can stop: such runs are broken up before any check sees them."""
    from jdlint.engine import Engine
    from jdlint.readers import MAX_RUN

    longest: list[int] = []
    original = Engine.check

    def spy(self, document, role=None):
        longest.append(max(len(word) for block in document.blocks for word in block.text.split()))
        return original(self, document, role=role)

    monkeypatch.setattr(Engine, "check", spy)
    for text in ("[" * 5_000, "Peer support worker. " + "'" * 5_000):
        report = check_text(text, limits=LIMITS)
        assert report.error is None, report.error
        response = client.post("/api/check", json={"text": text})
        assert response.status_code == 200
    assert len(longest) >= 2 and max(longest) <= MAX_RUN, longest


def test_a_pasted_text_over_the_character_limit_is_refused(warm, client):
    response = client.post("/api/check", json={"text": "Peer support worker. " * 60_000})
    assert response.status_code == 413
    one_line(response.get_json()["files"][0]["error"])


def test_xxe_never_reads_etc_passwd_even_in_the_annotated_copy(warm, client):
    for name in ("docx-xxe-in-word-settings.xml.docx", "docx-xxe-in-contenttypes.xml.docx", "docx-xxe-relationship-external.docx",
                 "docx-entities-billion-laughs-in-styles.docx"):  # fmt: skip
        data = hostile.make(name)
        response = client.post("/download/docx", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
        assert response.status_code < 500
        no_passwd(response.get_data().decode("latin-1"))
        if response.status_code == 200:
            import zipfile

            with zipfile.ZipFile(io.BytesIO(response.get_data())) as z:
                for member in z.namelist():
                    no_passwd(z.read(member).decode("utf-8", "replace"))


# -- the file system ------------------------------------------------------------------------------


@pytest.fixture
def fs_cases(tmp_path):
    folder = tmp_path / "fs"
    entries = hostile.write_fs_cases(folder)
    (folder / "good.md").write_text("# Peer Support Worker\n\nLived experience is essential.\n", encoding="utf-8")
    yield folder, entries
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_fifos_devices_sockets_and_links_are_refused_without_reading(fs_cases):
    folder, _ = fs_cases
    for rel, wanted in (
        ("fifo/advert.txt", "FIFO"),
        ("dev-zero.txt", "device"),
        ("dev-urandom.docx", "device"),
        ("socket.txt", "socket"),
        ("dangling.pdf", "broken symbolic link"),
        ("loop/a.txt", "symbolic link"),
        ("folder-named.docx", "directory"),
    ):
        report = check_path(folder / rel, limits=LIMITS)
        assert report.error and wanted in report.error, (rel, report.error)
        one_line(report.error)
        with pytest.raises(ReadError, match=wanted):
            read_file(folder / rel)
    assert check_path(folder / "unreadable.txt", limits=LIMITS).error is None  # root reads chmod 000


def test_a_file_whose_folder_disappears(fs_cases):
    folder, _ = fs_cases
    shutil.rmtree(folder / "vanishing")
    report = check_path(folder / "vanishing" / "advert.md", limits=LIMITS)
    assert report.error == "no such file"


def test_jdlint_check_on_a_folder_with_a_fifo_and_link_loops(fs_cases):
    """The batch goes through every entry: each gets a result or a one-line error, in time."""
    folder, _ = fs_cases
    result = CliRunner().invoke(main, ["check", str(folder), "--format", "json", "--timeout", "2", "--jobs", "1", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    files = {os.path.relpath(f["path"], folder): f for f in json.loads(result.stdout)["files"]}
    for rel in ("fifo/advert.txt", "loop/a.txt", "loop/b.txt", "loop/self-link.docx", "dangling.pdf", "socket.txt"):
        assert files[rel]["error"], rel
        one_line(files[rel]["error"])
    for rel in ("dev-zero.txt", "dev-urandom.docx"):  # links into /dev: skipped with a note, never opened
        assert rel not in files
        assert f"{folder / rel}: skipped: a symbolic link into /dev" in result.stderr
    assert files["good.md"]["error"] is None
    assert files["folder-named.docx/inside.md"]["error"] is None
    # refused up front, not left to block until the time limit
    assert files["fifo/advert.txt"]["error"] == "not a regular file: a FIFO (named pipe)"


def test_jdlint_check_when_a_folder_disappears_mid_batch(fs_cases):
    from jdlint import batch

    folder, _ = fs_cases
    tasks = batch.collect([str(folder)])
    shutil.rmtree(folder / "vanishing")
    outcomes = batch.run(tasks, batch.Checker(batch.Settings(limits=Limits(timeout=2))), batch.SerialExecutor(), progress=False)
    by_path = {os.path.relpath(o.report.path, folder): o.report for o in outcomes}
    assert by_path["vanishing/advert.md"].error == "no such file"


# -- hostile requests ------------------------------------------------------------------------------


def test_hostile_requests_get_a_4xx_with_one_line(warm, client):
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    many_parts = {f"field{i}": "x" for i in range(200)}
    for label, kwargs in (
        ("deep JSON", {"data": deep, "content_type": "application/json"}),
        ("bad JSON", {"data": b'{"text": "unterminated', "content_type": "application/json"}),
        ("JSON text not a string", {"json": {"text": {"a": 1}}}),
        ("JSON invalid UTF-8", {"data": b'{"text": "Peer \xff support"}', "content_type": "application/json"}),
        ("too many form parts", {"data": many_parts, "content_type": "multipart/form-data"}),
        ("no file, no text", {"data": {"role": "auto"}, "content_type": "multipart/form-data"}),
    ):
        response = client.post("/api/check", **kwargs)
        assert 400 <= response.status_code < 500, (label, response.status_code)
        body = response.get_json()
        one_line(body["files"][0]["error"] if "files" in body else body["error"])


def test_an_upload_named_like_a_path_is_read_by_its_base_name(warm, client):
    data = {"file": (io.BytesIO(b"Peer Support Worker\n\nLived experience is essential.\n"), "../../../../etc/passwd")}
    response = client.post("/api/check", data=data, content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.get_json()["files"][0]["path"] == "passwd"
    no_passwd(response.get_data(as_text=True))
