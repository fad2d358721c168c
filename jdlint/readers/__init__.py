"""Readers: bytes in, :class:`~jdlint.model.Document` out. The type comes from the content.

``read_path`` and ``read_bytes`` are the entry points; each format has its own module with
``read(data: bytes, path: str) -> Document``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jdlint.errors import EmptyDocument, ReadError, TooLarge, UnsupportedFormat
from jdlint.model import Document

FORMATS = ("docx", "pdf", "html", "markdown", "text")
EXTENSIONS = {
    ".docx": "docx",
    ".docm": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}


@dataclass(frozen=True)
class Limits:
    """Bounds on one file: bytes read, seconds of parsing, memory of the parser process."""

    max_bytes: int = 25 * 1024 * 1024
    timeout: float = 10.0
    memory_mb: int = 1536


DEFAULT_LIMITS = Limits()


def sniff(data: bytes, name: str = "") -> str:
    """The format of ``data`` from its first bytes; the file name only breaks ties among text."""
    head = data[:2048]
    ext = Path(name).suffix.lower()
    if head.startswith(b"%PDF-") or (b"%PDF-" in head[:1024] and ext == ".pdf"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if ext in (".docx", ".docm") or b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return "docx"
        raise UnsupportedFormat("a zip archive that is not a Word document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat("an old binary Word (.doc) file or an encrypted Office file: save it as .docx")
    if head.startswith((b"{\\rtf",)):
        raise UnsupportedFormat("an RTF file: save it as .docx")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise UnsupportedFormat("an image: jdlint reads text (OCR it first)")
    if _looks_binary(head):
        raise UnsupportedFormat("binary data, not a document jdlint reads")
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if ext in (".html", ".htm", ".xhtml") or lowered.startswith((b"<!doctype html", b"<html")) or (
        lowered.startswith(b"<") and (b"<body" in lowered or b"<p>" in lowered or b"<div" in lowered)
    ):
        return "html"
    if ext in (".md", ".markdown"):
        return "markdown"
    return "text"


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a BOM
    nul = head.count(0)
    if nul and nul > len(head) * 0.3 and (head[0::2].count(0) > len(head) * 0.4 or head[1::2].count(0) > len(head) * 0.4):
        return False  # UTF-16 without a BOM
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.03  # text has next to none; random bytes ~11%


def read_bytes(data: bytes, path: str = "<text>", limits: Limits = DEFAULT_LIMITS, fmt: str | None = None) -> Document:
    """Read one advert from its bytes. Raises :class:`~jdlint.errors.ReadError` subclasses."""
    if len(data) > limits.max_bytes:
        raise TooLarge(f"file is {len(data) / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit")
    if not data.strip():
        raise EmptyDocument("empty file")
    fmt = fmt or sniff(data, path)
    if fmt == "docx":
        from jdlint.readers import docx

        return docx.read(data, path, limits)
    if fmt == "pdf":
        from jdlint.readers import pdf

        return pdf.read(data, path, limits)
    if fmt == "html":
        from jdlint.readers import html

        return html.read(data, path)
    if fmt == "markdown":
        from jdlint.readers import markdown

        return markdown.read(data, path)
    from jdlint.readers import text

    return text.read(data, path)


def read_path(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one file from disk, within ``limits``."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_bytes:
            raise TooLarge(f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit")
        with p.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, str(path), limits)


def read_text(text: str, path: str = "<text>") -> Document:
    """Read pasted text (Markdown when it looks like Markdown)."""
    from jdlint.readers import markdown
    from jdlint.readers import text as plain

    if markdown.looks_like_markdown(text):
        return markdown.read_markdown(text, path)
    return plain.read_text(text, path)
