"""The DOCX reader: structure, tables, tracked changes, anchors and hostile files."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from docx.oxml import OxmlElement
from docx_factory import (
    NS,
    Advert,
    add_styles,
    claims_huge,
    deleted,
    document_xml,
    inserted,
    minimal,
    moved,
    numbered,
    paragraph,
    rewrite,
    run,
    text_box,
    with_entities,
    zip_bomb,
)

from jdlint.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ReadError,
    Timeout,
    TooLarge,
    UnsupportedFormat,
)
from jdlint.model import Block, Document
from jdlint.readers import DEFAULT_LIMITS, Limits, read_bytes, read_path
from jdlint.readers import docx as reader


def read(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    return reader.read(data, "advert.docx", limits)


def block(doc: Document, text: str) -> Block:
    """The one block whose text is ``text``."""
    found = [b for b in doc.blocks if b.text == text]
    assert len(found) == 1, f"{text!r} appears {len(found)} times in {[b.text for b in doc.blocks]}"
    return found[0]


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


# -- headings, sections, lists -------------------------------------------------------------


def test_headings_and_section_paths() -> None:
    a = Advert().title("Peer Support Worker")
    a.heading("Job summary").para("You will use your lived experience to support people.")
    a.para("Person specification", bold=True)  # a bold line naming a major section
    a.para("Qualifications", bold=True)  # a bold line naming a group of criteria
    a.para("Essential criteria:")  # a requirement label
    a.para("NVQ level 3 in health and social care.")
    a.heading("How to apply", 2)
    a.para("Apply online.")
    doc = read(a.bytes())

    assert doc.format == "docx" and doc.title == "Peer Support Worker"
    assert block(doc, "Peer Support Worker").kind == "heading"
    assert block(doc, "You will use your lived experience to support people.").section == (
        "Job summary",
    )
    spec = block(doc, "Person specification")
    assert (spec.kind, spec.level, spec.section) == ("heading", 1, ())
    assert block(doc, "Qualifications").section == ("Person specification",)
    label = block(doc, "Essential criteria:")
    assert label.kind == "heading" and label.section == ("Person specification", "Qualifications")
    assert block(doc, "NVQ level 3 in health and social care.").section_path == (
        "Person specification > Qualifications > Essential criteria"
    )
    assert block(doc, "Apply online.").section == ("Person specification", "How to apply")


def test_heading_styles_resolved_through_styles_xml() -> None:
    data = Advert().para("placeholder").bytes()
    body = "".join(
        (
            paragraph("Stellenbeschreibung", ppr='<w:pStyle w:val="berschrift1"/>'),
            paragraph("Aufgaben", ppr='<w:pStyle w:val="JdSub"/>'),
            paragraph("Outline heading", ppr='<w:outlineLvl w:val="0"/>'),
            paragraph("Body text in outline level 9", ppr='<w:outlineLvl w:val="9"/>'),
        )
    )
    data = rewrite(data, {"word/document.xml": document_xml(body)})
    data = add_styles(
        data,
        '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="JdSub"><w:name w:val="JD sub"/>'
        '<w:basedOn w:val="Heading2"/></w:style>',
    )
    # styles.xml is read in pieces when it can be, whole when it cannot (odd quoting)
    odd = rewrite(
        data,
        {"word/styles.xml": lambda xml: xml.replace(b'w:styleId="JdSub"', b"w:styleId='JdSub'")},
    )
    for variant in (data, odd):
        doc = read(variant)
        top = block(doc, "Stellenbeschreibung")
        assert (top.kind, top.level) == ("heading", 1)
        sub = block(doc, "Aufgaben")
        assert (sub.kind, sub.level, sub.section) == ("heading", 2, ("Stellenbeschreibung",))
        assert block(doc, "Outline heading").kind == "heading"
        assert block(doc, "Body text in outline level 9").kind == "paragraph"


def test_bold_only_short_paragraphs() -> None:
    body = "".join(
        (
            paragraph(run("Our values", bold=True)),
            paragraph(run("Closing date: 1 May 2025", bold=True)),
            paragraph(run("This is a bold sentence.", bold=True)),
            paragraph(run("Partly ", bold=True), run("bold")),
            paragraph(run("one two three four five six seven eight nine", bold=True)),
        )
    )
    doc = read(minimal(body))
    assert block(doc, "Our values").kind == "heading"
    for text in (
        "Closing date: 1 May 2025",
        "This is a bold sentence.",
        "Partly bold",
        "one two three four five six seven eight nine",
    ):
        assert block(doc, text).kind == "paragraph", text


def test_list_items_and_levels() -> None:
    a = Advert().heading("Main duties").bullets(["Run groups", "Share your story"])
    a.raw(
        numbered("Nested duty", ilvl=2),
        paragraph("Un-numbered", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>'),
    )
    a.para("• Typed bullet item")
    doc = read(a.bytes())
    assert [
        (b.kind, b.level) for b in doc.blocks if b.text in ("Run groups", "Share your story")
    ] == [
        ("list-item", 0),
        ("list-item", 0),
    ]
    nested = block(doc, "Nested duty")
    assert (nested.kind, nested.level, nested.section) == ("list-item", 2, ("Main duties",))
    assert block(doc, "Un-numbered").kind == "paragraph"
    assert block(doc, "Typed bullet item").kind == "list-item"


# -- tables --------------------------------------------------------------------------------


def test_person_specification_header_row() -> None:
    a = Advert().heading("Person specification")
    a.table(
        [
            ["Criteria", "Essential", "Desirable"],
            ["Experience", "Lived experience of mental health problems", "Work in the NHS"],
            ["Skills", "Good listener", ""],
        ]
    )
    doc = read(a.bytes())
    cells = [b for b in doc.blocks if b.kind == "table-cell"]
    assert "" not in [c.text for c in cells]  # the empty Desirable cell is skipped
    lived = block(doc, "Lived experience of mental health problems")
    assert (lived.row, lived.column, lived.column_header, lived.row_header) == (
        1,
        1,
        "Essential",
        "Experience",
    )
    assert lived.section == ("Person specification",)
    nhs = block(doc, "Work in the NHS")
    assert (nhs.column_header, nhs.row_header) == ("Desirable", "Experience")
    assert block(doc, "Good listener").column_header == "Essential"
    skills = block(doc, "Skills")
    assert (skills.column, skills.column_header, skills.row_header) == (0, "Criteria", None)
    header = [b for b in cells if b.row == 0]
    assert [b.text for b in header] == ["Criteria", "Essential", "Desirable"]
    assert all(b.column_header is None and b.row_header is None for b in header)


def test_marker_column_tables() -> None:
    a = Advert()
    a.table([["Qualifications", "NVQ level 3", "E"], ["Experience", "Peer support work", "D"]])
    a.table([["Area", "Criterion", "E/D"], ["Values", "Recovery focused", "E"]])
    doc = read(a.bytes())
    nvq = block(doc, "NVQ level 3")
    assert (nvq.row_header, nvq.column_header) == ("Qualifications", None)
    markers = [b for b in doc.blocks if b.text in ("E", "D")]
    assert [(m.row_header, m.column_header) for m in markers] == [
        ("Qualifications", None),
        ("Experience", None),
        ("Values", "E/D"),
    ]
    # the marker and its criterion share a table row
    nvq_loc, e_loc = nvq.location(), markers[0].location()
    assert (nvq_loc.table, nvq_loc.row) == (e_loc.table, e_loc.row) == (1, 1)
    assert block(doc, "Recovery focused").column_header == "Criterion"


def test_merged_cells_appear_once() -> None:
    a = Advert()
    table = a.table(
        [
            ["Criteria", "Essential", "Desirable"],
            ["Experience", "", ""],
            ["Skills", "Listening", "Group work"],
            ["", "Writing notes", "IT skills"],
        ]
    )
    wide = table.cell(1, 1).merge(table.cell(1, 2))
    wide.text = "Experience of recovery, essential or desirable"
    table.cell(2, 0).merge(table.cell(3, 0))
    doc = read(a.bytes())
    merged = block(doc, "Experience of recovery, essential or desirable")
    assert (merged.row, merged.column, merged.column_header) == (1, 1, "Essential")
    assert texts(doc).count("Skills") == 1
    notes = block(doc, "Writing notes")
    assert (notes.row, notes.column, notes.row_header, notes.column_header) == (
        3,
        1,
        "Skills",
        "Essential",
    )
    assert block(doc, "IT skills").column_header == "Desirable"


def test_label_rows_and_label_paragraphs_make_sections() -> None:
    a = Advert().heading("Person specification")
    table = a.table(
        [
            ["Essential", ""],
            ["Experience", "Lived experience of recovery"],
            ["Desirable", ""],
            ["Training", "WRAP facilitator"],
        ]
    )
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(2, 0).merge(table.cell(2, 1))
    t2 = a.table([["Skills", "x"]])
    cell = t2.cell(0, 1)
    cell.text = "Essential:"
    for line in ("Listening", "Desirable:", "Facilitating groups"):
        cell.add_paragraph(line)
    a.para("Please apply online")
    doc = read(a.bytes())
    assert block(doc, "Essential").kind == "heading"
    assert block(doc, "Lived experience of recovery").section == (
        "Person specification",
        "Essential",
    )
    assert block(doc, "WRAP facilitator").section == ("Person specification", "Desirable")
    assert block(doc, "Listening").section == ("Person specification", "Essential")
    groups = block(doc, "Facilitating groups")
    assert (groups.section, groups.row_header, groups.column) == (
        ("Person specification", "Desirable"),
        "Skills",
        1,
    )
    assert block(doc, "Skills").section == ("Person specification",)
    # labels end with their table (or cell)
    assert block(doc, "Please apply online").section == ("Person specification",)


def test_nested_table() -> None:
    a = Advert()
    outer = a.table([["Job details", ""]])
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Band", (0, 1): "3", (1, 0): "Hours", (1, 1): "37.5"}.items():
        inner.cell(r, c).text = text
    a.para("After the tables.")
    doc = read(a.bytes())
    assert texts(doc) == ["Job details", "Band", "3", "Hours", "37.5", "After the tables."]
    hours = block(doc, "37.5")
    assert (hours.location().table, hours.row, hours.column, hours.row_header) == (2, 1, 1, "Hours")
    assert block(doc, "Job details").location().table == 1


# -- headers, footers, text boxes ----------------------------------------------------------


def test_headers_and_footers() -> None:
    a = Advert().para("Body text").header("Trust job description").footer("Page footer")
    a.new_section(header="Trust job description", footer="Second footer")
    doc = read(a.bytes())
    assert texts(doc, "header") == ["Trust job description"]  # the identical one once
    assert texts(doc, "footer") == ["Page footer", "Second footer"]
    assert doc.blocks[0].kind == "paragraph"  # the body comes first
    assert all(b.section == () for b in doc.blocks if b.kind in ("header", "footer"))


def test_text_box_read_once_where_anchored() -> None:
    a = Advert().para("Before")
    a.raw(paragraph("Anchor paragraph", text_box("Closing date: 1 May\nInterviews in June")))
    a.raw(
        paragraph(
            f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{paragraph('VML only box')}"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    a.para("After")
    doc = read(a.bytes())
    assert doc.text.count("Closing date") == 1
    assert texts(doc) == [
        "Before",
        "Anchor paragraph",
        "Closing date: 1 May",
        "Interviews in June",
        "VML only box",
        "After",
    ]
    assert block(doc, "Closing date: 1 May").kind == "text-box"
    assert block(doc, "VML only box").kind == "text-box"


# -- tracked changes -----------------------------------------------------------------------


def test_tracked_changes_read_as_accepted() -> None:
    gone, arrived = moved("moved away ", "moved here ")
    a = Advert().para("Unchanged paragraph.")
    a.raw(
        paragraph("We ", inserted("truly "), "value", deleted(" never"), " lived experience."),
        paragraph(gone, "Text ", arrived, "ends."),
        paragraph(deleted("A whole deleted paragraph.")),
    )
    doc = read(a.bytes())
    changed = block(doc, "We truly value lived experience.")
    assert changed.tracked
    assert block(doc, "Text moved here ends.").tracked
    assert not block(doc, "Unchanged paragraph.").tracked
    assert (
        "never" not in doc.text and "moved away" not in doc.text and "whole deleted" not in doc.text
    )
    assert "tracked changes read as if accepted" in doc.notes
    assert read(Advert().para("Clean").bytes()).notes == ()


def test_tracked_table_rows() -> None:
    a = Advert()
    table = a.table([["Criteria", "Essential"], ["Values", "Kindness"], ["Old", "Removed row"]])
    removed = table.rows[2]._tr
    removed.get_or_add_trPr().append(OxmlElement("w:del"))
    doc = read(a.bytes())
    assert "Removed row" not in doc.text and block(doc, "Kindness").column_header == "Essential"
    assert doc.notes == ("tracked changes read as if accepted",)


# -- anchors and text ----------------------------------------------------------------------


def test_anchors_give_paragraphs_runs_and_cells() -> None:
    a = Advert().para("First paragraph.").runs("Second ", "paragraph ", "in runs.")
    a.table([["Criteria", "Essential"], ["Values", "Compassion"]])
    doc = read(a.bytes())
    assert block(doc, "First paragraph.").location().as_dict() == {"paragraph": 1, "run": 1}
    runs = block(doc, "Second paragraph in runs.")
    assert [anchor.offset for anchor in runs.anchors] == [0, 7, 17]
    assert runs.location(10).as_dict() == {"paragraph": 2, "run": 2}
    assert runs.location(17).short() == "para 2"
    cell = block(doc, "Compassion").location()
    assert (cell.table, cell.row, cell.col, cell.paragraph) == (1, 2, 2, 6)


def test_white_space_breaks_hidden_text_fields_and_controls() -> None:
    body = "".join(
        (
            paragraph("Salary:", "<w:r><w:tab/></w:r>", "£25,000  a   year "),
            paragraph("Line one", "<w:r><w:br/></w:r>", "Line two"),
            paragraph("Shown", "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"),
            paragraph(
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                "Apply here",
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            ),
            f"<w:sdt {NS}><w:sdtPr/><w:sdtContent>{paragraph('Inside a content control')}</w:sdtContent></w:sdt>",
            f"<w:sdt {NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            f"{paragraph('Click or tap here to enter text.')}</w:sdtContent></w:sdt>",
        )
    )
    doc = read(minimal(body))
    assert texts(doc) == [
        "Salary: £25,000 a year",
        "Line one\nLine two",
        "Shown",
        "Apply here",
        "Inside a content control",
    ]


def test_strict_ooxml_namespaces() -> None:
    data = minimal(paragraph("Strict document text"))
    strict = rewrite(
        data,
        {
            "word/document.xml": lambda xml: xml.replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            )
        },
    )
    assert texts(read(strict)) == ["Strict document text"]


def test_read_bytes_end_to_end(tmp_path) -> None:
    data = Advert().title("Peer Support Worker").para("Join our team.").bytes()
    doc = read_bytes(data, "x.docx")
    assert (doc.format, doc.path, doc.title) == ("docx", "x.docx", "Peer Support Worker")
    path = tmp_path / "advert.docx"
    path.write_bytes(data)
    assert read_path(path).text == "Peer Support Worker\nJoin our team."


# -- hostile and broken files --------------------------------------------------------------


def one_line(exc: pytest.ExceptionInfo[ReadError]) -> str:
    message = str(exc.value)
    assert message and "\n" not in message
    return message


def test_zip_bomb_refused() -> None:
    with pytest.raises(CorruptDocument) as exc:
        read(zip_bomb())
    assert "zip bomb" in one_line(exc)


def test_huge_unpacked_size_refused() -> None:
    with pytest.raises(TooLarge) as exc:
        read(claims_huge())
    assert "200 MB" in one_line(exc)


def test_xml_entities_refused() -> None:
    with pytest.raises(CorruptDocument) as exc:
        read(with_entities())
    assert one_line(exc) == "the document declares XML entities (refused for safety)"


@pytest.mark.parametrize("cut", [2, 3])
def test_truncated_file(cut) -> None:
    """A Word file cut short (a download or copy that stopped) says so, and what to do."""
    data = Advert().para("Peer support worker").para("Lived experience is essential.").bytes()
    with pytest.raises(CorruptDocument) as exc:
        read(data[: len(data) // cut])
    assert one_line(exc).startswith("not a valid Word document: the file is damaged or cut short (")
    assert one_line(exc).endswith("open it in Word and save it again")


def test_random_bytes_named_docx() -> None:
    noise = random.Random(3).randbytes(5000)
    with pytest.raises(ReadError) as exc:
        read_bytes(noise, "advert.docx")
    one_line(exc)
    with pytest.raises(CorruptDocument) as exc:
        read(noise)
    one_line(exc)
    with pytest.raises(CorruptDocument) as exc:
        read_bytes(b"PK\x03\x04" + noise, "advert.docx")
    one_line(exc)


def test_broken_packages() -> None:
    data = Advert().para("Peer support worker").bytes()
    with pytest.raises(CorruptDocument) as exc:
        read(rewrite(data, {"word/document.xml": None}))
    assert "word/document.xml" in one_line(exc)
    with pytest.raises(CorruptDocument) as exc:
        read(rewrite(data, {"word/document.xml": b"<w:document><w:body>"}))
    assert "not well-formed" in one_line(exc)


def test_encrypted_and_empty_documents() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocument) as exc:
        read(ole)
    one_line(exc)
    with pytest.raises(UnsupportedFormat):
        read_bytes(ole, "secret.docx")  # sniff stops OLE files first
    with pytest.raises(EmptyDocument) as exc:
        read(minimal(paragraph("   ") + "<w:p/>"))
    one_line(exc)


def test_timeout() -> None:
    data = minimal("".join(f"<w:p><w:r><w:t>Paragraph {i}</w:t></w:r></w:p>" for i in range(3000)))
    with pytest.raises(Timeout) as exc:
        read(data, Limits(timeout=0))
    one_line(exc)


@pytest.mark.slow
def test_hundred_thousand_paragraphs() -> None:
    body = "".join(
        f"<w:p><w:r><w:t>Paragraph {i} about peer support and </w:t></w:r>"
        f"<w:r><w:rPr><w:b/></w:rPr><w:t>lived experience.</w:t></w:r></w:p>"
        for i in range(100_000)
    )
    data = minimal(body)
    doc = read(data, Limits(timeout=3600, max_elements=1_000_000))  # 700,000 tags: over the default cap; about what is read, not how fast
    assert len(doc.blocks) == 100_000
    assert doc.blocks[-1].location().paragraph == 100_000
    assert doc.blocks[-1].text == "Paragraph 99999 about peer support and lived experience."


def test_table_title_rows_and_category_rows() -> None:
    a = Advert().heading("Job summary").para("About the job.")
    t = a.table(
        [
            ["PERSON SPECIFICATION", "", ""],
            ["Criteria", "Essential", "Desirable"],
            ["Qualifications", "", ""],
            ["Training", "NVQ level 3", "Degree"],
            ["Experience", "", ""],
            ["Lived", "Lived experience of recovery", "NHS work"],
        ]
    )
    for r in (0, 2, 4):
        t.cell(r, 0).merge(t.cell(r, 2))
    a.para("How to apply", bold=True).para("Online.")
    doc = read(a.bytes())
    assert block(doc, "PERSON SPECIFICATION").section == ()
    lived = block(doc, "Lived experience of recovery")
    assert lived.section == ("PERSON SPECIFICATION", "Experience")
    assert (lived.column_header, lived.row_header) == ("Essential", "Lived")
    assert block(doc, "Degree").section == ("PERSON SPECIFICATION", "Qualifications")
    assert block(doc, "Online.").section == ("How to apply",)


def test_layout_tables_and_heading_boxes() -> None:
    a = Advert().title("Peer Support Worker")
    a.table(
        [
            ["Job summary"],
            ["You will support people."],
            ["Person specification"],
            ["Essential"],
            ["Lived experience."],
        ]
    )
    a.para("Text after the layout table.")
    a.table([["How to apply"]])  # a heading in a shaded box
    a.table([["Online", "jobs.example.org"]])
    doc = read(a.bytes())
    assert block(doc, "You will support people.").section == ("Job summary",)
    assert block(doc, "Lived experience.").section == ("Person specification", "Essential")
    assert block(doc, "Text after the layout table.").section == ("Person specification",)
    assert block(doc, "jobs.example.org").section == ("How to apply",)


def test_two_column_and_labelled_row_tables() -> None:
    a = Advert()
    a.table([["Essential criteria", "Desirable criteria"], ["Lived experience", "Driving licence"]])
    a.table([["Essential", "Experience of using services"], ["Desirable", "Group facilitation"]])
    doc = read(a.bytes())
    assert block(doc, "Driving licence").column_header == "Desirable criteria"
    used = block(doc, "Experience of using services")
    assert (used.column_header, used.row_header) == (None, "Essential")
    assert block(doc, "Group facilitation").row_header == "Desirable"


def test_table_of_contents_skipped() -> None:
    a = Advert().raw(paragraph("Job summary\t3", ppr='<w:pStyle w:val="TOC1"/>'))
    a.heading("Job summary").para("Body.")
    doc = read(a.bytes())
    assert texts(doc) == ["Job summary", "Body."]


def test_header_cells_in_a_heading_style_stay_cells() -> None:
    a = Advert().heading("Person specification")
    table = a.table([["Criteria", "Essential", "Desirable"], ["Values", "Hope", "Humour"]])
    for cell in table.rows[0].cells:
        cell.paragraphs[0].style = "Heading 3"
    doc = read(a.bytes())
    assert [b.kind for b in doc.blocks].count("heading") == 1
    humour = block(doc, "Humour")
    assert (humour.section, humour.column_header) == (("Person specification",), "Desirable")


def test_paragraph_properties_are_not_text() -> None:
    ppr = (
        '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
        '<w:pPrChange w:id="5" w:author="R"><w:pPr><w:pStyle w:val="Heading1"/>'
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>'
    )
    doc = read(minimal(paragraph("Reformatted but plain text here", ppr=ppr)))
    only = block(doc, "Reformatted but plain text here")
    assert only.kind == "paragraph" and doc.notes == ()


# --- class: a section phrase asking for the applicant ("What we are looking for") in a Normal
# paragraph, with no heading style, no bold and no full stop, heads the list or the table under
# it, so that list does not sit under the heading before ("Desirable") ---
SECTION_PHRASES = [
    ("What we are looking for", True),
    ("The person we’re seeking", True),
    ("Your skills, knowledge and experience", True),
    ("Who we're looking for", True),
    # known section names were headings already ("About you", "What you'll bring")
    ("About you", True),
    ("What you’ll bring", True),
    # twins: a sentence opening with the same words; a phrase in a sentence with a full stop
    ("What we are looking for is someone who listens", False),
    ("Your experience matters to us.", False),
]


def _section_phrase_advert(line: str, *, bold: bool = False, blank: bool = False) -> Advert:
    a = Advert().title("Peer Mentor").para("You will walk alongside young people leaving care.")
    a.heading("Desirable").bullets(["A full driving licence"])
    a.para(line, bold=bold)
    if blank:
        a.para("")
    return a


@pytest.mark.parametrize(("line", "heading"), SECTION_PHRASES)
def test_a_section_phrase_over_a_list_is_a_heading(line: str, heading: bool) -> None:
    doc = read(_section_phrase_advert(line).bullets(["Personal experience of the care system"]).bytes())
    assert (block(doc, line).kind == "heading") is heading
    item = block(doc, "Personal experience of the care system")
    assert item.section == ((line,) if heading else ("Desirable",)), item.section


@pytest.mark.parametrize("line", ["What we are looking for", "The person we’re seeking"])
def test_a_section_phrase_over_a_table_or_past_an_empty_paragraph_is_a_heading(line: str) -> None:
    a = _section_phrase_advert(line)
    a.table([["Criteria", "Detail"], ["Experience", "Lived experience of homelessness"]])
    assert block(read(a.bytes()), line).kind == "heading"
    doc = read(_section_phrase_advert(line, blank=True).bullets(["Lived experience of homelessness"]).bytes())
    assert block(doc, "Lived experience of homelessness").section == (line,)


def test_a_bold_section_phrase_opens_a_section_beside_the_heading_before() -> None:
    doc = read(_section_phrase_advert("Your skills and experience", bold=True).bullets(["Lived experience"]).bytes())
    assert block(doc, "Lived experience").section == ("Your skills and experience",)


def test_a_section_phrase_over_a_paragraph_stays_a_paragraph() -> None:
    doc = read(_section_phrase_advert("What we are looking for").para("Someone kind and patient.").bytes())
    assert block(doc, "What we are looking for").kind == "paragraph"
    assert block(doc, "Someone kind and patient.").section == ("Desirable",)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(("members", "says"), [
    ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"},
     "an OpenDocument text (.odt) file: save it as .docx"),
    ({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"}, "an Excel workbook (.xlsx), not an advert"),
    ({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}, "a PowerPoint presentation (.pptx)"),
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<o/>"}, "a spreadsheet (.ods)"),
    ({"notes.txt": b"hello", "data.csv": b"a,b"}, "a zip archive that is not a Word document, not an advert"),  # the twin
])  # fmt: skip
@pytest.mark.parametrize("name", ["advert.docx", "advert.odt", "advert.bin"])
def test_an_office_file_that_is_not_word_is_named_with_what_to_do(members, says, name) -> None:
    """The class: a LibreOffice .odt (or an Excel or PowerPoint file) named .docx or not was
    "a zip archive that is not a Word document, not an advert", though an .odt is an advert
    in another word processor's format; it is named, with the next step, in one line. A zip
    of anything else keeps the general words."""
    with pytest.raises(UnsupportedFormat) as exc:
        read_bytes(_zip(members), name)
    assert says in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.parametrize(
    "header",
    [("Essential", "Desirable"), ("Criteria", "Essential", "Desirable")],
)
def test_a_table_with_its_borders_removed_keeps_its_columns(header: tuple[str, ...]) -> None:
    """A Word table whose borders are set to none is still a table in the file: each cell has
    its column's level (the PDF printed from it loses the table; see test_readers_pdf)."""
    lived = "Lived experience of mental health recovery"
    rows = [header, (*(["Experience"] if len(header) == 3 else []), "Good listening skills", lived)]
    advert = Advert().heading("Person specification")
    table = advert.table(rows)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)
    d = read_bytes(advert.bytes(), "advert.docx")
    cell = next(b for b in d.blocks if b.text == lived)
    assert (cell.kind, cell.column_header, cell.row) == ("table-cell", "Desirable", 1)
