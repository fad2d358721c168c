"""jdlint fix: plans, revised text files, Word tracked changes, verification, the command."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx_factory import Advert
from golden_cases import CASES
from lxml import etree

from jdlint.api import check_bytes
from jdlint.cli import main
from jdlint.errors import RuleError
from jdlint.fix import plan_fixes
from jdlint.fix_docx import AUTHOR, DATE
from jdlint.fixing import fix_bytes, summary
from jdlint.readers import read_bytes
from jdlint.registry import default_registry, parse_rule

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

CASE_FILES = [(c.name, c.build) for c in CASES] + [
    (p.name, p.read_bytes) for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".docx", ".pdf", ".md", ".txt", ".html")
]

POOR_MD = """# Peer Support Worker

## About the role

You will support people who are suffering from depression on our wards.

## What we offer

A friendly team.

## Person specification

### Essential

- Good listening skills.

### Desirable

- Lived experience of mental health challenges would be nice.
"""

POOR_TXT = """Recovery Peer Mentor

Summary
Mentors help people suffering from addiction in the community. We want someone who is kind.

Essential criteria
- Able to travel.

Desirable criteria
- Lived experience of substance use would be an advantage.
"""


def accept_all(data: bytes) -> bytes:
    """Accept every tracked change: w:del (and w:moveFrom) removed, w:ins (w:moveTo) unwrapped."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(zin.read("word/document.xml"))
    for tag in ("del", "moveFrom"):
        for el in list(root.iter(W + tag)):
            parent = el.getparent()
            if parent.tag == W + "rPr":  # a paragraph mark's change marker
                parent.remove(el)
                continue
            parent.remove(el)
    for tag in ("ins", "moveTo"):
        for el in list(root.iter(W + tag)):
            parent = el.getparent()
            if parent.tag == W + "rPr":
                parent.remove(el)
                continue
            index = parent.index(el)
            for child in list(el):
                parent.insert(index, child)
                index += 1
            parent.remove(el)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            payload = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) \
                if info.filename == "word/document.xml" else zin.read(info.filename)  # fmt: skip
            zout.writestr(info, payload)
    return out.getvalue()


def _document_xml(data: bytes) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


# -- every example and golden case: fix, then check ------------------------------------------


@pytest.mark.parametrize(("name", "build"), CASE_FILES, ids=[n for n, _ in CASE_FILES])
def test_fix_then_check_meets_every_criterion_with_a_safe_fix(name, build) -> None:
    result = fix_bytes(build(), name)
    registry = default_registry()
    assert result.after.error is None
    assert not result.missed, [e.rule for e in result.missed]
    assert not result.unresolved, [e.rule for e in result.unresolved]
    assert result.new_findings == ()
    for edit in result.applied:
        assert edit.safety == "safe"
        rule = registry.get(edit.rule)
        if rule is not None and rule.criterion:
            assert result.after.verdict(rule.criterion).verdict == "met", (edit.rule, result.after.verdict(rule.criterion))
    # every criterion whose fix was safe is met; every safe fix was applied
    for finding in result.before.findings:
        rule = registry.get(finding.rule)
        if rule is not None and rule.criterion and any(e.rule == rule.id for e in result.applied):
            assert result.after.verdict(rule.criterion).verdict == "met"
    assert not any(left.safety == "safe" for left in result.left)
    if result.format == "docx":
        docx.Document(io.BytesIO(result.data))  # opens with python-docx
        accepted = check_bytes(accept_all(result.data), "accepted.docx")
        assert [v.verdict for v in accepted.criteria] == [v.verdict for v in result.after.criteria]


def test_poor_example_moves_three_verdicts() -> None:
    result = fix_bytes((EXAMPLES / "poor-peer-support-worker.txt").read_bytes(), "poor.txt")
    moved = {m.criterion: (m.before, m.after) for m in result.moved}
    assert moved == {c: ("not-met", "met") for c in ("lived-experience-essential", "peer-principles", "peer-panel")}
    assert result.after.score > result.before.score


# -- text formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "old", "new"), [
    (POOR_MD, "a.md", "suffering from depression", "living with depression"),
    (POOR_TXT, "b.txt", "suffering from addiction", "living with addiction"),
])  # fmt: skip
def test_phrase_replaced_and_desirable_moved_to_essential(text, name, old, new) -> None:
    result = fix_bytes(text.encode(), name)
    revised = result.data.decode()
    assert old in text and old not in revised and new in revised
    essential = revised.index("ssential")
    desirable = revised.index("esirable")
    moved = revised.index("is essential for this role.")
    assert essential < moved < desirable  # under Essential, above Desirable
    line = next(x for x in revised.splitlines() if "is essential for this role." in x)
    assert line.startswith("- ")  # a list item like its neighbours
    assert result.after.verdict("lived-experience-essential").verdict == "met"
    assert result.before.verdict("lived-experience-essential").verdict == "not-met"


def test_addition_goes_under_the_heading_the_fix_names() -> None:
    result = fix_bytes(POOR_MD.encode(), "a.md")
    revised = result.data.decode()
    offer = revised.index("## What we offer")
    assert offer < revised.index("We offer wellbeing support") < revised.index("A friendly team.")


