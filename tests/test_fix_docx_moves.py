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
