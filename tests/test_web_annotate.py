"""jdlint.annotate: Word comments at the evidence, for uploaded and for new documents."""

from __future__ import annotations

import io

import docx
import pytest
from docx_factory import Advert, comment_ranges, deleted, inserted, paragraph, rule_of, text_box

from jdlint.annotate import annotate_docx, body_paragraphs, live_runs, paragraph_text, report_notes
from jdlint.engine import default_engine
from jdlint.model import Document, Report
from jdlint.readers import read_bytes, read_text

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import EXAMPLE, make_docx, make_pdf  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def anchored(data: bytes) -> dict[str, str]:
    """Each comment's text -> the text its range covers, for the comments that cover some."""
    return {text: where for text, where in comment_ranges(data) if where is not None}


def check(doc: Document) -> Report:
    return default_engine().check(doc)


def complex_docx() -> bytes:
    a = Advert().title("Peer Support Worker").heading("Job summary")
    a.para("You will support people suffering from anxiety and inspire hope.")
    a.bullets(["Build mutual relationships with addicts", "Share your story with purpose"])
    t = a.table([["Criteria", "Essential", "Desirable"], ["Experience", "Lived experience of recovery", "Team work"],
                 ["Skills", "Listening", "Writing"]])  # fmt: skip
    t.cell(1, 0).merge(t.cell(2, 0))
    inner = t.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Nested A"
    inner.cell(0, 1).text = "Nested B"
    a.raw(paragraph("Anchor para ", text_box("Boxed text about hard to reach groups")))
    a.raw(paragraph("Tracked ", inserted("insertion about clean time"), deleted(" gone")))
    a.para("Shortlisted candidates meet the team manager.")
    a.header("Header text")
    a.footer("Footer text")
    return a.bytes()


def test_paragraph_counting_matches_the_docx_reader() -> None:
    """Item i of body_paragraphs() is the reader's Location(paragraph=i + 1)."""
    data = complex_docx()
    document = read_bytes(data, "complex.docx")
    paragraphs = list(body_paragraphs(docx.Document(io.BytesIO(data)).element.body))
    texts = [norm(paragraph_text(p)) for p in paragraphs]
    seen = 0
    for block in document.blocks:
        if block.kind in ("header", "footer"):
            continue
        for i, anchor in enumerate(block.anchors):
            end = block.anchors[i + 1].offset if i + 1 < len(block.anchors) else len(block.text)
            piece = norm(block.text[anchor.offset : end])
            number = anchor.location.paragraph
            assert number is not None
            assert piece in texts[number - 1], (block.kind, number, piece)
            if anchor.location.run is not None and piece:
                run = live_runs(paragraphs[number - 1])[anchor.location.run - 1]
                run_text = "".join(t.text or "" for t in run.iter(f"{W}t"))
                assert (norm(run_text) and norm(run_text) in piece) or piece in norm(run_text)
            seen += 1
    assert seen > 15


def test_uploaded_docx_gets_comments_at_the_findings() -> None:
    data = complex_docx()
    document = read_bytes(data, "complex.docx")
    report = check(document)
    out = annotate_docx(data, document, report)
    annotated = docx.Document(io.BytesIO(out))
    original = docx.Document(io.BytesIO(data))
    assert [p.text for p in annotated.paragraphs] == [p.text for p in original.paragraphs]
    covered = anchored(out)
    by_rule = {rule_of(text): where for text, where in covered.items()}
    assert by_rule["LA006"] == "suffering from"  # the exact words: runs split at the span's edges
    assert by_rule["LA001"] == "addicts"
    assert "hard to reach" in by_rule["LA013"]  # inside the text box
    assert "clean" in by_rule["LA004"]  # a tracked insertion
    assert len(list(annotated.comments)) == len(list(report_notes(report)))
    assert all(c.author == "jdlint" and c.initials == "JD" for c in annotated.comments)


def test_existing_comments_are_kept() -> None:
    base = docx.Document(io.BytesIO(make_docx()))
    base.add_comment(base.paragraphs[1].runs, text="A reviewer's note", author="HR")
    buffer = io.BytesIO()
    base.save(buffer)
    data = buffer.getvalue()
    document = read_bytes(data, "commented.docx")
    out = docx.Document(io.BytesIO(annotate_docx(data, document, check(document))))
    texts = [c.text for c in out.comments]
    assert "A reviewer's note" in texts and len(texts) > 3
    assert len({c.comment_id for c in out.comments}) == len(texts)


def test_pasted_text_becomes_a_new_document_with_exact_anchors() -> None:
    document = read_text(EXAMPLE)
    report = check(document)
    out = annotate_docx(None, document, report)
    annotated = docx.Document(io.BytesIO(out))
    body_text = "\n".join(p.text for p in annotated.paragraphs)
    assert "Riverside Community Mental Health Team" in body_text
    assert any(
        p.style.name.startswith("Heading") and p.text == "Job summary" for p in annotated.paragraphs
    )
    covered = anchored(out)
    exact = {rule_of(text): where for text, where in covered.items()}
    assert exact["LA006"] == "suffering from"
    assert exact["LA001"] == "addicts"
    assert exact["LA013"] == "hard to reach"
    assert any(t.startswith("jdlint review") and "Score:" in t for t in covered)
    # a missing-content finding sits at the heading its fix names
    su005 = next(where for text, where in covered.items() if rule_of(text) == "SU005")
    assert su005 == "Job summary"


def test_verdict_comments_carry_the_fix() -> None:
    document = read_text(EXAMPLE)
    out = annotate_docx(None, document, check(document))
    texts = [c.text for c in docx.Document(io.BytesIO(out)).comments]
    panel = next(t for t in texts if rule_of(t) == "CS003")
    assert panel.startswith("Must fix: Experienced peers on the interview panel: not met.")
    assert "Add: The interview panel will include" in panel and "Where:" in panel


@pytest.mark.parametrize(
    ("make", "name", "original", "text", "comments"),
    [
        (make_pdf, "advert.pdf", None, "Riverside", 5),  # a PDF becomes a new document
        (make_docx, "advert.docx", b"PK\x03\x04 not really", "suffering from", 3),  # unopenable
    ],
    ids=["pdf", "unopenable-docx"],
)
def test_a_new_document_when_the_original_cannot_take_the_comments(make, name, original, text, comments) -> None:
    data = make()
    document = read_bytes(data, name)
    out = annotate_docx(data if original is None else original, document, check(document))
    annotated = docx.Document(io.BytesIO(out))
    assert any(text in p.text for p in annotated.paragraphs)
    assert len(list(annotated.comments)) > comments


def test_text_mismatch_falls_back_to_a_search_by_text() -> None:
    """A paragraph number that points at the wrong paragraph is not trusted."""
    data = make_docx()
    document = read_bytes(data, "advert.docx")
    report = check(document)
    shifted = Document(
        blocks=tuple(
            type(b)(
                **{
                    **b.__dict__,
                    "anchors": tuple(
                        type(a)(a.offset, type(a.location)(paragraph=1, run=1)) for a in b.anchors
                    ),
                }
            )
            for b in document.blocks
        ),
        path=document.path,
        format=document.format,
    )
    covered = anchored(annotate_docx(data, shifted, report))
    la006 = next(where for text, where in covered.items() if rule_of(text) == "LA006")
    assert "suffering from" in la006


def test_an_error_report_gives_a_document_with_just_the_summary() -> None:
    document = read_text("Peer Support Worker")
    out = annotate_docx(None, document, Report(path="<text>"))
    comments = list(docx.Document(io.BytesIO(out)).comments)
    assert len(comments) == 1 and comments[0].text.startswith("jdlint review")
