"""The Word copy as a reviewer's copy: one summary at the top, one comment per finding that
asks for something, on the exact words, in the page's vocabulary, with the rationale and
the source. All adverts are invented."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx_factory import Advert, comment_ranges, paragraph, rewrite, rule_of, run

from jdlint.annotate import annotate_docx, report_notes
from jdlint.engine import default_engine
from jdlint.readers import read_bytes, read_text
from jdlint.registry import default_registry
from jdlint.wording import rationale_summary

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SEVERITY_OPENINGS = ("Must fix: ", "Should fix: ", "Consider: ")

GOOD = """Peer Support Worker

Job summary
You will offer one-to-one and group peer support to adults using our community services. Unlike clinical staff, you draw on your own story, and you will not be expected to diagnose or treat anyone.

About you
Lived experience of mental health challenges is essential. You will share your own experience purposefully and safely, build mutual relationships, inspire hope and hold clear boundaries.

How we select
The interview panel will include an experienced peer worker, and people with lived experience take part in shortlisting.

What we offer
Salary: £24,500 to £26,900 a year.
You will receive regular reflective supervision from an experienced peer worker.
You will complete accredited peer support training, with protected time for professional development.
We offer wellbeing support and reasonable adjustments.
We welcome applications from people who want to work flexibly or part time.
There is a clear route to senior peer support and peer lead roles.
"""

MIXED = """Peer Support Worker

Job summary
You will support addicts and people suffering from depression on our wards. You will join the MDT.

About you
Lived experience of mental health challenges is essential.

