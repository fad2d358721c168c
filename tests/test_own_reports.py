"""A run never checks its own output, nor a report jdlint wrote, as an advert.

``jdlint check -o report.html adverts/`` writes into the folder it checks: the next run must
not judge the report as a peer support advert. Whole invented adverts and whole reports,
through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.ownreport import kind_of

pytest_plugins = ("conftest_web",)

PEER = (
    "Peer Mentor (Community Recovery Team)\n\n"
    "You will use your own lived experience of mental distress to walk alongside people.\n"
    "Lived experience of mental distress is desirable.\n"
    "You will cover shifts on the ward when staffing is short.\n"
)
PEER_MD = (
    "# Peer Navigator\n\n"
    "## About you\n\n"
    "- Lived experience of homelessness is essential.\n"
    "- You will share your story with purpose, build mutual relationships and hold boundaries.\n\n"
    "Two peer navigators sit on the interview panel.\n"
)


@pytest.fixture
def ads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "ads"
    (folder / "sub").mkdir(parents=True)
    (folder / "mentor.txt").write_text(PEER, encoding="utf-8")
    (folder / "sub" / "navigator.md").write_text(PEER_MD, encoding="utf-8")
    return folder


def check(*args: str):
    result = CliRunner().invoke(main, ["check", "-j", "1", "--no-progress", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def checked_paths(*args: str) -> tuple[list[str], str]:
    result = check("--format", "json", *args)
    return [f["path"] for f in json.loads(result.stdout)["files"]], result.stderr


ADVERTS = ["ads/mentor.txt", "ads/sub/navigator.md"]


@pytest.mark.parametrize(("fmt", "name", "label"), [
    ("html", "report.html", "HTML"),
    ("json", "report.txt", "JSON"),   # a wrong extension: found by the walk, known by its content
    ("sarif", "report.md", "SARIF"),
    ("text", "report.txt", "text"),
    ("github", "report.txt", "github"),
    ("csv", "report.txt", "CSV"),
    ("junit", "report.html", "JUnit"),
])  # fmt: skip
def test_a_report_written_into_the_folder_checked_is_never_checked(ads, fmt, name, label):
    first = check("--format", fmt, "-o", f"ads/{name}", "ads")
    assert first.exit_code == 1, first.output
    written = (ads / name).read_text(encoding="utf-8")
    # the same command again: the report in the folder is this run's own output, left out
    again = check("--format", fmt, "-o", f"ads/{name}", "ads")
    assert again.exit_code == 1
    assert again.stderr == ""
    assert f"ads/{name}" not in (ads / name).read_text(encoding="utf-8")
    assert (ads / name).read_text(encoding="utf-8") == written  # the same two adverts, the same report
    # another run: a report jdlint wrote is skipped with a one-line note, not judged
    paths, notes = checked_paths("ads")
    assert paths == ADVERTS
    assert notes.splitlines() == [f"jdlint: ads/{name}: skipped: a jdlint {label} report, not an advert"]


def test_a_report_named_on_the_command_line_is_skipped_with_a_note(ads):
    check("--format", "html", "-o", "ads/sub/old.html", "ads")
    result = check("ads/sub/old.html")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "jdlint: ads/sub/old.html: skipped: a jdlint HTML report, not an advert",
        "jdlint: nothing to check (every file named is excluded or skipped)",
    ]
    paths, notes = checked_paths("ads/sub/old.html", "ads/mentor.txt")
    assert paths == ["ads/mentor.txt"]
    assert "ads/sub/old.html: skipped" in notes


def test_jdlint_fix_skips_a_report_in_the_folder(ads):
    check("--format", "text", "-o", "ads/notes.txt", "ads")
    before = (ads / "notes.txt").read_bytes()
    result = CliRunner().invoke(main, ["fix", "ads", "-o", "revised"])
    assert "Traceback" not in result.output
    assert "jdlint: ads/notes.txt: skipped: a jdlint text report, not an advert" in result.stderr
    assert sorted(p.name for p in (ads.parent / "revised").iterdir()) == ["mentor.fixed.txt", "navigator.fixed.md"]
    assert (ads / "notes.txt").read_bytes() == before
    assert result.exit_code == 1  # findings left in the two adverts; the report is no failure
    annotated = CliRunner().invoke(main, ["annotate", "ads", "-o", "reviewed"])
    assert "jdlint: ads/notes.txt: skipped: a jdlint text report, not an advert" in annotated.stderr
    assert annotated.exit_code == 0
    assert sorted(p.name for p in (ads.parent / "reviewed").rglob("*.docx")) == ["mentor.docx", "navigator.docx"]


def test_an_advert_about_reports_is_still_an_advert(ads):
    # adverts that talk about checking, JSON, HTML or CSV are not reports
    (ads / "analyst.txt").write_text(
        "Peer Data Champion\n\nYou will write reports in HTML, JSON and CSV for the peer team.\n"
        "Checked 3 files: that is what our audit said last year.\n"
        "Lived experience of mental health challenges is essential.\n", encoding="utf-8")  # fmt: skip
    (ads / "page.html").write_text(
        '<html><head><meta name="generator" content="WordPress 6.4"><title>Peer Worker</title></head>'
        "<body><h1>Peer Worker</h1><p>Lived experience of recovery is essential.</p></body></html>",
        encoding="utf-8",
    )
    paths, notes = checked_paths("ads")
    assert paths == ["ads/analyst.txt", "ads/mentor.txt", "ads/page.html", "ads/sub/navigator.md"]
    assert notes == ""


def test_the_markers_each_format_writes():
    assert kind_of(b'<!doctype html>\n<meta name="generator" content="jdlint 0.1.0">', b"") == "HTML"
    assert kind_of(b'{\n  "version": "1.1",\n  "tool": {\n    "name": "jdlint",', b"") == "JSON"
    assert kind_of(b'{"version": "1.1", "tool": {"name": "someone-else"}}', b"") is None
    assert kind_of(b"", b"\nChecked 1 file: 0 must fix, 0 should fix, 0 to consider.\n") == "text"
    assert kind_of(b"", b"\nChecked 0 files: 0 must fix, 0 should fix, 0 to consider. 2 files could not be checked.\n") == "text"
    assert kind_of(b"", b"\nWe checked 3 files: 1 must fix.\n") is None
    assert kind_of(b"::notice file=a.md,line=1,title=SU004 career-progression::x", b"") == "github"
    assert kind_of(b"::set-output name=x::y", b"") is None


def test_the_run_never_overwrites_an_advert_with_its_report(ads):
    before = (ads / "mentor.txt").read_bytes()
    for args in (("-o", "ads/mentor.txt", "ads"), ("-o", "ads/mentor.txt", "ads/mentor.txt")):
        result = check(*args)
        assert result.exit_code == 2, result.output
        assert "refusing to overwrite ads/mentor.txt" in result.stderr
        assert (ads / "mentor.txt").read_bytes() == before
    Path("elsewhere.txt").write_text("old notes\n")
    assert check("-o", "elsewhere.txt", "ads").exit_code == 1  # a file outside what is checked: replaced
    assert "Checked 2 files" in Path("elsewhere.txt").read_text(encoding="utf-8")


class _FullDisk:
    """A file whose write puts half the bytes down, then fails as a full disk does."""

    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()

    def write(self, data):
        self.f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")


def test_a_full_disk_never_leaves_half_a_report_or_half_an_advert(ads, monkeypatch):
    import os

    import jdlint.ownreport as own

    check("--format", "json", "-o", "report.json", "ads")
    report = Path("report.json").read_bytes()
    advert = (ads / "mentor.txt").read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(own.os, "fdopen", lambda fd, mode: _FullDisk(real_fdopen(fd, mode)))
    result = check("--format", "html", "-o", "report.json", "ads")
    assert result.exit_code == 2
    assert "cannot write report.json: No space left on device" in result.stderr
    assert Path("report.json").read_bytes() == report  # the old report, whole
    fixed = CliRunner().invoke(main, ["fix", "--in-place", "ads/mentor.txt"])
    assert "Traceback" not in fixed.output
    assert "jdlint: ads/mentor.txt: cannot write: No space left on device" in fixed.stderr
    assert (ads / "mentor.txt").read_bytes() == advert  # the input, untouched
    assert sorted(p.name for p in Path().rglob("*") if p.name.startswith(".jdlint-")) == []


# -- the same report arriving as bytes: standard input, the API, the web page ---------------


def _reports(tmp_path) -> dict[str, bytes]:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "mentor.txt").write_text(PEER, encoding="utf-8")
    out = {}
    for fmt, name in (("html", "report.html"), ("json", "report.txt"), ("text", "notes.txt")):
        CliRunner().invoke(main, ["check", "-j", "1", "--format", fmt, "-o", str(tmp_path / name), str(folder)])
        out[fmt] = (tmp_path / name).read_bytes()
    return out


def test_a_report_on_standard_input_or_the_api_is_refused_in_one_line(tmp_path):
    from jdlint.api import check_bytes

    for fmt, data in _reports(tmp_path).items():
        label = {"html": "HTML", "json": "JSON", "text": "text"}[fmt]
        result = CliRunner().invoke(main, ["check", "-j", "1", "-"], input=data)
        assert result.exit_code == 2
        assert result.stderr == f"jdlint: <stdin>: a jdlint {label} report, not an advert\n"
        assert check_bytes(data, "upload.html").error == f"a jdlint {label} report, not an advert"


def test_a_report_uploaded_to_the_web_page_is_refused(client, tmp_path):
    import io

    for data in _reports(tmp_path).values():
        response = client.post("/api/check", data={"file": (io.BytesIO(data), "report.html")},
                               content_type="multipart/form-data")  # fmt: skip
        assert response.status_code == 415
        assert response.get_json()["files"][0]["error"].endswith("report, not an advert")
        page = client.post("/check", data={"file": (io.BytesIO(data), "report.html")}, content_type="multipart/form-data")
        assert page.status_code == 415
        assert "report, not an advert" in page.get_data(as_text=True)


@pytest.mark.parametrize(("fmt", "name"), [("text", "report.txt"), ("html", "report.html")])
def test_a_report_redirected_into_the_folder_checked_is_not_checked(ads, fmt, name):
    import subprocess
    import sys

    for _ in range(2):  # the shell makes the file, empty, before jdlint starts; then it holds the report
        with open(ads / name, "w") as out:
            proc = subprocess.run([sys.executable, "-m", "jdlint.cli", "check", "-j", "1", "--format", fmt, "ads"],
                                  stdout=out, stderr=subprocess.PIPE, text=True, timeout=300)  # fmt: skip
        assert proc.returncode == 1
        assert proc.stderr == ""  # no "empty file" error, no skip note: it is this run's own output
        written = (ads / name).read_text(encoding="utf-8")
        assert "mentor.txt" in written and name not in written
