"""The plain-text reader and the reader dispatch: sniffing, decoding, blocks and anchors."""

from __future__ import annotations

import codecs
import glob
import io
import random
import zipfile
from pathlib import Path

import pytest

from jdlint.errors import EmptyDocument, ReadError, UnsupportedFormat
from jdlint.readers import read_bytes, read_path, read_text, sniff
from jdlint.readers import text as plain
from jdlint.readers.markdown import read_markdown

ADVERT = """Peer Support Worker

Job summary
We are looking for a peer support worker with lived experience of mental health
challenges to join our community team in Exeter. You will use your own experience
to inspire hope.

Main duties of the job
• Share your own experience of recovery where it helps
   • Support people to set their own goals
1. Run a weekly wellbeing group

Person specification
Essential criteria:
- Lived experience of mental health challenges
Desirable criteria:
- Experience of working in the NHS

It’s a great place to work – salary £24,071.
"""

REAL = sorted(glob.glob("/work/shared/corpus/real/*.txt"))


def _find(doc, text):
    return next(b for b in doc.blocks if b.text.startswith(text))


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ADVERT.encode("utf-8"),
        codecs.BOM_UTF8 + ADVERT.encode("utf-8"),
        codecs.BOM_UTF16_LE + ADVERT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ADVERT.encode("utf-16-be"),
        ADVERT.encode("utf-16-le"),
        ADVERT.encode("utf-16-be"),
        ADVERT.replace("\n", "\r\n").encode("utf-8"),
        codecs.BOM_UTF32_LE + ADVERT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + ADVERT.encode("utf-32-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "crlf", "utf32le-bom", "utf32be-bom"],
)
def test_encodings_read_the_same(data: bytes) -> None:
    doc = read_bytes(data, "advert.txt")
    assert doc.format == "text"
    reference = plain.read_text(ADVERT)
    assert [(b.kind, b.text, b.section) for b in doc.blocks] == [
        (b.kind, b.text, b.section) for b in reference.blocks
    ]
    assert doc.blocks[0].text == "Peer Support Worker"  # no BOM left at the front
    assert "It’s a great place to work – salary £24,071." in doc.text


_WORDS = "Peer Support Worker\n\nLived experience is essential.\n"
# (BOM, its encoding): each followed by bytes that do not decode under it, two ways
_BAD_UNDER_BOM = {
    "utf8-bom": (codecs.BOM_UTF8 + b"Peer Support Worker \xc0\xaf\xff\xfe " + bytes(range(0x80, 0xC0)),
                 codecs.BOM_UTF8 + _WORDS.encode() + b"\xe2\x80"),  # cut in a character
    "utf16le-bom": (codecs.BOM_UTF16_LE + "Peer".encode("utf-16-le") + b"\x00\xdc" + "work".encode("utf-16-le"),
                    codecs.BOM_UTF16_LE + _WORDS.encode("utf-16-le") + b"\n"),  # an odd byte
    "utf16be-bom": (codecs.BOM_UTF16_BE + "Peer".encode("utf-16-be") + b"\xdc\x00" + "work".encode("utf-16-be"),
                    codecs.BOM_UTF16_BE + _WORDS.encode("utf-16-be") + b"\x00"),
    "utf32le-bom": (codecs.BOM_UTF32_LE + _WORDS.encode("ascii") * 3,  # 8-bit text after the mark
                    codecs.BOM_UTF32_LE + _WORDS.encode("utf-32-le") + b"\x0a\x00"),  # a cut character
    "utf32be-bom": (codecs.BOM_UTF32_BE + _WORDS.encode("ascii") * 3,
                    codecs.BOM_UTF32_BE + _WORDS.encode("utf-32-be") + b"\x00\x00\xd8\x00"),  # a surrogate
}


