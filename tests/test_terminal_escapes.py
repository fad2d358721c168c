"""Nothing in an advert or a file name drives the terminal or a CI log (issue 13, item 4).

Escape sequences (window title, line erasing, the OSC 52 clipboard write), C1 controls and
bidi controls are shown as visible escapes in text output and on standard error; a newline
in a file name cannot start a line ``::error file=...`` that GitHub reads as a workflow
command, and the github format escapes file names as GitHub's workflow commands require.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.reports.github import escape_data, escape_property
from jdlint.visible import visible

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
OSC_TITLE = "\x1b]0;pwned\x07"
OSC_52 = "\x1b]52;c;cHduZWQ=\x07"  # writes "pwned" to the clipboard
ADVERT = "# Peer Support Worker\n\nLived experience of mental health challenges is desirable.\n"


def invoke(*args: str):
    return CliRunner().invoke(main, ["check", *args, "--jobs", "1", "--no-progress", "--no-color"])


def no_raw_controls(*outputs: str) -> None:
    for text in outputs:
        found = RAW.findall(text)
        assert not found, found


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[2Kb", "a\\x1b[2Kb"),
        (OSC_52, "\\x1b]52;c;cHduZWQ=\\x07"),
        ("line\nnext\r", "line\\x0anext\\x0d"),
        ("csi\x9b31m nel\x85 del\x7f", "csi\\x9b31m nel\\x85 del\\x7f"),
        ("\u202eevil\u202c \u2066iso\u2069 \u200e\u200f", "\\u202eevil\\u202c \\u2066iso\\u2069 \\u200e\\u200f"),
        ("Café “quoted” – ✓ 🙂", "Café “quoted” – ✓ 🙂"),
    ],
)
def test_visible(text, shown):
    assert visible(text) == shown


def test_visible_keeps_what_it_is_told_to():
    assert visible("a\tb\nc\x1b", keep="\t\n") == "a\tb\nc\\x1b"


def test_escape_sequences_in_advert_text_are_shown_not_run(tmp_path):
    page = tmp_path / "advert.html"
    page.write_text(
        "<html><body><h1>Peer Support Worker &#27;]0;pwned&#7; &#x202e;evil</h1>"
        "<p>We want someone &#27;]52;c;cHduZWQ=&#7; &#27;[2K with lived experience, which is desirable.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    result = invoke(str(page))
    assert result.exit_code == 1, result.output
    no_raw_controls(result.stdout, result.stderr)
    assert "\\x1b]0;pwned\\x07" in result.stdout and "\\u202eevil" in result.stdout


def test_a_newline_in_a_file_name_cannot_start_a_workflow_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "adverts").mkdir()
    name = "psw\n::error file=x.md,line=1::pwned.md"
    (tmp_path / "adverts" / name).write_text(ADVERT, encoding="utf-8")
    (tmp_path / "adverts" / f"title{OSC_TITLE}.md").write_text(ADVERT, encoding="utf-8")
    (tmp_path / "adverts" / "empty\x1b]52;c;cHduZWQ=\x07.md").write_text("", encoding="utf-8")  # an error on stderr
    result = invoke("adverts")
    assert result.exit_code == 1, result.output
    no_raw_controls(result.stdout, result.stderr)
    for line in (result.stdout + result.stderr).splitlines():
        assert not line.startswith("::"), line
    assert "adverts/psw\\x0a::error file=x.md,line=1::pwned.md:3:1: error CS001" in result.stdout
    assert "jdlint: adverts/empty\\x1b]52;c;cHduZWQ=\\x07.md: empty file" in result.stderr.splitlines()


def test_the_github_format_escapes_file_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "a%b:c,d\n::error file=x.md::pwned\x1b]0;t\x07.md"
    (tmp_path / name).write_text(ADVERT, encoding="utf-8")
    result = invoke(name, "--format", "github")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines and all(re.match(r"::(error|warning|notice) file=", line) for line in lines), lines
    assert all("file=a%25b%3Ac%2Cd%0A%3A%3Aerror file=x.md%3A%3Apwned\\x1b]0;t\\x07.md," in line for line in lines)
    no_raw_controls(result.stdout, result.stderr)
    findings = json.loads(invoke(name, "--format", "json").stdout)["files"][0]["findings"]
    assert len(lines) == len(findings)


def test_github_escaping_rules():
    assert escape_data("100%\r\nnext \x1b[2K") == "100%25%0D%0Anext \\x1b[2K"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


@pytest.mark.parametrize("fmt", ["junit", "html"])
def test_report_files_show_control_and_bidi_characters_in_file_names(tmp_path, monkeypatch, fmt):
    """A file name with an escape sequence or a right-to-left override is shown escaped in
    the JUnit and HTML reports (a CI page or a browser would otherwise obey it), and the
    JUnit XML stays well formed."""
    from xml.etree import ElementTree as ET

    monkeypatch.chdir(tmp_path)
    name = "a\x1b[31m\u202eevil\x01.md"
    (tmp_path / name).write_text(ADVERT + "Hidden\u202e text \x1b]0;t\x07 in the advert.\n", encoding="utf-8")
    result = invoke(name, "--format", fmt)
    assert result.exit_code == 1, result.output
    no_raw_controls(result.stdout)
    assert "a\\x1b[31m\\u202eevil\\x01.md" in result.stdout
    if fmt == "junit":
        case = ET.fromstring(result.stdout).find("testsuite/testcase")
        assert case is not None and case.get("name") == "a\\x1b[31m\\u202eevil\\x01.md"


@pytest.mark.parametrize("args", [
    ["explain", "CS" + OSC_TITLE],                                   # an unknown rule named
    ["check", "--jobs", "1", "--select", "X" + OSC_52, "a.md"],      # an unknown rule selected
    ["fix", "--ignore", "\x1b[2J" + "\u202eZZ", "a.md"],
    ["fix", "a.md", "b.md", "-o", "out\x1b[2Jfile"],                 # -o naming a file for several adverts
])  # fmt: skip
def test_usage_errors_show_what_was_typed_with_escapes(tmp_path, monkeypatch, args):
    """A usage error quotes the rule or file name it was given: its control and bidi
    characters are escapes there too (they were printed raw)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(ADVERT, encoding="utf-8")
    (tmp_path / "b.md").write_text(ADVERT, encoding="utf-8")
    (tmp_path / "out\x1b[2Jfile").write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    no_raw_controls(result.stdout, result.stderr)
    assert "\\x1b" in result.stderr or "\\u202e" in result.stderr
