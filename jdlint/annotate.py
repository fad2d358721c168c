"""Word comments at the evidence: a checked advert as a DOCX whose comments carry the findings.

``annotate_docx(data, document, report)`` returns the bytes of a ``.docx``:

* for an uploaded Word file (``document.format == "docx"`` and ``data`` given), the same
  file with comments added: each finding's comment is anchored at the runs of the paragraph
  its span points to (``Span.location.paragraph``, counted as :mod:`jdlint.readers.docx`
  counts paragraphs), checked against the paragraph's text, with a search by text as the
  fallback;
* for anything else (pasted text, PDF, HTML, Markdown, or a Word file python-docx cannot
  open), a new document holding the advert's blocks, with each comment anchored exactly at
  its span.

Findings about something missing (no span) are anchored at the place their fix names
(“under the heading ‘Job summary’”) when that place is found, else at the start. A summary
comment (score, role and the four verdicts) is anchored at the first paragraph.

The module only writes comments: it never changes the text of an uploaded document.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from jdlint.model import Block, Document, Finding, Report, Span, Verdict

AUTHOR = "jdlint"
INITIALS = "JD"

VERDICT_LABELS = {
    "met": "met",
    "partly-met": "partly met",
    "not-met": "not met",
    "not-applicable": "not applicable",
}
CRITERION_LABELS = {
    "lived-experience-essential": "Lived experience is essential",
    "peer-principles": "Peer principles are set out",
    "peer-panel": "Experienced peers on the interview panel",
    "adjacent-professions": "Kept distinct from adjacent professions",
}

# WordprocessingML elements the reader does not read text from (so neither do we).
_W_SKIP = frozenset(
    qn(n) for n in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr")
)
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MC_ALT, _MC_CHOICE, _MC_FALLBACK = (
    f"{{{_MC_NS}}}{n}" for n in ("AlternateContent", "Choice", "Fallback")
)
_W_P, _W_R, _W_T, _W_TBL, _W_TR, _W_TC = (
    qn(n) for n in ("w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc")
)
_W_SDT, _W_SDT_CONTENT, _W_SDT_PR = qn("w:sdt"), qn("w:sdtContent"), qn("w:sdtPr")
_W_INS, _W_MOVE_TO, _W_CUSTOM_XML, _W_SMART_TAG = (
    qn(n) for n in ("w:ins", "w:moveTo", "w:customXml", "w:smartTag")
)
_W_DRAWING, _W_PICT, _W_OBJECT, _W_TXBX = (
    qn(n) for n in ("w:drawing", "w:pict", "w:object", "w:txbxContent")
)
_W_TAB, _W_PTAB, _W_BR, _W_CR, _W_NBH = (
    qn(n) for n in ("w:tab", "w:ptab", "w:br", "w:cr", "w:noBreakHyphen")
)
_W_TRPR, _W_TCPR, _W_VAL = qn("w:trPr"), qn("w:tcPr"), qn("w:val")
_W_VMERGE, _W_HMERGE, _W_CELLDEL = qn("w:vMerge"), qn("w:hMerge"), qn("w:cellDel")
_W_PLACEHOLDER, _W_GALLERY = qn("w:showingPlcHdr"), qn("w:docPartGallery")
_QUOTED = re.compile(r"[“‘\"]([^”’\"]{3,})[”’\"]")


@dataclass(frozen=True)
class Note:
    """One comment to write: its text and what it is anchored at (``None``: the start)."""

    text: str
    span: Span | None = None
    where: str = ""


def annotate_docx(data: bytes | None, document: Document, report: Report) -> bytes:
    """A ``.docx`` with ``report``'s findings as Word comments (see the module docstring)."""
    notes = list(report_notes(report))
    if data and document.format == "docx":
        try:
            return _annotate_upload(data, document, notes)
        except Exception:  # python-docx cannot open it (.docm, strict OOXML ...)
            pass  # the same comments on a new document of the advert's text are the next best
    return _annotate_new(document, notes)


# -- what the comments say ------------------------------------------------------------------


def _rule_why(rule_id: str) -> str:
    from jdlint.registry import default_registry

    rule = default_registry().get(rule_id)
    if rule is None:
        return ""
    source = f" (source: {rule.sources[0].title})" if rule.sources else ""
    return f"{rule.summary}{source}"


def _fix_lines(fix) -> list[str]:
    if fix is None or not fix.text:
        return []
    label = {"replace": "Use instead", "add": "Add", "remove": "Instead", "rewrite": "Rewrite"}.get(
        fix.action, "Fix"
    )
    lines = [f"{label}: {fix.text}"]
    if fix.where:
        lines.append(f"Where: {fix.where}")
    return lines