@pytest.mark.parametrize("name", ["advert.txt", "advert.md", "advert.html"])
@pytest.mark.parametrize("which", sorted(_BAD_UNDER_BOM))
def test_bytes_that_do_not_decode_under_their_bom_are_a_one_line_error(which: str, name: str) -> None:
    from jdlint.errors import CorruptDocument

    label = "UTF-" + which[3:].split("-")[0].rstrip("lbe")
    for data in _BAD_UNDER_BOM[which]:
        with pytest.raises(CorruptDocument) as caught:
            read_bytes(data, name)
        message = str(caught.value)
        assert message.startswith(f"a {label} byte-order mark followed by bytes that are not {label} (at byte ")
        assert message.endswith("): save it as UTF-8 text") and "\n" not in message


def test_cp1252_apostrophes_and_pound() -> None:
    data = (
        b"Peer Support Worker\n\nIt\x92s a role for people with lived experience \x96 \xa324,071.\n"
    )
    doc = read_bytes(data, "advert.txt")
    assert "It’s a role for people with lived experience – £24,071." in doc.text
    assert "\ufffd" not in doc.text


def test_decode_prefers_utf8_over_cp1252() -> None:
    assert plain.decode("café – £5".encode()) == "café – £5"
    assert plain.decode(b"caf\xe9 \x96 \xa35") == "café – £5"


# --- blocks, sections, anchors ----------------------------------------------------------------


def test_pseudo_headings_nest() -> None:
    doc = plain.read_text(ADVERT, "advert.txt")
    headings = [(b.text, b.level, b.section) for b in doc.blocks if b.kind == "heading"]
    assert ("Job summary", 1, ()) in headings
    assert ("Person specification", 1, ()) in headings
    assert ("Essential criteria:", 2, ("Person specification",)) in headings
    essential = _find(doc, "Lived experience of mental health challenges")
    assert essential.section == ("Person specification", "Essential criteria")
    desirable = _find(doc, "Experience of working in the NHS")
    assert desirable.section == ("Person specification", "Desirable criteria")
    assert desirable.section_path == "Person specification > Desirable criteria"



@pytest.mark.parametrize("line", [
    "Lived experience is essential, including:",
    "You will bring personal experience, such as:",
    "Applicants must have lived experience of:",
    "Kei a koe ngā wheako, for example:",
])
def test_a_line_leading_into_its_list_is_not_a_heading(line: str) -> None:
    doc = plain.read_text(f"About you\n\n{line}\n- psychosis\n- gambling harm\n", "advert.txt")
    lead = _find(doc, line)
    assert lead.kind == "paragraph" and lead.section == ("About you",)
    assert _find(doc, "psychosis").section == ("About you",)


@pytest.mark.parametrize("line", ["About you:", "What we are looking for:", "Skills, knowledge and experience:"])
def test_a_short_label_with_a_colon_is_still_a_heading(line: str) -> None:
    doc = plain.read_text(f"Peer Worker\n\n{line}\n- psychosis\n", "advert.txt")
    assert _find(doc, line).kind == "heading"

@pytest.mark.parametrize("line", ["Hiring", "Our hiring process", "Recruitment process", "Next steps",
                                  "What happens next", "How we hire", "Selection"])
def test_a_bare_line_naming_how_the_post_is_filled_is_a_heading(line: str) -> None:
    # a plain-text advert's section on selection, with no colon and in ordinary case
    doc = plain.read_text(f"Peer Mentor\n\nRequirements\n- Lived experience of recovery.\n\n{line}\n"
                          "Candidates meet the Service Manager and the Team Leader.\n", "advert.txt")
    assert _find(doc, line).kind == "heading"
    assert _find(doc, "Candidates meet the Service Manager").section == (line,)


@pytest.mark.parametrize("line", ["Hiring manager: Priya Shah", "Hiring now", "Recruitment of volunteers to the group.",
                                  # an area of the post's duties, not its own selection (h-rev)
                                  "Recruitment"])
