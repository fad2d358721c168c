"""A :class:`~jdlint.fix.FixPlan` applied to a Word file as tracked changes with comments.

The copy differs from the input only in the main document part (the tracked changes and
the comment marks), the comments part (created, or added to) and, when the comments part
is new, the package's relationships and content types; every other part (styles,
numbering, headers, footers, images, settings) is copied byte for byte.

* a replacement: the words' runs are split at the words' edges; the old words become a
  ``w:del`` and the new ones a ``w:ins`` right after them, in a run with the same ``w:rPr``
  (formatting kept);
* an addition after a sentence: a ``w:ins`` run after the sentence's last character;
* a new paragraph (under a heading, at the end of a table cell, after the job summary): a
  ``w:p`` whose paragraph mark and runs are tracked insertions, styled like its neighbour;
* a move (Desirable → Essential column): a deletion in one cell and an insertion in the other.

Each change carries a Word comment (``w:comment``) with the rule, the reason and the source.
Author ``jdlint``, and a fixed date, so the same input gives the same bytes. Paragraphs are
found as the DOCX reader counts them (:func:`jdlint.annotate.body_paragraphs`).
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import zipfile

from lxml import etree

from jdlint.annotate import body_paragraphs, live_runs
from jdlint.fix import Edit, FixPlan
from jdlint.fix_text import Applied
from jdlint.model import Document
from jdlint.ooxml import PKG_REL, add_override, add_relationship

AUTHOR = "jdlint"
INITIALS = "JD"
DATE = "2026-01-01T00:00:00Z"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


_ENDS_ITEM = re.compile(r"[.!?;:][\"'”’)\]]*\s*$")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_R, _T, _RPR, _PPR, _P = (w(t) for t in ("r", "t", "rPr", "pPr", "p"))
_VANISH, _VAL = w("vanish"), w("val")
_SPACES = frozenset(w(t) for t in ("tab", "br", "cr", "ptab", "noBreakHyphen"))


class _Ids:
    def __init__(self, start: int):
        self.next = start

    def take(self) -> str:
        self.next += 1
        return str(self.next)


def _mark(tag: str, ids: _Ids) -> etree._Element:
    el = etree.Element(w(tag))
    el.set(w("id"), ids.take())
    el.set(w("author"), AUTHOR)
    el.set(w("date"), DATE)
    return el


def _text_run(text: str, rpr: etree._Element | None) -> etree._Element:
    run = etree.Element(_R)
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, _T)
    t.text = text
    t.set(XML_SPACE, "preserve")
    return run


def _hidden(run: etree._Element) -> bool:
    rpr = run.find(_RPR)
    v = rpr.find(_VANISH) if rpr is not None else None
    return v is not None and v.get(_VAL, "1").lower() not in ("0", "false", "off", "none")


def _chars(p: etree._Element) -> tuple[str, list[tuple[etree._Element, etree._Element, int]]]:
    """The paragraph's visible text and, per character, (run, the child holding it, index in
    the child's text: -1 for a tab, break or hyphen element)."""
    text: list[str] = []
    where: list[tuple[etree._Element, etree._Element, int]] = []
    for run in live_runs(p):
        if _hidden(run):
            continue
        for child in run:
            if child.tag == _T:
                for i, ch in enumerate(child.text or ""):
                    text.append(ch)
                    where.append((run, child, i))
            elif child.tag in _SPACES:
                text.append("-" if child.tag == w("noBreakHyphen") else " ")
                where.append((run, child, -1))
    return "".join(text), where


def _find(text: str, target: str) -> tuple[int, int] | None:
    at = text.find(target)
    if at != -1:
        return at, at + len(target)
    words = target.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(x) for x in words), text)
    return (m.start(), m.end()) if m else None


def _split(p: etree._Element, pos: int) -> None:
    """Make ``pos`` a run boundary in ``p``: the run holding it is cut in two, both with
    its ``w:rPr`` (a ``w:t`` is cut inside its text; a tab or break starts the second run)."""
    text, where = _chars(p)
    if pos <= 0 or pos >= len(text):
        return
    run, child, i = where[pos]
    if where[pos - 1][0] is not run:
        return  # already a boundary
    kids = [c for c in run if c.tag != _RPR]
    right = etree.Element(_R, attrib=dict(run.attrib))
    rpr = run.find(_RPR)
    if rpr is not None:
        right.append(copy.deepcopy(rpr))
    cut = kids.index(child)
    if i > 0:  # inside a w:t: its tail goes to a new w:t in the second run
        tail = etree.SubElement(right, _T)
        tail.text = (child.text or "")[i:]
        tail.set(XML_SPACE, "preserve")
        child.text = (child.text or "")[:i]
        child.set(XML_SPACE, "preserve")
        cut += 1
    for c in kids[cut:]:
        right.append(c)  # moves it
    run.addnext(right)