def verdict_text(v: Verdict) -> str:
    label = CRITERION_LABELS.get(v.criterion, v.criterion)
    return f"{label} ({v.criterion}): {VERDICT_LABELS.get(v.verdict, v.verdict).upper()}. {v.why}"


def finding_text(f: Finding) -> str:
    lines = [f"{f.rule} {f.name} ({f.severity}): {f.message}"]
    why = _rule_why(f.rule)
    if why:
        lines.append(f"Why: {why}")
    lines += _fix_lines(f.fix)
    return "\n".join(lines)


def summary_text(report: Report) -> str:
    lines = ["jdlint summary"]
    if report.role is not None:
        lines.append(f"Role: {report.role.kind}. {report.role.why}")
    if report.score is not None:
        lines.append(f"Score: {report.score}/100")
    lines += [verdict_text(v) for v in report.criteria]
    lines += [f"Reader note: {n}" for n in report.notes]
    return "\n".join(lines)


def report_notes(report: Report) -> Iterator[Note]:
    """The comments for ``report``: a summary, the verdicts at their evidence, the findings."""
    yield Note(summary_text(report))
    criteria_spans: set[tuple[str, int, int, int]] = set()
    for v in report.criteria:
        if v.verdict == "not-applicable":
            continue
        for i, span in enumerate(v.evidence):
            text = (
                verdict_text(v)
                if i == 0
                else f"Evidence for {v.criterion} ({VERDICT_LABELS[v.verdict]})."
            )
            if i == 0 and v.fix is not None:
                text = "\n".join([text, *_fix_lines(v.fix)])
            criteria_spans.add((v.criterion, span.block, span.start, span.end))
            yield Note(text, span)
    for f in report.findings:
        if f.suppressed:
            continue
        criterion = _criterion_of(f)
        if (
            criterion
            and f.span is not None
            and (criterion, f.span.block, f.span.start, f.span.end) in criteria_spans
        ):
            continue  # the verdict's comment at the same place says it already
        yield Note(finding_text(f), f.span, f.fix.where if f.fix else "")


def _criterion_of(f: Finding) -> str:
    from jdlint.registry import default_registry

    rule = default_registry().get(f.rule)
    return rule.criterion if rule is not None else ""


# -- a new document from the blocks ---------------------------------------------------------


def _annotate_new(document: Document, notes: list[Note]) -> bytes:
    out = docx.Document()
    title = document.title or (document.path if not document.path.startswith("<") else "Advert")
    intro = out.add_paragraph()
    intro.add_run(
        f"{title}: checked by jdlint. The comments hold the findings and the suggested words."
    ).italic = True
    cuts: dict[int, set[int]] = {}
    for note in notes:
        if note.span is not None and 0 <= note.span.block < len(document.blocks):
            cuts.setdefault(note.span.block, set()).update((note.span.start, note.span.end))
    placed: list[tuple[Paragraph, list[tuple[int, Run]]]] = []
    for index, block in enumerate(document.blocks):
        paragraph = _new_paragraph(out, block)
        runs: list[tuple[int, Run]] = []
        bounds = sorted(
            {0, len(block.text), *(c for c in cuts.get(index, ()) if 0 < c < len(block.text))}
        )
        for start, end in itertools.pairwise(bounds):
            runs.append((start, paragraph.add_run(block.text[start:end])))  # "\n" -> w:br
        placed.append((paragraph, runs))

    def anchor(note: Note) -> tuple[Run, Run]:
        span = note.span
        if span is not None and 0 <= span.block < len(placed) and placed[span.block][1]:
            runs = placed[span.block][1]
            first = next((r for off, r in reversed(runs) if off <= span.start), runs[0][1])
            last = next(
                (r for off, r in reversed(runs) if off < max(span.end, span.start + 1)), first
            )
            return first, last
        block = _block_for_where(document, note.where)
        target = placed[block][1] if block is not None and placed[block][1] else None
        if target:
            return target[0][1], target[-1][1]
        first_run = intro.runs[0]
        return first_run, first_run

    for note in notes:
        first, last = anchor(note)
        out.add_comment([first, last], text=note.text, author=AUTHOR, initials=INITIALS)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _new_paragraph(out, block: Block) -> Paragraph:
    if block.kind == "heading":
        return out.add_heading(level=min(max(block.level, 1), 9))
    if block.kind == "list-item":
        style = "List Bullet" if block.level <= 0 else f"List Bullet {min(block.level + 1, 3)}"
        return out.add_paragraph(style=style)
    return out.add_paragraph()


