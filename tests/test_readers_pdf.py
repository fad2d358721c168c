"""The PDF reader: blocks, page anchors, tables (split ones joined), furniture and errors."""

from __future__ import annotations

import functools
import io

import pdf_factory
import pypdfium2 as pdfium
import pytest

from jdlint.api import check_bytes
from jdlint.errors import (
    CorruptDocument,
    EncryptedDocument,
    ReadError,
    ScannedDocument,
    Timeout,
    TooLarge,
    UnsupportedFormat,
)
from jdlint.model import Block, Document
from jdlint.readers import Limits, read_bytes
from jdlint.readers import pdf as reader


@functools.cache
def fixture(name: str) -> bytes:
    if name == "long_advert":
        return pdf_factory.long_advert(pages=8, table_every=3)
    return getattr(pdf_factory, name)()


@functools.cache
def doc(name: str) -> Document:
    return reader.read(fixture(name), f"{name}.pdf", Limits())


def cells(document: Document) -> list[Block]:
    return [b for b in document.blocks if b.kind == "table-cell"]


def loose(document: Document) -> list[Block]:
    return [b for b in document.blocks if b.kind != "table-cell"]


def by_text(document: Document, start: str) -> Block:
    return next(b for b in document.blocks if b.text.startswith(start))


# -- text blocks ------------------------------------------------------------------------------


def test_advert_headings_paragraphs_and_bullets():
    d = doc("advert")
    assert d.format == "pdf"
    assert d.path == "advert.pdf"
    assert d.title == "Peer Support Worker"
    headings = [(b.text, b.level) for b in d.blocks if b.kind == "heading"]
    assert headings == [
        ("Peer Support Worker", 1),
        ("Job summary", 2),
        ("Main duties of the job", 2),
        ("About us", 2),
        ("How to apply", 2),
    ]
    # the four hard-wrapped lines of the summary are one paragraph again
    intro = by_text(d, "We are looking for")
    assert intro.kind == "paragraph"
    assert intro.text == pdf_factory.INTRO
    assert intro.section == ("Peer Support Worker", "Job summary")
    items = [b.text for b in d.blocks if b.kind == "list-item"]
    assert items[:5] == list(pdf_factory.DUTIES)  # markers cut
    assert by_text(d, "Build relationships").section[-1] == "Main duties of the job"


def test_every_block_is_anchored_to_its_page():
    d = doc("advert")
    assert all(b.anchors and b.anchors[0].location.page for b in d.blocks)
    assert by_text(d, "We are looking for").location().page == 1
    assert by_text(d, "How to apply").location().page == 2
    assert by_text(d, "Interviews will be held").location().page == 2
    assert by_text(d, "How to apply").location().short() == "page 2"


def test_page_furniture_removed():
    d = doc("advert")
    assert "Page 1 of" not in d.text and "Page 2 of" not in d.text
    running = [b for b in d.blocks if b.text == pdf_factory.HEADER_TEXT]
    assert [(b.kind, b.location().page) for b in running] == [("header", 1)]
    assert d.blocks[-1].kind == "header"  # furniture goes after the body, as in DOCX


def test_paragraph_across_a_page_break_keeps_both_pages():
    d = doc("long_advert")
    spanning = [b for b in d.blocks if len({a.location.page for a in b.anchors}) > 1]
    assert spanning
    for block in spanning:
        pages = [a.location.page for a in block.anchors]
        assert pages == sorted(pages) and pages[-1] == pages[0] + 1
        assert block.location(len(block.text) - 1).page == pages[-1]


def test_layout_variety():
    d = doc("layout_variety")
    # a bullet wrapped onto a second line is one item
    item = by_text(d, "Work alongside clinical colleagues")
    assert item.kind == "list-item"
    assert item.text.endswith("in every care planning meeting and in team decisions")
    # numbered items
    assert by_text(d, "Support people to develop").kind == "list-item"
    # two paragraphs with no space between them stay two paragraphs
    assert by_text(d, "We are looking for").text == pdf_factory.INTRO
    assert by_text(d, "Our peer workers").text == pdf_factory.ABOUT
    # the caption row and the label row of the table are headings; the cells nest under them
    caption = by_text(d, "PERSON SPECIFICATION")
    assert caption.kind == "heading"
    assert caption.section == ("Peer Support Worker",)  # a sibling of "Main duties of the job"
    assert any(b.kind == "heading" and b.text == "Essential" for b in d.blocks)
    lived = by_text(d, "Lived experience")
    assert lived.section == ("Peer Support Worker", "PERSON SPECIFICATION", "Essential")
    assert lived.column_header == "Essential"
    # the section ends with the table
    assert by_text(d, "Closing date").section == ("Peer Support Worker", "Main duties of the job")


