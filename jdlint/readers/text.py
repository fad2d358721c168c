"""Plain text: UTF-8 (with or without BOM), UTF-16, cp1252; headings such as "Essential criteria:"."""

from __future__ import annotations

import codecs
import re

from jdlint.errors import EmptyDocument
from jdlint.model import Anchor, Document, Location
from jdlint.readers.base import (
    OPEN_WORD,
    DocumentBuilder,
    bullet_prefix,
    label_prefix,
    pseudo_heading,
)

_END = (".", "!", "?", ":", ";")
_ENUMERATED = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s")


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)



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
    for lineno, raw in enumerate(lines, start=1):
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
    if len(previous.split()) >= 4 and OPEN_WORD.search(previous):
        return True  # "... A CHILD WITH" (not a lone "OR" between alternatives, nor "Sign in")
    if _caps(previous) and _caps(line) and not _ENUMERATED.match(line):
        return True  # "MUST HAVE LIVED EXPERIENCE OF MENTAL\nILLNESS AND RECOVERY." (not a heading, see above)
    # A long line that stops without punctuation was wrapped by the author's editor.
    return len(previous) >= 60
