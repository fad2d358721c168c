"""A :class:`~jdlint.fix.FixPlan` applied to the source of a Markdown, text or HTML advert.

Block offsets map to the source through the blocks' anchors (line and column); where the
source differs from the block text (Markdown emphasis, HTML entities, wrapped lines) the
words are searched for with markup and line breaks allowed between them. New paragraphs go
after the source line (Markdown, text) or element (HTML) that ends the block: a list item
gets a list item with the same marker, a table cell the words in the same cell. Everything
else in the file stays byte for byte.
"""

from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_right
from dataclasses import dataclass

from jdlint.fix import Edit, FixPlan
from jdlint.model import Document

_GAP = r"(?:\s|[*_`~]|<[^<>]{0,200}>|&nbsp;|&#160;)+"
# "<\/p>": a close tag as a JobPosting's JSON-LD description writes it (PHP's json_encode escapes "/")
_HTML_CLOSE = re.compile(r"<\\?/(p|li|h[1-6]|td|th|div|dd|dt|blockquote|section|article|pre)\s*>", re.I)
_LINE_END = re.compile(r"\r\n|\r|\n")
_NUMBER = re.compile(r"^(\s*)(\d{1,6})([.)]\s+)$")
_LIST_MARKER = re.compile(r"^(\s*(?:[-*+•]|\d+[.)])\s+)")


@dataclass(frozen=True)
class Applied:
    """What a writer did: the new file, and the edits it could not place."""

    data: bytes
    missed: tuple[Edit, ...] = ()


class _Source:
    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        # a line ends as the readers end one: "\r\n", "\n" or a lone "\r" (an old Mac file)
        for m in _LINE_END.finditer(text):
            self.starts.append(m.end())
        self.newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"

    def index(self, document: Document, block: int, offset: int) -> int | None:
        b = document.blocks[block]
        loc = b.location(min(max(offset, 0), max(len(b.text) - 1, 0)))
        if loc.line is None or loc.line > len(self.starts):
            return None
        at = self.starts[loc.line - 1] + (loc.column or 1) - 1
        if offset >= len(b.text) and b.text:
            at += 1
        return at

    def line_end(self, at: int) -> int:
        m = _LINE_END.search(self.text, at)
        return len(self.text) if m is None else m.start()

    def line_of(self, at: int) -> str:
        start = self.starts[bisect_right(self.starts, at) - 1]
        return self.text[start : self.line_end(start)]

    def find(self, words: str, near: int | None, fmt: str) -> tuple[int, int] | None:
        """(start, end) of ``words`` in the source, the match nearest ``near`` first."""
        if not words.strip():
            return None
        if near is not None and self.text.startswith(words if fmt != "html" else html_lib.escape(words, quote=False), near):
            n = len(words if fmt != "html" else html_lib.escape(words, quote=False))
            return near, near + n
        parts = [re.escape(html_lib.escape(w, quote=False) if fmt == "html" else w) for w in words.split()]
        if fmt == "html":  # in a JobPosting's JSON-LD description, '"' and '/' may be escaped: \" \/
            parts = [re.sub(r'(")|/', lambda m: r'\\?"' if m.group(1) else r"\\?/", p) for p in parts]
        pattern = re.compile(_GAP.join(parts))
        matches = list(pattern.finditer(self.text))
        if not matches:
            return None
        best = min(matches, key=lambda m: abs(m.start() - near) if near is not None else m.start())
        return best.start(), best.end()


_RAW = re.compile(r"<(script|style|title|textarea)\b[^>]*>", re.I)
_NOT_A_DIRECTIVE = re.compile(r"jdlint\s*:", re.I)


def note(e: Edit, fmt: str, extra: str = "") -> str:
    """The HTML comment that says why ``e`` was made: the Word comment's text on one line.
    "--" is broken up so the comment cannot close early, "jdlint:" never appears in it (so
    it is never read as an inline suppression, ``jdlint: ignore[...]``), and a Markdown note
    holds no "|" (a table row would split at it)."""
    body = " ".join(f"{e.comment} {extra}".split())
    body = _NOT_A_DIRECTIVE.sub("jdlint :", body)
    body = re.sub(r"-(?=-)", "- ", body)
    if fmt == "markdown":
        body = body.replace("|", "/")
    return f"<!-- {body} -->"


