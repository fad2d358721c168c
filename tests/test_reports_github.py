"""GitHub workflow commands: one annotation a finding, escaped per GitHub's rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_reports_common import docx_report, error_report, pdf_report, sample_reports, text_report

from jdlint.reports import github

LINE = re.compile(r"^::(error|warning|notice)( [^:]*)?::(.*)$")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A command line back into (command, properties, message), unescaping as the runner does."""
    match = LINE.match(line)
    assert match, line

    def unescape(text: str) -> str:
        for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
            text = text.replace(code, char)
        return text

    props = {}
    for pair in (match.group(2) or "").strip().split(","):
        if pair:
            key, _, value = pair.partition("=")
            props[key] = unescape(value)
    return match.group(1), props, unescape(match.group(3))


def test_escaping_rules() -> None:
    assert github.escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.escape_data("%0A") == "%250A", (
        "an escape sequence in the text is not taken for one"
    )


def test_every_line_is_one_command() -> None:
    out = github.render(sample_reports())
    lines = out.splitlines()
    assert lines and all(LINE.match(line) for line in lines)
    assert "\r" not in out


def test_a_text_finding(tmp_path: Path) -> None:
    lines = github.render([text_report()]).splitlines()
    la006 = next(parse(line) for line in lines if "LA006" in line)
    command, props, message = la006
    assert command == "warning"
    assert props["file"] == "adverts/peer-support-worker.txt"
    assert props["line"] == "3" and int(props["col"]) > 1
    assert props["title"] == "LA006 suffering-from"
    assert message.startswith("“suffering from”")
    assert "\nFix: replace “suffering from” with “living with”" in message


def test_severities_map_to_commands() -> None:
    commands = {
        parse(line)[1]["title"].split()[0]: parse(line)[0]
        for line in github.render([pdf_report()]).splitlines()
    }
    assert commands["CS004"] == "error"
    assert commands["RD002"] == "notice"


def test_properties_and_message_are_escaped() -> None:
    lines = github.render([pdf_report()]).splitlines()
    raw = next(line for line in lines if "CS004" in line)
    assert "file=adverts/senior peer%2C v2%3A final.pdf," in raw
    assert "\n" not in raw and "%0A" in raw
    assert "100%25 of the time" in raw
    _, props, message = parse(raw)
    assert props["file"] == "adverts/senior peer, v2: final.pdf"
    assert "Second line." in message.splitlines()[1]


def test_pdf_findings_are_file_level_with_the_page_in_the_message() -> None:
    """A PDF has no lines: GitHub's annotation syntax lets the position be left out, so the
    annotation is on the file, not on a first line it does not have."""
    parsed = [parse(line) for line in github.render([pdf_report()]).splitlines()]
    assert parsed and all("line" not in p[1] and "col" not in p[1] for p in parsed)
    by_rule = {p[1]["title"].split()[0]: p for p in parsed}
    assert by_rule["CS003"][1]["file"] == "adverts/senior peer, v2: final.pdf"  # missing content: no span
    assert "(page 2)" in by_rule["CS004"][2]


def test_docx_findings_are_file_level_with_the_paragraph_in_the_message() -> None:
    parsed = [parse(line) for line in github.render([docx_report()]).splitlines()]
    assert parsed and all("line" not in p[1] and "col" not in p[1] and p[1]["file"] for p in parsed)
    messages = {p[1]["title"].split()[0]: p[2] for p in parsed}
    assert "(paragraph 7)" in messages["LA001"]
    assert "(paragraph 9, table 1 row 2 column 3)" in messages["RD003"]


def test_missing_content_in_a_text_file_sits_at_line_1() -> None:
    parsed = [parse(line) for line in github.render([text_report()]).splitlines()]
    assert all(p[1]["line"].isdigit() for p in parsed)
    spanless = [p for p in parsed if p[1]["line"] == "1" and "col" not in p[1]]
    assert spanless, "the sample advert leaves out something a rule asks for"


def test_suppressed_findings_are_left_out() -> None:
    out = github.render([pdf_report()])
    assert "LA006" not in out


def test_read_errors_are_errors_without_a_line() -> None:
    lines = github.render([error_report()]).splitlines()
    assert len(lines) == 1
    command, props, message = parse(lines[0])
    assert command == "error"
    assert props["file"] == "adverts/broken.docx"
    assert "line" not in props
    assert "damaged (100%)" in message


def test_min_severity() -> None:
    out = github.render([pdf_report()], min_severity="error")
    assert "::notice" not in out and "::warning" not in out and "::error" in out
    with pytest.raises(ValueError):
        github.render([pdf_report()], min_severity="fatal")


def test_paths_are_made_relative_to_the_root(tmp_path: Path) -> None:
    from dataclasses import replace

    report = replace(error_report(), path=str(tmp_path / "sub" / "x.docx"))
    line = github.render([report], root=tmp_path)
    assert "file=sub/x.docx," in line
    outside = github.render([report], root=tmp_path / "other")
    assert f"file={github.escape_property(str(tmp_path / 'sub' / 'x.docx'))}," in outside
