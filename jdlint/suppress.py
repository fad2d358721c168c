"""Inline suppressions: ``jdlint: ignore[CS003, SU005]`` comments in the advert itself.

The readers drop comments, so this is a pass over the raw bytes and the finished
:class:`~jdlint.model.Report` (the engine is not involved): findings it covers come back
with ``suppressed=True``; they stay in JSON and SARIF, marked, and never fail a run.

Where the comment can go:

* Markdown and HTML: ``<!-- jdlint: ignore[LA001] -->``.
* Plain text: any line containing ``jdlint: ignore[LA001]`` (``# jdlint: ignore[LA001]``).
* DOCX: a Word comment whose text contains ``jdlint: ignore[LA001]``, anchored at the text
  it is about; or a custom document property ``jdlint-ignore`` holding ``LA001, SU005``
  (File > Info > Properties > Advanced > Custom), which covers the whole file.
* PDF: none (use ``per-file-ignores`` in the config, or a baseline).

What it covers:

* a comment on the same line as text: findings in the block(s) on that line;
* a comment on a line of its own: findings in the next block;
* a Word comment: findings in the paragraph(s) it is anchored to (or the next paragraph
  with text, when anchored at an empty one);
* ``jdlint: ignore-file[...]`` anywhere, or the DOCX property: the whole file. This is the
  only way to suppress a finding about something missing (it has no place in the text).

The brackets take rule ids, id prefixes or names (``LA``, ``suffering-from``), separated by
commas or spaces; ``jdlint: ignore`` / ``jdlint: ignore-file`` without brackets covers
every rule. ``per-file-ignores`` from the config arrive as ``extra`` file-wide keys.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from jdlint.model import Document, Finding, Report

DIRECTIVE = re.compile(r"jdlint:\s*(?P<kind>ignore-file|ignore)\b(?:\s*\[(?P<rules>[^\]\n]*)\])?", re.I)
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# "jdlint" in any case: the same answer as ``"jdlint" in text.lower()`` (no other character
# lower-cases to one of these letters, but "İ", to "i" and a combining dot), without
# lower-casing a whole file (slow for text that is not ASCII)
_MENTIONED = re.compile("[Jj][Dd][Ll][Ii][Nn][Tt]")
_TEXT_LEADERS = " \t#/;%>-*!"  # what may come before a directive on a comment line in plain text
ALL = "*"
_MAX_XML = 20 * 1024 * 1024  # comments.xml / custom.xml larger than this are not read


@dataclass
class Directives:
    """What a file's comments suppress: rule keys for the whole file and per block."""

    file: set[str] = field(default_factory=set)
    blocks: dict[int, set[str]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # keys that name no rule, for a note

    def add_block(self, block: int, keys: Iterable[str]) -> None:
        self.blocks.setdefault(block, set()).update(keys)

    def __bool__(self) -> bool:
        return bool(self.file or self.blocks)


def parse_keys(text: str | None) -> set[str]:
    """``"CS003, SU005"`` → ``{"CS003", "SU005"}``; nothing → every rule."""
    if text is None or not text.strip():
        return {ALL}
    return {k for k in re.split(r"[\s,;]+", text.strip()) if k}


def covers(keys: Iterable[str], finding: Finding) -> bool:
    """Does any key (id, id prefix, name or ``*``) name ``finding``'s rule?"""
    return any(
        k == ALL or finding.rule.startswith(k.upper()) or finding.name == k.lower() for k in keys
    )


# --------------------------------------------------------------------------- text formats


def _line_ranges(document: Document) -> list[tuple[int, int] | None]:
    """Each block's first and last source line (``None`` when its anchors carry no line)."""
    out: list[tuple[int, int] | None] = []
    for block in document.blocks:
        lines = [a.location.line for a in block.anchors if a.location.line is not None]
        out.append((min(lines), max(lines)) if lines else None)
    return out


def _blocks_on(ranges: list[tuple[int, int] | None], line: int) -> list[int]:
    return [i for i, r in enumerate(ranges) if r is not None and r[0] <= line <= r[1]]


def _next_block(ranges: list[tuple[int, int] | None], after: int) -> list[int]:
    """The block(s) holding the first line after ``after`` that any block covers."""
    starts = [r[0] for r in ranges if r is not None and r[1] > after]
    if not starts:
        return []
    line = max(after + 1, min(starts))
    on = _blocks_on(ranges, line)
    return on or _next_block(ranges, line)


def _comments(text: str, fmt: str) -> Iterable[tuple[int, int, bool, re.Match[str]]]:
    """``(first line, last line, own line?, directive match)`` for each directive."""
    if fmt in ("markdown", "html"):
        for comment in _HTML_COMMENT.finditer(text):
            for m in DIRECTIVE.finditer(comment.group(1)):
                first = text.count("\n", 0, comment.start()) + 1
                last = first + comment.group(0).count("\n")
                line_start = text.rfind("\n", 0, comment.start()) + 1
                line_end = text.find("\n", comment.end())
                before = text[line_start : comment.start()]
                after = text[comment.end() : line_end if line_end >= 0 else len(text)]
                alone = not _HTML_COMMENT.sub("", before + " " + after).strip()
                yield first, last, alone, m
        return
    for number, line in enumerate(text.split("\n"), start=1):
        for m in DIRECTIVE.finditer(line):
            before = line[: m.start()]
            before = before[: before.rfind("<!--")] if "<!--" in before else before
            yield number, number, not before.strip(_TEXT_LEADERS), m


def _names_jdlint(data: bytes) -> bool:
    """Can the text that :func:`jdlint.readers.text.decode` makes of ``data`` hold "jdlint"
    (any case)? Unless it reads UTF-16 (a byte-order mark, or NUL bytes to guess by), that
    decoding (UTF-8, else cp1252) gives ASCII letters for ASCII bytes and for nothing else,
    so the bytes answer: lower-cased in C, without decoding the file and scanning each
    character (about 60 us for a 1,000-word advert, on every check)."""
    if b"\x00" in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True  # may be UTF-16: decode and look
    return b"jdlint" in data.lower()


def text_directives(data: bytes, document: Document) -> Directives:
    """Directives in a Markdown, HTML or plain-text source."""
    if document.format == "html":
        from jdlint.readers.html import decode
    elif not _names_jdlint(data):
        return Directives()
    else:
        from jdlint.readers.text import decode
    text = decode(data)
    if not _MENTIONED.search(text):  # most files: no directive (the test of "jdlint" in text.lower())
        return Directives()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    ranges = _line_ranges(document)
    found = Directives()
    for first, last, alone, m in _comments(text, document.format):
        keys = parse_keys(m.group("rules"))
        if m.group("kind").lower() == "ignore-file":
            found.file |= keys
            continue
        targets = _next_block(ranges, last) if alone else _blocks_on(ranges, first) or _blocks_on(ranges, last)
        for block in targets:
            found.add_block(block, keys)
    return found


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _T, _TAB, _DEL = (f"{{{W_NS}}}{n}" for n in ("p", "t", "tab", "del"))
_START, _END, _REF = (f"{{{W_NS}}}{n}" for n in ("commentRangeStart", "commentRangeEnd", "commentReference"))
_ID = f"{{{W_NS}}}id"
_FALLBACK = f"{{{MC_NS}}}Fallback"


def _xml(archive: zipfile.ZipFile, name: str):
    from lxml import etree

    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(archive.read(info), parser)
    except (etree.XMLSyntaxError, ValueError, OSError, zipfile.BadZipFile, RuntimeError, EOFError):
        return None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _paragraph_text(p) -> str:
    """A paragraph's own text (not that of text boxes inside it), tracked deletions left out."""
    parts: list[str] = []
    for el in p.iter(_T, _TAB):
        owner = el.getparent()
        while owner is not None and owner.tag != _P:
            if owner.tag in (_DEL, _FALLBACK):
                break
            owner = owner.getparent()
        if owner is not p:
            continue
        parts.append(" " if el.tag == _TAB else (el.text or ""))
    return "".join(parts)


def docx_directives(data: bytes, document: Document) -> Directives:
    """Directives in Word comments and in the ``jdlint-ignore`` custom property."""
    found = Directives()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return found
    with archive:
        custom = _xml(archive, "docProps/custom.xml")
        if custom is not None:
            for prop in custom:
                if str(prop.get("name", "")).strip().lower() == "jdlint-ignore":
                    value = "".join(prop.itertext())
                    keys = parse_keys(value)
                    found.file |= keys
        comments = _xml(archive, "word/comments.xml")
        if comments is None:
            return found
        wanted: dict[str, set[str]] = {}
        for comment in comments.iter(f"{{{W_NS}}}comment"):
            text = "".join(t.text or "" for t in comment.iter(_T))
            for m in DIRECTIVE.finditer(text):
                keys = parse_keys(m.group("rules"))
                if m.group("kind").lower() == "ignore-file":
                    found.file |= keys
                else:
                    wanted.setdefault(str(comment.get(_ID)), set()).update(keys)
        if not wanted:
            return found
        body = _xml(archive, "word/document.xml")
    if body is None:
        return found
    texts = _commented_paragraphs(body, set(wanted))
    blocks = [(i, _norm(b.text)) for i, b in enumerate(document.blocks)]
    for cid, paragraphs in texts.items():
        for para in paragraphs:
            target = _norm(para)
            if not target:
                continue
            for i, block_text in blocks:
                if block_text and (block_text in target or (
                    document.blocks[i].kind == "table-cell" and target in block_text)):  # fmt: skip
                    found.add_block(i, wanted[cid])
    return found


def _commented_paragraphs(body, ids: set[str]) -> dict[str, list[str]]:
    """For each comment id, the text of the paragraphs its range (or reference) touches; a
    comment on empty paragraphs only moves on to the next paragraph with text."""
    paragraphs: list = []
    touched: dict[str, list[int]] = {}
    open_ids: set[str] = set()

    def owner(el) -> int | None:
        parent = el.getparent()
        while parent is not None and parent.tag != _P:
            parent = parent.getparent()
        if parent is None:
            return None
        return index.get(parent)

    index: dict = {}
    for el in body.iter(_P, _START, _END, _REF):
        if any(a.tag == _FALLBACK for a in el.iterancestors()):
            continue
        if el.tag == _P:
            index[el] = len(paragraphs)
            paragraphs.append(el)
            for cid in open_ids:
                touched.setdefault(cid, []).append(index[el])
            continue
        cid = str(el.get(_ID))
        if cid not in ids:
            continue
        where = owner(el)
        if where is not None:
            touched.setdefault(cid, []).append(where)
        if el.tag == _START:
            open_ids.add(cid)
        elif el.tag == _END:
            open_ids.discard(cid)
    out: dict[str, list[str]] = {}
    for cid, numbers in touched.items():
        numbers = sorted(set(numbers))
        texts = [_paragraph_text(paragraphs[n]) for n in numbers]
        if not any(t.strip() for t in texts):
            later = (_paragraph_text(p) for p in paragraphs[numbers[-1] + 1 :])
            texts = [next((t for t in later if t.strip()), "")]
        out[cid] = texts
    return out


# --------------------------------------------------------------------------- applying


def directives(data: bytes | None, document: Document | None) -> Directives:
    """The suppressions written in a file (nothing for PDF, or without bytes or document)."""
    if data is None or document is None:
        return Directives()
    if document.format == "docx":
        return docx_directives(data, document)
    if document.format in ("markdown", "html", "text"):
        return text_directives(data, document)
    return Directives()


def apply(report: Report, found: Directives, extra: Iterable[str] = ()) -> Report:
    """``report`` with the findings ``found`` (or the file-wide ``extra`` keys) covers
    marked suppressed."""
    file_keys = found.file | set(extra)
    if report.error or not report.findings or not (file_keys or found.blocks):
        return report
    changed = False
    findings: list[Finding] = []
    for f in report.findings:
        hit = covers(file_keys, f) or (
            f.span is not None and covers(found.blocks.get(f.span.block, ()), f)
        )
        if hit and not f.suppressed:
            f = replace(f, suppressed=True)
            changed = True
        findings.append(f)
    return replace(report, findings=tuple(findings)) if changed else report


def suppress(report: Report, data: bytes | None, document: Document | None, extra: Iterable[str] = (),
             registry=None) -> Report:  # fmt: skip
    """Read the suppressions in ``data`` and apply them (and ``extra``) to ``report``.

    With a ``registry``, keys in the file that name no rule are reported in the notes."""
    try:
        found = directives(data, document)
    except Exception:  # a suppression we cannot read must not lose the report
        found = Directives()
    if registry is not None:
        from jdlint.registry import unknown_keys

        bad = sorted(unknown_keys((k for keys in (found.file, *found.blocks.values()) for k in keys if k != ALL), registry))
        if bad:
            note = f"jdlint: ignore names no rule: {', '.join(dict.fromkeys(bad))}"
            report = replace(report, notes=(*report.notes, note))
    return apply(report, found, extra)


__all__ = ["DIRECTIVE", "Directives", "apply", "covers", "directives", "parse_keys", "suppress"]