def test_hyphen_at_a_line_end_is_kept():
    d = reader.parse(fixture("hyphen_at_line_end"))
    assert [b.text for b in d.blocks] == [
        "We want people who understand recovery and the value of peer support and "
        "self-management in everyday life."
    ]


def test_a_word_broken_at_a_line_end_is_joined_and_a_compound_keeps_its_hyphen():
    d = reader.parse(fixture("words_broken_at_line_ends"))
    assert [b.text for b in d.blocks] == [
        "You will work across our mental health and addiction services, alongside the Lived "
        "Experience Advisor, in a strengths-based and peer-led team."
    ]


def test_a_sentence_wrapped_with_paragraph_spacing_runs_on_into_a_line_in_lower_case():
    d = reader.parse(fixture("wrapped_with_paragraph_spacing"))
    assert [b.text for b in d.blocks][-5:] == [
        "Meet new clients and complete a short welcome conversation in their first week.",
        "Referrals come from doctors and the local hospital.",
        "self-referral is welcome too.",
        "Peer workers meet weekly",
        "Supervision is monthly.",
    ]


def test_a_sentence_opening_with_a_heading_word_runs_on_into_a_line_in_lower_case():
    # a line that opens with a heading's words ("Interviews ...", "About the ...") but ends on a verb
    # of including, an article or a conjunction is a sentence, not a heading (blind141 mb20 class)
    d = reader.parse(fixture("heading_words_sentence_runs_on"))
    assert [(b.kind, b.text) for b in d.blocks][-4:] == [
        ("paragraph", "Interviews are held by a panel that includes two members of our peer support team."),
        ("paragraph", "About the panel, which is chaired by the team manager and a peer worker."),
        ("heading", "Interview process"),
        ("paragraph", "Interviews take place in Halifax in June."),
    ]


# -- tables -----------------------------------------------------------------------------------


def test_person_spec_table_cells():
    d = doc("person_spec")
    table = cells(d)
    assert len(table) == 3 * (1 + len(pdf_factory.SPEC_ROWS))
    lived = by_text(d, "Lived experience of mental health challenges")
    assert lived.kind == "table-cell"
    assert (lived.row, lived.column) == (1, 1)
    assert lived.column_header == "Essential"
    assert lived.row_header == "Experience"
    assert lived.location().as_dict() == {"page": 1, "table": 1, "row": 2, "col": 2}
    volunteering = by_text(d, "Experience of volunteering")
    assert volunteering.column_header == "Desirable"
    header = [b for b in table if b.row == 0]
    assert [b.text for b in header] == list(pdf_factory.SPEC_HEADER)
    assert all(b.column_header is None for b in header)
    assert all(b.section[-1] == "Person specification" for b in table)


def test_table_text_is_not_also_loose_text():
    d = doc("person_spec")
    for _, essential, desirable in pdf_factory.SPEC_ROWS:
        for text in (essential, desirable):
            assert d.text.count(text) == 1
            assert not any(text in b.text for b in loose(d))
    # the text around the table is still there, in order
    kinds = [b.kind for b in d.blocks]
    assert kinds.index("table-cell") > [b.text for b in d.blocks].index("Person specification")
    assert d.blocks[-1].text == "We welcome applications from people of all backgrounds."


@pytest.mark.parametrize("repeat_header", [False, True])
def test_split_table_is_joined(repeat_header):
    d = doc("split_table_repeated_header" if repeat_header else "split_table")
    table = cells(d)
    assert {b.location().table for b in table} == {1}
    pages = {b.location().page for b in table}
    assert pages == {1, 2}
    second = [b for b in table if b.location().page == 2]
    assert second and all(b.column_header in ("Criteria", "Essential", "Desirable") for b in second)
    assert not any(b.text in pdf_factory.SPEC_HEADER for b in second)  # repeat dropped
    rows = sorted({b.row for b in table})
    assert rows == list(range(len(rows)))  # numbering goes on across the page break
    last = by_text(d, "Essential point 6")
    assert last.column_header == "Essential" and last.row_header == "Extra 6"
    assert last.location().as_dict() == {"page": 2, "table": 1, "row": len(rows), "col": 2}
    assert d.text.count("Essential point 4") == 1