What we offer
Salary: £24,500 a year.
"""


def comments_of(data: bytes) -> list[str]:
    return [c.text for c in docx.Document(io.BytesIO(data)).comments]


def covered(data: bytes) -> list[tuple[str, str]]:
    """(comment text, the text its range covers), in document order of the range starts."""
    return [(text, where or "") for text, where in comment_ranges(data)]


def test_a_good_advert_has_only_the_summary_and_no_comment_asks_for_nothing():
    document = read_text(GOOD)
    report = default_engine().check(document)
    texts = comments_of(annotate_docx(None, document, report))
    assert texts[0].startswith("jdlint review")
    assert "Experienced peers on the interview panel: met." in texts[0]
    active = [f for f in report.findings if not f.suppressed]
    assert len(texts) == 1 + len(active)
    for text in texts[1:]:  # whatever the good advert still gets is something to do
        assert text.startswith(SEVERITY_OPENINGS), text
        assert ": met." not in text


def test_the_summary_comment_holds_verdicts_score_and_what_is_good_in_the_pages_words():
    document = read_text(GOOD)
    report = default_engine().check(document)
    summary = comments_of(annotate_docx(None, document, report))[0]
    assert f"Score: {report.score}/100" in summary
    for label in ("Lived experience is essential", "Peer principles are set out",
                  "Experienced peers on the interview panel", "Kept distinct from adjacent professions"):  # fmt: skip
        assert label in summary
    assert "What the advert does well:" in summary and "States the pay" in summary
    for key in ("peer-panel", "adjacent-professions", "lived-experience-essential", "not-met", "(warning)", "(error)"):
        assert key not in summary


def test_each_finding_comment_says_how_much_it_matters_why_and_where_from():
    document = read_text(MIXED)
    report = default_engine().check(document)
    texts = comments_of(annotate_docx(None, document, report))
    registry = default_registry()
    findings = [t for t in texts[1:]]
    assert findings and len(findings) == len([f for f in report.findings if not f.suppressed])
    for text in findings:
        rule = registry.get(rule_of(text))
        assert rule is not None, text
        assert text.startswith(SEVERITY_OPENINGS), text
        assert f"Why: {rationale_summary(rule)}" in text  # the rationale, not the rule's summary
        if rule.sources:
            assert f"Source: {rule.sources[0].title}" in text
        for word in ("(warning)", "(error)", "(info)", ": not-met", ": partly-met"):
            assert word not in text


def test_pasted_text_comments_sit_on_the_exact_words_and_missing_ones_not_on_the_first_line():
    document = read_text(MIXED)
    report = default_engine().check(document)
    ranges = covered(annotate_docx(None, document, report))
    by_rule = {rule_of(text): where for text, where in ranges if rule_of(text)}
    assert by_rule["LA001"] == "addicts" and by_rule["RD003"] == "MDT"
    first_line = ranges[0][1]
    assert ranges[0][0].startswith("jdlint review")
    piled = [t for t, where in ranges[1:] if where == first_line]
    assert piled == []  # only the summary at the top
    for rule in ("SU001", "SU003"):  # where its fix says: under the best heading, not the first
        assert next(where for text, where in ranges if rule_of(text) == rule) == "What we offer", rule


def split_runs_docx() -> bytes:
    """An advert whose flagged words cross runs and sit inside formatted runs."""
    a = Advert().title("Peer Support Worker").heading("Job summary")
    a.raw(paragraph(run("You will support add"), run("icts and people ", bold=True), run("suffering from anxiety.")))
    a.raw(paragraph(run("Lived experience of mental health challenges is essential. You will join the MDT weekly.")))
    a.heading("What we offer").para("Salary: £24,000 a year.")
    return a.bytes()


def test_uploaded_docx_comments_cover_exactly_the_words_splitting_runs():
    data = split_runs_docx()
    document = read_bytes(data, "advert.docx")
    report = default_engine().check(document)
    out = annotate_docx(data, document, report)
    by_rule = {rule_of(text): where for text, where in covered(out) if rule_of(text)}
    assert by_rule["LA001"] == "addicts"  # across two runs
    assert by_rule["LA006"] == "suffering from"  # part of a run
    assert by_rule["RD003"] == "MDT"  # the middle of a long run
    original = docx.Document(io.BytesIO(data))
    annotated = docx.Document(io.BytesIO(out))
    assert [p.text for p in annotated.paragraphs] == [p.text for p in original.paragraphs]
    bold = [r.text for p in annotated.paragraphs for r in p.runs if r.bold]
    assert "".join(bold) == "icts and people "  # the split keeps each piece's formatting


def test_the_comments_part_is_well_formed_and_every_range_is_closed():
    data = split_runs_docx()
    document = read_bytes(data, "advert.docx")
    out = annotate_docx(data, document, default_engine().check(document))
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        body = z.read("word/document.xml").decode("utf-8")
        part = z.read("word/comments.xml").decode("utf-8")
    starts = re.findall(r'<w:commentRangeStart w:id="(\d+)"', body)
    ends = re.findall(r'<w:commentRangeEnd w:id="(\d+)"', body)
    refs = re.findall(r'<w:commentReference w:id="(\d+)"', body)
    ids = re.findall(r'<w:comment [^>]*w:id="(\d+)"', part)
    assert sorted(starts) == sorted(ends) == sorted(refs) == sorted(ids) and ids


def test_report_notes_count_one_per_active_finding_plus_the_summary():
    document = read_text(MIXED)
    report = default_engine().check(document)
    notes = list(report_notes(report))
    assert notes[0].summary and not any(n.summary for n in notes[1:])
    assert len(notes) == 1 + len([f for f in report.findings if not f.suppressed])


# -- a Word copy someone saved and checks again ---------------------------------------------


def _saved_by_someone(data: bytes, intro_text: bytes | None = None, keep_style: bool = True) -> bytes:
    """The copy as a person saves it in Word: their name as last author (so it is an advert
    again, not a copy jdlint wrote); optionally the line atop it edited or unstyled (a copy
    written before jdlint styled that line)."""

    def core(xml: bytes) -> bytes:
        return re.sub(rb"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>", b"<cp:lastModifiedBy>Jane HR</cp:lastModifiedBy>", xml)

    def body(xml: bytes) -> bytes:
        if not keep_style:
            xml = xml.replace(b'<w:pStyle w:val="jdlintnote"/>', b"", 1)
        if intro_text is not None:
            xml = re.sub(rb"(<w:t>)[^<]*checked by jdlint[^<]*(</w:t>)", rb"\g<1>" + intro_text + rb"\g<2>", xml, count=1)
        return xml

    return rewrite(data, {"docProps/core.xml": core, "word/document.xml": body})


def _texts(document) -> list[str]:
    return [b.text for b in document.blocks]


def test_a_saved_word_copy_of_pasted_text_reads_as_the_advert_not_jdlints_line_atop_it():
    """The line jdlint puts atop a Word copy it builds ("...: checked by jdlint. The comments
    hold ...") is jdlint's, not the advert's: checking the copy again after someone saved it
    reads the same blocks, role, verdicts and findings as the advert it came from."""
    for advert in (MIXED, GOOD):
        document = read_text(advert)
        report = default_engine().check(document)
        copy = _saved_by_someone(annotate_docx(None, document, report))
        again = read_bytes(copy, "copy.docx")
        assert _texts(again) == _texts(document)
        report2 = default_engine().check(again)
        assert [(v.criterion, v.verdict) for v in report2.criteria] == [(v.criterion, v.verdict) for v in report.criteria]
        assert sorted(f.rule for f in report2.findings) == sorted(f.rule for f in report.findings)
        assert report2.role.kind == report.role.kind


def test_jdlints_line_is_known_by_its_style_even_edited_and_by_its_words_in_older_copies():
    document = read_text(MIXED)
    copy = annotate_docx(None, document, default_engine().check(document))
    # someone rewrote the line but kept its paragraph style: still jdlint's
    edited = _saved_by_someone(copy, intro_text=b"Reviewed copy, see comments")
    assert _texts(read_bytes(edited, "copy.docx")) == _texts(document)
    # a copy written before the style: the line's own words, as the first paragraph
    older = _saved_by_someone(copy, keep_style=False)
    assert b"jdlintnote" not in zipfile.ZipFile(io.BytesIO(older)).read("word/document.xml")
    assert _texts(read_bytes(older, "copy.docx")) == _texts(document)


def test_the_twin_a_first_paragraph_of_the_advert_that_names_jdlint_is_read():
    """The twins: an advert's own first paragraph is read, whatever it says about jdlint,
    unless it is jdlint's whole line; the same line anywhere but first is the advert's."""
    own = "Peer Support Worker: checked by jdlint. The comments hold the findings and the suggested words."
    for first in ("Peer Support Worker: checked by jdlint before publication.",
                  "Peer Support Worker: checked by our HR team. The comments hold the findings."):
        data = Advert().para(first).para("You will offer peer support.").bytes()
        assert _texts(read_bytes(data, "a.docx"))[0] == first
    data = Advert().para("Peer Support Worker").para(own).bytes()
    assert _texts(read_bytes(data, "a.docx")) == ["Peer Support Worker", own]
    data = Advert().para(own).para("You will offer peer support.").bytes()
    assert _texts(read_bytes(data, "a.docx")) == ["You will offer peer support."]


def test_annotating_a_saved_copy_again_replaces_jdlints_comments_and_keeps_a_persons():
    """The class: a Word copy jdlint annotated, saved by someone (who added a comment of
    their own) and annotated again held two summaries and every finding twice, the earlier
    run's comments read as the advert's own. jdlint's earlier comments (author jdlint,
    initials JD) are replaced by the new run's, with their ranges and references; the
    person's comment (the twin) stays where it was."""
    data = split_runs_docx()
    document = read_bytes(data, "advert.docx")
    report = default_engine().check(document)
    first = annotate_docx(data, document, report)
    saved = docx.Document(io.BytesIO(first))
    paragraph_ = next(p for p in saved.paragraphs if p.text.startswith("Lived experience"))
    saved.add_comment(paragraph_.runs[0], text="Jane: is this the wording HR agreed?", author="Jane HR", initials="JH")
    saved.core_properties.last_modified_by = "Jane HR"
    buffer = io.BytesIO()
    saved.save(buffer)
    edited = buffer.getvalue()
    document2 = read_bytes(edited, "advert.docx")
    again = annotate_docx(edited, document2, default_engine().check(document2))
    texts = comments_of(again)
    assert sum(t.startswith("jdlint review") for t in texts) == 1
    assert sorted(texts) == sorted([*comments_of(first), "Jane: is this the wording HR agreed?"])
    xml = zipfile.ZipFile(io.BytesIO(again)).read("word/document.xml").decode()
    comments_xml = zipfile.ZipFile(io.BytesIO(again)).read("word/comments.xml").decode()
    ids = set(re.findall(r'<w:comment\b[^>]*\bw:id="(\d+)"', comments_xml))
    assert len(ids) == len(texts)
    for kind in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert set(re.findall(rf'<w:{kind} w:id="(\d+)"', xml)) == ids, kind
    # the text is untouched: the same paragraphs
    assert [p.text for p in docx.Document(io.BytesIO(again)).paragraphs] == [p.text for p in saved.paragraphs]