def test_untouched_lines_stay_byte_for_byte() -> None:
    source = POOR_MD.replace("\n", "\r\n").encode()
    result = fix_bytes(source, "crlf.md")
    revised = result.data.decode()
    assert "\n" not in revised.replace("\r\n", "")  # the file's own line ends
    kept = [line for line in POOR_MD.splitlines() if "suffering" not in line and "would be nice" not in line]
    for line in kept:
        assert line in revised


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
@pytest.mark.parametrize("name, source", [("a.md", POOR_MD), ("a.txt", POOR_TXT)])
def test_every_line_end_the_readers_know_places_every_fix(newline, name, source) -> None:
    """The class: the readers end a line at "\r\n", "\n" or a lone "\r" (an old Mac file,
    some exports); the writer found lines only at "\n", so in a file of lone "\r" every
    addition was "not placed: the words were not found in the file". The same fixes land in
    every line-end style, and the copy keeps the file's own line ends."""
    plain = fix_bytes(source.encode(), name, notes=False)
    result = fix_bytes(source.replace("\n", newline).encode(), name, notes=False)
    assert not result.missed and not result.unresolved
    assert [e.rule for e in result.applied] == [e.rule for e in plain.applied]
    revised = result.data.decode()
    others = {"\r": ("\n",), "\r\n": (), "\n": ("\r",)}[newline]
    assert not any(o in revised.replace("\r\n", "") for o in others)  # its own line ends only
    assert revised.replace("\r\n", "\n").replace("\r", "\n") == plain.data.decode()


@pytest.mark.parametrize("advert", [
    "Peer Support Worker\n\nYou must have lived experience of mental health challenges. Attend QRB reviews.\n",
    "Peer Mentor\n\nLived experience of substance use is essential. You will join TLX meetings each week.\n",
])  # fmt: skip
def test_placeholders_are_unsafe_and_left_unless_asked(advert) -> None:
    safe = fix_bytes(advert.encode(), "p.txt")
    assert "<full name>" not in safe.data.decode() and "<amount>" not in safe.data.decode()
    left = {x.rule for x in safe.left if x.safety == "unsafe"}
    assert {"RD003", "SU005"} <= left
    unsafe = fix_bytes(advert.encode(), "p.txt", unsafe=True)
    assert "<full name> (" in unsafe.data.decode() and "<amount>" in unsafe.data.decode()
    assert all(e.safety == "unsafe" for e in unsafe.applied if e.rule in ("RD003", "SU005"))


@pytest.mark.parametrize("advert", [
    "Peer Support Worker\n\nYou must have lived experience of psychosis.\n\nEssential: a degree in psychology.\n",
    "Peer Worker\n\nLived experience of mental health challenges is essential. Applicants must hold a nursing qualification.\n",
])  # fmt: skip
def test_advice_is_never_applied(advert) -> None:
    document = read_bytes(advert.encode(), "q.txt")
    report = check_bytes(advert.encode(), "q.txt")
    plan = plan_fixes(document, report, unsafe=True)
    assert any(x.rule == "CS004" and x.safety == "manual" for x in plan.left)
    assert not any(e.rule == "CS004" for e in plan.edits)


def test_html_insertion_is_escaped_markup() -> None:
    page = ("<html><body><h1>Peer Support Worker</h1><h2>What we offer</h2><p>Pay &amp; pension.</p>"
            "<p>You must have lived experience of mental health challenges.</p></body></html>")  # fmt: skip
    result = fix_bytes(page.encode(), "r.html")
    revised = result.data.decode()
    assert "<h2>What we offer</h2><p>" in revised
    assert "<p>Pay &amp; pension.</p>" in revised
    assert re.search(r"<p>[^<]*reasonable adjustments[^<]*</p>", revised)


# -- Word -----------------------------------------------------------------------------------


def _spec_table(essential: str, desirable: str) -> bytes:
    a = Advert().title("Peer Support Worker")
    a.heading("Job summary").para("You will support people in our community team.")
    a.heading("Person specification")
    a.table([("Criteria", essential, desirable),
             ("Experience", "Experience of group work", "Lived experience of mental health challenges"),
             ("Skills", "Good listening skills", "Knowledge of local services")])  # fmt: skip
    return a.bytes()


@pytest.mark.parametrize(("essential", "desirable"), [("Essential", "Desirable"), ("Essential criteria", "Desirable criteria")])
def test_docx_move_is_a_deletion_in_one_cell_and_an_insertion_in_the_other(essential, desirable) -> None:
    data = _spec_table(essential, desirable)
    result = fix_bytes(data, "spec.docx")
    move = next(e for e in result.applied if e.op == "move")
    assert move.rule == "CS001"
    root = _document_xml(result.data)
    row = root.findall(f".//{W}tr")[1]
    cells = row.findall(f"{W}tc")
    deleted = "".join(t.text for t in cells[2].iter(f"{W}delText"))
    inserted = "".join(t.text for ins in cells[1].iter(f"{W}ins") for t in ins.iter(f"{W}t"))
    assert deleted == "Lived experience of mental health challenges"
    assert "Lived experience of mental health challenges is essential" in inserted
    assert result.before.verdict("lived-experience-essential").verdict == "not-met"
    assert result.after.verdict("lived-experience-essential").verdict == "met"