def _runs_in(p: etree._Element, start: int, end: int) -> list[etree._Element]:
    _, where = _chars(p)
    out: list[etree._Element] = []
    for run, _, _ in where[start:end]:
        if not out or out[-1] is not run:
            out.append(run)
    return out


def _delete(runs: list[etree._Element], ids: _Ids) -> list[etree._Element]:
    dels = []
    for run in runs:
        d = _mark("del", ids)
        run.addprevious(d)
        d.append(run)
        for t in run.iter(_T):
            t.tag = w("delText")
            t.set(XML_SPACE, "preserve")
        for t in run.iter(w("instrText")):
            t.tag = w("delInstrText")
        dels.append(d)
    return dels


class _Comments:
    def __init__(self, root: etree._Element | None, ids: _Ids):
        self.root = root if root is not None else etree.Element(w("comments"), nsmap={"w": W})
        self.ids = ids
        self.added = 0

    def add(self, first: etree._Element, last: etree._Element, text: str, ref_parent: etree._Element | None = None) -> None:
        cid = self.ids.take()
        start = etree.Element(w("commentRangeStart"))
        start.set(w("id"), cid)
        end = etree.Element(w("commentRangeEnd"))
        end.set(w("id"), cid)
        first.addprevious(start)
        last.addnext(end)
        ref = etree.Element(_R)
        rpr = etree.SubElement(ref, _RPR)
        etree.SubElement(rpr, w("rStyle")).set(_VAL, "CommentReference")
        etree.SubElement(ref, w("commentReference")).set(w("id"), cid)
        if ref_parent is not None:
            ref_parent.append(ref)
        else:
            end.addnext(ref)
        comment = etree.SubElement(self.root, w("comment"))
        comment.set(w("id"), cid)
        comment.set(w("author"), AUTHOR)
        comment.set(w("date"), DATE)
        comment.set(w("initials"), INITIALS)
        for line in text.split("\n"):
            para = etree.SubElement(comment, _P)
            run = etree.SubElement(para, _R)
            t = etree.SubElement(run, _T)
            t.text = line
            t.set(XML_SPACE, "preserve")
        self.added += 1


def _first_rpr(p: etree._Element | None) -> etree._Element | None:
    if p is None:
        return None
    for run in live_runs(p):
        rpr = run.find(_RPR)
        if any(c.tag == _T and (c.text or "").strip() for c in run):
            return rpr
    return None


def _new_paragraph(text: str, like: etree._Element | None, ids: _Ids) -> tuple[etree._Element, etree._Element]:
    """A tracked-inserted paragraph holding ``text``, styled like paragraph ``like``."""
    p = etree.Element(_P)
    ppr = etree.SubElement(p, _PPR)
    if like is not None and like.find(_PPR) is not None:
        for child in like.find(_PPR):
            if child.tag not in (_RPR, w("sectPr"), w("pPrChange")):
                ppr.append(copy.deepcopy(child))
    rpr = etree.SubElement(ppr, _RPR)
    rpr.append(_mark("ins", ids))
    ins = _mark("ins", ids)
    ins.append(_text_run(text, _first_rpr(like)))
    p.append(ins)
    return p, ins


