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

import contextlib
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from jdlint import wording
from jdlint.model import Block, Document, Finding, Report, Span, Verdict
from jdlint.readers.docx import NOTE_STYLE, mc_branch, sdt_content, wrapped_children

AUTHOR = "jdlint"
INITIALS = "JD"


# WordprocessingML elements the reader does not read text from (so neither do we).
_W_SKIP = frozenset(
    qn(n) for n in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr")
)
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MC_ALT = f"{{{_MC_NS}}}AlternateContent"
_W_P, _W_R, _W_T, _W_TBL, _W_TR, _W_TC = (
    qn(n) for n in ("w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc")
)
_W_SDT, _W_SDT_PR = qn("w:sdt"), qn("w:sdtPr")
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
_W_PLACEHOLDER = qn("w:showingPlcHdr")
_QUOTED = re.compile(r"[“‘\"]([^”’\"]{3,})[”’\"]")


@dataclass(frozen=True)
class Note:
    """One comment to write: its text and what it is anchored at (``None``: the start)."""

    text: str
    span: Span | None = None
    where: str = ""
    summary: bool = False  # the summary comment: at the top


def annotate_docx(data: bytes | None, document: Document, report: Report) -> bytes:
    """A ``.docx`` with ``report``'s findings as Word comments (see the module docstring)."""
    from jdlint.ownreport import mark_word_copy

    notes = list(report_notes(report))
    if data and document.format == "docx":
        try:
            return mark_word_copy(_annotate_upload(data, document, notes), "annotate")
        except Exception:  # python-docx cannot open it (.docm, strict OOXML ...)
            pass  # the same comments on a new document of the advert's text are the next best
    return mark_word_copy(_annotate_new(document, notes), "annotate")


# -- what the comments say ------------------------------------------------------------------
#
# The Word copy reads like a colleague's review: one summary comment at the top (role, score,
# the four verdicts, what the advert does well), then one comment per finding that asks for
# something, on the exact words (or, for something missing, at the place its fix names). Each
# comment says how much it matters ("Must fix", as on the page), what to do, why (the rule's
# rationale) and the source. A met criterion asks for nothing: it is only in the summary.


def _rule(rule_id: str):
    from jdlint.registry import default_registry

    return default_registry().get(rule_id)


def _fix_lines(fix) -> list[str]:
    if fix is None or not fix.text:
        return []
    label = wording.FIX_TEXT.get(fix.action, "Fix")
    if fix.action == "replace" and fix.original and len(fix.original) <= 80:
        label += f" (in place of “{fix.original}”)"
    lines = [f"{label}: {fix.text}"]
    if fix.where and not fix.where.startswith(("in the sentence “", "in “")):
        lines.append(f"Where: {fix.where}")
    return lines


def _why_lines(rule_id: str) -> list[str]:
    rule = _rule(rule_id)
    if rule is None:
        return []
    lines = [f"Why: {wording.rationale_summary(rule)}"]
    if rule.sources:
        source = rule.sources[0]
        lines.append(f"Source: {source.title}: “{source.quote}”")
    return lines


def verdict_text(v: Verdict) -> str:
    """``Experienced peers on the interview panel: not met. <why>``"""
    label = wording.criterion_label(v.criterion)
    return f"{label}: {wording.VERDICT_TEXT.get(v.verdict, v.verdict).lower()}. {v.why}"


def finding_text(f: Finding) -> str:
    """One finding's comment: how much it matters and what is wrong, the fix, why, the source."""
    severity = wording.SEVERITY_TEXT.get(f.severity, f.severity)
    lines = [f"{severity}: {wording.message_text(f.message)}"]
    lines += _fix_lines(f.fix)
    lines += _why_lines(f.rule)
    lines.append(f"(jdlint rule {f.rule} {f.name})")
    return "\n".join(lines)