def _note_place(text: str, at: int) -> int:
    """Where an HTML note about words ending at ``at`` can go: ``at``, or after the tag
    (an attribute) or the ``<script>``, ``<style>``, ``<title>`` or ``<textarea>`` it is in."""
    lt = text.rfind("<", 0, at)
    if lt != -1 and text.find(">", lt, at) == -1 and re.match(r"</?[A-Za-z]", text[lt:]):
        gt = text.find(">", at)
        return gt + 1 if gt != -1 else len(text)
    for m in _RAW.finditer(text, 0, at):
        close = re.compile(rf"</{m.group(1)}\s*>", re.I).search(text, m.end())
        if close is None:
            return len(text)
        if close.start() >= at:
            return close.end()
    return at


def _sentence_note_place(src: _Source, at: int, fmt: str) -> int:
    """Where the note about replaced words that end at ``at`` goes, so they still read as
    one: Markdown, the end of the source line (of the table cell, in a table row); HTML,
    before the close of the element the words are in (``at`` when another opens first)."""
    text = src.text
    if fmt == "html":
        place = _note_place(text, at)
        if place != at:
            return place
        m = _HTML_CLOSE.search(text, at)
        if m is None or _HTML_OPEN.search(text, at, m.start()):
            return at
        return m.start()
    end = src.line_end(at)
    line = text[at:end]
    if src.line_of(at).lstrip().startswith("|"):  # a table row: the end of this cell
        bar = re.search(r"(?<!\\)\|", line)
        if bar is None:
            return at
        end = at + bar.start()
    while end > at and text[end - 1] in " \t":
        end -= 1
    if end > at and text[end - 1] == "\\":  # a hard line break stays last on its line
        end -= 1
    return end