class _Writer:
    def __init__(self, root: etree._Element, document: Document, comments: _Comments, ids: _Ids):
        self.root = root
        self.document = document
        self.comments = comments
        self.ids = ids
        body = root.find(w("body"))
        self.body = body
        self.paragraphs = list(body_paragraphs(body)) if body is not None else []
        self._placed: dict[etree._Element, etree._Element] = {}  # anchor -> the last paragraph added after it

    def _add_after(self, anchor: etree._Element, p: etree._Element) -> None:
        """``p`` after ``anchor`` and after what was added there before: several additions at
        one place keep the order of the fixes, as in a text file."""
        self._placed.get(anchor, anchor).addnext(p)
        self._placed[anchor] = p

    def paras_of(self, block: int, offset: int = 0) -> list[etree._Element]:
        if not (0 <= block < len(self.document.blocks)):
            return []
        b = self.document.blocks[block]
        numbers = list(dict.fromkeys(a.location.paragraph for a in b.anchors if a.location.paragraph is not None))
        first = b.location(offset).paragraph
        if first in numbers:
            numbers.remove(first)
            numbers.insert(0, first)
        return [self.paragraphs[n - 1] for n in numbers if 0 < n <= len(self.paragraphs)]

    def last_para(self, block: int) -> etree._Element | None:
        paras = self.paras_of(block)
        if not paras:
            return None
        return max(paras, key=lambda p: self.paragraphs.index(p))

    def locate(self, block: int, target: str, offset: int) -> tuple[etree._Element, int, int] | None:
        for p in self.paras_of(block, offset):
            text, _ = _chars(p)
            found = _find(text, target)
            if found:
                return p, found[0], found[1]
        return None

    def delete(self, block: int, target: str, offset: int) -> list[etree._Element] | None:
        found = self.locate(block, target, offset)
        if found is None:
            return None
        p, start, end = found
        _split(p, end)
        _split(p, start)
        runs = _runs_in(p, start, end)
        return _delete(runs, self.ids) if runs else None

    def _stop(self, p: etree._Element) -> None:
        """A tracked full stop after the words of an Essential cell's last paragraph when they
        end without one ("... or equivalent"): the reader joins a cell's paragraphs, so the
        sentence moved in would read as one with them (their "or equivalent" taken for a
        substitute for lived experience), as a text table's cell gets one (fix_text)."""
        text, where = _chars(p)
        end = len(text.rstrip())
        if not end or _ENDS_ITEM.search(text[:end]) or end > len(where):
            return
        _split(p, end)
        _, where = _chars(p)
        run = where[end - 1][0]
        ins = _mark("ins", self.ids)
        ins.append(_text_run(".", run.find(_RPR)))
        run.addnext(ins)

    def apply(self, e: Edit) -> bool:
        if e.op == "replace":
            found = self.locate(e.block, e.target, e.start)
            if found is None:
                return False
            p, start, end = found
            rpr = None
            _, where = _chars(p)
            if start < len(where):  # the formatting of the run that holds most of the words
                counts: dict[etree._Element, int] = {}
                for run, _, _ in where[start:end]:
                    counts[run] = counts.get(run, 0) + 1
                holder = max(counts, key=lambda r: counts[r])
                rpr = holder.find(_RPR)
                rpr = copy.deepcopy(rpr) if rpr is not None else None
            dels = self.delete(e.block, e.target, e.start)
            if not dels:
                return False
            ins = _mark("ins", self.ids)
            ins.append(_text_run(e.text, rpr))
            dels[-1].addnext(ins)
            self.comments.add(dels[0], ins, e.comment)
            return True
        if e.op == "append":
            paras = self.paras_of(e.block)
            if not paras:
                return False
            if e.target:
                found = self.locate(e.block, e.target, 0)
                if found is None:
                    return False
                p, _, end = found
            else:
                p = self.last_para(e.block)
                assert p is not None
                end = len(_chars(p)[0])
            _split(p, end)
            _, where = _chars(p)
            if not where:
                return False
            anchor_run = where[max(end - 1, 0)][0]
            ins = _mark("ins", self.ids)
            ins.append(_text_run(" " + e.text, anchor_run.find(_RPR)))
            anchor_run.addnext(ins)
            self.comments.add(ins, ins, e.comment)
            return True
        if e.op == "move":
            if e.to_block is None:
                return False
            cell = self.last_para(e.to_block)
            if cell is None:
                return False
            dels = self.delete(e.block, e.target, e.start)
            if not dels:
                return False
            where = "column" if cell.getparent() is not None and cell.getparent().tag == w("tc") else "criteria"
            if where == "column":
                self._stop(cell)
            self.comments.add(dels[0], dels[-1], e.comment + f"\nMoved to the Essential {where}.")
            p, ins = _new_paragraph(e.text, cell, self.ids)
            self._add_after(cell, p)
            self.comments.add(ins, ins, e.comment + f"\nMoved here from the Desirable {where}.", ref_parent=ins)
            return True
        # a new paragraph after block e.block (before it, for "before")
        like = self.last_para(e.like) if e.like is not None else None
        if e.op == "before":
            paras = self.paras_of(e.block)
            if not paras:
                return False
            p, ins = _new_paragraph(e.text, like, self.ids)
            min(paras, key=lambda q: self.paragraphs.index(q)).addprevious(p)
        elif e.block < 0:
            first = self.paragraphs[0] if self.paragraphs else None
            if first is None:
                return False
            p, ins = _new_paragraph(e.text, like, self.ids)
            first.addprevious(p)
        else:
            after = self.last_para(e.block)
            if after is None:
                return False
            p, ins = _new_paragraph(e.text, like, self.ids)
            self._add_after(after, p)
        self.comments.add(ins, ins, e.comment, ref_parent=ins)
        return True