# A person specification whose level is a cell of the row ("Criteria | Essential/Desirable",
# "Requirement | E/D"): the row's level cell changes; the words stay in their criterion cell
# (moved into the level cell, they left the row with no criterion and the level unchanged).
LEVEL_CELL_MD = """# Peer Support Worker

You will use your own experience to build mutual relationships and offer hope.

## Person specification

| {head} | {level_head} |
| --- | --- |
| Good listening skills | {essential} |
| Lived experience of mental health challenges | {desirable} |
"""


@pytest.mark.parametrize(("head", "level_head", "essential", "desirable", "now"), [
    ("Criteria", "Essential/Desirable", "Essential", "Desirable", "Essential"),
    ("Requirement", "E/D", "E", "D", "E"),
    ("Attribute", "Level", "ESSENTIAL", "DESIRABLE", "ESSENTIAL"),
    ("Criteria", "E/D", "E", "D", "E"),  # a "D" in the criterion's own words stays ("Drug")
])  # fmt: skip
def test_a_rows_level_cell_changes_to_essential_markdown(head, level_head, essential, desirable, now) -> None:
    text = LEVEL_CELL_MD.format(head=head, level_head=level_head, essential=essential, desirable=desirable)
    if head == "Criteria" and desirable == "D":
        text = text.replace("mental health challenges", "Drug and alcohol use")
    result = fix_bytes(text.encode(), "spec.md", notes=False, keep=lambda f: f.rule == "CS001")
    revised = result.data.decode()
    kind = "Drug and alcohol use" if "Drug" in text else "mental health challenges"
    assert f"| Lived experience of {kind} | {now} |" in revised, revised
    assert revised.replace(f"{kind} | {now} |", f"{kind} | {desirable} |") == text  # nothing else moved
    assert result.before.verdict("lived-experience-essential").verdict == "not-met"
    assert result.after.verdict("lived-experience-essential").verdict == "met"
    assert not result.unresolved


def test_a_rows_level_cell_changes_to_essential_docx() -> None:
    a = Advert().title("Peer Support Worker")
    a.heading("Job summary").para("You will use your own experience to build mutual relationships and offer hope.")
    a.heading("Person specification")
    a.table([("Criteria", "Essential/Desirable"), ("Good listening skills", "Essential"),
             ("Lived experience of mental health challenges", "Desirable")])  # fmt: skip
    result = fix_bytes(a.bytes(), "spec.docx")
    cells = _document_xml(result.data).findall(f".//{W}tr")[2].findall(f"{W}tc")
    assert "".join(t.text for t in cells[0].iter(f"{W}t")) == "Lived experience of mental health challenges"
    assert not list(cells[0].iter(f"{W}delText"))  # the criterion stays
    assert "".join(t.text for t in cells[1].iter(f"{W}delText")) == "Desirable"
    assert "".join(t.text for ins in cells[1].iter(f"{W}ins") for t in ins.iter(f"{W}t")) == "Essential"
    assert result.after.verdict("lived-experience-essential").verdict == "met"
    finding = next(f for f in result.before.findings if f.rule == "CS001")
    assert (finding.fix.original, finding.fix.text) == ("Desirable", "Essential")
    assert "level of the row" in finding.fix.where


# An advert that ends with a table: what goes at the end goes after the prose before the
# table (before the heading that opens it), never into the table's last cell.
ENDS_WITH_TABLE = {
    "spec.md": "# Peer Support Worker\n\nYou will offer hope.\n\n## Person specification\n\n"
               "| Criteria | Essential | Desirable |\n| --- | --- | --- |\n| Skills | Good listening skills | Knowledge of local services |\n",
    "spec.txt": "Peer Support Worker\n\nYou will offer hope.\n\nPerson specification\n"
                "Criteria\tEssential\tDesirable\nSkills\tGood listening skills\tKnowledge of local services\n",
    "spec.html": "<html><body><h1>Peer Support Worker</h1><p>You will offer hope.</p><h2>Person specification</h2>"
                 "<table><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr><tr><td>Skills</td>"
                 "<td>Good listening skills</td><td>Knowledge of local services</td></tr></table></body></html>",
    "title-only.md": "# Peer Support Worker\n\n"  # a title over the table: the words go under the title
                     "| Criteria | Essential | Desirable |\n| --- | --- | --- |\n| Skills | You will offer hope. | Knowledge of local services |\n",
}
PANEL = "The interview panel will include an experienced peer worker"


@pytest.mark.parametrize("name", sorted(ENDS_WITH_TABLE))
def test_additions_at_the_end_never_go_into_a_closing_tables_last_cell_text(name) -> None:
    text = ENDS_WITH_TABLE[name]
    result = fix_bytes(text.encode(), name, notes=False, keep=lambda f: f.rule == "CS003")
    revised = result.data.decode()
    assert revised.count(PANEL) == 1
    if name == "title-only.md":
        assert revised.index("# Peer Support Worker") < revised.index(PANEL) < revised.index("| Criteria")
    else:
        assert revised.index("You will offer hope.") < revised.index(PANEL) < revised.index("Person specification")
    assert "Knowledge of local services" in revised.split(PANEL)[1]  # the table, whole, after it
    assert result.after.verdict("peer-panel").verdict == "met"