def test_table_finders_agree():
    """pdfplumber's TableFinder on pdfium's ruling lines == pdfplumber's own find_tables."""
    for name in ("person_spec", "split_table", "layout_variety"):
        fast = reader.parse(fixture(name), name, tables="edges")
        slow = reader.parse(fixture(name), name, tables="pdfplumber")
        assert fast.blocks == slow.blocks
        assert cells(fast)


def test_without_table_finder_the_text_is_loose():
    d = reader.parse(fixture("person_spec"), tables="none")
    assert not cells(d)
    assert "Lived experience of mental health" in d.text


# -- errors -----------------------------------------------------------------------------------


def _one_line_error(excinfo: pytest.ExceptionInfo[ReadError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message and message
    return message


def test_encrypted():
    with pytest.raises(EncryptedDocument) as excinfo:
        reader.read(fixture("encrypted"), "x.pdf", Limits())
    assert _one_line_error(excinfo) == "the PDF is password-protected"


def test_owner_password_only_is_read():
    d = reader.read(fixture("owner_only_encrypted"), "x.pdf", Limits())
    assert by_text(d, "We are looking for").text == pdf_factory.INTRO


def test_scanned():
    with pytest.raises(ScannedDocument) as excinfo:
        reader.read(fixture("image_only"), "x.pdf", Limits())
    assert _one_line_error(excinfo) == "no text layer (a scanned PDF?): OCR it first"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(pdf_factory.truncated(), id="truncated"),
        pytest.param(pdf_factory.random_bytes(), id="random"),
        pytest.param(b"%PDF-1.7\n" + pdf_factory.random_bytes(), id="random-with-header"),
        pytest.param(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", id="no-pages"),
    ],
)
def test_corrupt(data):
    with pytest.raises(CorruptDocument) as excinfo:
        reader.read(data, "x.pdf", Limits())
    assert _one_line_error(excinfo).startswith("not a valid PDF: ")


def test_too_many_pages():
    pdf = pdfium.PdfDocument.new()
    for _ in range(reader.MAX_PAGES + 1):
        pdf.new_page(100, 100)
    buffer = io.BytesIO()
    pdf.save(buffer)
    with pytest.raises(TooLarge) as excinfo:
        reader.read(buffer.getvalue(), "x.pdf", Limits())
    assert _one_line_error(excinfo) == "the PDF has 2,001 pages, over the 2,000-page limit"


def test_over_the_byte_limit():
    with pytest.raises(TooLarge):
        reader.read(fixture("advert"), "x.pdf", Limits(max_bytes=1000))


def test_limits_are_applied(monkeypatch):
    with pytest.raises(Timeout) as excinfo:
        reader.read(fixture("long_advert"), "x.pdf", Limits(timeout=0.001))
    assert _one_line_error(excinfo) == "reading took longer than 0.001 s"
    seen = {}

    def spy(func, *args, timeout, memory_mb):
        seen.update(func=func, timeout=timeout, memory_mb=memory_mb)
        return func(*args)

    monkeypatch.setattr(reader, "run_limited", spy)
    reader.read(fixture("advert"), "x.pdf", Limits(timeout=3.5, memory_mb=700))
    assert seen == {"func": reader.parse, "timeout": 3.5, "memory_mb": 700}


def test_errors_leave_stderr_clean(capfd):
    for name in ("truncated", "encrypted", "image_only"):
        with pytest.raises(ReadError):
            reader.read(fixture(name), "x.pdf", Limits())
    with pytest.raises(ReadError):
        reader.read(b"%PDF-1.7\n" + pdf_factory.random_bytes(), "x.pdf", Limits())
    out, err = capfd.readouterr()
    assert out == "" and err == ""


# -- end to end -------------------------------------------------------------------------------


def test_read_bytes_end_to_end():
    d = read_bytes(fixture("person_spec"), "x.pdf")
    assert d.format == "pdf"
    assert by_text(d, "Lived experience").column_header == "Essential"
    with pytest.raises(UnsupportedFormat):
        read_bytes(pdf_factory.random_bytes(), "x.pdf")  # no %PDF header: sniffed as binary
    with pytest.raises(CorruptDocument):
        read_bytes(b"%PDF-1.7\n" + pdf_factory.random_bytes(), "x.pdf")


# --- class: a section phrase asking for the applicant ("What we are looking for") on a plain
# line with no colon or full stop heads the list or the table right under it (as in plain text,
# Word and HTML), so that list does not sit under the heading before ("Desirable") ---
@pytest.mark.parametrize(("line", "heading"), [
    ("What we are looking for", True),
    ("The person we're seeking", True),
    # twins: a sentence opening with the same words; the phrase with a full stop
    ("What we are looking for is someone who listens", False),
    ("Your experience matters to us.", False),
])  # fmt: skip
def test_a_section_phrase_over_a_list_is_a_heading(line: str, heading: bool) -> None:
    d = reader.read(pdf_factory.section_phrase_list(line), "advert.pdf", Limits())
    assert by_text(d, line).kind == ("heading" if heading else "paragraph")
    item = by_text(d, "Personal experience of the care system")
    assert ("Desirable" not in item.section) is heading, item.section


def test_a_section_phrase_over_a_table_is_a_heading() -> None:
    d = reader.read(pdf_factory.section_phrase_list("What we are looking for", table=True), "advert.pdf", Limits())
    assert by_text(d, "What we are looking for").kind == "heading"


# -- tables without ruling lines ----------------------------------------------------------------
# A Word table with its borders removed, printed to PDF: each row's cells share a baseline and
# pdfium runs them into one line. Under a header row of level names the columns are read back
# from the text's positions, and each cell gets its column's level, as in a ruled table.

_SPEC3 = (
    ("Experience", "Experience of working with adults in a caring or support role",
     "Lived experience of mental health challenges and of your own recovery"),
    ("Skills", "Good listening and communication skills", "Experience of facilitating groups"),
    ("Knowledge", "Understanding of confidentiality", "Knowledge of local community services"),
)  # fmt: skip
_SPEC2 = (
    ("Good listening and communication skills with people in distress",
     "Lived experience of mental health recovery"),
    ("Ability to keep clear boundaries", "Experience of group work"),
)  # fmt: skip


def _borderless(kind: str) -> tuple[bytes, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    if kind == "two columns":
        return pdf_factory.borderless_spec(_SPEC2, ("Essential", "Desirable")), ("Essential", "Desirable"), _SPEC2
    header = ("Criteria", "Essential criteria", "Desirable criteria") if kind == "named" else (
        "Criteria", "Essential", "Desirable")  # fmt: skip
    padding = 0 if kind == "rows as close as lines" else 1.5
    return pdf_factory.borderless_spec(_SPEC3, header, (35, 75, 80), padding=padding), header, _SPEC3


@pytest.mark.parametrize("kind", ["three columns", "rows as close as lines", "named", "two columns"])
def test_a_table_without_ruling_lines_keeps_its_columns(kind: str) -> None:
    data, header, rows = _borderless(kind)
    d = reader.read(data, "advert.pdf", Limits())
    table = cells(d)
    assert [b.text for b in table if b.row == 0] == list(header)
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            block = by_text(d, text)
            assert (block.kind, block.text, block.row, block.column) == ("table-cell", text, r, c)
            assert block.column_header == (header[c] if r else None)
            assert block.location().as_dict() == {"page": 1, "table": 1, "row": r + 1, "col": c + 1}
        assert not any(text in b.text for text in row for b in loose(d))
    assert all(b.section[-1] == "Person specification" for b in table)
    assert [b.text for b in d.blocks[-2:]] == [
        "How to apply", "Please apply online by 30 June. Interviews will be held in the week of 14 July."]  # fmt: skip


def test_a_table_without_ruling_lines_is_not_read_without_the_table_finder() -> None:
    data, _, _ = _borderless("three columns")
    assert not cells(reader.parse(data, tables="none"))


@pytest.mark.parametrize(
    "after",
    [
        "How to apply",  # a section name in heading type
        "Lived experience",  # a heading that names what the table asks for: still no cell
    ],
)
def test_the_text_after_a_table_without_ruling_lines_is_not_in_it(after: str) -> None:
    d = reader.read(pdf_factory.borderless_spec(_SPEC2, ("Essential", "Desirable"), after=after), "advert.pdf", Limits())
    assert [b.kind for b in d.blocks if b.text == after] == ["heading"]
    assert by_text(d, "Please apply online").kind == "paragraph"
    assert len(cells(d)) == 2 * (1 + len(_SPEC2))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (["We are looking for someone with lived experience of mental health challenges. This is "
          "essential for the post, because you will share your story.", "Desirable: experience of group work."],
         ["Our service runs across the county with three hubs. You will be based at the central hub "
          "and travel to the others.", "Essential for everyone in the team is a commitment to recovery."]),
        (["Essential", "Desirable"], ["Our peer workers meet every month to reflect on their practice "
                                      "together, with a peer supervisor who has done the role."]),
    ],
)  # fmt: skip
def test_a_page_in_two_text_columns_is_no_table(left: list[str], right: list[str]) -> None:
    """Twin: two columns of prose (no header row of level names alone) are read as before."""
    data = pdf_factory.two_column_layout(left, right)
    d = reader.parse(data)
    assert not cells(d)
    assert d.blocks == reader.parse(data, tables="none").blocks