def summary_text(report: Report) -> str:
    """The comment at the top: role, score, the verdicts, the counts, what is good."""
    lines = ["jdlint review"]
    if report.error:
        lines.append(f"Could not check this advert: {report.error}")
    role = report.role
    if role is not None:
        why = wording.role_set_text(role.kind) if role.overridden else role.why
        lines.append(f"Role: {wording.ROLE_TEXT.get(role.kind, role.kind)}. {why}")
    if report.score is not None:
        lines.append(f"Score: {report.score}/100")
    if report.criteria:
        lines.append("Clear-soil criteria (what a peer advert needs so that lived experience can take root):")
        lines += [f"• {verdict_text(v)}" for v in report.criteria]
    active = [f for f in report.findings if not f.suppressed]
    if active:
        counts = wording.counts_text(wording.severity_counts(f.severity for f in active))
        lines.append(f"{len(active)} comment{'s' * (len(active) != 1)} follow, one per finding: {counts}.")
    elif not report.error:
        lines.append("No findings: nothing to fix.")
    labels = wording.criterion_labels()
    good = [p for p in report.positives if p.partition(": ")[0] not in labels]  # met criteria: listed above
    if good:
        lines.append("What the advert does well:")
        lines += [f"• {p}" for p in good]
    lines += [f"Reader note: {n}" for n in report.notes]
    return "\n".join(lines)


def report_notes(report: Report) -> Iterator[Note]:
    """The comments for ``report``: the summary, then one per finding that asks for something
    (a criterion that is not met or partly met has its finding; a met one is in the summary)."""
    yield Note(summary_text(report), summary=True)
    for f in report.findings:
        if f.suppressed:
            continue
        yield Note(finding_text(f), f.span, f.fix.where if f.fix else "")


# -- a new document from the blocks ---------------------------------------------------------


def _annotate_new(document: Document, notes: list[Note]) -> bytes:
    from dataclasses import replace

    from jdlint.ooxml import xml_safe

    # a text advert's form feeds, vertical tabs and escapes cannot go into Word's XML: spaces
    document = replace(document, title=xml_safe(document.title) if document.title else document.title,
                       blocks=tuple(replace(b, text=xml_safe(b.text)) for b in document.blocks))  # fmt: skip
    notes = [replace(n, text=xml_safe(n.text)) for n in notes]
    out = docx.Document()
    title = document.title or (document.path if not document.path.startswith("<") else "Advert")
    intro = out.add_paragraph(style=note_style(out))  # not the advert's text: the reader skips it
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
        if block is None and note.span is None and not note.summary:
            block = _last_block(document)  # something to add, at no named place: the end
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


def note_style(out):
    """The paragraph style of what jdlint writes into a Word copy that is not the advert
    (:data:`jdlint.readers.docx.NOTE_STYLE`): added to ``out`` once, based on Normal."""
    from docx.enum.style import WD_STYLE_TYPE

    for style in out.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and " ".join((style.name or "").lower().split()) == NOTE_STYLE:
            return style
    style = out.styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.hidden = False
    with contextlib.suppress(KeyError):  # a document without a Normal style
        style.base_style = out.styles["Normal"]
    return style


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
    earlier = own_comment_ids(out)  # a copy jdlint annotated before, saved and annotated again
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

    def paragraph_offset(span: Span, index: int) -> int:
        """Where ``span`` starts inside paragraph ``index`` (its block's anchors tell)."""
        block = document.blocks[span.block] if 0 <= span.block < len(document.blocks) else None
        if block is None:
            return 0
        starts = [a.offset for a in block.anchors if a.location.paragraph == index + 1]
        return span.start - (starts[0] if starts else 0)

    def anchor(note: Note) -> tuple[Run, Run] | None:
        if note.span is not None:
            where = locate(note.span)
            if where is not None:
                a, ra, b, rb = where
                if a == b:
                    exact = exact_runs(paragraphs[a], note.span.text, paragraph_offset(note.span, a))
                    if exact is not None:
                        return Run(exact[0], None), Run(exact[1], None)  # type: ignore[arg-type]
                first, last = pick(a, ra, True), pick(b, rb, False)
                if first is not None and last is not None:
                    if b == a and _position(first, paragraphs[a]) > _position(last, paragraphs[a]):
                        last = first
                    return Run(first, None), Run(last, None)  # type: ignore[arg-type]
        block = _block_for_where(document, note.where)
        if block is None and note.span is None:
            block = _last_block(document)  # something to add, at no named place: the end
        if block is not None:
            found = find_by_text(document.blocks[block].text)
            if found is None and note.span is None:
                found = next((i for i in range(len(paragraphs) - 1, -1, -1) if texts[i] and runs_of(i)), None)
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
        run = out.add_paragraph(style=note_style(out)).add_run("jdlint comments")
        fallback = run, run
    for note in notes:
        first, last = (None if note.summary else anchor(note)) or fallback
        out.add_comment([first, last], text=note.text, author=AUTHOR, initials=INITIALS)
    remove_comments(out, earlier)  # after the anchoring: the reader counted their runs
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