def _main_part(zin: zipfile.ZipFile) -> str:
    rels = etree.fromstring(zin.read("_rels/.rels"))
    for rel in rels:
        if rel.get("Type") == OFFICE_DOC:
            return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def apply_docx_plan(data: bytes, document: Document, plan: FixPlan) -> Applied:
    """``data`` (a .docx) with the plan's edits as tracked changes, each with a comment."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    main = _main_part(zin)
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True, remove_blank_text=False)
    root = etree.fromstring(zin.read(main), parser)
    rels_name = _rels_name(main)
    rels = etree.fromstring(zin.read(rels_name), parser) if rels_name in names else etree.Element(f"{{{PKG_REL}}}Relationships", nsmap={None: PKG_REL})
    comments_part = None
    for rel in rels:
        if rel.get("Type") == COMMENTS_REL:
            comments_part = posixpath.normpath(posixpath.join(posixpath.dirname(main), rel.get("Target", "")))
    comments_root = etree.fromstring(zin.read(comments_part), parser) if comments_part in names else None
    top = 0
    for tree in (root, comments_root):
        if tree is None:
            continue
        for el in tree.iter():
            value = el.get(w("id"))
            if value is not None and value.lstrip("-").isdigit():
                top = max(top, int(value))
    ids = _Ids(top + 1)
    comments = _Comments(comments_root, ids)
    writer = _Writer(root, document, comments, ids)
    missed = tuple(e for e in plan.edits if not writer.apply(e))
    changed: dict[str, bytes] = {main: _serialise(root)}
    if comments.added:
        if comments_part is None:
            comments_part = posixpath.join(posixpath.dirname(main), "comments.xml")
            add_relationship(rels, COMMENTS_REL, "comments.xml")
            changed[rels_name] = _serialise(rels)
            types = etree.fromstring(zin.read("[Content_Types].xml"), parser)
            add_override(types, comments_part, COMMENTS_CT)
            changed["[Content_Types].xml"] = _serialise(types)
        changed[comments_part] = _serialise(comments.root)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            payload = changed.pop(info.filename, None)
            if payload is None:
                zout.writestr(info, zin.read(info.filename))
            else:
                zout.writestr(info, payload)
        stamp = zin.getinfo(main).date_time  # a new part gets the document's date: same input, same bytes
        for name, payload in changed.items():  # a new comments part
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, payload)
    return Applied(out.getvalue(), missed)


# -- a Word document from blocks (PDF in, revised DOCX out) ----------------------------------


def docx_from_document(document: Document) -> bytes:
    """A plain .docx of the document's blocks: headings, paragraphs, list items, and tables
    rebuilt from their cells. The layout is new (the words and their order are kept)."""
    from dataclasses import replace

    import docx as python_docx

    from jdlint.ooxml import xml_safe

    out = python_docx.Document()
    # a form feed, vertical tab or escape of a text advert cannot go into Word's XML: a space
    blocks = [replace(b, text=xml_safe(b.text), column_header=xml_safe(b.column_header) if b.column_header else b.column_header)
              for b in document.blocks if b.kind not in ("header", "footer") and b.text.strip()]  # fmt: skip
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "table-cell":
            table = next((a.location.table for a in b.anchors if a.location.table is not None), None)
            cells = []
            while i < len(blocks) and blocks[i].kind == "table-cell" and \
                    next((a.location.table for a in blocks[i].anchors if a.location.table is not None), None) == table:  # fmt: skip
                cells.append(blocks[i])
                i += 1
            _table(out, cells)
            continue
        if b.kind == "heading":
            out.add_heading(b.text, level=min(max(b.level, 1), 9))
        elif b.kind == "list-item":
            out.add_paragraph(b.text, style="List Bullet")
        else:
            out.add_paragraph(b.text)
        i += 1
    import datetime

    fixed = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    out.core_properties.created = out.core_properties.modified = fixed
    out.core_properties.title = xml_safe(document.title or "")
    buffer = io.BytesIO()
    out.save(buffer)
    return _fixed_times(buffer.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """The package with every member dated 2026-01-01: the same advert gives the same bytes."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(member, zin.read(info.filename))
    return out.getvalue()


def _table(out, cells) -> None:
    rows = sorted({c.row or 0 for c in cells})
    cols = sorted({c.column or 0 for c in cells})
    has_header_row = any((c.row or 0) == 0 for c in cells)
    headers = {c.column or 0: c.column_header for c in cells if c.column_header}
    extra = 0 if has_header_row or not headers else 1
    table = out.add_table(rows=len(rows) + extra, cols=len(cols))
    table.style = "Table Grid"
    if extra:
        for j, col in enumerate(cols):
            table.cell(0, j).text = headers.get(col) or ""
    for c in cells:
        table.cell(rows.index(c.row or 0) + extra, cols.index(c.column or 0)).text = c.text


__all__ = ["AUTHOR", "DATE", "apply_docx_plan", "docx_from_document"]
