"""Inline suppressions in Markdown, HTML, text and DOCX, and per-file ignores."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from jdlint.batch import Checker, Settings, Task
from jdlint.model import Finding, Report
from jdlint.suppress import Directives, apply, covers, parse_keys

ROLE = "# Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n\n"


def check(tmp_path, name: str, data: bytes | str, ignores: tuple[str, ...] = ()) -> Report:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return Checker(Settings())(Task(str(path), ignores=ignores)).report


def states(report: Report) -> list[tuple[str, bool, int | None]]:
    assert report.error is None, report.error
    return [(f.rule, f.suppressed, f.span.location.line if f.span else None)
            for f in report.findings if f.rule in ("LA001", "LA006", "SU005", "CS003")]  # fmt: skip


# --------------------------------------------------------------------------- units


def test_parse_keys():
    assert parse_keys("CS003, SU005") == {"CS003", "SU005"}
    assert parse_keys(" LA  suffering-from ") == {"LA", "suffering-from"}
    assert parse_keys(None) == {"*"} == parse_keys("  ")


def test_covers_ids_prefixes_names_and_all():
    f = Finding("LA006", "suffering-from", "warning", "m")
    assert covers({"LA006"}, f) and covers({"la"}, f) and covers({"suffering-from"}, f) and covers({"*"}, f)
    assert not covers({"LA001", "SU"}, f)


def test_apply_leaves_a_report_without_directives_alone():
    r = Report(path="x", findings=(Finding("LA001", "addict", "warning", "m"),))
    assert apply(r, Directives()) is r
    assert apply(r, Directives(), extra=("LA",)).findings[0].suppressed


# --------------------------------------------------------------------------- text formats


def test_markdown_own_line_inline_and_file(tmp_path):
    md = ROLE + (
        "<!-- jdlint: ignore[LA001] -->\n"
        "The service supports addicts and people suffering from depression.\n\n"
        "It supports addicts too. <!-- jdlint: ignore[suffering-from] --> And people suffering from stress.\n\n"
        "We support addicts daily.\n\n"
        "<!-- jdlint: ignore-file[SU005, CS003] -->\n"
    )
    assert states(check(tmp_path, "a.md", md)) == [
        ("LA001", True, 6), ("LA006", False, 6),  # own line: the next block, only the rule named
        ("LA001", False, 8), ("LA006", True, 8),  # inline: that line
        ("LA001", False, 10),  # untouched
        ("CS003", True, None), ("SU005", True, None),  # missing content: only file-wide
    ]


def test_markdown_comment_spanning_lines_and_bare_ignore(tmp_path):
    md = ROLE + "<!--\n  jdlint: ignore\n-->\nThe service supports addicts and people suffering from pain.\n\nMore addicts.\n"
    assert states(check(tmp_path, "a.md", md))[:3] == [("LA001", True, 8), ("LA006", True, 8), ("LA001", False, 10)]


def test_plain_text_comment_lines(tmp_path):
    txt = (
        "Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n\n"
        "# jdlint: ignore[LA001]\n"
        "The service supports addicts and people suffering from depression.\n\n"
        "It supports addicts and people suffering from stress. // jdlint: ignore[LA006]\n\n"
        "jdlint: ignore-file[SU005]\n"
    )
    assert states(check(tmp_path, "a.txt", txt)) == [
        ("LA001", True, 6), ("LA006", False, 6),
        ("LA001", False, 8), ("LA006", True, 8),
        ("CS003", False, None), ("SU005", True, None),
    ]


def test_html_comments(tmp_path):
    html = (
        "<html><body><main><h1>Peer Support Worker</h1>\n"
        "<p>You must have lived experience of mental health challenges.</p>\n"
        "<!-- jdlint: ignore[LA001] -->\n"
        "<p>\nThe service supports addicts and people suffering from depression.\n</p>\n"
        "<p>We support addicts daily. <!-- jdlint: ignore[LA] --></p>\n"
        "<p>Other addicts.</p>\n"
        "<!-- jdlint: ignore-file[CS003] --></main></body></html>\n"
    )
    got = states(check(tmp_path, "a.html", html))
    assert ("LA001", True, 5) in got and ("LA006", False, 5) in got
    assert ("LA001", True, 7) in got and ("LA001", False, 8) in got
    assert ("CS003", True, None) in got


def test_directive_outside_a_comment_does_not_count_in_markdown(tmp_path):
    md = ROLE + "We support addicts. jdlint: ignore[LA001]\n"
    assert states(check(tmp_path, "a.md", md))[0] == ("LA001", False, 5)


def test_per_file_ignores_are_suppressions(tmp_path):
    md = ROLE + "We support addicts.\n"
    got = states(check(tmp_path, "a.md", md, ignores=("LA", "SU005")))
    assert ("LA001", True, 5) in got and ("SU005", True, None) in got and ("CS003", False, None) in got


def test_unknown_rule_in_a_comment_is_noted(tmp_path):
    report = check(tmp_path, "a.md", ROLE + "We support addicts. <!-- jdlint: ignore[ZZ999] -->\n")
    assert any("ZZ999" in n for n in report.notes)


# --------------------------------------------------------------------------- DOCX


def word(comment_on: str | None = None, comment: str = "", custom: str | None = None,
         empty_anchor: bool = False) -> bytes:  # fmt: skip
    d = docx.Document()
    d.add_heading("Peer Support Worker", 1)
    d.add_paragraph("You must have lived experience of mental health challenges.")
    if empty_anchor:
        anchor = d.add_paragraph().add_run(" ")
        d.add_comment([anchor], text=comment, author="HR")
    p = d.add_paragraph("The service supports addicts and people suffering from depression.")
    d.add_paragraph("We support addicts daily.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Essential", "Desirable"
    table.cell(1, 0).text = "Lived experience. No suffering from stress."
    if comment_on == "paragraph":
        d.add_comment(p.runs, text=comment, author="HR")
    elif comment_on == "cell":
        d.add_comment(table.cell(1, 0).paragraphs[0].runs, text=comment, author="HR")
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    return with_custom_property(data, custom) if custom is not None else data


def with_custom_property(data: bytes, value: str) -> bytes:
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="jdlint-ignore">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    )
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')  # fmt: skip
            if item.filename == "_rels/.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdCustom" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                    b'Target="docProps/custom.xml"/></Relationships>')  # fmt: skip
            z.writestr(item, body)
        z.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def docx_states(report: Report) -> list[tuple[str, bool, str]]:
    assert report.error is None, report.error
    return [(f.rule, f.suppressed, f.span.block_kind if f.span else "-")
            for f in report.findings if f.rule in ("LA001", "LA006", "SU005", "CS003")]  # fmt: skip


def test_docx_comment_on_a_paragraph(tmp_path):
    got = docx_states(check(tmp_path, "a.docx", word("paragraph", "jdlint: ignore[LA001]")))
    assert got[:4] == [("LA001", True, "paragraph"), ("LA006", False, "paragraph"),
                       ("LA001", False, "paragraph"), ("LA006", False, "table-cell")]  # fmt: skip


def test_docx_comment_in_a_table_cell(tmp_path):
    got = docx_states(check(tmp_path, "a.docx", word("cell", "Peer lead says: jdlint: ignore[LA006]")))
    assert got[:4] == [("LA001", False, "paragraph"), ("LA006", False, "paragraph"),
                       ("LA001", False, "paragraph"), ("LA006", True, "table-cell")]  # fmt: skip


def test_docx_comment_on_an_empty_paragraph_covers_the_next(tmp_path):
    got = docx_states(check(tmp_path, "a.docx", word(comment="jdlint: ignore[LA]", empty_anchor=True)))
    assert got[:3] == [("LA001", True, "paragraph"), ("LA006", True, "paragraph"), ("LA001", False, "paragraph")]


def test_docx_ignore_file_comment_and_custom_property(tmp_path):
    got = docx_states(check(tmp_path, "a.docx", word("paragraph", "jdlint: ignore-file[CS003]", custom="SU005, LA001")))
    assert ("CS003", True, "-") in got and ("SU005", True, "-") in got
    assert all(s for rule, s, _ in got if rule == "LA001")
    assert not any(s for rule, s, _ in got if rule == "LA006")


@pytest.mark.parametrize("junk", [b"PK\x03\x04 not a zip", b""])
def test_docx_directives_on_junk_never_raise(junk):
    from jdlint.model import Document
    from jdlint.suppress import directives

    assert not directives(junk, Document(blocks=(), format="docx"))


@pytest.mark.parametrize(
    ("text", "found"),
    [("Café – “quoted” text. JDLINT: ignore-file\n", True), ("Ünïcode text, then Jdlint: Ignore-File\n", True),
     ("plain text, jdlint: ignore-file\n", True), ("Café – no directive here.\n", False),
     ("JDLİNT: ignore-file (a dotted capital I lower-cases to i and a combining dot)\n", False)],
)  # fmt: skip
def test_directives_are_found_in_any_case_in_text_that_is_not_ascii(text: str, found: bool) -> None:
    """The quick test for a directive ("jdlint" in any case) agrees with lower-casing the
    whole text, which it replaces."""
    from jdlint.readers import read_text
    from jdlint.suppress import text_directives

    assert ("jdlint" in text.lower()) is found
    assert bool(text_directives(text.encode("utf-8"), read_text(text)).file) is found


def test_files_are_passed_over_by_their_bytes_only_when_the_text_cannot_name_jdlint():
    """A Markdown or plain-text file is passed over for directives when its bytes cannot
    decode to a text naming jdlint (in any case): over random texts in UTF-8, UTF-8 with a
    BOM, cp1252, UTF-16 with and without a BOM and surrogate-passed pastes, the bytes say
    "maybe" wherever the decoded text names it, and "no" only where it does not."""
    import random

    from jdlint.errors import CorruptDocument
    from jdlint.readers.text import decode
    from jdlint.suppress import _MENTIONED, _names_jdlint

    rng = random.Random(13)
    pieces = ["jdlint", "JDLINT", "jDlInT", "jd lint", "jdlin", "ｊｄｌｉｎｔ", "JDLİNT", "é", "£", "–", "好", "\x00", " ",
              "<!-- jdlint: ignore[LA001] -->", "peer", "\ud800"]  # fmt: skip
    said = {True: 0, False: 0}
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
        for encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "strict")
            except UnicodeEncodeError:
                continue
            try:
                decoded = decode(data)
            except CorruptDocument:  # a BOM followed by bytes not in its encoding: never read
                continue
            maybe = _names_jdlint(data)
            said[maybe] += 1
            if _MENTIONED.search(decoded):
                assert maybe, (text, encoding)
            elif b"\x00" not in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                assert not maybe, (text, encoding)
    assert said[True] > 1000 and said[False] > 1000