# -- jdlint's own earlier comments ------------------------------------------------------------
#
# A Word copy someone saved and annotates again (or a copy of a copy) holds the comments an
# earlier run wrote, by AUTHOR with INITIALS: the new run's comments replace them, so the copy
# never holds two summaries or a stale finding. A person's comments, and replies, stay.

_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
_W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex"
_W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"


def _comment_parts(out) -> dict[str, object]:
    """The document's comment parts by their relationship type's last word (``comments``,
    ``commentsExtended``, ``commentsIds``, ``commentsExtensible``)."""
    parts = {}
    for rel in out.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind.startswith("comments") and not rel.is_external:
            parts[kind] = rel.target_part
    return parts


def own_comment_ids(out) -> set[str]:
    """The ids of the comments jdlint wrote (author ``jdlint``, initials ``JD``) in ``out``."""
    part = _comment_parts(out).get("comments")
    if part is None or not hasattr(part, "element"):
        return set()
    return {c.get(qn("w:id")) for c in part.element.iter(qn("w:comment"))
            if c.get(qn("w:author")) == AUTHOR and c.get(qn("w:initials")) == INITIALS}  # fmt: skip


def remove_comments(out, ids: set[str]) -> None:
    """Remove the comments ``ids`` from ``out``: the comments, their ranges and references in
    the body (a reference's run stays, empty, so no run is renumbered), and their entries in
    Word's extended comment parts."""
    if not ids:
        return
    parts = _comment_parts(out)
    para_ids: set[str] = set()
    comments = parts["comments"].element
    for c in list(comments.iter(qn("w:comment"))):
        if c.get(qn("w:id")) in ids:
            para_ids.update(p.get(_W14_PARA_ID) for p in c.iter(qn("w:p")) if p.get(_W14_PARA_ID))
            c.getparent().remove(c)
    marks = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"))
    for el in [el for el in out.element.body.iter(*marks) if el.get(qn("w:id")) in ids]:
        el.getparent().remove(el)
    durable: set[str] = set()
    for kind, tag, key in (("commentsExtended", f"{{{_W15}}}commentEx", f"{{{_W15}}}paraId"),
                           ("commentsIds", f"{{{_W16CID}}}commentId", f"{{{_W16CID}}}paraId")):  # fmt: skip
        part = parts.get(kind)
        if part is None or not hasattr(part, "element"):
            continue
        for el in [el for el in part.element.iter(tag) if el.get(key) in para_ids]:
            durable.add(el.get(f"{{{_W16CID}}}durableId") or "")
            el.getparent().remove(el)
    part = parts.get("commentsExtensible")
    if part is not None and hasattr(part, "element"):
        tag = f"{{{_W16CEX}}}commentExtensible"
        for el in [el for el in part.element.iter(tag) if el.get(f"{{{_W16CEX}}}durableId") in durable - {""}]:
            el.getparent().remove(el)