def apply_text_plan(data: bytes, document: Document, plan: FixPlan, *, notes: bool = True) -> Applied:
    """``data`` (the file's bytes) with the plan's edits made in place. With ``notes`` each
    change in a Markdown or HTML file carries an HTML comment saying why (:func:`note`);
    plain text has no comments, so gets none."""
    fmt = document.format
    bom, encoding = _encoding(data, fmt)
    body = data[len(bom):]
    try:  # bytes the encoding does not define (five of Windows-1252's) are kept as they are
        text = body.decode(encoding, errors="surrogateescape")
    except UnicodeDecodeError:  # broken UTF-16 without a mark: read as the reader reads it
        text = body.decode(encoding, errors="replace")
    src = _Source(text)
    nl = src.newline
    changes: list[tuple[int, int, int, str]] = []  # start, end, order, new text
    missed: list[Edit] = []

    def words(s: str) -> str:
        return html_lib.escape(s, quote=False) if fmt == "html" else s

    with_notes = notes and fmt in ("markdown", "html")

    def why(e: Edit, extra: str = "") -> str:
        return note(e, fmt, extra) if with_notes else ""

    def noted(at: int, order: int, e: Edit, extra: str = "") -> str:
        """The note about words that end at ``at``, to put there; or "" when it goes later
        (the end of the line or element; out of an HTML tag, script, style or title) or is
        there already."""
        if not with_notes:
            return ""
        text_note = why(e, extra)
        place = _sentence_note_place(src, at, fmt)
        if src.text.startswith(text_note, place) or src.text.startswith(" " + text_note, place):
            return ""
        if place == at:
            return text_note
        # before anything else added at that place (a new paragraph after the line)
        changes.append((place, place, order - len(plan.edits), " " + text_note))
        return ""

    def done(e: Edit) -> bool:
        """Words added with their note by an earlier run (a fixed file fixed again); in a
        page's JSON-LD, the note went after its script (see ``raw_note``)."""
        return with_notes and (re.search(re.escape(words(e.text)) + r"(?:</(?:p|li)>)?" + re.escape(why(e)), src.text) is not None
                               or (fmt == "html" and why(e) in src.text
                                   and (words(e.text) in src.text or json_string(words(e.text)) in src.text)))  # fmt: skip

    def raw_note(at: int, order: int, e: Edit) -> bool:
        """An HTML note for words added at ``at`` inside a ``<script>`` (a JobPosting's
        JSON-LD description), ``<title>``, ``<style>`` or ``<textarea>``: put after it, where
        it is a comment (True), never into the script's text."""
        if not with_notes or fmt != "html":
            return False
        place = _note_place(src.text, at)
        if place == at:
            return False
        text_note = why(e)
        if not (src.text.startswith(text_note, place) or src.text.startswith(" " + text_note, place)):
            changes.append((place, place, order, " " + text_note))
        return True

    def landing(e: Edit, order: int, note: str = "") -> tuple[int, str] | None:
        """Where words moved into the Essential block ``e.to_block`` go, the block's closing full
        stop (when it ends without one) added to the changes first; ``None`` (the edit missed)
        when there is no place."""
        assert e.to_block is not None
        place = _after_block(src, document, e.to_block, fmt, nl, e.text, e.like, note)
        if place is None:
            missed.append(e)
            return None
        stop = _cell_end(src, document, e.to_block)
        if stop is not None:
            changes.append((stop[0], stop[0], order - len(plan.edits), stop[1]))
        return place

    for order, e in enumerate(plan.edits):
        pieces = _wrapped_cell(src, document, e) if e.op == "move" and fmt == "text" else None
        if pieces == []:  # words over lines of a table that cannot be taken out whole: the sentence after it
            place = _after_table(src, document, e.block, nl, e.text)
            if place is None:
                missed.append(e)
            else:
                changes.append((place[0], place[0], order, place[1]))
            continue
        if pieces is not None:  # a cell wrapped over lines of a table aligned by spaces: each line's words go
            place = landing(e, order)
            if place is None:
                continue
            changes.extend((a, b, order, "") for a, b in pieces)
            changes.append((place[0], place[0], order, place[1]))
            continue
        if e.op in ("replace", "move", "append") and e.target:
            near = src.index(document, e.block, e.start if e.op != "append" else document.blocks[e.block].text.find(e.target))
            found = src.find(e.target, near, fmt)
            if found is None:
                missed.append(e)
                continue
            if e.op == "replace":
                changes.append((found[0], found[1], order, words(e.text) + noted(found[1], order, e)))
            elif e.op == "append":
                if done(e):
                    continue
                changes.append((found[1], found[1], order, " " + words(e.text) + noted(found[1], order, e)))
            else:  # move: out of this cell or list, into the Essential one
                assert e.to_block is not None
                where = "column" if document.blocks[e.to_block].kind == "table-cell" else "criteria"
                place = landing(e, order, why(e, f"Moved here from the Desirable {where}."))
                if place is None:
                    continue
                moved_note = why(e, f"Moved here from the Desirable {where}.")
                if moved_note and fmt == "html" and _note_place(src.text, place[0]) != place[0]:
                    # into a JobPosting's JSON-LD description: its note after the script
                    changes.append((_note_place(src.text, place[0]), _note_place(src.text, place[0]), order, " " + moved_note))
                    place = (place[0], place[1].replace(moved_note, "", 1))
                start, end = found
                whole = document.blocks[e.block].text.strip() == e.target.strip()
                gone = ""
                if fmt != "html" and document.blocks[e.block].kind != "table-cell" and whole:
                    start = src.starts[bisect_right(src.starts, start) - 1]  # the whole line goes
                    end = min(src.line_end(end) + len(nl), len(src.text))
                elif fmt == "html" and document.blocks[e.block].kind == "list-item" and whole:
                    start, end = _html_item(src.text, start, end)  # the whole <li> goes
                else:  # words taken from a cell or a paragraph: a note where they were
                    gone = noted(end, order, e, f"Moved to the Essential {where}.")
                changes.append((start, end, order, gone))
                changes.append((place[0], place[0], order, place[1]))
            continue
        if e.op == "append":  # at the end of the block
            at = src.index(document, e.block, len(document.blocks[e.block].text))
            if at is None:
                missed.append(e)
                continue
            if done(e):
                continue
            changes.append((at, at, order, " " + words(e.text) + noted(at, order, e)))
            continue
        if done(e):
            continue
        place = (_before_block(src, document, e.block, fmt, nl, e.text, why(e)) if e.op == "before"
                 else _after_block(src, document, e.block, fmt, nl, e.text, e.like, why(e)))  # fmt: skip
        if place is None:
            missed.append(e)
            continue
        if why(e) and raw_note(place[0], order, e):
            place = (place[0], place[1].replace(why(e), "", 1))
        stop = _cell_end(src, document, e.block) if e.op != "before" else None
        if stop is not None:
            changes.append((stop[0], stop[0], order - len(plan.edits), stop[1]))
        changes.append((place[0], place[0], order, place[1]))
    changes = _merge(changes, nl)
    if fmt == "html":
        changes = _in_json(text, changes)
    if fmt == "text":
        changes = _keep_columns(text, changes)
    for start, end, _, new in sorted(changes, key=lambda c: (c[0], c[1], c[2]), reverse=True):
        text = text[:start] + new + text[end:]
    try:
        out = text.encode(encoding, errors="surrogateescape")
    except UnicodeEncodeError:  # a character the advert's encoding lacks (Windows-1252 has no "’"... in HTML: a reference)
        out = text.encode(encoding, errors="xmlcharrefreplace" if fmt == "html" else "replace")
    return Applied(bom + out, tuple(missed))


