"""Plain text: UTF-8 (with or without BOM), UTF-16, cp1252; headings such as "Essential criteria:";
hard-wrapped lines; pipe or tab-separated tables (a person specification pasted as text)."""

from __future__ import annotations

import codecs
import re

from jdlint.errors import EmptyDocument
from jdlint.model import Anchor, Document, Location
from jdlint.readers.base import DocumentBuilder, bullet_prefix, label_prefix, pseudo_heading

_END = (".", "!", "?", ":", ";")


def decode(data: bytes) -> str:
    """Decode text bytes: BOMs first, then UTF-8, UTF-16 without a BOM, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
            return data.decode("utf-16-le", errors="replace")
        if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
            return data.decode("utf-16-be", errors="replace")
    return data.decode("cp1252", errors="replace")


def read(data: bytes, path: str = "<text>") -> Document:
    return read_text(decode(data), path)


def read_text(text: str, path: str = "<text>", fmt: str = "text") -> Document:
    """Split plain text into headings, paragraphs and list items.

    Each line is its own paragraph unless it carries on a sentence from the line above
    (hard-wrapped text); lines with a bullet or number are list items.
    """
    builder = DocumentBuilder(path=path, format=fmt)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    current: list[tuple[int, str]] = []  # (line number, stripped line) of the open paragraph
    current_kind = "paragraph"
    current_col = 1

    def flush() -> None:
        nonlocal current
        if not current:
            return
        parts: list[str] = []
        anchors: list[Anchor] = []
        offset = 0
        for i, (lineno, line) in enumerate(current):
            col = current_col if i == 0 else 1 + (len(lines[lineno - 1]) - len(lines[lineno - 1].lstrip()))
            anchors.append(Anchor(offset, Location(line=lineno, column=col)))
            parts.append(line)
            offset += len(line) + 1
        builder.add(current_kind, " ".join(parts), anchors=tuple(anchors))  # type: ignore[arg-type]
        current = []

    lines = text.split("\n")
    tables = table_runs(lines)
    table_count = 0
    skip_to = 0
    for lineno, raw in enumerate(lines, start=1):
        if lineno <= skip_to:
            continue
        if lineno in tables:
            flush()
            table_count += 1
            skip_to = add_table(builder, lines, lineno, tables[lineno], table_count)
            continue
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        indent = len(raw) - len(raw.lstrip())
        marker = bullet_prefix(stripped)
        level = 0 if marker else pseudo_heading(stripped)
        if level:
            flush()
            builder.heading(stripped, level, anchors=(Anchor(0, Location(line=lineno, column=indent + 1)),))
            continue
        if marker:
            flush()
            current_kind = "list-item"
            current_col = indent + 1 + marker
            current = [(lineno, stripped[marker:].strip())]
            continue
        if current and continues_sentence(current[-1][1], stripped):
            current.append((lineno, stripped))
            continue
        flush()
        current_kind = "paragraph"
        current_col = indent + 1
        current = [(lineno, stripped)]
    flush()
    if not builder.blocks:
        raise EmptyDocument("no text to check")
    return builder.build()


def continues_sentence(previous: str, line: str) -> bool:
    """Is ``line`` the rest of a sentence wrapped from ``previous``?"""
    if previous.endswith(_END):
        return False
    if pseudo_heading(previous) or label_prefix(line):
        return False
    first = line[0]
    if first.islower() or first in "(&,$£€%":
        return True
    # A long line that stops without punctuation was wrapped by the author's editor.
    return len(previous) >= 60


# --- plain-text tables -----------------------------------------------------------------------
# A person specification pasted as text: "Criteria | Essential | Desirable | How assessed"
# rows (pipes, with or without a "---|---" rule) or tab-separated columns. The first row is
# the header, so that a cell under "Essential" is essential, as in a Markdown or Word table.

_RULE = re.compile(r"^[\s|+:=-]*-[\s|+:=-]*$")  # "---|---", "+-----+-----+", "|:--|:--|"


def _cells(line: str, delimiter: str) -> list[tuple[int, str]] | None:
    """``(column offset, text)`` of each cell of a table row, or None when it is not one."""
    if delimiter not in line:
        return None
    body = line.rstrip()
    start = len(body) - len(body.lstrip())
    if delimiter == "|":
        if body.lstrip().startswith("|"):
            start = body.index("|") + 1
        if body.endswith("|") and len(body) > start:
            body = body[:-1]
    cells: list[tuple[int, str]] = []
    offset = start
    for part in body[start:].split(delimiter):
        lead = len(part) - len(part.lstrip())
        cells.append((offset + lead, part.strip()))
        offset += len(part) + 1
    filled = sum(1 for _, cell in cells if cell)
    return cells if filled >= 2 or (len(cells) >= 3 and filled >= 1) else None


def table_runs(lines: list[str]) -> dict[int, tuple[str, int]]:
    """Where tables start: ``{first line number: (delimiter, last line number)}`` for runs of
    two or more rows that split into the same number of columns (rule lines aside)."""
    runs: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        delimiter = "|" if "|" in line else "\t" if "\t" in line.strip() else None
        head = _cells(line, delimiter) if delimiter and not _RULE.match(line) else None
        if head is None:
            i += 1
            continue
        j = i + 1
        rows = 1
        while j < len(lines):
            if delimiter == "|" and _RULE.match(lines[j]) and lines[j].strip():
                j += 1
                continue
            row = _cells(lines[j], delimiter) if lines[j].strip() else None
            if row is None or not (len(head) - 1 <= len(row) <= len(head) + 1):
                break
            rows += 1
            j += 1
        if rows >= 2:
            runs[i + 1] = (delimiter, j)
            i = j
        else:
            i += 1
    return runs


def add_table(builder: DocumentBuilder, lines: list[str], first: int, run: tuple[str, int], index: int) -> int:
    """Add the table starting at line ``first`` as table cells; returns its last line."""
    delimiter, last = run
    headers: dict[int, str] = {}
    row = -1
    for lineno in range(first, last + 1):
        line = lines[lineno - 1]
        if _RULE.match(line):
            continue
        cells = _cells(line, delimiter) or []
        row += 1
        row_header = cells[0][1] if cells and cells[0][1] else None
        for col, (offset, text) in enumerate(cells):
            if row == 0 and text:
                headers[col] = text
            if not text:
                continue
            location = Location(line=lineno, column=offset + 1, table=index, row=row + 1, col=col + 1)
            builder.add("table-cell", text, anchors=(Anchor(0, location),), row=row, column=col,
                        column_header=None if row == 0 else headers.get(col),
                        row_header=None if row == 0 or col == 0 else row_header)  # fmt: skip
    return last