def _last_block(document: Document) -> int | None:
    """The last block of the advert's body with text (not a page header or footer)."""
    for i in range(len(document.blocks) - 1, -1, -1):
        b = document.blocks[i]
        if b.kind not in ("header", "footer") and b.text.strip():
            return i
    return None


def exact_runs(p, text: str, hint: int = 0) -> tuple | None:
    """The first and last ``w:r`` of paragraph ``p`` covering exactly ``text`` (the occurrence
    nearest to character ``hint``), splitting a run at the span's edges when the run is plain
    (one ``w:t``). ``None`` when the text is not found in the paragraph."""
    words = text.split()
    if not words:
        return None
    runs = live_runs(p)
    texts = [_plain_text(r) for r in runs]
    full = "".join(texts)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    matches = list(pattern.finditer(full))
    if not matches:
        return None
    m = min(matches, key=lambda m: abs(m.start() - hint))
    start, end = m.start(), m.end()
    bounds = list(itertools.accumulate([0, *(len(t) for t in texts)]))
    last_i = next(i for i in range(len(runs)) if bounds[i] < end <= bounds[i + 1])
    first_i = next(i for i in range(len(runs)) if bounds[i] <= start < bounds[i + 1])
    last = runs[last_i]
    if end < bounds[last_i + 1] and _splittable(last):
        _split_run(last, end - bounds[last_i])  # ``last`` keeps the part up to the span's end
    first = runs[first_i]
    if start > bounds[first_i] and _splittable(first):
        right = _split_run(first, start - bounds[first_i])
        if first is last:
            last = right
        first = right
    return first, last


def _plain_text(run) -> str:
    """A run's text as :func:`paragraph_text` reads it (hidden runs: empty)."""
    rpr = run.find(qn("w:rPr"))
    vanish = rpr.find(qn("w:vanish")) if rpr is not None else None
    if vanish is not None and vanish.get(_W_VAL, "1").lower() not in ("0", "false", "off", "none"):
        return ""
    parts: list[str] = []
    _run_text(run, parts)
    return "".join(parts)


def _splittable(run) -> bool:
    return all(child.tag in (_W_T, qn("w:rPr")) for child in run) and len(run.findall(_W_T)) == 1


def _split_run(run, at: int):
    """Split a plain run after character ``at``; returns the new run holding the rest."""
    import copy

    right = copy.deepcopy(run)
    run.addnext(right)
    left_t, right_t = run.find(_W_T), right.find(_W_T)
    text = left_t.text or ""
    left_t.text, right_t.text = text[:at], text[at:]
    for t in (left_t, right_t):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return right


def _position(run, paragraph) -> int:
    """Where ``run`` sits among ``paragraph``'s children (to compare run order)."""
    node = run
    while node.getparent() is not paragraph:
        node = node.getparent()
    return paragraph.index(node)


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
            content = sdt_content(child)
            if content is not None:
                yield from body_paragraphs(content)
        elif tag in (_W_CUSTOM_XML, _W_SMART_TAG, _W_INS, _W_MOVE_TO):
            yield from body_paragraphs(child)
        elif tag == _MC_ALT:
            branch = mc_branch(child)
            if branch is not None:
                yield from body_paragraphs(branch)


def _table_paragraphs(tbl) -> Iterator:
    seen_row = False
    for tr in wrapped_children(tbl, _W_TR):
        trpr = tr.find(_W_TRPR)
        if trpr is not None and trpr.find(qn("w:del")) is not None:
            continue
        seen_cell = False
        for tc in wrapped_children(tr, _W_TC):
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
                branch = mc_branch(child)
                if branch is not None:
                    for el in branch:
                        if el.tag in (_W_DRAWING, _W_PICT, _W_OBJECT):
                            yield from _find_boxes(el)


def _find_boxes(el) -> Iterator:
    for child in el:
        if child.tag == _W_TXBX:
            yield child
        elif child.tag == _MC_ALT:
            branch = mc_branch(child)
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
            branch = mc_branch(child)
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
            branch = mc_branch(child)
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