# -- comments in an uploaded document -------------------------------------------------------


def _annotate_upload(data: bytes, document: Document, notes: list[Note]) -> bytes:
    out = docx.Document(io.BytesIO(data))
    body = out.element.body
    paragraphs = list(body_paragraphs(body))
    texts = [_norm(paragraph_text(p)) for p in paragraphs]
    all_runs = [live_runs(p) for p in paragraphs]  # before any comment reference run is added

    def runs_of(index: int) -> list:
        return all_runs[index] if 0 <= index < len(paragraphs) else []

    def find_by_text(text: str) -> int | None:
        needle = _norm(text.split("\n")[0])[:60]
        if not needle:
            return None
        return next((i for i, t in enumerate(texts) if needle in t), None)

    def locate(span: Span) -> tuple[int, int | None, int, int | None] | None:
        """(first paragraph, its run, last paragraph, its run), 0-based; run None: whole."""
        block = document.blocks[span.block] if 0 <= span.block < len(document.blocks) else None
        head = _norm(span.text.split("\n")[0])[:60]
        if block is not None:
            start = block.location(span.start)
            end = block.location(max(span.start, span.end - 1))
            if start.paragraph is not None:
                first = start.paragraph - 1
                if 0 <= first < len(texts) and (not head or head in texts[first]):
                    last = end.paragraph - 1 if end.paragraph is not None else first
                    if not (first <= last < len(texts)):
                        last, end_run = first, None
                    else:
                        end_run = end.run
                    return first, start.run, last, end_run
        found = find_by_text(span.text)
        if found is None:
            return None
        return found, None, found, None

    def pick(index: int, run: int | None, first: bool):
        runs = runs_of(index)
        if not runs:
            return None
        if run is not None and 1 <= run <= len(runs):
            return runs[run - 1]
        return runs[0] if first else runs[-1]

    def anchor(note: Note) -> tuple[Run, Run] | None:
        if note.span is not None:
            where = locate(note.span)
            if where is not None:
                a, ra, b, rb = where
                first, last = pick(a, ra, True), pick(b, rb, False)
                if first is not None and last is not None:
                    if b == a and _position(first, paragraphs[a]) > _position(last, paragraphs[a]):
                        last = first
                    return Run(first, None), Run(last, None)  # type: ignore[arg-type]
        block = _block_for_where(document, note.where)
        if block is not None:
            found = find_by_text(document.blocks[block].text)
            if found is not None and runs_of(found):
                runs = runs_of(found)
                return Run(runs[0], None), Run(runs[-1], None)  # type: ignore[arg-type]
        return None

    fallback: tuple[Run, Run] | None = None
    for i in range(len(paragraphs)):
        runs = runs_of(i)
        if runs and texts[i]:
            fallback = Run(runs[0], None), Run(runs[-1], None)  # type: ignore[arg-type]
            break
    if fallback is None:
        run = out.add_paragraph().add_run("jdlint comments")
        fallback = run, run
    for note in notes:
        first, last = anchor(note) or fallback
        out.add_comment([first, last], text=note.text, author=AUTHOR, initials=INITIALS)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _position(run, paragraph) -> int:
    """Where ``run`` sits among ``paragraph``'s children (to compare run order)."""
    node = run
    while node.getparent() is not paragraph:
        node = node.getparent()
    return paragraph.index(node)


def _choice(alt):
    choice = alt.find(_MC_CHOICE)
    return choice if choice is not None else alt.find(_MC_FALLBACK)


def body_paragraphs(parent) -> Iterator:
    """The ``w:p`` elements in the DOCX reader's reading order (text boxes after the
    paragraph that anchors them; merged and deleted table cells skipped), so that item
    ``i`` is ``Location(paragraph=i + 1)``. Page headers and footers are not included."""
    for child in parent:
        tag = child.tag
        if tag == _W_P:
            yield child
            for box in _boxes(child):
                yield from body_paragraphs(box)
        elif tag == _W_TBL:
            yield from _table_paragraphs(child)
        elif tag == _W_SDT:
            props = child.find(_W_SDT_PR)
            if props is not None and (
                props.find(_W_PLACEHOLDER) is not None
                or any(g.get(_W_VAL) == "Table of Contents" for g in props.iter(_W_GALLERY))
            ):
                continue
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from body_paragraphs(content)
        elif tag in (_W_CUSTOM_XML, _W_SMART_TAG, _W_INS, _W_MOVE_TO):
            yield from body_paragraphs(child)
        elif tag == _MC_ALT:
            branch = _choice(child)
            if branch is not None:
                yield from body_paragraphs(branch)