def json_string(text: str) -> str:
    """``text`` as the inside of a JSON string in a ``<script>``: quotes, backslashes and
    control characters escaped, and "</" written "<\\/" so that no "</script>" ends it."""
    import json

    return json.dumps(text, ensure_ascii=False)[1:-1].replace("</", "<\\/")


def _in_json(text: str, changes: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """The changes, those inside a page's JSON-LD (a JobPosting's description) written as
    JSON (:func:`json_string`): a quote or backslash in a fix's words, or the advert's own
    words it moves, never breaks the JSON."""
    from jdlint.readers.html import ld_json_scripts

    scripts = list(ld_json_scripts(text))
    if not scripts:
        return changes
    return [(start, end, order, json_string(new) if any(a <= start and end <= b for a, b in scripts) else new)
            for start, end, order, new in changes]  # fmt: skip


def _encoding(data: bytes, fmt: str) -> tuple[bytes, str]:
    """The byte-order mark and codec the reader of ``fmt`` read ``data`` in (its mark, a page's
    declared charset, UTF-8, UTF-16 without a mark, else Windows-1252): the copy written keeps
    them, so that it reads as the advert did."""
    if fmt == "html":
        from jdlint.readers.html import decoded
    else:
        from jdlint.readers.text import decoded
    _, found = decoded(data)
    return found.bom, found.codec


def _merge(changes: list[tuple[int, int, int, str]], nl: str) -> list[tuple[int, int, int, str]]:
    """New paragraphs at the same place: one blank line between them, not two."""
    out: list[tuple[int, int, int, str]] = []
    groups: dict[int, list[tuple[int, int, int, str]]] = {}
    for c in changes:
        if c[0] == c[1] and c[3].startswith(nl + nl):
            groups.setdefault(c[0], []).append(c)
        else:
            out.append(c)
    for pos, group in groups.items():
        group.sort(key=lambda c: c[2])
        trailing = group[0][3].endswith(nl) and not group[0][3].endswith(nl + nl)
        bodies = [c[3][2 * len(nl) :].removesuffix(nl) if trailing else c[3][2 * len(nl) :] for c in group]
        out.append((pos, pos, group[0][2], nl + nl + (nl + nl).join(bodies) + (nl if trailing else "")))
    return out


_HTML_LIST_TAG = re.compile(r"<(\\?/)?(?:ul|ol)\b[^>]*>", re.I)
_HTML_ITEM_OPEN = re.compile(r"<li\b[^>]*>(?:\s|<(?!\\?/?li\b)[^>]*>)*\Z", re.I)
_HTML_ITEM_CLOSE = re.compile(r"(?:\s|<(?!\\?/?li\b)[^>]*>)*<\\?/li\s*>", re.I)


def _html_depth(text: str, at: int) -> int:
    """How many lists (``<ul>``, ``<ol>``) are open at ``at``."""
    depth = 0
    for m in _HTML_LIST_TAG.finditer(text, 0, at):
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
    return depth


def _html_list_end(text: str, at: int) -> int:
    """Just after the close of the outermost list open at ``at`` (after an ``</li>``)."""
    depth = _html_depth(text, at)
    for m in _HTML_LIST_TAG.finditer(text, at):
        depth = depth - 1 if m.group(1) else depth + 1
        if depth <= 0:
            return m.end()
    return at


def _html_list_close(text: str, at: int, level: int) -> int:
    """Where a new last item of the list at nesting ``level`` goes, from ``at`` (after an
    ``</li>`` of that list or of a list inside it): just before that list's close tag."""
    depth = _html_depth(text, at)
    if depth <= level or level <= 0:
        return at
    for m in _HTML_LIST_TAG.finditer(text, at):
        if m.group(1) and depth == level:
            return m.start()
        depth = depth - 1 if m.group(1) else depth + 1
    return at


def _html_item(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` widened to the whole ``<li>...</li>`` when the words are all it holds."""
    opening = text.rfind("<", 0, start)
    while opening > 0 and not re.match(r"<li\b", text[opening:], re.I):
        opening = text.rfind("<", 0, opening)
    if opening < 0 or not _HTML_ITEM_OPEN.match(text, opening, start):
        return start, end
    closing = _HTML_ITEM_CLOSE.match(text, end)
    return (opening, closing.end()) if closing else (start, end)
_HTML_OPEN = re.compile(r"<(?:h[1-6]|p|div|dt|li|section|header)\b[^>]*>", re.I)


def _before_block(src: _Source, document: Document, block: int, fmt: str, nl: str, text: str,
                  why: str = "") -> tuple[int, str] | None:  # fmt: skip
    """Where a new paragraph before ``block`` (a heading) goes: the start of its line, or
    before the element that opens it (HTML)."""
    first = src.index(document, block, 0)
    if first is None:
        return None
    if fmt == "html":
        opened = None
        for m in _HTML_OPEN.finditer(src.text, 0, first + 1):
            opened = m
        if opened is None:
            return None
        return opened.start(), f"<p>{html_lib.escape(text, quote=False)}</p>{why}"
    start = src.starts[bisect_right(src.starts, first) - 1]
    # a paragraph of its own: after a blank line, never joined to a list or line above
    lead = "" if start == 0 or src.text[:start].endswith(nl + nl) else nl
    return start, f"{lead}{text}{why}{nl}{nl}"


_PAST_THE_MAIN = re.compile(r"<(?:footer|nav|aside)\b|</(?:main|body|html)\s*>", re.I)
_INLINE_CLOSE = re.compile(r"</(?:a|span|strong|em|b|i|u|small|font|button|label)\s*>", re.I)
_ALIGNED_ROW = re.compile(r"\S {3,}\S")
_ENDS_ITEM = re.compile(r"[.!?;:][\"'”’)\]]*\s*$")


def _aligned(line: str) -> bool:
    """Is ``line`` a row of a plain-text table whose columns are aligned by runs of spaces
    (no "|" and no tab)?"""
    return "|" not in line and "\t" not in line and _ALIGNED_ROW.search(line) is not None


def _cell_end(src: _Source, document: Document, block: int) -> tuple[int, str] | None:
    """Words added to a text or Markdown table cell whose text ends without a stop ("Experience
    of group work") were read as one sentence with it ("... group work Lived experience of ... is
    essential"): a full stop after the cell's words, to go with them, else None."""
    b = document.blocks[block]
    if document.format == "html" or b.kind != "table-cell" or not b.text.strip() or _ENDS_ITEM.search(b.text):
        return None  # (HTML: the words go after a <br>, which ends the sentence)
    last = src.index(document, block, max(len(b.text.rstrip()) - 1, 0))
    if last is not None and document.format == "text" and _aligned(src.line_of(last)) and _levels_only(document, block):
        return None  # columns headed by levels alone: a line of its own is a cell of its own
    return (last + 1, ".") if last is not None else None


_LEVEL_NAME = re.compile(r"(?i)^(?:essential|desirable|required|preferred)\b")


def _wrapped_cell(src: _Source, document: Document, e: Edit) -> list[tuple[int, int]] | None:
    """The spans to delete to take ``e``'s words out of a table cell that wraps over several
    lines of a plain-text table aligned by spaces, when the words are on more than one of its
    lines (the reader's anchors, one a line, map the cell's text to the source); None when
    ``e`` moves no such words, and ``[]`` when the words cannot be mapped (the caller then
    adds its sentence after the table instead). On a line that keeps other words (the
    cell's own, another column's), the words alone go (:func:`_keep_columns` keeps the next
    column where it was); a later line left with nothing else goes whole, with the line break
    before it, so no blank line is left inside the table."""
    b = document.blocks[e.block]
    lines = [a.location.line for a in b.anchors]
    if b.kind != "table-cell" or len(set(lines)) < 2 or None in lines:
        return None
    at = b.text.find(e.target, max(e.start, 0))
    if at == -1:
        at = b.text.find(e.target)
    if at == -1:
        return []
    start, end = at, at + len(e.target)
    touched = []  # the lines the words are on: (first offset in the cell's text, last, source index of the first, line)
    for k, anchor in enumerate(b.anchors):
        stop = b.anchors[k + 1].offset if k + 1 < len(b.anchors) else len(b.text)
        if not (anchor.offset < end and start < stop):
            continue
        seg = b.text[anchor.offset : stop]
        words, line = seg.strip(), anchor.location.line
        lead = len(seg) - len(seg.lstrip())
        first = src.starts[line - 1] + (anchor.location.column or 1) - 1 if 0 < line <= len(src.starts) else -1
        if words and src.text[first : first + len(words)] != words:
            return []  # the reader's words are not the file's there
        if words and anchor.offset + lead < end and start < anchor.offset + lead + len(words):
            touched.append((anchor.offset + lead, anchor.offset + lead + len(words), first, line))
    if len(touched) < 2:
        return None  # on one line: the ordinary way
    if not _aligned(src.line_of(touched[0][2])):
        return []
    out: list[tuple[int, int]] = []
    for k, (a, z, first, line) in enumerate(touched):
        lo_cut, hi_cut = max(a, start), min(z, end)
        piece = (first + lo_cut - a, first + hi_cut - a)
        lo, hi = src.starts[line - 1], src.line_end(src.starts[line - 1])
        if k and not (src.text[lo : piece[0]] + src.text[piece[1] : hi]).strip():
            out.append((src.line_end(src.starts[line - 2]), hi))
        else:
            out.append(piece)
    return out


def _after_table(src: _Source, document: Document, block: int, nl: str, text: str) -> tuple[int, str] | None:
    """Where a sentence goes as a paragraph of its own after the table ``block`` is a cell
    of: after its last line, with a blank line between."""
    last = block
    while last + 1 < len(document.blocks) and document.blocks[last + 1].kind == "table-cell":
        last += 1
    b = document.blocks[last]
    at = src.index(document, last, max(len(b.text) - 1, 0))
    if at is None:
        return None
    end = src.line_end(at)
    rest = src.text[end:].lstrip(" \t")
    blank_after = rest.startswith(nl + nl) or not rest.strip()
    return end, f"{nl}{nl}{text}" + ("" if blank_after else nl)


def _levels_only(document: Document, block: int) -> bool:
    """Is the table ``block`` is a cell of headed by levels alone ("ESSENTIAL   DESIRABLE"),
    each column a list of cells, rather than by "Criteria   Essential   Desirable"?"""
    i = block
    while i > 0 and document.blocks[i - 1].kind == "table-cell" and (document.blocks[i].row or 0) > 0:
        i -= 1
    while i > 0 and document.blocks[i - 1].kind == "table-cell" and document.blocks[i - 1].row == 0:
        i -= 1
    head = document.blocks[i]
    return head.kind == "table-cell" and head.row == 0 and _LEVEL_NAME.match(head.text.strip()) is not None


def _keep_columns(text: str, changes: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """In a plain-text table aligned by spaces, a change on one line that makes a cell longer
    or shorter leaves the next column where it was: shorter words are padded with spaces,
    longer ones take spaces from the gap after them (keeping three), and words taken from
    the end of a line take the spaces before them too. Two changes before one gap: left as they are."""
    def line_of(at: int) -> tuple[int, int]:
        start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
        m = _LINE_END.search(text, at)
        return start, (m.start() if m else len(text))

    shaped = list(changes)
    in_rows: list[int] = []
    for k, (start, end, _, new) in enumerate(changes):
        lo, hi = line_of(start)
        if "\n" not in new and "\r" not in new and end <= hi and _aligned(text[lo:hi]):
            in_rows.append(k)
    bounds = sorted(p for k in in_rows for p in changes[k][:2])
    for k in in_rows:  # the last words of a line: their gap goes too (not past another change)
        start, end, order, new = changes[k]
        lo, hi = line_of(start)
        if not new and not text[end:hi].strip():
            floor = max([lo] + [p for p in bounds if p < start])
            while start > floor and text[start - 1] == " ":
                start -= 1
            shaped[k] = (start, hi, order, new)
    gaps: dict[int, list[int]] = {}  # the next gap after a change (3+ spaces, then a column): its changes
    for k in in_rows:
        start, end, _, _ = shaped[k]
        gap = re.search(r" {3,}(?=\S)", text[end:line_of(start)[1]])
        if gap is None:
            continue
        at, to = end + gap.start(), end + gap.end()
        if not any(j != k and shaped[j][0] < to and shaped[j][1] > end - (shaped[j][0] == shaped[j][1]) for j in in_rows):
            gaps.setdefault(at, []).append(k)
    for gap_at, ks in gaps.items():
        if len(ks) != 1:
            continue
        start, end, order, new = shaped[ks[0]]
        delta = len(new) - (end - start)
        width = len(re.match(r" +", text[gap_at:]).group())
        between = text[end:gap_at]  # the rest of the cell's words, kept
        if delta < 0:
            shaped[ks[0]] = (start, gap_at, order, new + between + " " * -delta)
        elif delta > 0:
            shaped[ks[0]] = (start, gap_at + min(delta, width - 3), order, new + between)
    return shaped


def _after_block(src: _Source, document: Document, block: int, fmt: str, nl: str, text: str,
                 like: int | None = None, why: str = "") -> tuple[int, str] | None:  # fmt: skip
    """Where a new paragraph after ``block`` goes in the source, and the source to insert
    (a list item when ``like``, the block it takes its style from, is one), with the
    note ``why`` (an HTML comment, or nothing) right after its words."""
    text_md = text + why
    if block < 0:
        if fmt == "html":
            m = re.search(r"<body[^>]*>", src.text, re.I)
            return (m.end() if m else 0), f"<p>{html_lib.escape(text, quote=False)}</p>{why}"
        if fmt == "markdown":  # a static site's front matter stays first: the words go after it
            unix = src.text.replace("\r\n", "\n").replace("\r", "\n")
            from jdlint.readers.markdown import front_matter_end

            end = front_matter_end(unix)
            if end:
                at = src.starts[min(unix.count("\n", 0, end), len(src.starts) - 1)]
                if at >= len(src.text) or not src.text.startswith(("\n", "\r"), at):
                    return at, f"{nl}{text_md}{nl}{nl}" if at < len(src.text) else f"{nl}{text_md}{nl}"
                return at, f"{nl}{text_md}{nl}"
        return 0, text_md + nl + nl
    b = document.blocks[block]
    last = src.index(document, block, max(len(b.text) - 1, 0))
    if last is None:
        return None
    if fmt == "html":
        escaped = html_lib.escape(text, quote=False)
        m = _HTML_CLOSE.search(src.text, last)
        from jdlint.readers.html import ld_json_scripts

        script = next(((a, b) for a, b in ld_json_scripts(src.text) if a <= last < b), None)
        if script is not None and (m is None or m.start() >= script[1]):
            # a JobPosting description of plain text (no tags): a paragraph of its own after
            # the block's words, there (written as JSON), not in the page's body after the script
            return last + 1, f"\n\n{text}{why}"
        if m is None or _PAST_THE_MAIN.search(src.text, last, m.start()):
            # words in no element of their own ("<a class="btn">Apply now</a></main>"): the close
            # found is another element's, past the end of the page's main part (in its footer,
            # which no reader takes as the advert), or there is none: the paragraph goes right
            # after the words and the inline elements they close
            at = last + 1
            while (inline := _INLINE_CLOSE.match(src.text, at)) is not None:
                at = inline.end()
            return at, f"<p>{escaped}</p>{why}"
        tag = m.group(1).lower()
        if tag in ("td", "th"):
            return m.start(), f"<br>{escaped}{why}"
        if tag == "li" and like is not None and document.blocks[like].kind == "list-item":
            first = like  # an item of the list ``like``'s list starts with, not of a sub-list
            while first > 0 and document.blocks[first - 1].kind == "list-item" and \
                    document.blocks[first - 1].section == document.blocks[like].section:  # fmt: skip
                first -= 1
            at = src.index(document, first, 0)
            return _html_list_close(src.text, m.end(), _html_depth(src.text, at) if at is not None else 0), f"<li>{escaped}</li>{why}"
        if tag == "li":  # a paragraph goes after the list, not into it as an item
            return _html_list_end(src.text, m.end()), f"<p>{escaped}</p>{why}"
        return m.end(), f"<p>{escaped}</p>{why}"
    if b.kind == "table-cell":  # a table row: the words join the cell
        if fmt == "text" and _aligned(src.line_of(last)):
            # columns aligned by spaces: a line of its own under the cell, in its column (read
            # as the rest of the row above), so that no column after it moves
            first = src.index(document, block, 0)
            line_start = src.starts[bisect_right(src.starts, first if first is not None else last) - 1]
            column = (first if first is not None else last) - line_start
            return src.line_end(last), f"{nl}{' ' * column}{text_md}"
        return last + 1, f" {text_md}"
    end = src.line_end(last)
    item = like if like is not None and document.blocks[like].kind == "list-item" else None
    if item is not None:
        first = src.index(document, item, 0)
        line = src.line_of(first if first is not None else last)
        marker = _LIST_MARKER.match(line)
        prefix = marker.group(1) if marker else "- "
        above = _LIST_MARKER.match(src.line_of(last))  # the item the new one follows
        number = _NUMBER.match(above.group(1)) if above else None
        if number and _NUMBER.match(prefix):  # a numbered list goes on counting: "2." then "3.", not "2." again
            prefix = f"{_NUMBER.match(prefix).group(1)}{int(number.group(2)) + 1}{number.group(3)}"
        return end, f"{nl}{prefix}{text_md}"
    rest = src.text[end:].lstrip("\r\n")
    next_line_blank = src.text[end : end + 2 * len(nl)].count("\r" if nl == "\r" else "\n") >= 2 or not rest
    return end, f"{nl}{nl}{text_md}" + ("" if next_line_blank else nl)


_MARK = re.compile(r"(?:(?<=\n)|(?<=\r)|\A)<!-- jdlint fix copy, fingerprint ([0-9a-f]{64}): [^<>]*-->(?:\r\n|\r|\n)?\Z")


def _fingerprint(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", errors="surrogateescape")).hexdigest()


def _decode_copy(data: bytes, fmt: str) -> tuple[bytes, str, str] | None:
    bom, encoding = _encoding(data, fmt)
    try:
        return bom, encoding, data[len(bom):].decode(encoding, errors="surrogateescape")
    except UnicodeDecodeError:
        return None


def mark_copy(data: bytes, fmt: str) -> bytes:
    """A Markdown or HTML revised copy with its fingerprint last, on a line of its own: an
    HTML comment (hidden when the page is shown, never read as an advert's words) holding the
    SHA-256 of the text before it, so that :func:`marked_unchanged` can tell later that this
    is the copy jdlint wrote and nobody has saved it since. A mark already there (a revised
    copy fixed again) is replaced. Other formats (plain text has no comment syntax) are
    returned as they are."""
    decoded = _decode_copy(data, fmt) if fmt in ("markdown", "html") else None
    if decoded is None:
        return data
    bom, encoding, text = decoded
    text = _MARK.sub("", text)
    nl = _Source(text).newline
    body = text if not text or text.endswith(("\n", "\r")) else text + nl
    mark = (f"<!-- jdlint fix copy, fingerprint {_fingerprint(body)}: jdlint fix writes this file again "
            "only while the fingerprint matches its text; edit it and jdlint leaves it alone -->")  # fmt: skip
    try:
        return bom + (body + mark + nl).encode(encoding, errors="surrogateescape")
    except UnicodeEncodeError:
        return data


def marked_unchanged(data: bytes, fmt: str) -> bool:
    """Does ``data`` (a Markdown or HTML file) end with the fingerprint :func:`mark_copy`
    wrote, and is its text before it unchanged since?"""
    decoded = _decode_copy(data, fmt) if fmt in ("markdown", "html") else None
    if decoded is None:
        return False
    text = decoded[2]
    m = _MARK.search(text)
    return m is not None and _fingerprint(text[: m.start()]) == m.group(1)


__all__ = ["Applied", "apply_text_plan", "json_string", "mark_copy", "marked_unchanged", "note"]