def test_a_line_that_only_starts_with_a_hiring_word_is_no_heading(line: str) -> None:
    doc = plain.read_text(f"Peer Mentor\n\nAbout you\n{line}\n", "advert.txt")
    assert _find(doc, line).kind != "heading"


@pytest.mark.parametrize("line", ["Experience (essential for this role)", "Qualifications (desirable)",
                                  "Skills and experience [essential]", "Benefits (full-time staff)"])
def test_a_section_name_with_a_bracket_after_it_is_a_heading(line: str) -> None:
    # the bracket is the heading's note or level; the list under it is its section
    doc = plain.read_text(f"Peer Mentor\n\n{line}\n\n- Lived experience of recovery.\n", "advert.txt")
    assert _find(doc, line).kind == "heading"
    assert _find(doc, "Lived experience of recovery.").section == (line,)


@pytest.mark.parametrize("line", ["Lived experience (essential)", "Driving licence (desirable)",
                                  "Experience of group work (an advantage)"])
def test_a_criterion_with_its_level_in_brackets_is_no_heading(line: str) -> None:
    doc = plain.read_text(f"Peer Mentor\n\nAbout you\n\n{line}\n", "advert.txt")
    assert _find(doc, line).kind != "heading"


def test_a_bracketed_level_on_a_plain_heading_grades_its_list() -> None:
    from checking import verdict_of

    advert = ("Peer Support Worker\n\nExperience (essential for this role)\n\n"
              "- Lived experience of mental distress and recovery.\n- Experience of group work.\n")
    assert verdict_of(advert, "advert.txt", "lived-experience-essential") == "met"
    assert verdict_of(advert.replace("(essential for this role)", "(desirable)"), "advert.txt",
                      "lived-experience-essential") == "not-met"


def test_hard_wrapped_lines_rejoined_with_an_anchor_per_line() -> None:
    doc = plain.read_text(ADVERT)
    para = _find(doc, "We are looking for")
    assert para.kind == "paragraph"
    assert para.text == (
        "We are looking for a peer support worker with lived experience of mental health "
        "challenges to join our community team in Exeter. You will use your own experience "
        "to inspire hope."
    )
    assert para.section == ("Job summary",)
    assert [a.location.line for a in para.anchors] == [4, 5, 6]
    start = para.text.index("challenges")
    assert para.location(start).short() == "5:1"
    assert para.location(start + 5).short() == "5:6"


# --- class: a wrapped line in lower case whose words would make a heading ("required ...",
# "experience ...") is the rest of the list item it hangs under, or of a line ending "of"
@pytest.mark.parametrize("text, item", [
    ("Skills\n  * A care certificate (useful, though not\n    required for this vacancy)\n  * A driving licence\n",
     "A care certificate (useful, though not required for this vacancy)"),
    ("Criteria\n- Personal recovery from gambling harm (an asset, never\n  essential to apply)\n- Good humour\n",
     "Personal recovery from gambling harm (an asset, never essential to apply)"),
    ("Criteria\nApplicants will need a good working knowledge of\nessential services in the borough\n",
     "Applicants will need a good working knowledge of essential services in the borough"),
])
def test_a_wrapped_lower_case_line_is_not_a_heading(text: str, item: str) -> None:
    doc = plain.read_text(text)
    assert [b.kind for b in doc.blocks if b.text == item] == [doc.blocks[1].kind]
    assert not [b for b in doc.blocks[1:] if b.kind == "heading"]