def _rows(parent, tag: str) -> Iterator:
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (_W_SDT, _W_CUSTOM_XML):
            content = child.find(_W_SDT_CONTENT) if child.tag == _W_SDT else child
            if content is not None:
                yield from _rows(content, tag)


def _table_paragraphs(tbl) -> Iterator:
    seen_row = False
    for tr in _rows(tbl, _W_TR):
        trpr = tr.find(_W_TRPR)
        if trpr is not None and trpr.find(qn("w:del")) is not None:
            continue
        seen_cell = False
        for tc in _rows(tr, _W_TC):
            tcpr = tc.find(_W_TCPR)
            if tcpr is not None:
                if tcpr.find(_W_CELLDEL) is not None:
                    continue
                vmerge, hmerge = tcpr.find(_W_VMERGE), tcpr.find(_W_HMERGE)
                merged = (
                    vmerge is not None and vmerge.get(_W_VAL, "continue") == "continue" and seen_row
                ) or (
                    hmerge is not None
                    and hmerge.get(_W_VAL, "continue") == "continue"
                    and seen_cell
                )
                if merged:
                    seen_cell = True
                    continue
            seen_cell = True
            yield from body_paragraphs(tc)
        seen_row = True


def _boxes(p) -> Iterator:
    """Text box contents in the live runs of paragraph ``p``."""
    for run in live_runs(p):
        for child in run:
            if child.tag in (_W_DRAWING, _W_PICT, _W_OBJECT):
                yield from _find_boxes(child)
            elif child.tag == _MC_ALT:
                branch = _choice(child)
                if branch is not None:
                    for el in branch:
                        if el.tag in (_W_DRAWING, _W_PICT, _W_OBJECT):
                            yield from _find_boxes(el)


def _find_boxes(el) -> Iterator:
    for child in el:
        if child.tag == _W_TXBX:
            yield child
        elif child.tag == _MC_ALT:
            branch = _choice(child)
            if branch is not None:
                yield from _find_boxes(branch)
        else:
            yield from _find_boxes(child)


def live_runs(p) -> list:
    """The ``w:r`` of paragraph ``p`` the reader counts (run ``k`` is item ``k - 1``)."""
    out: list = []
    _collect_runs(p, out)
    return out


def _collect_runs(parent, out: list) -> None:
    for child in parent:
        tag = child.tag
        if tag == _W_R:
            out.append(child)
        elif tag in _W_SKIP:
            continue
        elif tag == _MC_ALT:
            branch = _choice(child)
            if branch is not None:
                _collect_runs(branch, out)
        elif tag == _W_SDT:
            props = child.find(_W_SDT_PR)
            if props is None or props.find(_W_PLACEHOLDER) is None:
                _collect_runs(child, out)
        elif len(child):
            _collect_runs(child, out)


def paragraph_text(p) -> str:
    """The text of paragraph ``p`` as the reader reads it (hidden runs and text boxes left out)."""
    parts: list[str] = []
    for run in live_runs(p):
        rpr = run.find(qn("w:rPr"))
        vanish = rpr.find(qn("w:vanish")) if rpr is not None else None
        if vanish is not None and vanish.get(_W_VAL, "1").lower() not in (
            "0",
            "false",
            "off",
            "none",
        ):
            continue
        _run_text(run, parts)
    return "".join(parts)


def _run_text(parent, parts: list[str]) -> None:
    for child in parent:
        tag = child.tag
        if tag == _W_T:
            parts.append(child.text or "")
        elif tag == _W_NBH:
            parts.append("-")
        elif tag in (_W_TAB, _W_PTAB, _W_BR, _W_CR):
            parts.append(" ")
        elif tag == _MC_ALT:
            branch = _choice(child)
            if branch is not None:
                _run_text(branch, parts)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()


def _block_for_where(document: Document, where: str) -> int | None:
    """The block a fix's ``where`` names (“under the heading ‘Benefits’”), if any."""
    if not where:
        return None
    for quoted in _QUOTED.findall(where):
        needle = _norm(quoted.rstrip("…. "))[:60]
        if not needle:
            continue
        headings = [
            i
            for i, b in enumerate(document.blocks)
            if b.kind == "heading" and _norm(b.text) == needle
        ]
        if headings:
            return headings[0]
        found = next((i for i, b in enumerate(document.blocks) if needle in _norm(b.text)), None)
        if found is not None:
            return found
    return None


__all__ = ["Note", "annotate_docx", "body_paragraphs", "finding_text", "live_runs", "report_notes"]