def test_additions_at_the_end_never_go_into_a_closing_tables_last_cell_docx() -> None:
    a = Advert().title("Peer Support Worker")
    a.heading("Job summary").para("You will offer hope.")
    a.heading("Person specification")
    a.table([("Criteria", "Essential", "Desirable"), ("Skills", "Good listening skills", "Knowledge of local services")])
    result = fix_bytes(a.bytes(), "spec.docx", keep=lambda f: f.rule == "CS003")
    root = _document_xml(result.data)
    assert not any(PANEL in (t.text or "") for t in root.find(f".//{W}tbl").iter(f"{W}t"))
    body = [p for p in root.find(f"{W}body") if p.tag == f"{W}p"]
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body]
    panel = next(i for i, t in enumerate(texts) if PANEL in t)
    assert texts.index("You will offer hope.") < panel < texts.index("Person specification")
    assert result.after.verdict("peer-panel").verdict == "met"


@pytest.mark.parametrize("parts", [
    ("You will help people who are ", "suffering from psychosis", " to find hope."),
    ("You will help people who are suff", "ering from psych", "osis to find hope."),
])  # fmt: skip
def test_docx_replacement_keeps_the_runs_formatting(parts) -> None:
    a = Advert().title("Peer Support Worker")
    a.para("You must have lived experience of mental health challenges.")
    p = a.doc.add_paragraph()
    for i, part in enumerate(parts):
        p.add_run(part).bold = i == 1 or None
    result = fix_bytes(a.bytes(), "bold.docx")
    root = _document_xml(result.data)
    dels = [d for d in root.iter(f"{W}del") if d.getparent().tag != f"{W}rPr"]
    assert "".join(t.text for d in dels for t in d.iter(f"{W}delText")) == "suffering from"
    ins = next(i for i in root.iter(f"{W}ins") if "living with" in "".join(t.text or "" for t in i.iter(f"{W}t")))
    run = ins.find(f"{W}r")
    assert run.find(f"{W}rPr/{W}b") is not None  # the replaced words' formatting
    assert ins.get(f"{W}author") == AUTHOR == "jdlint" and ins.get(f"{W}date") == DATE
    text = "".join(t.text for t in root.iter(f"{W}t"))
    assert "are living with psych" in text.replace("suffering from", "")


def test_docx_other_parts_are_copied_byte_for_byte() -> None:
    for data in ((EXAMPLES / "peer-support-lead.docx").read_bytes(), CASES[1].build()):
        result = fix_bytes(data, "x.docx")
        before = zipfile.ZipFile(io.BytesIO(data))
        after = zipfile.ZipFile(io.BytesIO(result.data))
        changed = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}
        assert set(before.namelist()) <= set(after.namelist())
        for name in before.namelist():
            if name not in changed:
                assert before.read(name) == after.read(name), name
        assert set(after.namelist()) - set(before.namelist()) <= {"word/comments.xml"}


def test_docx_each_change_has_a_comment_with_reason_and_source() -> None:
    result = fix_bytes((EXAMPLES / "peer-support-lead.docx").read_bytes(), "lead.docx")
    z = zipfile.ZipFile(io.BytesIO(result.data))
    comments = etree.fromstring(z.read("word/comments.xml")).findall(f"{W}comment")
    assert len(comments) == len(result.applied) >= 2
    for comment in comments:
        text = "\n".join(t.text for t in comment.iter(f"{W}t"))
        assert text.startswith("jdlint ") and "Source: " in text
        assert comment.get(f"{W}author") == "jdlint"
    root = _document_xml(result.data)
    starts = {el.get(f"{W}id") for el in root.iter(f"{W}commentRangeStart")}
    assert {c.get(f"{W}id") for c in comments} == starts
    assert "interview panel will include" in "".join(t.text or "" for t in root.iter(f"{W}t"))


@pytest.mark.parametrize("name", ["peer-support-lead.docx", "peer-recovery-specialist-us.pdf", "poor-peer-support-worker.txt"])
def test_output_is_the_same_every_time(name, monkeypatch) -> None:
    import time as clock

    data = (EXAMPLES / name).read_bytes()
    first = fix_bytes(data, name, to_docx=True).data
    real = clock.time
    monkeypatch.setattr(clock, "time", lambda: real() + 3600 * 24 * 3)  # three days later (zip dates use it)
    assert fix_bytes(data, name, to_docx=True).data == first


def test_pdf_becomes_a_revised_word_document_with_a_layout_note() -> None:
    result = fix_bytes((EXAMPLES / "peer-recovery-specialist-us.pdf").read_bytes(), "us.pdf")
    assert result.format == "docx"
    assert any("layout is new" in n for n in result.notes)
    assert list(_document_xml(result.data).iter(f"{W}ins"))
    assert result.after.verdict("peer-principles").verdict == "met"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_revised_docx_and_shows_the_insertions(tmp_path) -> None:
    result = fix_bytes((EXAMPLES / "peer-support-lead.docx").read_bytes(), "lead.docx")
    src = tmp_path / "lead.fixed.docx"
    src.write_bytes(result.data)
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                          capture_output=True, timeout=240, check=False,
                          env={**os.environ, "TMPDIR": str(tmp_path)})  # its temporary files stay in tmp_path  # fmt: skip
    pdf = tmp_path / "lead.fixed.pdf"
    assert pdf.exists(), done.stderr.decode(errors="replace")
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    flat = " ".join(text.split())
    assert "The interview panel will include an experienced peer worker" in flat
    assert "Wellness Recovery Action Plan (WRAP)" in flat  # a replacement inside a table cell
    # its "not a clinical role" sentence is left while a nursing qualification is still desirable
    assert "This is a peer role, not a clinical one" not in flat


