"""The Word comments on a moved requirement name where it came from: a column or a list.

A requirement of lived experience found among the desirable criteria is moved to the
essential ones. In a person-specification table that is the Desirable column; in an advert
whose criteria are two lists under "Essential" and "Desirable" headings there is no column,
and the comment must not say there is one.
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from jdlint.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ADVERTS = {
    "hostel": ("Peer Support Worker", "Lived experience of homelessness or of using drugs."),
    "wellbeing": ("Peer Mentor (Wellbeing Service)", "Your own lived experience of mental distress and recovery."),
}


def _intro(d: docx.Document, title: str) -> None:
    d.add_heading(title, level=1)
    d.add_paragraph("Salary: £23,500 a year, 30 hours a week.")
    d.add_heading("About the role", level=2)
    d.add_paragraph("You will walk alongside people using our service, sharing what helped you and "
                    "helping them find their own way forward.")  # fmt: skip


def _table_advert(title: str, wanted: str) -> bytes:
    d = docx.Document()
    _intro(d, title)
    d.add_heading("Person specification", level=2)
    t = d.add_table(rows=2, cols=3)
    for j, text in enumerate(("Area", "Essential", "Desirable")):
        t.cell(0, j).text = text
    for j, text in enumerate(("Experience", "Good listening skills.", wanted)):
        t.cell(1, j).text = text
    d.add_heading("How to apply", level=2)
    d.add_paragraph("Send a CV by 30 January.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _list_advert(title: str, wanted: str) -> bytes:
    d = docx.Document()
    _intro(d, title)
    d.add_heading("Essential criteria", level=2)
    d.add_paragraph("Good listening skills.", style="List Bullet")
    d.add_paragraph("Able to keep clear notes.", style="List Bullet")
    d.add_heading("Desirable criteria", level=2)
    d.add_paragraph(wanted, style="List Bullet")
    d.add_paragraph("A full driving licence.", style="List Bullet")
    d.add_heading("How to apply", level=2)
    d.add_paragraph("Send a CV by 30 January.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _comments(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/comments.xml"))
    return "\n".join("".join(t.text or "" for t in c.iter(f"{W}t")) for c in root.iter(f"{W}comment"))


@pytest.mark.parametrize("name", sorted(ADVERTS))
@pytest.mark.parametrize(("build", "where", "not_where"), [(_table_advert, "column", "criteria"),
                                                           (_list_advert, "criteria", "column")])  # fmt: skip
def test_a_moved_requirement_is_said_to_come_from_its_column_or_its_list(tmp_path, name, build, where, not_where) -> None:
    (tmp_path / "advert.docx").write_bytes(build(*ADVERTS[name]))
    result = CliRunner().invoke(main, ["fix", "--isolated", str(tmp_path / "advert.docx")])
    assert result.exit_code in (0, 1), result.output
    comments = _comments((tmp_path / "advert.fixed.docx").read_bytes())
    assert f"Moved here from the Desirable {where}." in comments
    assert f"Moved to the Essential {where}." in comments
    assert f"the Desirable {not_where}" not in comments and f"the Essential {not_where}" not in comments


# The class: a Word person specification whose Essential cell ends without a stop, with an
# "or equivalent" ("NVQ Level 3 ... or equivalent"): the requirement moved in from the
# Desirable cell is a new paragraph of that cell, the reader joins a cell's paragraphs, and
# the two read as one sentence whose "or equivalent" offers a substitute for lived
# experience: the verdict went to not met and CS001 was "not resolved". Now a tracked full
# stop follows the cell's words (as a text table's cell gets one); a cell ending with a stop
# gets none.
OR_EQUIVALENT = {
    "dementia carers": ("Carer Peer Support Worker", "Level 3 qualification in care or equivalent",
                        "Personal experience of caring for someone living with dementia"),
    "justice": ("Peer Mentor, Prison Healthcare", "Experience of support work, or equivalent experience in a caring role",
                "Lived experience of the justice system and of drug use"),
}


@pytest.mark.parametrize("name", sorted(OR_EQUIVALENT))
def test_an_essential_cell_ending_without_a_stop_gets_a_tracked_one_before_the_moved_words(tmp_path, name) -> None:
    title, essential, wanted = OR_EQUIVALENT[name]
    d = docx.Document()
    _intro(d, title)
    d.add_heading("Person specification", level=2)
    t = d.add_table(rows=3, cols=2)
    for i, row in enumerate((("Essential", "Desirable"), (essential, wanted), ("Good listening skills", "First aid"))):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    src = tmp_path / "advert.docx"
    d.save(src)
    out = CliRunner().invoke(main, ["fix", "--isolated", "--select", "CS001", str(src)]).output
    assert "fixed CS001 (moved to the Essential column)" in out
    assert "not resolved" not in out and "lived-experience-essential: not-met -> met" in out
    revised = docx.Document(str(tmp_path / "advert.fixed.docx"))
    cell = revised.tables[0].cell(1, 0)
    body = etree.tostring(cell._tc, encoding="unicode")
    assert ">.</w:t></w:r></w:ins>" in body  # the stop, a tracked insertion of its own
    first = cell.paragraphs[0]._p
    assert "".join(first.xpath(".//w:t/text()")) == essential + "."
    # the last row's cells, and a cell that ends with a stop, are left as they were
    assert [c.text for c in revised.tables[0].rows[2].cells] == ["Good listening skills", "First aid"]


def test_an_essential_cell_ending_with_a_stop_gets_no_second_one(tmp_path) -> None:
    src = tmp_path / "advert.docx"
    src.write_bytes(_table_advert(*ADVERTS["hostel"]))
    CliRunner().invoke(main, ["fix", "--isolated", "--select", "CS001", str(src)])
    cell = docx.Document(str(tmp_path / "advert.fixed.docx")).tables[0].cell(1, 1)
    assert "".join(cell.paragraphs[0]._p.xpath(".//w:t/text()")) == "Good listening skills."