_DESIRABLE_LIVED = "Lived experience of mental health recovery"


@pytest.mark.parametrize(
    ("rows", "header", "verdict"),
    [
        (_SPEC2, ("Essential", "Desirable"), "not-met"),  # lived experience only desirable
        (tuple(row[::-1] for row in _SPEC2), ("Essential", "Desirable"), "met"),  # the same cell, essential
        ((("Experience", "Experience of working with adults in a caring role", _DESIRABLE_LIVED),),
         ("Criteria", "Essential", "Desirable"), "not-met"),
        ((("Experience", _DESIRABLE_LIVED, "Experience of working with adults in a caring role"),),
         ("Criteria", "Essential", "Desirable"), "met"),
    ],
)  # fmt: skip
def test_the_verdict_on_a_table_without_ruling_lines_rests_on_its_cell(rows, header, verdict) -> None:
    """The lived-experience verdict of an advert whose specification lost its ruling lines is
    decided by the cell under its level, not by the prose around it."""
    report = check_bytes(pdf_factory.borderless_spec(rows, header), "advert.pdf", role="peer")
    found = report.verdict("lived-experience-essential")
    assert found is not None and found.verdict == verdict
    assert [span.text for span in found.evidence] == [_DESIRABLE_LIVED]
    if verdict == "not-met":
        assert "Desirable" in found.why