# -- the command ------------------------------------------------------------------------------


def test_cli_writes_a_fixed_copy_and_leaves_the_input(tmp_path) -> None:
    src = tmp_path / "advert.md"
    src.write_text(POOR_MD, encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", str(src)])
    assert src.read_text(encoding="utf-8") == POOR_MD
    out = tmp_path / "advert.fixed.md"
    assert out.exists() and "living with depression" in out.read_text(encoding="utf-8")
    assert "lived-experience-essential: not-met -> met" in result.output
    assert f"written to {out}" in result.output


def test_cli_diff_prints_and_writes_nothing(tmp_path) -> None:
    src = tmp_path / "advert.txt"
    src.write_text(POOR_TXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "--diff", str(src)])
    assert result.exit_code == 1
    assert "-Mentors help people suffering from addiction" in result.output
    assert "+Mentors help people living with addiction" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["advert.txt"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("control", ["\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\rFAKE LINE", "\u202eevil", "\x08\x08FAKE"])
def test_cli_diff_shows_an_adverts_control_characters_as_escapes(tmp_path, control, newline) -> None:
    """--diff prints the advert's own lines: an escape sequence, a lone carriage return or a
    bidi override in them is shown as an escape (as every other output does), line ends kept."""
    src = tmp_path / "advert.md"
    text = ("# Peer Support Worker\n\nLived experience is essential. " + control
            + "\n\nYou will support people suffering from addiction.\n")  # fmt: skip
    src.write_bytes(text.replace("\n", newline).encode("utf-8"))
    result = CliRunner().invoke(main, ["fix", "--diff", str(src)])
    assert result.exit_code == 1
    out = result.stdout_bytes.decode("utf-8")  # .stdout turns \r\n into \n
    for ch in ("\x1b", "\x07", "\u202e", "\x08"):
        assert ch not in out
    assert "\r" not in out.replace("\r\n", "")
    escaped = control.replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace("\r", "\\x0d").replace("\u202e", "\\u202e").replace("\x08", "\\x08")
    if control.startswith("\r"):  # a lone carriage return ends a line for difflib: escaped where it ends one
        assert "ived experience is essential. \\x0d" in out
    else:
        assert f"ived experience is essential. {escaped}{newline}" in out
    assert f"-You will support people suffering from addiction.{newline}" in out


def test_cli_in_place_and_output(tmp_path) -> None:
    src = tmp_path / "advert.txt"
    src.write_text(POOR_TXT, encoding="utf-8")
    out = tmp_path / "out" / "revised.txt"
    out.parent.mkdir()  # -o writes into a folder that is there (a missing one is refused)
    CliRunner().invoke(main, ["fix", str(src), "-o", str(out)])
    assert "living with addiction" in out.read_text(encoding="utf-8")
    CliRunner().invoke(main, ["fix", "--in-place", str(src)])
    assert "living with addiction" in src.read_text(encoding="utf-8")
    bad = CliRunner().invoke(main, ["fix", "--diff", "--in-place", str(src)])
    assert bad.exit_code == 2


def test_cli_select_limits_the_fixes(tmp_path) -> None:
    src = tmp_path / "advert.md"
    src.write_text(POOR_MD, encoding="utf-8")
    CliRunner().invoke(main, ["fix", "--select", "LA", str(src)])
    revised = (tmp_path / "advert.fixed.md").read_text(encoding="utf-8")
    assert "living with depression" in revised and "reasonable adjustments" not in revised


def test_cli_unreadable_file_is_one_line(tmp_path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["fix", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "broken.docx" in result.output


def test_fix_safety_must_be_a_known_value() -> None:
    data = {"id": "ZZ001", "name": "zz", "kind": "phrase", "severity": "info", "summary": "s", "message": "m",
            "rationale": "r", "sources": [{"ref": "000", "quote": "q"}], "patterns": ["zz"],
            "examples": [{"bad": "zz", "good": "yy"}], "fix_safety": "maybe"}  # fmt: skip
    with pytest.raises(RuleError, match="fix_safety"):
        parse_rule(data, "zz.toml")
    assert parse_rule({**data, "fix_safety": "unsafe"}, "zz.toml").fix_safety == "unsafe"


ENDS_WITH_LIST_MD = """# Peer Support Worker

You must have lived experience of mental health challenges.

## Desirable

- A driving licence
- Knowledge of local services
"""


def test_additions_after_a_closing_list_are_not_items_of_it_text() -> None:
    result = fix_bytes(ENDS_WITH_LIST_MD.encode(), "end.md")
    revised = result.data.decode()
    assert "\nThe interview panel will include" in revised  # a paragraph of its own
    assert "- The interview panel" not in revised and "- There is a clear route" not in revised


def test_additions_after_a_closing_list_are_not_items_of_it_docx() -> None:
    a = Advert().title("Peer Support Worker")
    a.para("You must have lived experience of mental health challenges.")
    a.heading("Essential").bullets(["Good listening skills"])
    a.heading("Desirable").bullets(["A driving licence", "Knowledge of local services"])
    result = fix_bytes(a.bytes(), "end.docx")
    root = _document_xml(result.data)
    for p in root.iter(f"{W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        if text.startswith(("The interview panel will include", "There is a clear route")):
            assert p.find(f"{W}pPr/{W}pStyle") is None  # plain body text, not a Desirable bullet
    essential = [p for p in root.iter(f"{W}p") if "is essential" in "".join(t.text or "" for t in p.iter(f"{W}t"))]
    assert not essential  # already required and named: nothing to add


def test_docx_with_comments_and_tracked_changes_keeps_ids_unique() -> None:
    from jdlint.annotate import annotate_docx

    for data in (CASES[3].build(), (EXAMPLES / "peer-support-lead.docx").read_bytes()):
        document = read_bytes(data, "x.docx")
        annotated = annotate_docx(data, document, check_bytes(data, "x.docx"))  # a file with comments already
        result = fix_bytes(annotated, "x.docx")
        z = zipfile.ZipFile(io.BytesIO(result.data))
        comments = etree.fromstring(z.read("word/comments.xml")).findall(f"{W}comment")
        ids = [c.get(f"{W}id") for c in comments]
        assert len(ids) == len(set(ids)) == len(docx.Document(io.BytesIO(annotated)).comments) + len(result.applied)
        root = _document_xml(result.data)
        ours = [el.get(f"{W}id") for tag in ("ins", "del") for el in root.iter(W + tag) if el.get(f"{W}author") == "jdlint"]
        theirs = [el.get(f"{W}id") for tag in ("ins", "del") for el in root.iter(W + tag) if el.get(f"{W}author") != "jdlint"]
        assert ours and len(ours) == len(set(ours))
        assert not set(ours) & (set(ids) | set(theirs))


def test_cli_diff_of_a_word_file_shows_its_text(tmp_path) -> None:
    src = tmp_path / "lead.docx"
    src.write_bytes((EXAMPLES / "peer-support-lead.docx").read_bytes())
    result = CliRunner().invoke(main, ["fix", "--diff", str(src)])
    assert result.exit_code == 1
    assert "+The interview panel will include an experienced peer worker" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lead.docx"]


@pytest.mark.parametrize(("advert", "after"), [
    ("Peer Support Worker\n\nWe are a friendly team in Leeds.\n\nBand 3, 37.5 hours a week, permanent.\n\n"
     "You must have lived experience of mental health challenges.\n", "37.5 hours a week"),
    ("Peer Mentor\n\nJoin our mentoring service.\n\nSalary £24,000, full time.\n\n"
     "Lived experience of substance use is essential for this role.\n", "full time"),
])  # fmt: skip
def test_flexible_working_goes_next_to_the_hours_not_after_the_title(advert, after) -> None:
    result = fix_bytes(advert.encode(), "h.txt")
    revised = result.data.decode()
    line = next(x for x in revised.split("\n\n") if after in x)
    assert revised.index("We welcome applications from people who want to work flexibly") == revised.index(line) + len(line) + 2


# --- what goes at the top goes under the title, not above it among the page's furniture ---
RL001_ADDED = "This is a peer role, not a clinical one"


@pytest.mark.parametrize(("advert", "name"), [
    ("Harbourside Wellbeing Trust · Community Division · Bristol, Bath and South Gloucestershire · Permanent\n\n"
     "# Peer Support Worker\n\nWe run three recovery cafes across the city.\n\n"
     "Lived experience of mental health challenges is essential for this role.\n", "a.md"),
    ("Kōwhai Health Services — Whanganui and Rangitīkei community mental health teams\n\n"
     "Peer Support Worker\n\nOur team walks alongside tāngata whaiora in their homes.\n\n"
     "You must have lived experience of mental distress and recovery.\n", "b.txt"),
])  # fmt: skip
def test_an_addition_at_the_top_goes_under_the_title_not_above_it(advert, name) -> None:
    revised = fix_bytes(advert.encode(), name).data.decode()
    title = "Peer Support Worker"
    assert revised.index(title) < revised.index(RL001_ADDED)
    assert revised.startswith(advert.split("\n\n")[0] + "\n\n" + ("# " if name.endswith(".md") else "") + title)


def test_an_addition_at_the_top_of_a_word_file_goes_under_the_title() -> None:
    data = (Advert().para("Riverbend Community Health Cooperative")
            .para("Eastside Outreach Program, serving Portland, Gresham and the wider Multnomah County area")
            .heading("Peer Support Specialist", 1)
            .para("We offer walk-in peer support at two clinics.")
            .para("Lived experience of recovery from substance use is required for this role."))  # fmt: skip
    texts = [p.text for p in docx.Document(io.BytesIO(accept_all(fix_bytes(data.bytes(), "c.docx").data))).paragraphs]
    added = next(i for i, t in enumerate(texts) if t.startswith(RL001_ADDED))
    assert added > texts.index("Peer Support Specialist") > texts.index(
        "Eastside Outreach Program, serving Portland, Gresham and the wider Multnomah County area")


@pytest.mark.parametrize("xml_run", [
    '<w:r><w:t>Duties:</w:t><w:tab/><w:t xml:space="preserve">help people suffering from psychosis</w:t><w:tab/><w:t>and anxiety.</w:t></w:r>',
    '<w:r><w:tab/><w:t xml:space="preserve">Help people </w:t><w:tab/><w:t xml:space="preserve">suffering from psychosis.</w:t><w:tab/></w:r>',
])  # fmt: skip
def test_docx_replacement_in_a_run_with_tabs(xml_run) -> None:
    a = Advert().title("Peer Support Worker")
    a.para("You must have lived experience of mental health challenges.")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    a.raw(f"<w:p {ns}>{xml_run}</w:p>")
    result = fix_bytes(a.bytes(), "tabs.docx")
    assert any(e.rule == "LA006" for e in result.applied) and not result.missed
    accepted = read_bytes(accept_all(result.data), "a.docx")
    line = next(b.text for b in accepted.blocks if "psychosis" in b.text)
    assert "living with psychosis" in line and "suffering" not in line
    original = read_bytes(a.bytes(), "o.docx")
    before = next(b.text for b in original.blocks if "psychosis" in b.text)
    assert line == before.replace("suffering from", "living with")


@pytest.mark.parametrize(("advert", "name"), [
    (POOR_MD.replace("You will support people who are suffering from depression on our wards.",
                     "You will support people who are suffering from depression on our wards. <!-- jdlint: ignore[LA006] -->"), "s.md"),
    (POOR_TXT.replace("Mentors help people suffering from addiction in the community.",
                      "Mentors help people suffering from addiction in the community. # jdlint: ignore[suffering-from]"), "s.txt"),
])  # fmt: skip
def test_suppressed_findings_are_not_fixed(advert, name) -> None:
    result = fix_bytes(advert.encode(), name)
    revised = result.data.decode()
    assert "suffering from" in revised
    assert not any(e.rule == "LA006" for e in result.applied)
    assert any(e.rule == "CS001" for e in result.applied)  # the rest is fixed


def test_cli_reads_the_config_and_standard_input(tmp_path) -> None:
    (tmp_path / "jdlint.toml").write_text('select = ["LA"]\n', encoding="utf-8")
    src = tmp_path / "advert.md"
    src.write_text(POOR_MD, encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", str(src)])
    revised = (tmp_path / "advert.fixed.md").read_text(encoding="utf-8")
    assert "living with depression" in revised and "reasonable adjustments" not in revised, result.output
    piped = CliRunner().invoke(main, ["fix", "--isolated", "-"], input=POOR_TXT)
    assert "Mentors help people living with addiction" in piped.stdout
    bad = CliRunner().invoke(main, ["fix", "--select", "ZZ9", str(src)])
    assert bad.exit_code == 2 and "unknown rule" in bad.output


_BOM_ADVERT = ("# Peer Support Worker\n\nLived experience of mental health challenges is essential.\n\n"
               "You will support people who are suffering from depression.\n")  # fmt: skip


@pytest.mark.parametrize("bom, encoding", [
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
])  # fmt: skip
@pytest.mark.parametrize("name", ["advert.md", "advert.txt"])
def test_a_file_with_a_bom_is_fixed_in_its_own_encoding(bom, encoding, name):
    """The revised copy keeps the byte-order mark and encoding it was read in (a UTF-16 or
    UTF-32 file was written as Windows-1252 bytes, which no reader could read again), and
    the diff shows its text, not its NUL bytes."""
    result = fix_bytes(bom + _BOM_ADVERT.encode(encoding), name, notes=False)
    assert result.applied and result.data.startswith(bom)
    revised = result.data[len(bom):].decode(encoding)  # strict: every byte in its encoding
    assert revised.startswith("# Peer Support Worker\n") and "suffering from" not in revised
    assert "people who are living with depression" in revised
    diff = result.diff(name)
    assert "\x00" not in diff and "\ufeff" not in diff and diff.startswith(f"--- {name}\n")
    assert "-You will support people who are suffering from depression.\n" in diff


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "cp1252", "utf-8"])
@pytest.mark.parametrize("name", ["advert.md", "advert.txt", "advert.html"])
def test_a_file_without_a_bom_is_fixed_in_the_encoding_it_was_read_in(encoding, name):
    """UTF-16 without a byte-order mark is read as UTF-16 (the readers look for its NUL
    bytes); the revised copy is UTF-16 again, without a mark, not Windows-1252 bytes that no
    reader could read back. Windows-1252 and UTF-8 stay what they were."""
    text = _BOM_ADVERT.replace("depression.", "depression at our Café.")
    if name.endswith(".html"):
        text = "<h1>Peer Support Worker</h1>" + "".join(f"<p>{p}</p>" for p in text.splitlines()[2:] if p)
    result = fix_bytes(text.encode(encoding), name, notes=False)
    assert result.applied and not result.data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    revised = result.data.decode(encoding)  # strict: every byte in its encoding
    assert "people who are living with depression at our Café." in revised and "suffering from" not in revised
    assert "Peer Support Worker" in revised
    assert "\x00" not in result.diff(name)


@pytest.mark.parametrize("name, text", [
    ("advert.md", "# Peer Support Worker\n\nLived experience is essential.\n\nYou will support people with addiction.\n"),
    ("advert.txt", "Peer Mentor\n\nAbout you\n- Lived experience is essential for this post.\n- You will hold clear boundaries.\n"),
    ("advert.html", "<h1>Recovery Peer Worker</h1><p>We are a small charity. Lived experience is essential.</p>"),
])  # fmt: skip
def test_a_replacement_that_opens_a_sentence_keeps_its_capital(name, text):
    """CS001's fix names the kind of lived experience ("lived experience of ..."); where the
    words it replaces open a sentence or list item, the capital stays (it was lower-cased)."""
    result = fix_bytes(text.encode("utf-8"), name, notes=False)
    revised = result.data.decode("utf-8")
    assert any(e.rule == "CS001" for e in result.applied)
    assert re.search(r"(?:^|[\s>.]|- )Lived experience of [a-z]", revised), revised
    assert not re.search(r"(?:^|\. |- |<p>)lived experience of", revised, re.MULTILINE), revised


@pytest.mark.parametrize("part", ["header", "footer"])
def test_words_in_a_page_header_or_footer_are_left_for_a_person_saying_where(part) -> None:
    """The class: a finding on words in a page header or footer (which no writer changes)
    was "not placed: the words were not found in the file", though they are there; it is a
    fix left for a person that says where the words are. The twin, the same words in the
    body, is replaced."""
    advert = (Advert().title("Peer Support Worker").heading("About you")
              .para("Lived experience of mental health challenges is essential."))  # fmt: skip
    getattr(advert, part)("We support addicts in recovery.")
    result = fix_bytes(advert.bytes(), "a.docx")
    assert not result.missed
    left = [x for x in result.left if x.rule == "LA001"]
    assert len(left) == 1 and f"in the page {part}" in left[0].why and left[0].safety == "manual"
    assert f"left LA001: the words are in the page {part}" in summary(result)
    twin = (Advert().title("Peer Support Worker").heading("About you")
            .para("Lived experience of mental health challenges is essential.").para("We support addicts in recovery."))  # fmt: skip
    result = fix_bytes(twin.bytes(), "a.docx")
    assert any(e.rule == "LA001" for e in result.applied) and not any(x.rule == "LA001" for x in result.left)


def test_fix_refuses_an_output_name_that_is_not_the_copys_kind(tmp_path) -> None:
    """``jdlint fix advert.docx -o advert.txt`` wrote a Word package named .txt (and a text
    advert to ``-o x.docx`` wrote text named .docx): neither opens. Refused in one line per
    file, nothing written; a Word copy to .docx and text to .md or .txt (the twins) are written."""
    word = tmp_path / "advert.docx"
    word.write_bytes(Advert().title("Peer Support Worker").para("We support addicts.").bytes())
    text = tmp_path / "advert.txt"
    text.write_text("Peer Support Worker\n\nWe support addicts in recovery.\n")
    runner = CliRunner()
    for source, target, says in ((word, "out.txt", "a Word document: name it .docx"),
                                 (text, "out.docx", "text, not a Word document: name it .txt")):
        result = runner.invoke(main, ["fix", str(source), "-o", str(tmp_path / target)])
        assert result.exit_code == 2 and says in result.output, result.output
        assert not (tmp_path / target).exists()
    for source, target in ((word, "ok.docx"), (text, "ok.md"), (text, "ok.txt")):
        assert runner.invoke(main, ["fix", str(source), "-o", str(tmp_path / target)]).exit_code in (0, 1)
        assert (tmp_path / target).exists()


_NUMBERED = """# Peer Support Worker

## About the role

You will offer peer support to adults in our community team.

## Essential

{items}

## Desirable

- Lived experience of mental health challenges would be an advantage.
"""


@pytest.mark.parametrize(("name", "items", "added"), [
    ("a.md", "1. Good listening skills.\n2. Ability to work in a team.", "3. Lived experience of"),
    ("a.md", "1) Good listening skills.\n2) Ability to work in a team.\n3) A driving licence.", "4) Lived experience of"),
    ("a.txt", "9. Good listening skills.\n10. Ability to work in a team.", "11. Lived experience of"),
    ("a.md", "- Good listening skills.\n- Ability to work in a team.", "- Lived experience of"),  # the twin: bullets
    ("a.md", "* Good listening skills.\n* Ability to work in a team.", "* Lived experience of"),
])  # fmt: skip
def test_an_item_added_to_a_numbered_list_goes_on_counting(name, items, added) -> None:
    """The class: lived experience moved into an Essential list numbered "1." "2." came in
    as a second "2." (the last item's marker copied): the text copy read 1, 2, 2. A numbered
    list goes on counting; a bulleted list keeps its bullet."""
    source = _NUMBERED.format(items=items)
    if name.endswith(".txt"):
        source = re.sub(r"(?m)^#+ ", "", source)
    result = fix_bytes(source.encode(), name, notes=False)
    assert any(e.rule == "CS001" and e.op == "move" for e in result.applied)
    revised = result.data.decode()
    assert f"\n{added} mental health challenges is essential" in revised, revised