# --- class: a paragraph's line wrapped by the author's editor (60 characters or more, no closing
# punctuation), then a lower-case line that opens with a heading's words ("interview ...",
# "experience ...", "qualifications ..."): the paragraph goes on, and so does the line after it
@pytest.mark.parametrize("text, paragraph", [
    ("Selection process\nApplications are screened first, and shortlisted applicants go to a panel\n"
     "interview with the Program Manager and the\nClinical Supervisor.\n",
     "Applications are screened first, and shortlisted applicants go to a panel interview with the Program "
     "Manager and the Clinical Supervisor."),
    ("About the role\nYou will support people through the first weeks after discharge from hospital\n"
     "key to this is regular contact and practical help\nwith housing.\n",
     "You will support people through the first weeks after discharge from hospital key to this is regular "
     "contact and practical help with housing."),
])
def test_a_wrapped_paragraph_line_opening_with_heading_words_goes_on(text: str, paragraph: str) -> None:
    doc = plain.read_text(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", text.split("\n")[0]), ("paragraph", paragraph)]


def test_a_lower_case_heading_after_a_short_line_stays_a_heading() -> None:
    # the twin: after a short line (no editor wrapped it), "interview process" is a heading
    doc = plain.read_text("Peer Worker\n\nApply by 3 May\ninterview process\nTwo stages.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]


def test_a_heading_after_a_list_item_stays_a_heading() -> None:
    # the twin: in capitals, or not hanging under the item's text, the line is a heading
    for line in ("Required qualifications", "required qualifications"):
        doc = plain.read_text(f"Duties\n  - Run a weekly group\n{line}\n  - None\n")
        assert [b.kind for b in doc.blocks] == ["heading", "list-item", "heading", "list-item"]


def test_bullets_are_list_items_with_columns() -> None:
    doc = plain.read_text(ADVERT)
    items = [b for b in doc.blocks if b.kind == "list-item"]
    assert [b.text for b in items][:3] == [
        "Share your own experience of recovery where it helps",
        "Support people to set their own goals",
        "Run a weekly wellbeing group",
    ]
    assert items[0].location().short() == "9:3"
    assert items[1].location().short() == "10:6"  # indented bullet
    assert items[2].location().short() == "11:4"
    assert all(b.section == ("Main duties of the job",) for b in items[:3])


def test_heading_location_and_title() -> None:
    doc = plain.read_text("  JOB SUMMARY\nWe value lived experience.\n")
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[0].location().short() == "1:3"
    assert doc.blocks[1].section == ("JOB SUMMARY",)


def test_labels_are_not_joined() -> None:
    doc = plain.read_text(
        "Salary: £24,071 per year which is paid monthly into your bank account\nHours: 37.5\n"
    )
    assert [b.text for b in doc.blocks] == [
        "Salary: £24,071 per year which is paid monthly into your bank account",
        "Hours: 37.5",
    ]


# --- empty and unsupported ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n", codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b"\n\n"]
)
def test_empty_files(data: bytes) -> None:
    with pytest.raises(EmptyDocument):
        read_bytes(data, "empty.txt")


def test_empty_text() -> None:
    with pytest.raises(EmptyDocument):
        read_text("\n \n")


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Peer support worker")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (_png(), "advert.txt"),
        (_png(), "advert.png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(2000), "photo.jpg"),
        (_zip(), "advert.zip"),
        (_zip(), "advert.txt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "advert.doc"),
        (b"{\\rtf1\\ansi Peer support}", "advert.rtf"),
    ],
    ids=["png-as-txt", "png", "jpeg", "zip", "zip-as-txt", "ole", "rtf"],
)
def test_unsupported_formats(data: bytes, name: str) -> None:
    with pytest.raises(UnsupportedFormat):
        read_bytes(data, name)


@pytest.mark.parametrize("seed", range(25))
def test_random_binary_is_unsupported(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(UnsupportedFormat):
        read_bytes(data, "advert.txt")


# --- sniffing: the content decides --------------------------------------------------------------


def test_sniff_from_content() -> None:
    assert sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "advert.txt") == "pdf"
    assert sniff(b"%PDF-1.4\n", "advert.docx") == "pdf"
    assert sniff(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "advert.txt") == "html"
    assert sniff(codecs.BOM_UTF8 + b"\n<html><body>x</body></html>", "advert") == "html"
    assert sniff(b"<div><p>Peer support</p></div>", "paste") == "html"
    assert sniff(b"Peer support worker <b>needed</b>", "advert.txt") == "text"
    assert sniff(b"# Peer Support Worker\n", "advert.md") == "markdown"
    assert sniff(b"Peer Support Worker\n", "advert.html") == "html"
    assert sniff(b"Peer Support Worker\n", "") == "text"
    assert sniff(ADVERT.encode("utf-16-le"), "advert.txt") == "text"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert sniff(buffer.getvalue(), "advert.bin") == "docx"


def test_read_bytes_dispatches_html_by_content() -> None:
    page = b"<!doctype html><html><body><main><h1>Peer Support Worker</h1><p>Join us.</p></main></body></html>"
    doc = read_bytes(page, "advert.txt")
    assert doc.format == "html"
    assert [b.text for b in doc.blocks] == ["Peer Support Worker", "Join us."]


def test_read_text_picks_markdown_or_plain() -> None:
    assert read_text("# Peer Support Worker\n\nJoin **us**.\n").format == "markdown"
    assert read_text(ADVERT).format == "text"


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(ADVERT.encode("utf-16"))
    doc = read_path(path)
    assert doc.path == str(path)
    assert doc.format == "text"
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(ReadError, match="directory"):
        read_path(tmp_path)


def test_read_path_md_and_html(tmp_path: Path) -> None:
    md = tmp_path / "advert.md"
    md.write_text("# Peer Support Worker\n\n- Lived experience\n", encoding="utf-8")
    assert read_path(md).format == "markdown"
    page = tmp_path / "advert.htm"
    page.write_bytes(b"<p>Peer support worker</p>")
    assert read_path(page).format == "html"


# --- the real adverts ---------------------------------------------------------------------------


@pytest.mark.skipif(not REAL, reason="no real corpus on this machine")
@pytest.mark.parametrize("path", REAL, ids=[Path(p).stem for p in REAL])
def test_real_adverts_read(path: str) -> None:
    doc = read_path(path)
    assert doc.format == "text"
    assert len(doc.blocks) >= 5
    source = Path(path).read_text(encoding="utf-8").splitlines()
    for block in doc.blocks:
        loc = block.location()
        assert loc.line is not None and loc.column is not None
        line = source[loc.line - 1]
        # the anchor points at the start of the block's text in its source line
        assert line[loc.column - 1 :].startswith(block.text.split()[0].rstrip(":"))


@pytest.mark.skipif(not REAL, reason="no real corpus on this machine")
def test_all_real_adverts_read_in_every_encoding() -> None:
    assert len(REAL) >= 12
    with_headings = sum(any(b.kind == "heading" for b in read_path(p).blocks) for p in REAL)
    assert with_headings >= len(REAL) - 1
    for path in REAL:
        text = Path(path).read_text(encoding="utf-8")
        reference = read_path(path)
        for data in (codecs.BOM_UTF8 + text.encode(), text.encode("utf-16")):
            doc = read_bytes(data, path)
            assert [b.text for b in doc.blocks] == [b.text for b in reference.blocks]


def test_the_long_run_scan_is_splitting_into_words():
    """tokenizer_safe finds runs too long for spaCy with one scan (``_long_run``); it answers
    as measuring every word of ``str.split()`` did, for every kind of white space."""
    import random
    import sys

    from jdlint.readers import MAX_RUN, _long_run

    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    rng = random.Random(14)
    for _ in range(4000):
        words = ["x" * rng.choice([0, 1, 5, MAX_RUN - 1, MAX_RUN, MAX_RUN + 1, 300]) + rng.choice(["", "é", "[", "’"])
                 for _ in range(rng.randrange(0, 6))]  # fmt: skip
        text = "".join(w + "".join(rng.choice(spaces) for _ in range(rng.randrange(1, 3))) for w in words)
        text = text[rng.randrange(0, 3) :] if text else text
        assert _long_run(text) == (max(map(len, text.split()), default=0) > MAX_RUN), repr(text)


LIST_HEADINGS = [
    ("What we are looking for", True),
    ("What we’re seeking in you", True),
    ("The person we're looking for", True),
    ("Your skills, knowledge and experience", True),
    # twins: a sentence opening with the same words; the phrase over a paragraph, not a list
    ("What we are looking for is someone who listens", False),
    ("Your experience matters to us.", False),
]


@pytest.mark.parametrize(("line", "heading"), LIST_HEADINGS)
def test_a_section_phrase_over_a_list_is_a_heading(line: str, heading: bool) -> None:
    """A short line asking for the applicant, with no colon, heads the list under it; the list
    does not sit under the heading before ("Desirable")."""
    doc = read_text(f"Desirable\n\n- A full driving licence\n\n{line}\n\n- Lived experience of psychosis\n")
    item = next(b for b in doc.blocks if b.text == "Lived experience of psychosis")
    assert (item.section[-1] == line) is heading, item.section
    assert (item.section == ("Desirable",)) is not heading, item.section


def test_a_section_phrase_over_a_paragraph_stays_a_paragraph() -> None:
    doc = read_text("Desirable\n\n- A full driving licence\n\nWhat we are looking for\n\nSomeone kind and patient.\n")
    assert [b.kind for b in doc.blocks if b.text == "What we are looking for"] == ["paragraph"]


# --- a line holding a sentence's end and the next sentence's start is no heading ---------------
# A sentence broken by Enter mid-way, whose line opens with a section word ("Interviews",
# "About", "Background"): the line runs on into the next, as one paragraph.
RUN_ON = [
    "Peer Support Worker\n\nHow we recruit\n\nInterviews are friendly. The interview panel\nincludes a peer "
    "support worker and the Team Leader in Nelson.\n",
    "Recovery Coach\n\nBackground checks are part of hiring. Every shortlisted applicant\nwill be asked "
    "for two referees from Ohio.\n",
    "Lived Experience Worker\n\nAbout the role? Read on! Our service in Hobart\nsupports families after a "
    "suicide.\n",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_a_line_running_on_from_one_sentence_into_the_next_is_no_heading(text: str) -> None:
    broken, rest = text.rstrip("\n").split("\n")[-2:]  # the line broken mid-sentence and the line after it
    for read in (read_text, read_markdown):
        doc = read(text)
        assert (doc.blocks[-1].kind, doc.blocks[-1].text) == ("paragraph", f"{broken} {rest}"), \
            [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize(("line", "level"), [
    ("Interviews and selection", 1),
    # twins: a stop after an abbreviation in capitals
    ("About our St. Mary's team", 1),
    ("Interviews at St. Luke's Hospice", 1),
    ("Interviews are friendly. The interview panel", 0),
    ("Background checks. Our commitment", 0),
])
def test_a_heading_is_never_two_sentences(line: str, level: int) -> None:
    from jdlint.readers.base import pseudo_heading

    assert pseudo_heading(line) == level


# --- an asterisk footnote key under a list is not a bullet -------------------------------------
FOOTNOTED = """Peer Support Worker

What you will bring

- Personal experience of recovery from addiction*
- A current driver licence
- Good IT skills

* Strongly preferred, but not required for this post.

Apply by 3 May.
"""


def test_an_asterisk_footnote_key_under_a_list_is_a_paragraph_that_keeps_its_mark() -> None:
    doc = read_text(FOOTNOTED)
    key = next(b for b in doc.blocks if "Strongly preferred" in b.text)
    assert (key.kind, key.text) == ("paragraph", "* Strongly preferred, but not required for this post.")
    assert [b.kind for b in doc.blocks if b.text.startswith(("Personal", "A current", "Good IT"))] == ["list-item"] * 3


def test_an_asterisk_footnote_key_sets_the_level_of_the_item_it_marks() -> None:
    from jdlint.engine import check_document

    tight = "Peer Mentor\n\nEssential\n\n* Lived experience of homelessness *\n* Good listening skills\n\n* Preferred\n"
    for text in (FOOTNOTED, tight):
        assert check_document(read_text(text), role="peer").verdict("lived-experience-essential").verdict == "not-met"


@pytest.mark.parametrize("text", [
    # no mark anywhere above: a lone "* " bullet stays a bullet
    "Peer Worker\n\nEssential\n\n- Lived experience of psychosis\n- A driver licence\n\n* Good IT skills\n",
    # a loose list of "*" bullets, a blank line between each, one item carrying a mark
    "Peer Worker\n\nEssential\n\n* Lived experience of psychosis\n\n* A driver licence*\n\n* Good IT skills\n",
    # a "*" bullet under a label line, a "*" bullet below it
    "Peer Worker\n\n- Lived experience*\n\nDesirable:\n* Good IT skills\n",
    "Peer Worker\n\n- Lived experience*\n\n* Good IT skills\n* A driver licence\n",
])
def test_a_real_asterisk_bullet_stays_a_list_item(text: str) -> None:
    doc = read_text(text)
    assert next(b for b in doc.blocks if "Good IT skills" in b.text).kind == "list-item"


_SPEC = "Peer Support Worker\n\n{header}\n{rows}\n\nHow to apply\nSend your CV.\n"


def _cells(text: str) -> dict[tuple[int, int], tuple[str, str | None]]:
    return {(b.row, b.column): (b.text, b.column_header) for b in read_text(text).blocks if b.kind == "table-cell"}


@pytest.mark.parametrize(("header", "rows", "cell", "want"), [
    # a Desirable cell wrapped onto a line of its own column, under an empty first column
    ("Criteria                       Essential      Desirable",
     "Experience                     Caring role    Lived experience of\n"
     "                                              mental health challenges\n"
     "Skills                         Listening      IT skills", (1, 2), "Lived experience of mental health challenges"),
    # an Essential cell wrapped over two more lines
    ("Criteria                       Essential           Desirable",
     "Experience                     Lived experience    Group work\n"
     "                               of substance use,\n"
     "                               in your own life\n"
     "Skills                         Listening           IT skills", (1, 1),
     "Lived experience of substance use, in your own life"),
    # both level cells wrapped on the same line
    ("Criteria        Essential               Desirable",
     "Experience      Lived experience of     Experience of\n"
     "                mental health           group work\n"
     "Skills          Listening               IT skills", (1, 2), "Experience of group work"),
])  # fmt: skip
def test_a_cell_wrapped_in_its_own_column_of_a_space_aligned_table_is_one_cell(header, rows, cell, want) -> None:
    """The class: in a person specification aligned by spaces under "Criteria  Essential
    Desirable", a cell wrapped onto a line of its own column (the first column empty) was
    read as the start of the next row and joined to its first cell ("mental health
    challenges Skills" under Criteria), so the level cell lost its words and the next row's
    label gained them; ``jdlint fix`` then moved half a cell. The line is the rest of the
    row above, each piece in the column it starts under."""
    cells = _cells(_SPEC.format(header=header, rows=rows))
    assert cells[cell][0] == want
    assert cells[(2, 0)][0] == "Skills" and cells[(2, 0)][1] == "Criteria"
    assert cells[cell][1] == ("Desirable" if cell[1] == 2 else "Essential")


def test_the_twin_a_line_with_a_first_cell_is_a_row_of_its_own() -> None:
    rows = ("Experience                     Caring role    Lived experience\n"
            "Skills                         Listening      IT skills\n"
            "Values                         Kindness       Humour")  # fmt: skip
    cells = _cells(_SPEC.format(header="Criteria                       Essential      Desirable", rows=rows))
    assert [cells[(r, 0)][0] for r in (1, 2, 3)] == ["Experience", "Skills", "Values"]
    assert cells[(1, 2)][0] == "Lived experience" and cells[(3, 1)][0] == "Kindness"