def test_the_verdict_on_a_page_in_two_text_columns_rests_on_its_sentence() -> None:
    """Twin: prose in two columns is read as prose; its requirement sentence decides."""
    sentence = "Lived experience of mental health challenges is essential for this post."
    data = pdf_factory.two_column_layout(
        [sentence, "Desirable: experience of group work."],
        ["Our service runs across the county with three hubs. You will be based at the central "
         "hub and travel to the others.", "Essential for everyone in the team is a commitment to recovery."],
    )  # fmt: skip
    found = check_bytes(data, "advert.pdf", role="peer").verdict("lived-experience-essential")
    assert found is not None and found.verdict == "met"
    assert [span.text for span in found.evidence] == [sentence]


# -- a list item wrapped onto a line with a bullet of its own (misc35) --------------------------
# Some converters put a bullet on every wrapped line of an item: the line that opens in lower case
# with a word no item begins with ("of", "and", "or"), or under an item that ends on an open word,
# is the item's next line; lower-case items that each stand alone stay apart.


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (("You must be a current or former user", "of substance use services.", "A full driving licence."),
         ["You must be a current or former user of substance use services.", "A full driving licence."]),
        (("Experience of supporting the partners and", "children of people in recovery.", "Good IT skills."),
         ["Experience of supporting the partners and children of people in recovery.", "Good IT skills."]),
        (("Must have personal experience of recovery", "or of caring for someone in recovery.", "Able to drive."),
         ["Must have personal experience of recovery or of caring for someone in recovery.", "Able to drive."]),
        # twins: items in lower case that stand alone, or an item that ends in a full stop
        (("experience of running groups", "a full driving licence", "knowledge of local services"),
         ["experience of running groups", "a full driving licence", "knowledge of local services"]),
        (("Lived experience of recovery.", "and a wish to help others", "Good IT skills."),
         ["Lived experience of recovery.", "and a wish to help others", "Good IT skills."]),
        (("Personal experience of homelessness; or", "three years in a housing support role.", "Able to drive."),
         ["Personal experience of homelessness; or", "three years in a housing support role.", "Able to drive."]),
        # ... or items that open with the same word, each its own ("of ..." / "of ..." after a lead-in)
        (("of homelessness", "of the justice system", "Able to drive."),
         ["of homelessness", "of the justice system", "Able to drive."]),
        (("and in the morning", "and at weekends"), ["and in the morning", "and at weekends"]),
    ],
)  # fmt: skip
def test_a_bullet_on_a_wrapped_line_of_an_item_carries_the_item_on(items: tuple[str, ...], expected: list[str]) -> None:
    document = reader.read(pdf_factory.lead_in_list("You will have:", items), "wrapped-bullets.pdf", Limits())
    assert [b.text for b in document.blocks if b.kind == "list-item"] == expected
